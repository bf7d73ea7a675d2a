export interface TokenBucketSettings {
  /** Requests allowed in a burst. */
  capacity: number;
  /** Sustained requests per minute; 0 disables the limit. */
  perMinute: number;
}

export type TakeResult = { allowed: true } | { allowed: false; retryAfterMs: number };

/** A token bucket that refills continuously; time comes from the caller so the rule stays a pure function of it. */
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
    const refillPerMs = this.settings.perMinute / 60_000;
    this.tokens = Math.min(this.settings.capacity, this.tokens + (now - this.updatedAt) * refillPerMs);
    this.updatedAt = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterMs: Math.ceil((1 - this.tokens) / refillPerMs) };
  }

  /** True when the bucket is full again, so the caller may forget it. */
  isIdle(now: number): boolean {
    const refillPerMs = this.settings.perMinute / 60_000;
    return this.tokens + (now - this.updatedAt) * refillPerMs >= this.settings.capacity;
  }
}
