import { describe, expect, it } from 'vitest';
import { SERVING_THROTTLE_BURST_MS, servingThrottleBucket } from '../src/core/scheduling/serving-throttle.js';
import { TokenBucket } from '../src/core/scheduling/token-bucket.js';
import { TokenThrottle, type Sleep } from '../src/scheduler/token-throttle.js';

/** A bucket's per-minute setting for a rate in tokens per second. */
const perSecond = (rate: number) => rate * 60;

/** A clock the test moves: a sleep moves it by the time asked for (or leaves it standing until the signal aborts). */
class VirtualClock {
  now = 0;
  readonly sleeps: number[] = [];
  readonly advancing: Sleep = (ms) => {
    this.sleeps.push(ms);
    this.now += ms;
    return Promise.resolve();
  };
  readonly frozen: Sleep = (ms, signal) => {
    this.sleeps.push(ms);
    return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  };
}

describe('TokenBucket (pure)', () => {
  it('take refuses when empty and says when to retry; 0 per minute means no limit', () => {
    const bucket = new TokenBucket({ capacity: 2, perMinute: 60 }, 0);
    expect(bucket.take(0)).toEqual({ allowed: true });
    expect(bucket.take(0)).toEqual({ allowed: true });
    expect(bucket.take(0)).toEqual({ allowed: false, retryAfterMs: 1000 });
    expect(bucket.take(1000)).toEqual({ allowed: true });
    const open = new TokenBucket({ capacity: 1, perMinute: 0 }, 0);
    expect([open.take(0), open.take(0)]).toEqual([{ allowed: true }, { allowed: true }]);
    expect([open.reserve(0), open.reserve(0)]).toEqual([0, 0]);
  });

  it('reserve books consecutive turns at the sustained rate, in the order asked', () => {
    const bucket = new TokenBucket({ capacity: 1, perMinute: perSecond(200) }, 0);
    expect([bucket.reserve(0), bucket.reserve(0), bucket.reserve(0)]).toEqual([0, 5, 10]);
    // At 10 ms the bucket has paid its debt up to the third turn: the fourth is 5 ms away.
    expect(bucket.reserve(10)).toBe(5);
  });

  it('a waiter that wakes late loses no rate: what accrued meanwhile (up to the capacity) is served at once', () => {
    const bucket = new TokenBucket({ capacity: 4, perMinute: perSecond(200) }, 0);
    for (let i = 0; i < 4; i++) expect(bucket.reserve(0)).toBe(0);
    expect(bucket.reserve(0)).toBe(5);
    // The waiter wakes at 13 instead of 5: the turns of 10 and (part of) 15 accrued.
    expect(bucket.reserve(13)).toBe(0);
    expect(bucket.reserve(13)).toBe(2);
  });

  it('refund gives a booked turn back to the next caller', () => {
    const bucket = new TokenBucket({ capacity: 1, perMinute: perSecond(200) }, 0);
    expect([bucket.reserve(0), bucket.reserve(0)]).toEqual([0, 5]);
    bucket.refund(1);
    expect(bucket.reserve(1)).toBe(4);
  });

  it('never serves more than capacity plus rate times elapsed time, and keeps the rate, whatever the lateness', () => {
    const rate = 200;
    const capacity = 4;
    const bucket = new TokenBucket({ capacity, perMinute: perSecond(rate) }, 0);
    let now = 0;
    let seed = 7;
    const lateness = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % 9; // 0..8 ms late, more than a turn's 5 ms at times
    };
    const released: number[] = [];
    for (let token = 0; token < 1000; token++) {
      const wait = bucket.reserve(now);
      now += wait === 0 ? 0 : wait + lateness();
      released.push(now);
      now += 1; // the consumer's work between tokens
    }
    released.forEach((at, index) => expect(index + 1).toBeLessThanOrEqual(capacity + (at * rate) / 1000 + 1e-9));
    // Lateness within the capacity's 20 ms costs no rate: the last token is at most one late wake behind the schedule.
    expect(released.at(-1)).toBeLessThanOrEqual(((1000 - capacity) * 1000) / rate + 9);
  });
});

describe('servingThrottleBucket (pure)', () => {
  it('no bucket without a cap; a capacity of 20 ms at the rate, at least one token', () => {
    expect(servingThrottleBucket(0, 0)).toBeNull();
    expect(SERVING_THROTTLE_BURST_MS).toBe(20);
    const capacityOf = (rate: number) => {
      const bucket = bucketFor(rate);
      let served = 0;
      while (bucket.reserve(0) === 0) served++;
      return served;
    };
    expect(capacityOf(1)).toBe(1);
    expect(capacityOf(10)).toBe(1);
    expect(capacityOf(200)).toBe(4);
    expect(capacityOf(1_000_000)).toBe(20_000);
  });
});

describe('TokenThrottle with an injected clock', () => {
  it('paces 100 tokens at 200/s: the first 4 at once, then one every 5 ms, one timer per held token', async () => {
    const clock = new VirtualClock();
    const throttle = new TokenThrottle(bucketFor(200), () => clock.now, clock.advancing);
    const signal = new AbortController().signal;
    const released: number[] = [];
    for (let i = 0; i < 100; i++) {
      expect(await throttle.release(signal)).toBe(true);
      released.push(clock.now);
    }
    expect(released.slice(0, 5)).toEqual([0, 0, 0, 0, 5]);
    expect(released.at(-1)).toBe(96 * 5);
    expect(clock.sleeps).toHaveLength(96);
    expect(clock.sleeps.every((ms) => ms === 5)).toBe(true);
  });

  it('stops waiting as soon as the signal aborts, and gives the turn back', async () => {
    const clock = new VirtualClock();
    const throttle = new TokenThrottle(bucketFor(1), () => clock.now, clock.frozen);
    const controller = new AbortController();
    expect(await throttle.release(controller.signal)).toBe(true);
    const waiting = throttle.release(controller.signal);
    expect(clock.sleeps).toEqual([1000]);
    controller.abort();
    expect(await waiting).toBe(false);
    // The abandoned turn went back: the next caller waits one turn, not two.
    const later = new AbortController();
    const next = throttle.release(later.signal);
    expect(clock.sleeps).toEqual([1000, 1000]);
    later.abort();
    expect(await next).toBe(false);
    // An aborted signal books nothing.
    expect(await throttle.release(controller.signal)).toBe(false);
    expect(clock.sleeps).toHaveLength(2);
  });
});

function bucketFor(tokensPerSecond: number): TokenBucket {
  const bucket = servingThrottleBucket(tokensPerSecond, 0);
  if (bucket === null) throw new Error(`no bucket for ${tokensPerSecond} tokens/s`);
  return bucket;
}
