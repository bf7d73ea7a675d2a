import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { EmbeddingEngine } from './types.js';

export const DEFAULT_EMBEDDING_CACHE_SIZE = 10_000;

export interface EmbeddingCacheStats {
  hits: number;
  misses: number;
  entries: number;
}

/**
 * An LRU cache of embeddings in front of any engine. Texts being embedded by an earlier call are awaited rather than
 * embedded twice. Keys are SHA-256 digests, so an entry costs the same (~2 KiB at 512 dimensions) however long its
 * text; callers get copies, so no caller can alter a cached vector.
 */
export class CachedEmbeddingEngine<Inner extends EmbeddingEngine = EmbeddingEngine> implements EmbeddingEngine {
  private readonly cache: LRUCache<string, Float32Array>;
  private readonly pending = new Map<string, Promise<Float32Array>>();
  private hits = 0;
  private misses = 0;

  constructor(
    readonly inner: Inner,
    maxEntries: number = DEFAULT_EMBEDDING_CACHE_SIZE,
  ) {
    this.cache = new LRUCache<string, Float32Array>({ max: Math.max(1, maxEntries) });
  }

  get spaceId(): string {
    return this.inner.spaceId;
  }

  get dimensions(): number {
    return this.inner.dimensions;
  }

  get modelName(): string {
    return this.inner.modelName;
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const keys = texts.map(cacheKey);
    const missing = new Map<string, string>();
    for (const [i, key] of keys.entries()) {
      if (this.cache.has(key) || this.pending.has(key)) this.hits++;
      else if (!missing.has(key)) {
        this.misses++;
        missing.set(key, texts[i]!);
      }
    }
    if (missing.size > 0) this.embedMissing(missing);
    const vectors = await Promise.all(keys.map(async (key) => this.cache.get(key) ?? this.pending.get(key)!));
    return vectors.map((vector) => vector.slice());
  }

  cacheStats(): EmbeddingCacheStats {
    return { hits: this.hits, misses: this.misses, entries: this.cache.size };
  }

  close(): Promise<void> {
    this.cache.clear();
    return this.inner.close();
  }

  private embedMissing(missing: Map<string, string>): void {
    const batch = this.inner.embed([...missing.values()]);
    [...missing.keys()].forEach((key, i) => {
      const vector = batch.then((vectors) => vectors[i]!);
      this.pending.set(key, vector);
      void vector
        .then(
          (value) => this.cache.set(key, value),
          () => undefined,
        )
        .finally(() => this.pending.delete(key));
    });
  }
}

function cacheKey(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}
