import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfigText } from '../src/config/index.js';
import type { LlamaEngine } from '../src/engine/llama-engine.js';
import { BusyError, RateLimitedError } from '../src/errors.js';
import { silentLogger } from '../src/logging/logger.js';
import { createLocalRuntime } from '../src/runtime/local-runtime.js';
import { Scheduler, type SchedulerSettings } from '../src/scheduler/scheduler.js';
import type { Sleep } from '../src/scheduler/token-throttle.js';
import { collect, createTestEngine, storyRequest } from './support/engine.js';
import { eventually } from './support/swarm.js';

const roomy: SchedulerSettings = { maxQueue: 16, maxConcurrentPerModel: 1, rateLimit: { perMinute: 0, burst: 1 } };

describe('scheduler in front of the real engine', () => {
  let engine: LlamaEngine;
  beforeAll(async () => {
    engine = await createTestEngine();
  });
  afterAll(async () => {
    await engine.close();
  });

  it('serves local requests before remote ones that queued earlier', async () => {
    const scheduler = new Scheduler(engine, roomy);
    const finished: string[] = [];
    const blocker = await scheduler.generate(storyRequest({ maxTokens: 100 }), { clientId: 'local', priority: 'local' });
    const firstToken = await blocker.next();
    expect(firstToken.value?.type).toBe('token');

    const queued = [
      ['remote-1', 'remote'],
      ['remote-2', 'remote'],
      ['local-1', 'local'],
    ] as const;
    const runs = queued.map(async ([name, priority]) => {
      const stream = await scheduler.generate(storyRequest({ maxTokens: 5 }), { clientId: name, priority });
      await collect(stream);
      finished.push(name);
    });
    expect(scheduler.stats()).toMatchObject({ running: 1, queued: 3, queuedByPriority: { local: 1, remote: 2 } });
    await collect(blocker);
    await Promise.all(runs);
    expect(finished).toEqual(['local-1', 'remote-1', 'remote-2']);
  });

  it('starts waiting requests fairly: a client that just ran waits behind one that has not', async () => {
    const scheduler = new Scheduler(engine, roomy);
    const started: string[] = [];
    // Client A holds the one slot and queues two more; then B queues one: B starts next, then A's.
    const hold = await scheduler.generate(storyRequest({ maxTokens: 100 }), { clientId: 'key:a', priority: 'local' });
    await hold.next();
    const run = (client: string, label: string) =>
      scheduler.generate(storyRequest({ maxTokens: 2 }), { clientId: client, priority: 'local' }).then(async (stream) => {
        started.push(label);
        await collect(stream);
      });
    const runs = [run('key:a', 'a2'), run('key:a', 'a3'), run('key:b', 'b1')];
    expect(scheduler.stats()).toMatchObject({ running: 1, queued: 3 });
    await hold.return(undefined);
    await Promise.all(runs);
    expect(started).toEqual(['b1', 'a2', 'a3']);
  });

  it('rate-limits each client with a token bucket and says when to retry', async () => {
    let now = 1_000_000;
    const scheduler = new Scheduler(engine, { ...roomy, rateLimit: { perMinute: 60, burst: 2 }, now: () => now });
    for (let i = 0; i < 2; i++) await collect(await scheduler.generate(storyRequest({ maxTokens: 3 }), { clientId: 'peer-a', priority: 'remote' }));
    const refused = scheduler.generate(storyRequest({ maxTokens: 3 }), { clientId: 'peer-a', priority: 'remote' });
    await expect(refused).rejects.toBeInstanceOf(RateLimitedError);
    await expect(refused).rejects.toMatchObject({ retryAfterMs: 1000 });
    // Another client has its own bucket.
    await collect(await scheduler.generate(storyRequest({ maxTokens: 3 }), { clientId: 'peer-b', priority: 'remote' }));
    now += 1000;
    await collect(await scheduler.generate(storyRequest({ maxTokens: 3 }), { clientId: 'peer-a', priority: 'remote' }));
  });

  it('refuses with "busy, retry after N ms" when the queue is full instead of piling up', async () => {
    const scheduler = new Scheduler(engine, { ...roomy, maxQueue: 1 });
    const blocker = await scheduler.generate(storyRequest({ maxTokens: 100 }), { clientId: 'a', priority: 'local' });
    await blocker.next();
    const queued = scheduler.generate(storyRequest({ maxTokens: 3 }), { clientId: 'b', priority: 'remote' });
    const refused = scheduler.generate(storyRequest({ maxTokens: 3 }), { clientId: 'c', priority: 'remote' });
    await expect(refused).rejects.toBeInstanceOf(BusyError);
    await expect(refused).rejects.toThrow(/^busy, retry after \d+ ms$/);
    await collect(blocker);
    const served = await collect(await queued);
    expect(served.done.finishReason).toBe('length');
  });

  it('removes a cancelled request from the queue', async () => {
    const scheduler = new Scheduler(engine, roomy);
    const blocker = await scheduler.generate(storyRequest({ maxTokens: 50 }), { clientId: 'a', priority: 'local' });
    await blocker.next();
    const controller = new AbortController();
    const queued = scheduler.generate(storyRequest({ maxTokens: 3, signal: controller.signal }), { clientId: 'b', priority: 'local' });
    controller.abort();
    await expect(queued).rejects.toThrow(/cancelled while queued/);
    expect(scheduler.stats().queued).toBe(0);
    await collect(blocker);
  });

  it('frees the slot when the stream is closed before its first next()', async () => {
    const scheduler = new Scheduler(engine, roomy);
    const abandoned = await scheduler.generate(storyRequest({ maxTokens: 50 }), { clientId: 'a', priority: 'local' });
    expect(scheduler.stats().running).toBe(1);
    await expect(abandoned.return(undefined)).resolves.toMatchObject({ done: true });
    expect(scheduler.stats()).toMatchObject({ running: 0, queued: 0 });

    // The next request is admitted at once instead of queuing behind the abandoned one (max concurrency 1).
    const next = scheduler.generate(storyRequest({ maxTokens: 5 }), { clientId: 'b', priority: 'local' });
    expect(scheduler.stats()).toMatchObject({ running: 1, queued: 0 });
    const served = await collect(await next);
    expect(served.tokens.length).toBeGreaterThan(0);
    expect(served.done.finishReason).toBe('length');

    // throw() before the first next() frees it too, and the error reaches the caller.
    const thrown = await scheduler.generate(storyRequest({ maxTokens: 5 }), { clientId: 'c', priority: 'local' });
    await expect(thrown.throw(new Error('caller gave up'))).rejects.toThrow('caller gave up');
    expect(scheduler.stats()).toMatchObject({ running: 0, queued: 0 });
    await collect(await scheduler.generate(storyRequest({ maxTokens: 3 }), { clientId: 'd', priority: 'local' }));
    expect(scheduler.stats()).toMatchObject({ running: 0, queued: 0 });
  });

  it('runs generations of one model in parallel up to the concurrency limit', async () => {
    const parallel = await createTestEngine({ sequencesPerModel: 2 });
    try {
      const scheduler = new Scheduler(parallel, { ...roomy, maxConcurrentPerModel: 2 });
      const a = await scheduler.generate(storyRequest({ maxTokens: 20 }), { clientId: 'a', priority: 'local' });
      const b = await scheduler.generate(storyRequest({ maxTokens: 20 }), { clientId: 'b', priority: 'local' });
      expect(scheduler.stats().running).toBe(2);
      const [ra, rb] = await Promise.all([collect(a), collect(b)]);
      expect(ra.text).toBe(rb.text);
    } finally {
      await parallel.close();
    }
  });
});

describe('the serving throttle (inference.max_tokens_per_second) on the real engine', () => {
  let engine: LlamaEngine;
  beforeAll(async () => {
    engine = await createTestEngine({ sequencesPerModel: 2 });
  });
  afterAll(async () => {
    await engine.close();
  });

  it('holds a 100-token generation to 200 tokens/s: a throttle only slows, so the elapsed time has a floor', async () => {
    const scheduler = new Scheduler(engine, { ...roomy, maxTokensPerSecond: 200 });
    const started = performance.now();
    const served = await collect(await scheduler.generate(storyRequest({ maxTokens: 100 }), { clientId: 'a', priority: 'local' }));
    const elapsedMs = performance.now() - started;
    expect(served.done.finishReason).toBe('length');
    expect(served.tokens).toHaveLength(100);
    // 4 tokens of burst (20 ms at the rate), then one every 5 ms: 480 ms; a margin for timers that fire a little early.
    expect(elapsedMs).toBeGreaterThanOrEqual(0.9 * 480);
  });

  it('caps the node as a whole: two concurrent generations share the rate (on an injected clock)', async () => {
    const clock = new VirtualClock();
    const scheduler = new Scheduler(engine, { ...roomy, maxConcurrentPerModel: 2, maxTokensPerSecond: 200, now: clock.now, sleep: clock.advancing });
    const releasedAt: number[] = [];
    const run = async (clientId: string) => {
      const stream = await scheduler.generate(storyRequest({ maxTokens: 50 }), { clientId, priority: 'local' });
      for await (const event of stream) if (event.type === 'token') releasedAt.push(clock.time);
    };
    await Promise.all([run('a'), run('b')]);
    expect(releasedAt).toHaveLength(100);
    // By any moment, at most the 4-token burst plus 200/s times the time since the start were served...
    releasedAt.forEach((at, index) => expect(index + 1).toBeLessThanOrEqual(4 + at / 5));
    // ...and the node served at its full rate: the last token came when the schedule said, not later.
    expect(releasedAt.at(-1)).toBe(96 * 5);
    expect(clock.sleeps).toHaveLength(96);
  });

  it('a request cancelled while its token waits for its turn ends at once and frees its slot', async () => {
    // Time stands still: a token that waits for its turn is released only by cancellation, never by the clock.
    const clock = new VirtualClock();
    const scheduler = new Scheduler(engine, { ...roomy, maxTokensPerSecond: 200, now: clock.now, sleep: clock.frozen });
    const controller = new AbortController();
    const stream = await scheduler.generate(storyRequest({ maxTokens: 100, signal: controller.signal }), { clientId: 'a', priority: 'local' });
    for (let i = 0; i < 4; i++) expect((await stream.next()).value?.type).toBe('token');
    const fifth = stream.next();
    await eventually('the fifth token waiting for its turn', () => clock.sleeps.length === 1);
    // A second request queues behind the held slot (one generation at a time).
    const queued = scheduler.generate(storyRequest({ maxTokens: 3 }), { clientId: 'b', priority: 'local' });
    expect(scheduler.stats()).toMatchObject({ running: 1, queued: 1 });

    controller.abort();
    const end = await fifth;
    expect(end.value).toMatchObject({ type: 'done', finishReason: 'cancelled' });
    expect(await stream.next()).toMatchObject({ done: true });
    // The queued request got the slot (the clock stands still, so it is closed rather than served).
    const next = await queued;
    expect(scheduler.stats()).toMatchObject({ running: 1, queued: 0 });
    await next.return(undefined);
    expect(scheduler.stats()).toMatchObject({ running: 0, queued: 0 });
  });

  it('closing the stream while a token waits for its turn ends the wait and frees the slot', async () => {
    const clock = new VirtualClock();
    const scheduler = new Scheduler(engine, { ...roomy, maxTokensPerSecond: 200, now: clock.now, sleep: clock.frozen });
    const stream = await scheduler.generate(storyRequest({ maxTokens: 100 }), { clientId: 'a', priority: 'local' });
    for (let i = 0; i < 4; i++) await stream.next();
    const fifth = stream.next();
    await eventually('the fifth token waiting for its turn', () => clock.sleeps.length === 1);
    await expect(stream.return(undefined)).resolves.toMatchObject({ done: true });
    await expect(fifth).resolves.toMatchObject({ done: true });
    expect(scheduler.stats()).toMatchObject({ running: 0, queued: 0 });
  });

  it('[inference] max_tokens_per_second reaches the node\'s scheduler', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'democritus-throttle-'));
    const toml = '[node]\nstate_dir = "state"\n[inference]\nthreads = 1\nmax_tokens_per_second = 20\n';
    const loaded = parseConfigText(toml, { file: 'config.toml', dir });
    const runtime = await createLocalRuntime(loaded, silentLogger());
    try {
      const started = performance.now();
      const served = await collect(await runtime.scheduler.generate(storyRequest({ maxTokens: 21 }), { clientId: 'a', priority: 'local' }));
      expect(served.tokens).toHaveLength(21);
      // One token of burst, then one every 50 ms: a second at least (unthrottled, 21 tokens take a few milliseconds).
      expect(performance.now() - started).toBeGreaterThanOrEqual(0.9 * 1000);
    } finally {
      await runtime.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('without a cap no token waits: the throttle never asks for a timer', async () => {
    const clock = new VirtualClock();
    const scheduler = new Scheduler(engine, { ...roomy, now: clock.now, sleep: clock.frozen });
    const served = await collect(await scheduler.generate(storyRequest({ maxTokens: 20 }), { clientId: 'a', priority: 'local' }));
    expect(served.tokens).toHaveLength(20);
    expect(clock.sleeps).toEqual([]);
  });
});

/** Time the test controls (a fake: real time cannot be stopped). A sleep moves it, or leaves it standing until aborted. */
class VirtualClock {
  time = 0;
  readonly sleeps: number[] = [];
  readonly now = (): number => this.time;
  readonly advancing: Sleep = (ms) => {
    this.sleeps.push(ms);
    this.time += ms;
    return Promise.resolve();
  };
  readonly frozen: Sleep = (ms, signal) => {
    this.sleeps.push(ms);
    return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  };
}
