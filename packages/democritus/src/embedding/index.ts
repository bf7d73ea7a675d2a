/**
 * Embeddings: text -> unit vector in a named embedding space.
 *
 * ```ts
 * const engine = await createEmbeddingEngine({ kind: 'use-lite' });
 * const [vector] = await engine.embed(['How do I balance a redox equation?']);
 * // engine.spaceId goes into adverts; vectors are only compared within one space.
 * await engine.close();
 * ```
 */
export type { EmbeddingEngine, EmbedOptions } from './types.js';
export { createEmbeddingEngine, type EmbeddingEngineOptions } from './create-embedding-engine.js';
export { CachedEmbeddingEngine, DEFAULT_EMBEDDING_CACHE_SIZE, type EmbeddingCacheStats } from './cached-embedding-engine.js';
export { UseLiteEngine, type UseLiteEngineOptions, type UseLiteEngineStats } from './use-lite-engine.js';
export { EmbeddingWorkerCrashedError } from './use-lite-worker-handle.js';
export { GgufEmbeddingEngine, type GgufEmbeddingEngineOptions } from './gguf-embedding-engine.js';
export { USE_LITE_DIMENSIONS, USE_LITE_MAX_TOKENS } from './use-lite-model.js';
