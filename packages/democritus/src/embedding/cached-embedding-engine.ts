import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { CancelledError } from '../errors.js';
import { abortable } from '../util/abortable.js';
import { EMBEDDING_CANCELLED } from './embedding-cancelled.js';
import type { EmbeddingEngine, EmbedOptions } from './types.js';

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
  private readonly pending = new Map<string, PendingEmbedding>();
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

  /**
   * A text that an earlier call is embedding is awaited, not embedded again; its embedding is cancelled only when
   * every call waiting for it has been cancelled.
   */
  async embed(texts: readonly string[], options: EmbedOptions = {}): Promise<Float32Array[]> {
    const { signal } = options;
    if (signal?.aborted) throw new CancelledError(EMBEDDING_CANCELLED);
    const startedHere = new Set<string>();
    const waitingFor = new Set<PendingEmbedding>();
    const vectors = texts.map((text) => {
      const key = cacheKey(text);
      const cached = this.cache.get(key);
      if (cached !== undefined) {
        this.hits++;
        return Promise.resolve(cached);
      }
      let pending = this.pending.get(key);
      if (pending === undefined) {
        this.misses++;
        startedHere.add(key);
        pending = this.startEmbedding(key, text);
      } else if (!startedHere.has(key)) this.hits++;
      if (!waitingFor.has(pending)) {
        waitingFor.add(pending);
        pending.waiters++;
      }
      return pending.vector;
    });
    const leave = (): void => {
      for (const pending of waitingFor) this.leave(pending);
    };
    const found = await abortable(Promise.all(vectors), signal, EMBEDDING_CANCELLED, leave);
    return found.map((vector) => vector.slice());
  }

  cacheStats(): EmbeddingCacheStats {
    return { hits: this.hits, misses: this.misses, entries: this.cache.size };
  }

  close(): Promise<void> {
    this.cache.clear();
    return this.inner.close();
  }

  private startEmbedding(key: string, text: string): PendingEmbedding {
    const cancel = new AbortController();
    const vector = this.inner.embed([text], { signal: cancel.signal }).then(([only]) => {
      if (only === undefined) throw new Error('the embedding engine returned no vector');
      return only;
    });
    const pending: PendingEmbedding = { key, vector, waiters: 0, cancel };
    this.pending.set(key, pending);
    void vector
      .then(
        (value) => this.cache.set(key, value),
        () => undefined,
      )
      .finally(() => {
        if (this.pending.get(key) === pending) this.pending.delete(key);
      });
    return pending;
  }

  /** A cancelled call stops waiting; an embedding nobody waits for any more is cancelled and forgotten at once. */
  private leave(pending: PendingEmbedding): void {
    pending.waiters--;
    if (pending.waiters > 0 || this.pending.get(pending.key) !== pending) return;
    this.pending.delete(pending.key);
    pending.cancel.abort();
  }
}

interface PendingEmbedding {
  key: string;
  vector: Promise<Float32Array>;
  /** Calls waiting for this vector. */
  waiters: number;
  cancel: AbortController;
}


function cacheKey(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}
