/** Messages between the USE-lite engine (main thread) and its worker threads. */
import type { UseLiteFiles } from './use-lite-files.js';

export interface UseLiteWorkerData {
  files: UseLiteFiles;
  /** Tokens kept per text (the model itself keeps at most 128). */
  maxTokens: number;
  /** `onnx`: onnxruntime's native kernels, falling back to TF.js where they cannot load; `tfjs`: TF.js WASM only. */
  runtime: UseLiteRuntime;
}

export type UseLiteRuntime = 'onnx' | 'tfjs';

export interface EmbedRequest {
  type: 'embed';
  id: number;
  texts: string[];
}

export type WorkerReply =
  | { type: 'ready'; backend: string; fallbackReason?: string }
  /** `vectors` holds one 512-float unit vector per text, back to back; its buffer is transferred, not copied. */
  | { type: 'embedded'; id: number; vectors: Float32Array }
  | { type: 'failed'; id: number; message: string };
