import type { FastifyPluginAsync } from 'fastify';
import type { ControlServerDeps } from '../control-server.js';
import type { HealthBody } from '../types.js';

/** `GET /health`: who this node is, its model, peers, scheduler and memory. */
export const healthRoutes: FastifyPluginAsync<{ deps: ControlServerDeps }> = async (server, { deps }) => {
  server.get('/health', async (): Promise<HealthBody> => {
    const peers = await deps.peers();
    return {
      status: 'ok',
      peerId: deps.node.peerId,
      swarmId: deps.node.swarmId,
      name: deps.node.name,
      version: deps.node.version,
      uptimeMs: Date.now() - deps.node.startedAt,
      addresses: deps.node.multiaddrs(),
      model: { name: deps.expertModel.name, sha256: deps.expertModel.sha256 },
      peers: { connected: peers.filter((peer) => peer.connected).length, known: peers.length },
      scheduler: deps.schedulerStats(),
      loadedModels: deps.loadedModels(),
      memory: process.memoryUsage(),
    };
  });
};
