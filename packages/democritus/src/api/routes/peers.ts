import type { FastifyPluginAsync } from 'fastify';
import type { ControlServerDeps } from '../control-server.js';
import type { PeersBody } from '../types.js';

/** `GET /api/peers`: the peer directory, one PeerView per known or connected peer. */
export const peerRoutes: FastifyPluginAsync<{ deps: ControlServerDeps }> = async (server, { deps }) => {
  server.get('/api/peers', async (): Promise<PeersBody> => ({ peers: await deps.peers() }));
};
