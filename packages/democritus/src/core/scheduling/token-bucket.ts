export interface TokenBucketSettings {
  /** Tokens allowed in a burst. */
  capacity: number;
  /** Sustained tokens per minute; 0 disables the limit. */
  perMinute: number;
}

export type TakeResult = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * A token bucket that refills continuously; time comes from the caller so the rule stays a pure function of it.
 * Two ways to spend: `take` refuses when the bucket is empty (admission: the caller is told when to retry), `reserve`
 * always succeeds and books the next token that will be free (pacing: the caller waits its turn). Reservations may
 * leave the bucket in debt, so waiters queue up at the sustained rate, each served once, in the order they asked.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly settings: TokenBucketSettings,
    now: number,
  ) {
    this.tokens = settings.capacity;
    this.updatedAt = now;
  }

  take(now: number): TakeResult {
    if (this.settings.perMinute <= 0) return { allowed: true };
    this.refill(now);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterMs: Math.ceil((1 - this.tokens) / this.refillPerMs()) };
  }

  /**
   * Books one token: the milliseconds from `now` until it is the caller's (0: at once). A caller that waited late does
   * not lose its turn's worth of rate: the refill counts from the bucket's own schedule, up to its capacity.
   */
  reserve(now: number): number {
    if (this.settings.perMinute <= 0) return 0;
    this.refill(now);
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : Math.ceil(-this.tokens / this.refillPerMs());
  }

  /** Gives back a reserved token its caller did not use (it gave up waiting). */
  refund(now: number): void {
    if (this.settings.perMinute <= 0) return;
    this.refill(now);
    this.tokens = Math.min(this.settings.capacity, this.tokens + 1);
  }

  /** True when the bucket is full again, so the caller may forget it. */
  isIdle(now: number): boolean {
    return this.tokens + (now - this.updatedAt) * this.refillPerMs() >= this.settings.capacity;
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.settings.capacity, this.tokens + Math.max(0, now - this.updatedAt) * this.refillPerMs());
    this.updatedAt = Math.max(this.updatedAt, now);
  }

  private refillPerMs(): number {
    return this.settings.perMinute / 60_000;
  }
}
