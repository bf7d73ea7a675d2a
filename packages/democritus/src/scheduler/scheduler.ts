import { PriorityQueue } from '../core/scheduling/priority-queue.js';
import { TokenBucket } from '../core/scheduling/token-bucket.js';
import { BusyError, CancelledError, RateLimitedError } from '../errors.js';
import type { GenerateRequest, GenerationEvent, InferenceEngine } from '../engine/types.js';

export type RequestPriority = 'local' | 'remote';

const PRIORITY_RANK: Record<RequestPriority, number> = { local: 0, remote: 1 };

export interface SchedulerSettings {
  /** Requests allowed to wait for a free slot; more are refused with BusyError. */
  maxQueue: number;
  /** Generations running at once on one model. */
  maxConcurrentPerModel: number;
  rateLimit: { perMinute: number; burst: number };
  /** Clock in milliseconds; injectable for the rate-limit rules. */
  now?: () => number;
}

export interface ScheduleOptions {
  /** Who is asking: "local" for the node's own user, a peer ID for remote requests. Rate limits apply per client. */
  clientId: string;
  priority: RequestPriority;
}

export interface SchedulerStats {
  running: number;
  queued: number;
  queuedByPriority: Record<RequestPriority, number>;
}

interface Waiter {
  modelKey: string;
  priority: RequestPriority;
  start: () => void;
}

/**
 * Admission control in front of the engine: per-client token buckets, a bounded priority queue (the node's own user
 * before remote peers), and a limit on concurrent generations per model.
 */
export class Scheduler {
  private readonly queue = new PriorityQueue<Waiter>();
  private readonly runningByModel = new Map<string, number>();
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly now: () => number;
  private averageJobMs = 1000;
  private readonly listeners = new Set<(stats: SchedulerStats) => void>();

  constructor(
    private readonly engine: InferenceEngine,
    private readonly settings: SchedulerSettings,
  ) {
    this.now = settings.now ?? Date.now;
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
      await this.waitForSlot(modelKey, options.priority, request.signal);
    } else {
      this.occupy(modelKey);
    }
    return this.runHoldingSlot(request, modelKey);
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

  private waitForSlot(modelKey: string, priority: RequestPriority, signal?: AbortSignal): Promise<void> {
    if (this.queue.size >= this.settings.maxQueue) throw new BusyError(this.estimateRetryAfterMs());
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        modelKey,
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
   * wrapper whose `return()`/`throw()` release the slot themselves.
   */
  private runHoldingSlot(request: GenerateRequest, modelKey: string): AsyncGenerator<GenerationEvent> {
    const started = this.now();
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.averageJobMs = 0.8 * this.averageJobMs + 0.2 * Math.max(1, this.now() - started);
      this.runningByModel.set(modelKey, (this.runningByModel.get(modelKey) ?? 1) - 1);
      this.dispatch();
      this.notify();
    };
    const engine = this.engine;
    async function* run(): AsyncGenerator<GenerationEvent> {
      try {
        for await (const event of engine.generate(request)) {
          // The slot is free once generation is over, even if the consumer never asks for the end of the stream.
          if (event.type === 'done') release();
          yield event;
        }
      } finally {
        release();
      }
    }
    const inner = run();
    const stream: AsyncGenerator<GenerationEvent> = {
      next: (...args) => inner.next(...args),
      return: async (value) => {
        try {
          return await inner.return(value);
        } finally {
          release();
        }
      },
      throw: async (error: unknown) => {
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

  /** Starts queued requests, highest priority first, whose model has a free slot. */
  private dispatch(): void {
    for (const waiter of this.queue.values()) {
      if (!this.hasFreeSlot(waiter.modelKey)) continue;
      this.queue.remove((w) => w === waiter);
      this.occupy(waiter.modelKey);
      waiter.start();
    }
  }

  private hasFreeSlot(modelKey: string): boolean {
    return (this.runningByModel.get(modelKey) ?? 0) < this.settings.maxConcurrentPerModel;
  }

  private occupy(modelKey: string): void {
    this.runningByModel.set(modelKey, (this.runningByModel.get(modelKey) ?? 0) + 1);
    this.notify();
  }

  private estimateRetryAfterMs(): number {
    const waves = Math.ceil((this.queue.size + 1) / Math.max(1, this.settings.maxConcurrentPerModel));
    return Math.max(100, Math.round(this.averageJobMs * waves));
  }
}
