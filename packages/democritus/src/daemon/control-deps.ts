import type { ControlGenerateRequest, ControlServerDeps } from '../api/control-server.js';
import type { LoadedConfig } from '../config/index.js';
import type { GenerationEvent, ModelHandle } from '../engine/types.js';
import type { SwarmNode } from '../network/swarm-node.js';
import type { LocalRuntime } from '../runtime/local-runtime.js';
import { SOFTWARE_VERSION } from '../version.js';

/** What the control API sees of a running node. */
export function controlDeps(loaded: LoadedConfig, runtime: LocalRuntime, swarm: SwarmNode, expertModel: ModelHandle): ControlServerDeps {
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
  };
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
