import { setTimeout as delay } from 'node:timers/promises';
import type { TokenBucket } from '../core/scheduling/token-bucket.js';

/** Sleeps `ms`, or less when `signal` aborts first; never rejects. */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export const timerSleep: Sleep = (ms, signal) =>
  delay(ms, undefined, { signal }).catch((error: unknown) => {
    if (!signal.aborted) throw error;
  });

/** Holds each generated token until the node's serving rate allows it (`inference.max_tokens_per_second`). */
export class TokenThrottle {
  constructor(
    private readonly bucket: TokenBucket,
    private readonly now: () => number,
    private readonly sleep: Sleep = timerSleep,
  ) {}

  /**
   * Resolves true when the token may go: at once while the rate allows, else after one timer for its turn. Resolves
   * false as soon as `signal` aborts, and gives its turn back.
   */
  async release(signal: AbortSignal): Promise<boolean> {
    if (signal.aborted) return false;
    const waitMs = this.bucket.reserve(this.now());
    if (waitMs === 0) return true;
    await this.sleep(waitMs, signal);
    if (!signal.aborted) return true;
    this.bucket.refund(this.now());
    return false;
  }
}
