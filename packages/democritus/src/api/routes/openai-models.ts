import type { ModelList, ModelObject, Peer } from '@democritus/sdk';
import { SWARM_MODEL } from '@democritus/sdk';
import type { FastifyPluginAsync } from 'fastify';
import type { NodeApp, NodeInfo } from '../../app/node-app.js';
import { DemocritusError } from '../../errors.js';

/**
 * `GET /v1/models`: `swarm` (semantic routing) and every expert this node knows: itself and each peer with an advert.
 * An expert's id is its name, or its peer ID when two experts share a name; both work as `model` in a chat request.
 * `GET /v1/models/:id` is one of them (404 `model_not_found` otherwise).
 */
export const openAiModelRoutes: FastifyPluginAsync<{ app: NodeApp }> = async (server, { app }) => {
  server.get('/v1/models', async (): Promise<ModelList> => ({ object: 'list', data: modelObjects(app.info, await app.peers()) }));

  server.get<{ Params: { id: string } }>('/v1/models/:id', async (request): Promise<ModelObject> => {
    const models = modelObjects(app.info, await app.peers());
    const { id } = request.params;
    const found = models.find((model) => model.id === id) ?? models.find((model) => model.democritus?.peer_id === id);
    if (found === undefined) throw new DemocritusError('model_not_found', `The model '${id}' does not exist`, { param: 'model' });
    return found;
  });
};

/** The models this node lists, `swarm` first, then this node's expert, then the peers' in directory order. */
export function modelObjects(info: NodeInfo, peers: readonly Peer[]): ModelObject[] {
  const startedAt = Math.floor(info.startedAt / 1000);
  const experts = [
    { peerId: info.peerId, name: info.name, model: info.expert.modelName, description: info.expert.description, created: startedAt, self: true },
    ...peers
      .filter((peer) => peer.advert !== null && peer.peerId !== info.peerId)
      .map((peer) => ({
        peerId: peer.peerId,
        name: peer.name ?? peer.peerId,
        model: peer.model?.name ?? peer.advert?.modelName ?? 'unknown',
        description: peer.description ?? '',
        created: Math.floor((peer.advert?.timestampMs ?? Date.now()) / 1000),
        self: false,
      })),
  ];
  const nameCount = new Map<string, number>();
  for (const expert of experts) nameCount.set(expert.name, (nameCount.get(expert.name) ?? 0) + 1);
  const unique = (name: string) => nameCount.get(name) === 1 && name !== SWARM_MODEL;

  return [
    { id: SWARM_MODEL, object: 'model', created: startedAt, owned_by: 'democritus' },
    ...experts.map(
      (expert): ModelObject => ({
        id: unique(expert.name) ? expert.name : expert.peerId,
        object: 'model',
        created: expert.created,
        owned_by: expert.peerId,
        democritus: { peer_id: expert.peerId, name: expert.name, model: expert.model, description: expert.description, self: expert.self },
      }),
    ),
  ];
}
