import { createRequire } from 'node:module';
import type * as OnnxRuntimeModule from 'onnxruntime-node';
import type { InferenceSession } from 'onnxruntime-node';
import type { UseLiteFiles } from './use-lite-files.js';
import { USE_LITE_DIMENSIONS, USE_LITE_MAX_TOKENS } from './use-lite-model.js';
import { UseLiteTokenizer } from './use-lite-tokenizer.js';
import { buildUseLiteOnnx, ONNX_INPUT, ONNX_OUTPUT, ONNX_PADDING_TOKEN } from './use-lite-onnx-graph.js';

type OnnxRuntime = typeof OnnxRuntimeModule;

/**
 * USE-lite on onnxruntime's native CPU kernels: the same weights, tokenizer and vectors as the TF.js model (cosine
 * 1.0), several times faster. One intra-op thread per instance: the engine runs one instance per worker thread.
 */
export class UseLiteOnnxModel {
  private constructor(
    private readonly ort: OnnxRuntime,
    private readonly session: InferenceSession,
    private readonly tokenizer: UseLiteTokenizer,
    private readonly maxTokens: number,
  ) {}

  static async load(files: UseLiteFiles, maxTokens = USE_LITE_MAX_TOKENS): Promise<UseLiteOnnxModel> {
    const require = createRequire(import.meta.url);
    const ort = require('onnxruntime-node') as OnnxRuntime;
    const session = await ort.InferenceSession.create(buildUseLiteOnnx(files), {
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
      logSeverityLevel: 3,
    });
    const limit = Math.max(1, Math.min(maxTokens, USE_LITE_MAX_TOKENS));
    return new UseLiteOnnxModel(ort, session, UseLiteTokenizer.fromFiles(files), limit);
  }

  get backend(): string {
    return 'onnxruntime';
  }

  /** One unit vector per text, back to back (`texts.length * 512` floats). */
  async embedBatch(texts: readonly string[]): Promise<Float32Array> {
    const encoded = texts.map((text) => this.tokenizer.encode(text, this.maxTokens));
    const width = Math.max(1, ...encoded.map((tokens) => tokens.length));
    const tokens = new BigInt64Array(texts.length * width).fill(BigInt(ONNX_PADDING_TOKEN));
    encoded.forEach((row, i) => row.forEach((token, position) => (tokens[i * width + position] = BigInt(token))));
    const input = new this.ort.Tensor('int64', tokens, [texts.length, width]);
    const result = await this.session.run({ [ONNX_INPUT]: input });
    const output = result[ONNX_OUTPUT];
    if (output === undefined || output.data.length !== texts.length * USE_LITE_DIMENSIONS) {
      throw new Error(`USE-lite ONNX model returned ${output?.data.length ?? 'no'} floats for ${texts.length} texts`);
    }
    return Float32Array.from(output.data as Float32Array);
  }

  warmUp(): Promise<Float32Array> {
    return this.embedBatch(['warm up', 'a longer sentence to warm up the encoder '.repeat(16)]);
  }

  release(): Promise<void> {
    return this.session.release();
  }
}
