import type { LoadedConfig } from '../config/index.js';
import { envModelDirs } from '../config/index.js';
import { loggedDownloadProgress, type ProgressFactory } from './download-progress.js';
import { LlamaEngine } from '../engine/llama-engine.js';
import { resolveThreadCount } from '../engine/threads.js';
import type { ModelHandle } from '../engine/types.js';
import type { Logger } from '../logging/logger.js';
import { knownSource } from '../models/bundled-model.js';
import { ModelRegistry } from '../models/index.js';
import { Scheduler } from '../scheduler/scheduler.js';
import { ensureStateDir, modelCacheDir } from '../state/state-dir.js';

/** The local half of a node: where models come from, the engine that runs them and the scheduler in front of it. */
export interface LocalRuntime {
  registry: ModelRegistry;
  engine: LlamaEngine;
  scheduler: Scheduler;
  /** `[inference] threads` as configured, at most the cores available: 0 chooses per model (`threadsFor`). */
  threads: number;
  /** The llama.cpp threads a model runs with. */
  threadsFor(model: ModelHandle): number;
  close(): Promise<void>;
}

export function createRegistry(loaded: LoadedConfig): ModelRegistry {
  const { config } = loaded;
  return new ModelRegistry({
    cacheDir: modelCacheDir(config.node.state_dir),
    searchDirs: [...config.inference.model_dirs, ...envModelDirs()],
  });
}

export async function createLocalRuntime(loaded: LoadedConfig, logger: Logger): Promise<LocalRuntime> {
  const { config } = loaded;
  await ensureStateDir(config.node.state_dir);
  const threads = config.inference.threads === 0 ? 0 : resolveThreadCount(config.inference.threads, 0);
  const engine = await LlamaEngine.create({
    backend: config.expert.backend,
    threads,
    contextSize: config.expert.max_context,
    sequencesPerModel: config.inference.max_concurrent_per_model,
    limits: {
      maxLoadedModels: config.inference.max_loaded_models,
      memoryBudgetBytes: config.inference.memory_budget_mb * 1_048_576,
    },
    maxPromptTokens: config.sanitizer.input.max_prompt_tokens,
    logger,
  });
  const scheduler = new Scheduler(engine, {
    maxQueue: config.inference.max_queue,
    maxConcurrentPerModel: config.inference.max_concurrent_per_model,
    rateLimit: { perMinute: config.inference.rate_limit_per_minute, burst: config.inference.rate_limit_burst },
    maxTokensPerSecond: config.inference.max_tokens_per_second,
  });
  const threadsFor = (model: ModelHandle): number => resolveThreadCount(threads, model.sizeBytes);
  return { registry: createRegistry(loaded), engine, scheduler, threads, threadsFor, close: () => engine.close() };
}

/**
 * Finds (or downloads, with progress) and verifies a model. The bundled model's file name brings its public source and
 * SHA-256 when the request gives none. Errors name the config field that chose the model.
 */
export async function resolveModel(
  registry: ModelRegistry,
  request: { source: string; downloadUrl?: string | undefined; expectedSha256?: string | undefined },
  logger: Logger,
  options: { signal?: AbortSignal | undefined; progress?: ProgressFactory | undefined } = {},
): Promise<ModelHandle> {
  const { signal } = options;
  const progress = (options.progress ?? loggedDownloadProgress)(request.source, logger);
  const known = knownSource(request);
  try {
    return await registry.resolve(
      { source: known.source, downloadUrl: known.downloadUrl, expectedSha256: known.expectedSha256 },
      { onProgress: (p) => progress.update(p), onStatus: (message) => logger.info({ model: request.source }, message), signal },
    );
  } finally {
    progress.stop();
  }
}
