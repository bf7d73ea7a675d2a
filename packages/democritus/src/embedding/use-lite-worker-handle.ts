import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DemocritusError } from '../errors.js';
import type { EmbedRequest, UseLiteWorkerData, WorkerReply } from './use-lite-protocol.js';

/** The embedding worker died (crash, out of memory, killed); the engine starts a new one for the next batch. */
export class EmbeddingWorkerCrashedError extends DemocritusError {
  constructor(reason: string) {
    super('model_unavailable', `USE-lite embedding worker crashed (${reason}); it restarts on the next call`);
  }
}

/**
 * How long `terminate` waits for a running batch (or model load) to finish first. onnxruntime-node aborts the whole
 * process ("terminate called after throwing an instance of 'Napi::Error'") when its thread is terminated during a native
 * call; texts are bounded, so a batch ends well within this.
 */
const TERMINATE_WAIT_MS = 30_000;

interface InFlight {
  id: number;
  resolve: (vectors: Float32Array) => void;
  reject: (error: Error) => void;
}

/**
 * One worker thread running USE-lite, one batch at a time. Started lazily and again after a crash; the thread only
 * holds the process open while it has work.
 */
export class UseLiteWorkerHandle {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private abortStart: ((error: Error) => void) | null = null;
  private inFlight: InFlight | null = null;
  /** Why `terminate` stopped the thread, for a batch that was about to be sent. */
  private stoppedBy: Error | null = null;
  private running = false;
  private nextId = 0;
  starts = 0;
  /** What the running thread computes with (`onnxruntime` or `wasm`), once started. */
  backend: string | null = null;
  /** Why the thread fell back from onnxruntime to TF.js, if it did. */
  fallbackReason: string | null = null;

  constructor(
    private readonly data: UseLiteWorkerData,
    private readonly onStart?: (worker: Worker) => void,
  ) {}

  get busy(): boolean {
    return this.running;
  }

  /** Starts the thread if it is not running and resolves once the model is loaded and warm. */
  start(): Promise<void> {
    if (this.ready !== null) return this.ready;
    this.stoppedBy = null;
    const worker = spawnWorker(this.data);
    this.worker = worker;
    this.starts++;
    this.onStart?.(worker);
    this.ready = new Promise<void>((resolve, reject) => {
      this.abortStart = reject;
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type !== 'ready') return this.settle(reply);
        this.backend = reply.backend;
        this.fallbackReason = reply.fallbackReason ?? null;
        this.abortStart = null;
        if (!this.running) worker.unref();
        resolve();
      });
      worker.on('error', (error) => reject(this.fail(worker, error.message)));
      worker.on('exit', (code) => reject(this.fail(worker, `exit code ${code}`)));
    });
    // Whoever awaits the start sees its failure; this only keeps an unobserved one from becoming unhandled.
    this.ready.catch(() => undefined);
    return this.ready;
  }

  async embed(texts: string[]): Promise<Float32Array> {
    if (this.running) throw new Error('a USE-lite worker runs one batch at a time');
    this.running = true;
    try {
      await this.start();
      const worker = this.worker;
      if (worker === null) throw this.stoppedBy ?? new EmbeddingWorkerCrashedError('it stopped before the batch was sent');
      const request: EmbedRequest = { type: 'embed', id: this.nextId++, texts };
      return await new Promise<Float32Array>((resolve, reject) => {
        this.inFlight = { id: request.id, resolve, reject };
        worker.ref();
        worker.postMessage(request);
      });
    } finally {
      this.running = false;
    }
  }

  /** Fails the waiting caller at once; stops the thread once its running batch or model load is over. */
  async terminate(reason: Error): Promise<void> {
    const worker = this.worker;
    const working = this.abortStart !== null || this.inFlight !== null;
    this.stoppedBy = reason;
    this.worker = null;
    this.ready = null;
    this.abortStart?.(reason);
    this.abortStart = null;
    this.rejectInFlight(reason);
    if (worker === null) return;
    if (working) await nextReplyOrExit(worker, TERMINATE_WAIT_MS);
    await worker.terminate();
  }

  private settle(reply: Exclude<WorkerReply, { type: 'ready' }>): void {
    const inFlight = this.inFlight;
    if (inFlight === null || inFlight.id !== reply.id) return;
    this.inFlight = null;
    this.worker?.unref();
    if (reply.type === 'embedded') inFlight.resolve(reply.vectors);
    else inFlight.reject(new DemocritusError('model_unavailable', `USE-lite could not embed the batch: ${reply.message}`));
  }

  /** Forgets a dead worker (once, whichever of its error and exit events comes first) and fails its batch. */
  private fail(worker: Worker, reason: string): EmbeddingWorkerCrashedError {
    const error = new EmbeddingWorkerCrashedError(reason);
    if (this.worker !== worker) return error;
    this.worker = null;
    this.ready = null;
    this.abortStart = null;
    this.rejectInFlight(error);
    return error;
  }

  private rejectInFlight(error: Error): void {
    const inFlight = this.inFlight;
    this.inFlight = null;
    inFlight?.reject(error);
  }
}

function nextReplyOrExit(worker: Worker, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      worker.off('message', done);
      worker.off('exit', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    worker.on('message', done);
    worker.on('exit', done);
  });
}

function spawnWorker(data: UseLiteWorkerData): Worker {
  // Workers inherit the process's Node flags; `--input-type` (from `node --input-type=module -e`) breaks a file entry.
  const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--input-type'));
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './use-lite-worker.ts' : './use-lite-worker.js', import.meta.url);
  if (!fromSource) return new Worker(entry, { workerData: data, execArgv });
  // Running from TypeScript sources (tests, tsx): Node 20 workers do not inherit tsx's loader, so register it first.
  const tsxApi = createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
  const bootstrap = `import(${JSON.stringify(pathToFileURL(tsxApi).href)})
    .then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: data, execArgv });
}
