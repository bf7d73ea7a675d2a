import type { Health } from '@democritus/sdk';
import type { FastifyPluginAsync } from 'fastify';
import type { NodeApp } from '../../app/node-app.js';

/** `GET /health`: who this node is, its model, peers, scheduler and memory. */
export const healthRoutes: FastifyPluginAsync<{ app: NodeApp }> = async (server, { app }) => {
  server.get('/health', async (): Promise<Health> => app.health());
};
