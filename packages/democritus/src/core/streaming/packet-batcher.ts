export interface PacketBatcherSettings {
  /** A batch is due once it holds this many items. */
  maxTokens: number;
  /** A batch is due once its oldest item has waited this long. */
  maxDelayMs: number;
}

/**
 * A packet every 20 ms at most; 128 tokens is rarely reached first (a small model on one core gives 40-60 tokens in
 * 20 ms), so packets are cut by age. Fewer, larger packets cost the requesting node fewer signature checks and
 * wakeups while it streams (32 tokens per packet made the requester's CPU compete with the expert's engine:
 * docs/benchmarks.md).
 */
export const DEFAULT_BATCHING: PacketBatcherSettings = { maxTokens: 128, maxDelayMs: 20 };

/**
 * When to cut a token stream into signed packets. Each packet costs a signature, so tokens are grouped; but a token
 * never waits more than `maxDelayMs`, and the very first token goes out alone at once, because time to first token
 * is what a user notices. Pure: the caller passes the clock and waits `msUntilDue()` itself.
 */
export class PacketBatcher<T> {
  private readonly settings: PacketBatcherSettings;
  private items: T[] = [];
  private oldestAt = 0;
  private flushedAny = false;

  constructor(settings: Partial<PacketBatcherSettings> = {}) {
    this.settings = { ...DEFAULT_BATCHING, ...settings };
    if (!(this.settings.maxTokens >= 1)) throw new RangeError('PacketBatcher: maxTokens must be at least 1');
    if (!(this.settings.maxDelayMs >= 0)) throw new RangeError('PacketBatcher: maxDelayMs must not be negative');
  }

  get size(): number {
    return this.items.length;
  }

  /** Adds an item; returns whether the batch is due now. */
  add(item: T, nowMs: number): boolean {
    if (this.items.length === 0) this.oldestAt = nowMs;
    this.items.push(item);
    return this.isDue(nowMs);
  }

  isDue(nowMs: number): boolean {
    if (this.items.length === 0) return false;
    if (!this.flushedAny) return true;
    return this.items.length >= this.settings.maxTokens || nowMs - this.oldestAt >= this.settings.maxDelayMs;
  }

  /** Milliseconds until the held batch is due (0 if it is due now), or null when nothing is held. */
  msUntilDue(nowMs: number): number | null {
    if (this.items.length === 0) return null;
    if (this.isDue(nowMs)) return 0;
    return this.oldestAt + this.settings.maxDelayMs - nowMs;
  }

  /** Removes and returns the held items (possibly none: the end of a stream flushes whatever is left). */
  take(): T[] {
    const batch = this.items;
    this.items = [];
    if (batch.length > 0) this.flushedAny = true;
    return batch;
  }
}
