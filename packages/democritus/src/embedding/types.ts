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
  /** L2-normalised vectors, one per text, in input order. Concurrent calls are batched. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  close(): Promise<void>;
}
