import type { SchedulerStats as SdkSchedulerStats } from '@democritus/sdk';
import { nextFairRequest } from '../core/scheduling/fair-share.js';
import { PriorityQueue } from '../core/scheduling/priority-queue.js';
import { servingThrottleBucket } from '../core/scheduling/serving-throttle.js';
import { TokenBucket } from '../core/scheduling/token-bucket.js';
import { BusyError, CancelledError, RateLimitedError } from '../errors.js';
import type { GenerateRequest, GenerationEvent, InferenceEngine } from '../engine/types.js';
import { TokenThrottle, type Sleep } from './token-throttle.js';

export type RequestPriority = 'local' | 'remote';

const PRIORITY_RANK: Record<RequestPriority, number> = { local: 0, remote: 1 };

export interface SchedulerSettings {
  /** Requests allowed to wait for a free slot; more are refused with BusyError. */
  maxQueue: number;
  /** Generations running at once on one model. */
  maxConcurrentPerModel: number;
  rateLimit: { perMinute: number; burst: number };
  /** Tokens per second this node serves over all its generations (`inference.max_tokens_per_second`); 0 or unset: no cap. */
  maxTokensPerSecond?: number;
  /** Clock in milliseconds; injectable for the rate-limit and throttle rules. */
  now?: () => number;
  /** How the throttle waits for a token's turn; injectable so tests control time. */
  sleep?: Sleep;
}

export interface ScheduleOptions {
  /**
   * Who is asking: an API client's identity (`key:<digest>`, `addr:<address>`), a peer ID for remote requests, "local"
   * for the CLI's own runs. Rate limits apply per client, and waiting requests start fairly across clients.
   */
  clientId: string;
  priority: RequestPriority;
}

/** The queue as `/health` reports it. */
export type SchedulerStats = SdkSchedulerStats & { queuedByPriority: Record<RequestPriority, number> };

interface Waiter {
  modelKey: string;
  clientId: string;
  priority: RequestPriority;
  start: () => void;
}

/**
 * Admission control in front of the engine: per-client token buckets, a bounded priority queue (the node's own users
 * before remote peers; within a priority, the client with the fewest running generations first), a limit on
 * concurrent generations per model, and an optional cap on the tokens per second the node serves.
 */
export class Scheduler {
  private readonly queue = new PriorityQueue<Waiter>();
  private readonly runningByModel = new Map<string, number>();
  private readonly runningByClient = new Map<string, number>();
  /** When each client with running or queued requests last started one (a growing count): round robin between them. */
  private readonly lastStartByClient = new Map<string, number>();
  private starts = 0;
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly now: () => number;
  private averageJobMs = 1000;
  private readonly listeners = new Set<(stats: SchedulerStats) => void>();
  private readonly throttle: TokenThrottle | undefined;

  constructor(
    private readonly engine: InferenceEngine,
    private readonly settings: SchedulerSettings,
  ) {
    this.now = settings.now ?? Date.now;
    const bucket = servingThrottleBucket(settings.maxTokensPerSecond ?? 0, this.now());
    this.throttle = bucket === null ? undefined : new TokenThrottle(bucket, this.now, settings.sleep);
  }

  /**
   * Admits a generation and resolves once it holds a slot. Rejects at once with RateLimitedError or BusyError.
   * The caller must consume the returned stream (or call its `return()`), which frees the slot.
   */
  async generate(request: GenerateRequest, options: ScheduleOptions): Promise<AsyncGenerator<GenerationEvent>> {
    this.checkRateLimit(options.clientId);
    const modelKey = request.model.sha256;
    const othersWaiting = this.queue.find((w) => w.modelKey === modelKey) !== undefined;
    if (!this.hasFreeSlot(modelKey) || othersWaiting) {
      await this.waitForSlot(modelKey, options, request.signal);
    } else {
      this.occupy(modelKey, options.clientId);
    }
    return this.runHoldingSlot(request, modelKey, options.clientId);
  }

  stats(): SchedulerStats {
    const queued = this.queue.values();
    return {
      running: [...this.runningByModel.values()].reduce((sum, n) => sum + n, 0),
      queued: queued.length,
      queuedByPriority: {
        local: queued.filter((w) => w.priority === 'local').length,
        remote: queued.filter((w) => w.priority === 'remote').length,
      },
    };
  }

  /** Called whenever a generation starts or ends, or the queue changes (e.g. to republish the node's load). */
  onChange(listener: (stats: SchedulerStats) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    if (this.listeners.size === 0) return;
    const stats = this.stats();
    this.listeners.forEach((listener) => listener(stats));
  }

  private checkRateLimit(clientId: string): void {
    const { perMinute, burst } = this.settings.rateLimit;
    if (perMinute <= 0) return;
    const now = this.now();
    let bucket = this.buckets.get(clientId);
    if (bucket === undefined) {
      bucket = new TokenBucket({ capacity: burst, perMinute }, now);
      this.buckets.set(clientId, bucket);
    }
    const result = bucket.take(now);
    if (!result.allowed) throw new RateLimitedError(clientId, result.retryAfterMs);
    if (this.buckets.size > 10_000) {
      for (const [id, b] of this.buckets) if (b.isIdle(now)) this.buckets.delete(id);
    }
  }

  private waitForSlot(modelKey: string, options: ScheduleOptions, signal?: AbortSignal): Promise<void> {
    if (this.queue.size >= this.settings.maxQueue) throw new BusyError(this.estimateRetryAfterMs());
    const { priority, clientId } = options;
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        modelKey,
        clientId,
        priority,
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        if (this.queue.remove((w) => w === waiter)) reject(new CancelledError('cancelled while queued'));
      };
      if (signal?.aborted) {
        reject(new CancelledError('cancelled while queued'));
        return;
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter, PRIORITY_RANK[priority]);
      this.dispatch();
    });
  }

  /**
   * The stream of a generation that holds a slot of `modelKey`. The slot is released when the generation ends, when
   * the stream finishes or fails, and when the caller calls `return()` or `throw()`, even before its first `next()`:
   * an async generator's body (and its `finally`) never runs if it is closed before it starts, so the stream is a thin
   * wrapper whose `return()`/`throw()` release the slot themselves. Under a serving cap each token first waits for its
   * turn; without one, the stream is exactly the engine's (no timer, no per-token check).
   */
  private runHoldingSlot(request: GenerateRequest, modelKey: string, clientId: string): AsyncGenerator<GenerationEvent> {
    const started = this.now();
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.averageJobMs = 0.8 * this.averageJobMs + 0.2 * Math.max(1, this.now() - started);
      this.runningByModel.set(modelKey, (this.runningByModel.get(modelKey) ?? 1) - 1);
      const clientRunning = (this.runningByClient.get(clientId) ?? 1) - 1;
      if (clientRunning > 0) this.runningByClient.set(clientId, clientRunning);
      else {
        this.runningByClient.delete(clientId);
        if (this.queue.find((waiter) => waiter.clientId === clientId) === undefined) this.lastStartByClient.delete(clientId);
      }
      this.dispatch();
      this.notify();
    };
    // The engine is asked only once the stream is read: a stream closed before its first next() never starts one.
    async function* run(source: () => AsyncIterable<GenerationEvent>): AsyncGenerator<GenerationEvent> {
      try {
        for await (const event of source()) {
          // The slot is free once generation is over, even if the consumer never asks for the end of the stream.
          if (event.type === 'done') release();
          yield event;
        }
      } finally {
        release();
      }
    }
    const { engine, throttle } = this;
    if (throttle === undefined) return closableStream(run(() => engine.generate(request)), release);
    // Closing the stream (return/throw) while a token waits for its turn ends the wait at once, as cancelling does.
    const closed = new AbortController();
    const stop = request.signal === undefined ? closed.signal : AbortSignal.any([request.signal, closed.signal]);
    const paced = () => throttled(engine.generate(request), throttle, stop, closed.signal);
    return closableStream(run(paced), release, () => closed.abort());
  }

  /** Starts queued requests whose model has a free slot: highest priority first, fairly across clients. */
  private dispatch(): void {
    for (;;) {
      const startable = this.queue.values().filter((waiter) => this.hasFreeSlot(waiter.modelKey));
      const index = nextFairRequest(
        startable.map((waiter) => ({ clientId: waiter.clientId, priorityRank: PRIORITY_RANK[waiter.priority] })),
        { running: this.runningByClient, lastStarted: this.lastStartByClient },
      );
      const waiter = startable[index];
      if (waiter === undefined) return;
      this.queue.remove((w) => w === waiter);
      this.occupy(waiter.modelKey, waiter.clientId);
      waiter.start();
    }
  }

  private hasFreeSlot(modelKey: string): boolean {
    return (this.runningByModel.get(modelKey) ?? 0) < this.settings.maxConcurrentPerModel;
  }

  private occupy(modelKey: string, clientId: string): void {
    this.runningByModel.set(modelKey, (this.runningByModel.get(modelKey) ?? 0) + 1);
    this.runningByClient.set(clientId, (this.runningByClient.get(clientId) ?? 0) + 1);
    this.lastStartByClient.set(clientId, this.starts++);
    this.notify();
  }

  private estimateRetryAfterMs(): number {
    const waves = Math.ceil((this.queue.size + 1) / Math.max(1, this.settings.maxConcurrentPerModel));
    return Math.max(100, Math.round(this.averageJobMs * waves));
  }
}

/**
 * `events` with each token held until `throttle` releases it. When `stop` aborts, the waiting token is not served:
 * after `closed` (the consumer left) the stream ends there; after a cancelled request the engine ends it with its
 * `cancelled` done event.
 */
async function* throttled(
  events: AsyncIterable<GenerationEvent>,
  throttle: TokenThrottle,
  stop: AbortSignal,
  closed: AbortSignal,
): AsyncGenerator<GenerationEvent> {
  for await (const event of events) {
    if (event.type === 'token' && !(await throttle.release(stop))) {
      if (closed.aborted) return;
      continue;
    }
    yield event;
  }
}

/**
 * `inner` behind a thin wrapper whose `return()`/`throw()` call `release` themselves, also before `inner`'s body ever
 * ran. `interrupt` runs first: it ends whatever a pending `next()` waits for, which `inner.return()` would queue behind.
 */
function closableStream(
  inner: AsyncGenerator<GenerationEvent>,
  release: () => void,
  interrupt?: () => void,
): AsyncGenerator<GenerationEvent> {
  const stream: AsyncGenerator<GenerationEvent> = {
    next: (...args) => inner.next(...args),
    return: async (value) => {
      interrupt?.();
      try {
        return await inner.return(value);
      } finally {
        release();
      }
    },
    throw: async (error: unknown) => {
      interrupt?.();
      try {
        return await inner.throw(error);
      } finally {
        release();
      }
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}
