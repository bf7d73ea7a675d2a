import type { NodeApp } from '../app/node-app.js';
import { IntentClassifier } from '../app/coordinator/intent-classifier.js';
import { createNodeApp } from '../app/create-node-app.js';
import { sanitizerSettings } from '../app/sanitizer-settings.js';
import type { LoadedConfig } from '../config/index.js';
import type { EmbeddingEngine } from '../embedding/types.js';
import type { ModelHandle } from '../engine/types.js';
import type { Logger } from '../logging/logger.js';
import type { SwarmNode } from '../network/swarm-node.js';
import type { SwarmRouter } from '../routing/swarm-router.js';
import type { LocalRuntime } from '../runtime/local-runtime.js';
import { SOFTWARE_VERSION } from '../version.js';
import { DEFAULT_AUDIT_TOLERANCES } from '../core/audit/audit-tolerances.js';
import { chatPlanSettings, planServiceFor } from './coordinator-setup.js';

/** The app of a running node, on its runtime, swarm presence, router and embedding engine. */
export function nodeAppFor(
  loaded: LoadedConfig,
  parts: { runtime: LocalRuntime; swarm: SwarmNode; expertModel: ModelHandle; router: SwarmRouter; embedding: EmbeddingEngine; logger: Logger },
): NodeApp {
  const { node, expert, inference, sanitizer } = loaded.config;
  const { runtime, swarm, expertModel } = parts;
  // One classifier for planning and `auto` aggregation: its example prompts are embedded once.
  const intents = new IntentClassifier(parts.embedding);
  return createNodeApp({
    info: {
      peerId: swarm.peerId,
      swarmId: swarm.swarmId,
      name: node.name,
      version: SOFTWARE_VERSION,
      startedAt: Date.now(),
      multiaddrs: () => swarm.multiaddrs(),
      expert: { description: expert.description, modelName: expertModel.name, modelSha256: expertModel.sha256 },
    },
    defaults: {
      maxTokens: expert.max_tokens,
      temperature: expert.temperature,
      topP: expert.top_p,
      experts: loaded.config.coordinator.experts,
      aggregation: loaded.config.coordinator.aggregation,
    },
    maxPromptChars: inference.max_prompt_chars,
    expertModel,
    scheduler: runtime.scheduler,
    loadedModels: () => runtime.engine.loadedModels(),
    swarm: {
      peers: () => swarm.peers(),
      // The directory's adverts, not `peers()`: a pinned request should not wait for the peer store.
      adverts: () => swarm.directory.list(Date.now()).map((entry) => entry.advert),
      generateRemote: (peerId, request, signal) => swarm.generateRemote(peerId, request, signal),
    },
    router: parts.router,
    embedding: parts.embedding,
    intents,
    plans: planServiceFor(loaded, { ...parts, classifier: intents }),
    chatPlans: chatPlanSettings(loaded),
    failover: { maxFailovers: loaded.config.coordinator.max_failovers, stallFloorMs: loaded.config.coordinator.failover_stall_floor_ms },
    logger: parts.logger,
    sanitizer: sanitizerSettings(sanitizer),
    audit: {
      rate: loaded.config.audit.spot_check_rate,
      tolerances: { ...DEFAULT_AUDIT_TOLERANCES, klMean: loaded.config.audit.kl_threshold },
      modelSha256: expertModel.sha256,
      auditor: swarm.peerId,
      // Straight to the engine, not through the scheduler: an audit is one prefill, and it must not wait behind the queue it judges.
      score: (input, tokenIds, topLogprobs, signal) =>
        runtime.engine.scoreContinuation({ model: expertModel, input, continuation: { tokenIds }, topLogprobs, ...(signal === undefined ? {} : { signal }) }),
      logger: parts.logger,
    },
  });
}
