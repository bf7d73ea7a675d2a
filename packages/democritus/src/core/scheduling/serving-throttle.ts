import { TokenBucket } from './token-bucket.js';

/**
 * How much lateness of a waiter the serving throttle absorbs, as time at the capped rate: a timer that fires late (a
 * busy machine; waits shorter than a timer's 1 ms resolution at high rates) is made up by the tokens that accrued
 * meanwhile, so the node still serves its full rate. It is also the burst an idle node may serve at once.
 */
export const SERVING_THROTTLE_BURST_MS = 20;

/**
 * The bucket behind `inference.max_tokens_per_second`: one for the whole node, every generated token books its turn
 * with `reserve` and is released when that turn comes. Null when there is no cap (0).
 */
export function servingThrottleBucket(tokensPerSecond: number, now: number): TokenBucket | null {
  if (tokensPerSecond <= 0) return null;
  const capacity = Math.max(1, Math.ceil((tokensPerSecond * SERVING_THROTTLE_BURST_MS) / 1000));
  return new TokenBucket({ capacity, perMinute: tokensPerSecond * 60 }, now);
}
