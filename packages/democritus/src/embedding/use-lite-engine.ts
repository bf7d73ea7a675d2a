import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { NFKC_MAX_UNITS_PER_CODE_POINT, prefixWithinUnits } from '../core/text/bounded-nfkc.js';
import { CancelledError, DemocritusError } from '../errors.js';
import { abortable } from '../util/abortable.js';
import { EMBEDDING_CANCELLED } from './embedding-cancelled.js';
import type { EmbeddingEngine, EmbedOptions } from './types.js';
import { hashUseLiteFiles, useLiteFiles } from './use-lite-files.js';
import { USE_LITE_DIMENSIONS, USE_LITE_MAX_TOKENS } from './use-lite-model.js';
import type { UseLiteRuntime } from './use-lite-protocol.js';
import { useLiteTextBudget } from './use-lite-tokenizer.js';
import { UseLiteWorkerHandle } from './use-lite-worker-handle.js';

export interface UseLiteEngineOptions {
  /** Worker threads, each with its own copy of the model (~30 MB). Default: 2, or 1 on a single core. */
  workers?: number;
  /**
   * How long a request waits for others to share its batch, in ms. Default 0: calls made in the same event-loop turn
   * share a batch, and requests that arrive while every worker is busy queue up and share the next one.
   */
  batchWindowMs?: number;
  /** Most texts per worker call. Default 32. */
  maxBatchSize?: number;
  /**
   * Tokens kept per text, at most 128 (the model's own limit, the default). Fewer is faster on long texts and changes
   * their vectors a little; the embedding space stays the same. A text is cut to what these tokens can come from
   * before it is normalised or tokenized (see `useLiteTextBudget`), so a long text costs no more than a short one.
   */
  maxTokens?: number;
  /**
   * `onnx` (default): onnxruntime's native CPU kernels, several times faster than TF.js, with the same vectors; a
   * platform where onnxruntime cannot load falls back to TF.js (see `fallbackReason`). `tfjs`: TF.js WASM only.
   */
  runtime?: UseLiteRuntime;
  /** Told once, at start, when onnxruntime could not load and TF.js runs the model instead. */
  onRuntimeFallback?: (reason: string) => void;
  /** Observes each worker thread as it starts (monitoring, tests). */
  onWorkerStart?: (worker: Worker) => void;
}

export interface UseLiteEngineStats {
  workers: number;
  /** Texts the workers embedded. */
  textsEmbedded: number;
  /** Worker calls; fewer than texts when requests were batched together. */
  batches: number;
  largestBatch: number;
  /** Worker threads started, restarts after a crash included. */
  workerStarts: number;
}

interface QueuedText {
  text: string;
  resolve: (vector: Float32Array) => void;
  reject: (error: Error) => void;
}

/**
 * The default embedding engine: Universal Sentence Encoder lite (512 dimensions) from the npm package's own files,
 * run by onnxruntime (or TF.js) in worker threads so that embedding never blocks the event loop. Concurrent `embed`
 * calls share batches: requests gather for `batchWindowMs` (or until a full batch is waiting), are sorted by length,
 * and are split over the idle workers. The model's cost is mostly matrix products that grow with the text (on one core
 * of the reference machine about 0.1 ms per token with onnxruntime, 0.5 ms with TF.js), so batching pays most for
 * short texts, whose cost is mostly per-call overhead. A call whose signal aborts is rejected at once and its texts
 * leave the queue; a batch a worker already runs finishes (bounded texts keep it short) and its result for them is dropped.
 */
export class UseLiteEngine implements EmbeddingEngine {
  readonly dimensions = USE_LITE_DIMENSIONS;
  readonly modelName = 'use-lite';
  private readonly queue: QueuedText[] = [];
  private cancelPendingDispatch: (() => void) | null = null;
  private closed = false;
  private readonly counters = { textsEmbedded: 0, batches: 0, largestBatch: 0 };

  private constructor(
    readonly spaceId: string,
    private readonly workers: UseLiteWorkerHandle[],
    private readonly batchWindowMs: number,
    private readonly maxBatchSize: number,
    /** UTF-16 units of a text that the workers can read at all (they read less after normalising it). */
    private readonly maxTextUnits: number,
  ) {}

  /** Hashes the model files (the space id) and starts the workers; resolves when they are loaded and warm. */
  static async create(options: UseLiteEngineOptions = {}): Promise<UseLiteEngine> {
    const files = useLiteFiles();
    const data = {
      files,
      maxTokens: Math.max(1, Math.min(options.maxTokens ?? USE_LITE_MAX_TOKENS, USE_LITE_MAX_TOKENS)),
      runtime: options.runtime ?? 'onnx',
    };
    const maxTextUnits = NFKC_MAX_UNITS_PER_CODE_POINT * useLiteTextBudget(data.maxTokens);
    const count = Math.max(1, options.workers ?? Math.min(2, availableParallelism()));
    const workers = Array.from({ length: count }, () => new UseLiteWorkerHandle(data, options.onWorkerStart));
    try {
      const [spaceId] = await Promise.all([hashUseLiteFiles(files), ...workers.map((worker) => worker.start())]);
      const engine = new UseLiteEngine(spaceId, workers, options.batchWindowMs ?? 0, Math.max(1, options.maxBatchSize ?? 32), maxTextUnits);
      if (engine.fallbackReason !== null) options.onRuntimeFallback?.(engine.fallbackReason);
      return engine;
    } catch (error) {
      await Promise.all(workers.map((worker) => worker.terminate(new DemocritusError('engine_closed', 'start failed'))));
      throw error;
    }
  }

  embed(texts: readonly string[], options: EmbedOptions = {}): Promise<Float32Array[]> {
    if (this.closed) return Promise.reject(closedError());
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(new CancelledError(EMBEDDING_CANCELLED));
    const queued: QueuedText[] = [];
    const vectors = texts.map(
      (text) => new Promise<Float32Array>((resolve, reject) => queued.push({ text: prefixWithinUnits(text, this.maxTextUnits), resolve, reject })),
    );
    for (const entry of queued) this.queue.push(entry);
    this.schedule();
    return abortable(Promise.all(vectors), signal, EMBEDDING_CANCELLED, () => this.drop(queued));
  }

  /** `onnxruntime`, or `wasm` when TF.js runs the model. */
  get backend(): string {
    return this.workers[0]?.backend ?? 'unknown';
  }

  /** Why onnxruntime was not used although asked for; null when it was (or not asked for). */
  get fallbackReason(): string | null {
    return this.workers.find((worker) => worker.fallbackReason !== null)?.fallbackReason ?? null;
  }

  stats(): UseLiteEngineStats {
    const workerStarts = this.workers.reduce((sum, worker) => sum + worker.starts, 0);
    return { workers: this.workers.length, ...this.counters, workerStarts };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.cancelPendingDispatch?.();
    for (const queued of this.queue.splice(0)) queued.reject(closedError());
    await Promise.all(this.workers.map((worker) => worker.terminate(closedError())));
  }

  /** Takes a cancelled call's texts out of the queue; those already in a running batch are left to finish. */
  private drop(texts: readonly QueuedText[]): void {
    const dropped = new Set(texts);
    let kept = 0;
    for (const queued of this.queue) if (!dropped.has(queued)) this.queue[kept++] = queued;
    this.queue.length = kept;
  }

  private schedule(): void {
    const idle = this.workers.filter((worker) => !worker.busy).length;
    if (idle > 0 && this.queue.length >= idle * this.maxBatchSize) {
      this.dispatch();
      return;
    }
    if (this.cancelPendingDispatch !== null) return;
    const fire = (): void => {
      this.cancelPendingDispatch = null;
      this.dispatch();
    };
    if (this.batchWindowMs > 0) {
      const timer = setTimeout(fire, this.batchWindowMs);
      this.cancelPendingDispatch = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(fire);
      this.cancelPendingDispatch = () => clearImmediate(immediate);
    }
  }

  /** Hands the oldest waiting texts, sorted by length, to the idle workers. */
  private dispatch(): void {
    const idle = this.workers.filter((worker) => !worker.busy);
    if (idle.length === 0 || this.queue.length === 0) return;
    const window = this.queue.splice(0, idle.length * this.maxBatchSize).sort((a, b) => a.text.length - b.text.length);
    splitByLength(window, idle.length, this.maxBatchSize).forEach((batch, i) => void this.run(idle[i]!, batch));
  }

  private async run(worker: UseLiteWorkerHandle, batch: QueuedText[]): Promise<void> {
    this.counters.batches++;
    this.counters.largestBatch = Math.max(this.counters.largestBatch, batch.length);
    try {
      const flat = await worker.embed(batch.map((queued) => queued.text));
      this.counters.textsEmbedded += batch.length;
      batch.forEach((queued, i) => queued.resolve(flat.slice(i * USE_LITE_DIMENSIONS, (i + 1) * USE_LITE_DIMENSIONS)));
    } catch (error) {
      const reason = error instanceof Error ? error : new Error(String(error));
      for (const queued of batch) queued.reject(reason);
    }
    if (!this.closed) this.dispatch();
  }
}

/**
 * Cuts length-sorted texts into at most `parts` consecutive batches of about equal total length (the work grows about
 * linearly with it) and at most `maxSize` texts each.
 */
function splitByLength(sorted: QueuedText[], parts: number, maxSize: number): QueuedText[][] {
  const cost = (queued: QueuedText): number => queued.text.length + 1;
  const total = sorted.reduce((sum, queued) => sum + cost(queued), 0);
  const batches: QueuedText[][] = [[]];
  let done = 0;
  sorted.forEach((queued, i) => {
    let current = batches[batches.length - 1]!;
    const unopened = parts - batches.length;
    const full = current.length >= maxSize || done >= (total * batches.length) / parts;
    if (current.length > 0 && unopened > 0 && (full || sorted.length - i <= unopened)) {
      current = [];
      batches.push(current);
    }
    current.push(queued);
    done += cost(queued);
  });
  return batches;
}

function closedError(): DemocritusError {
  return new DemocritusError('engine_closed', 'the embedding engine is closed');
}
