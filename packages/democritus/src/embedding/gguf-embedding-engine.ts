import { getLlama, LlamaLogLevel, type Llama, type LlamaEmbeddingContext, type LlamaModel, type Token } from 'node-llama-cpp';
import { readGrowingPrefix } from '../core/text/bounded-nfkc.js';
import { CancelledError, DemocritusError } from '../errors.js';
import { resolveThreadCount } from '../engine/threads.js';
import type { ModelHandle } from '../engine/types.js';
import { abortable } from '../util/abortable.js';
import { EMBEDDING_CANCELLED } from './embedding-cancelled.js';
import type { EmbeddingEngine, EmbedOptions } from './types.js';

export interface GgufEmbeddingEngineOptions {
  /** A verified GGUF embedding model (e.g. bge-small-en-v1.5); its SHA-256 is the embedding space id. */
  model: ModelHandle;
  /** llama.cpp threads; 0 chooses from the model's size (one thread for a small model, see `resolveThreadCount`). */
  threads: number;
  /** Tokens per text at most (capped at the model's training context); longer texts are truncated. */
  contextSize?: number;
  /** Reuse a loaded llama.cpp binding (e.g. the inference engine's) instead of loading another. */
  llama?: Llama;
}

const DEFAULT_CONTEXT_SIZE = 512;
/** UTF-16 units per token of the first prefix tokenized (English averages about 4.5). */
const FIRST_PREFIX_UNITS_PER_TOKEN = 8;

/**
 * A GGUF embedding model through node-llama-cpp. llama.cpp embeds one text at a time per context, so texts queue and
 * run one by one (a text whose requester left is skipped); vectors are L2-normalised here because llama.cpp's pooling
 * output is not. llama.cpp's tokenizer runs on the calling thread and is superlinear on long runs without spaces
 * (600 KB of one ligature took 11 s on the tiny model), so only a prefix of a text is tokenized: one that gives twice
 * the tokens the context keeps (the word cut at its end lies past them), doubled from a small start while it gives too
 * few.
 */
export class GgufEmbeddingEngine implements EmbeddingEngine {
  readonly spaceId: string;
  readonly modelName: string;
  private closed = false;
  /** The last text's turn: texts embed one at a time, in call order. */
  private queueTail: Promise<unknown> = Promise.resolve();

  private constructor(
    model: ModelHandle,
    readonly dimensions: number,
    private readonly llamaModel: LlamaModel,
    private readonly context: LlamaEmbeddingContext,
    private readonly ownedLlama: Llama | null,
    private readonly maxInputTokens: number,
  ) {
    this.spaceId = model.sha256;
    this.modelName = model.name;
  }

  static async create(options: GgufEmbeddingEngineOptions): Promise<GgufEmbeddingEngine> {
    // The prebuilt CPU binary from npm: never compile or download one at run time.
    const llama = options.llama ?? (await getLlama({ gpu: false, build: 'never', logLevel: LlamaLogLevel.error }));
    const ownedLlama = options.llama === undefined ? llama : null;
    const model = await llama.loadModel({ modelPath: options.model.path });
    try {
      const contextSize = Math.min(options.contextSize ?? DEFAULT_CONTEXT_SIZE, model.trainContextSize);
      const context = await model.createEmbeddingContext({ contextSize, threads: resolveThreadCount(options.threads, options.model.sizeBytes) });
      // node-llama-cpp adds BOS and EOS and refuses inputs that fill the whole context.
      const maxInputTokens = Math.max(1, contextSize - 3);
      return new GgufEmbeddingEngine(options.model, model.embeddingVectorSize, model, context, ownedLlama, maxInputTokens);
    } catch (error) {
      await model.dispose();
      await ownedLlama?.dispose();
      throw error;
    }
  }

  async embed(texts: readonly string[], options: EmbedOptions = {}): Promise<Float32Array[]> {
    const vectors: Float32Array[] = [];
    for (const text of texts) vectors.push(await this.embedOne(text, options.signal));
    return vectors;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.context.dispose();
    await this.llamaModel.dispose();
    await this.ownedLlama?.dispose();
  }

  private embedOne(text: string, signal: AbortSignal | undefined): Promise<Float32Array> {
    const turn = this.queueTail.then(async () => {
      if (this.closed) throw new DemocritusError('engine_closed', 'the embedding engine is closed');
      if (signal?.aborted) throw new CancelledError(EMBEDDING_CANCELLED);
      const embedding = await this.context.getEmbeddingFor(this.tokensOf(text));
      return unitVector(embedding.vector);
    });
    this.queueTail = turn.catch(() => undefined);
    return abortable(turn, signal, EMBEDDING_CANCELLED);
  }

  private tokensOf(text: string): Token[] {
    const enough = 2 * this.maxInputTokens;
    const tokens = readGrowingPrefix(
      text,
      FIRST_PREFIX_UNITS_PER_TOKEN * this.maxInputTokens,
      (prefix) => this.llamaModel.tokenize(prefix),
      (prefixTokens) => prefixTokens.length >= enough,
    );
    // An empty text has no tokens and llama.cpp returns no vector for it: embed the beginning-of-text token instead.
    if (tokens.length === 0) {
      const bos = this.llamaModel.tokens.bos;
      if (bos === null) throw new DemocritusError('bad_request', 'cannot embed an empty text with this model');
      return [bos];
    }
    return tokens.slice(0, this.maxInputTokens);
  }
}

function unitVector(values: readonly number[]): Float32Array {
  let sumOfSquares = 0;
  for (const value of values) sumOfSquares += value * value;
  const norm = Math.sqrt(sumOfSquares);
  const out = Float32Array.from(values);
  if (norm > 0) for (let i = 0; i < out.length; i++) out[i] = out[i]! / norm;
  return out;
}
