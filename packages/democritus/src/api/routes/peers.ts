import type { PeersBody } from '@democritus/sdk';
import type { FastifyPluginAsync } from 'fastify';
import type { NodeApp } from '../../app/node-app.js';

/** `GET /api/peers`: the peer directory, one row per known or connected peer. */
export const peerRoutes: FastifyPluginAsync<{ app: NodeApp }> = async (server, { app }) => {
  server.get('/api/peers', async (): Promise<PeersBody> => ({ peers: await app.peers() }));
};
