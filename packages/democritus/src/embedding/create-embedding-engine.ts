import type { Llama } from 'node-llama-cpp';
import type { ModelHandle } from '../engine/types.js';
import { CachedEmbeddingEngine, DEFAULT_EMBEDDING_CACHE_SIZE } from './cached-embedding-engine.js';
import { GgufEmbeddingEngine } from './gguf-embedding-engine.js';
import type { EmbeddingEngine } from './types.js';
import { UseLiteEngine, type UseLiteEngineOptions } from './use-lite-engine.js';

interface CacheOption {
  /** Embeddings kept in the LRU cache; 0 turns the cache off. Default 10 000. */
  cacheSize?: number;
}

export type EmbeddingEngineOptions =
  | ({ kind: 'use-lite' } & UseLiteEngineOptions & CacheOption)
  | ({ kind: 'gguf'; model: ModelHandle; threads: number; contextSize?: number; llama?: Llama } & CacheOption);

/** The configured embedding engine behind an LRU cache of embeddings. */
export async function createEmbeddingEngine(options: EmbeddingEngineOptions): Promise<EmbeddingEngine> {
  const engine = options.kind === 'use-lite' ? await UseLiteEngine.create(options) : await GgufEmbeddingEngine.create(options);
  const cacheSize = options.cacheSize ?? DEFAULT_EMBEDDING_CACHE_SIZE;
  return cacheSize > 0 ? new CachedEmbeddingEngine(engine, cacheSize) : engine;
}
