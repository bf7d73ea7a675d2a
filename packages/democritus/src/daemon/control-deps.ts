import type { ControlGenerateRequest, ControlServerDeps, ExpertChoice } from '../api/control-server.js';
import { HttpError } from '../api/http-errors.js';
import type { LoadedConfig } from '../config/index.js';
import type { EmbeddingEngine } from '../embedding/types.js';
import type { ChatMessage, GenerationEvent, ModelHandle } from '../engine/types.js';
import type { ExpertAdvert } from '../core/directory/expert-advert.js';
import type { SwarmRouter } from '../routing/swarm-router.js';
import type { SwarmNode } from '../network/swarm-node.js';
import type { LocalRuntime } from '../runtime/local-runtime.js';
import { SOFTWARE_VERSION } from '../version.js';

/** Semantic routing for `"model": "swarm"`: the best expert for the messages, or null to serve them here. */
export type SwarmRouting = (messages: readonly ChatMessage[], signal?: AbortSignal) => Promise<ExpertChoice | null>;

export interface ControlDepsOptions {
  embedding: EmbeddingEngine;
  router: SwarmRouter;
  /** Absent: "swarm" requests are served by this node's expert. */
  routing?: SwarmRouting;
}

/** What the control API sees of a running node. */
export function controlDeps(
  loaded: LoadedConfig,
  runtime: LocalRuntime,
  swarm: SwarmNode,
  expertModel: ModelHandle,
  options: ControlDepsOptions,
): ControlServerDeps {
  const { node, expert } = loaded.config;
  const startedAt = Date.now();
  return {
    node: {
      peerId: swarm.peerId,
      swarmId: swarm.swarmId,
      name: node.name,
      version: SOFTWARE_VERSION,
      startedAt,
      multiaddrs: () => swarm.multiaddrs(),
    },
    expertModel: { name: expertModel.name, sha256: expertModel.sha256 },
    defaults: { maxTokens: expert.max_tokens, temperature: expert.temperature, topP: expert.top_p },
    peers: () => swarm.peers(),
    schedulerStats: () => runtime.scheduler.stats(),
    loadedModels: () => runtime.engine.loadedModels(),
    generate: (request, signal) => generate(runtime, swarm, expertModel, request, signal),
    resolveExpert: async (model, messages, signal) => {
      const self: ExpertChoice = { peer: null, peerId: swarm.peerId, name: node.name, modelName: expertModel.name, how: 'pinned' };
      if (model === SWARM_MODEL) {
        const routed = options.routing === undefined ? null : await options.routing(messages, signal);
        return routed ?? { ...self, how: 'fallback' };
      }
      // The directory's adverts, not `peers()`: a pinned request should not wait for the peer store.
      return pinnedExpert(model, self, expertModel, swarm.directory.list(Date.now()).map((entry) => entry.advert));
    },
    route: (prompt, request) => options.router.route(prompt, request),
    embed: async (texts) => ({
      vectors: await options.embedding.embed(texts),
      model: options.embedding.modelName,
      spaceId: options.embedding.spaceId,
    }),
  };
}

/** The model name that asks for semantic routing across the swarm. */
export const SWARM_MODEL = 'swarm';

/** What an advert says about who an expert is: enough to pin a request to it. */
export type AdvertIdentity = Pick<ExpertAdvert, 'peerId' | 'name' | 'modelName' | 'modelSha256'>;

/** The expert a request names: this node or a peer with an advert, by peer ID, expert name or model name/SHA-256. */
export function pinnedExpert(model: string, self: ExpertChoice, expertModel: ModelHandle, adverts: readonly AdvertIdentity[]): ExpertChoice {
  if (model === self.peerId || model === self.name || model === expertModel.name || model === expertModel.sha256) return self;
  const match =
    adverts.find((advert) => advert.peerId === model) ??
    adverts.find((advert) => advert.name === model) ??
    adverts.find((advert) => advert.modelSha256 === model || advert.modelName === model);
  if (match === undefined) {
    throw new HttpError(404, 'not_found_error', 'model_not_found', `The model '${model}' does not exist: it is neither "swarm" nor an expert this node knows`);
  }
  return { peer: match.peerId, peerId: match.peerId, name: match.name, modelName: match.modelName, how: 'pinned' };
}

async function generate(
  runtime: LocalRuntime,
  swarm: SwarmNode,
  expertModel: ModelHandle,
  request: ControlGenerateRequest,
  signal: AbortSignal,
): Promise<AsyncIterable<GenerationEvent>> {
  if (request.peer === null) {
    return runtime.scheduler.generate(
      {
        model: expertModel,
        input: request.input,
        maxTokens: request.maxTokens,
        sampling: request.sampling,
        stop: request.stop,
        topLogprobs: request.topLogprobs,
        signal,
      },
      { clientId: 'local', priority: 'local' },
    );
  }
  const messages = 'prompt' in request.input ? [{ role: 'user' as const, content: request.input.prompt }] : request.input.messages;
  return swarm.generateRemote(
    request.peer,
    { messages, sampling: request.sampling, maxTokens: request.maxTokens, stop: request.stop, topLogprobs: request.topLogprobs },
    signal,
  );
}
