/** Which expert serves a chat: the one a request names (pinned), or the router's best for "swarm". Pure. */
import { SWARM_MODEL } from '@democritus/sdk';
import type { ExpertAdvert } from '../core/directory/expert-advert.js';
import { DemocritusError } from '../errors.js';
import type { ExpertChoice, NodeInfo } from './node-app.js';

/** What an advert says about who an expert is: enough to pin a request to it. */
export type AdvertIdentity = Pick<ExpertAdvert, 'peerId' | 'name' | 'modelName' | 'modelSha256'>;

/** This node's own expert as a choice. */
export function selfChoice(info: Pick<NodeInfo, 'peerId' | 'name' | 'expert'>, how: ExpertChoice['how']): ExpertChoice {
  return { peer: null, peerId: info.peerId, name: info.name, modelName: info.expert.modelName, how };
}

/**
 * The expert a request names: this node or a peer with an advert, by peer ID, expert name or model name/SHA-256.
 * Throws DemocritusError `model_not_found` otherwise.
 */
export function pinnedExpert(model: string, info: Pick<NodeInfo, 'peerId' | 'name' | 'expert'>, adverts: readonly AdvertIdentity[]): ExpertChoice {
  const self = selfChoice(info, 'pinned');
  if (model === info.peerId || model === info.name || model === info.expert.modelName || model === info.expert.modelSha256) return self;
  const match =
    adverts.find((advert) => advert.peerId === model) ??
    adverts.find((advert) => advert.name === model) ??
    adverts.find((advert) => advert.modelSha256 === model || advert.modelName === model);
  if (match === undefined) {
    throw new DemocritusError('model_not_found', `The model '${model}' does not exist: it is neither "${SWARM_MODEL}" nor an expert this node knows`);
  }
  return { peer: match.peerId, peerId: match.peerId, name: match.name, modelName: match.modelName, how: 'pinned' };
}

/** The text a chat is routed by: its user turns (the latest weighs most by coming last and being kept whole). */
export function routingText(messages: readonly { role: string; content: string }[]): string {
  const user = messages.filter((m) => m.role === 'user').map((m) => m.content);
  return (user.length > 0 ? user : messages.map((m) => m.content)).slice(-3).join('\n');
}
