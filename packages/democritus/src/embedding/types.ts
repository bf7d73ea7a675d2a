/**
 * The embedding contract. Vectors are only ever compared inside one embedding space; the space id (a hash of the
 * model's files) travels with every advert so that nodes never compare vectors from different models.
 */
export interface EmbeddingEngine {
  /** Hex hash of the embedding model's files: the embedding space. */
  readonly spaceId: string;
  readonly dimensions: number;
  /** Human-readable model name, e.g. "use-lite" or a GGUF file name. */
  readonly modelName: string;
  /**
   * L2-normalised vectors, one per text, in input order. Concurrent calls are batched. Each text is cut to what the
   * model reads (its token limit) before any normalising or tokenizing, so a long text costs no more than a short one.
   */
  embed(texts: readonly string[], options?: EmbedOptions): Promise<Float32Array[]>;
  close(): Promise<void>;
}

export interface EmbedOptions {
  /**
   * The requester's signal: when it aborts, the call rejects at once with a `CancelledError` and its texts that no
   * worker has started on are dropped (a batch already running finishes, but its results for this call are ignored).
   */
  signal?: AbortSignal;
}
