import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LlamaEngine } from '../src/engine/llama-engine.js';
import { BusyError, RateLimitedError } from '../src/errors.js';
import { Scheduler, type SchedulerSettings } from '../src/scheduler/scheduler.js';
import { collect, createTestEngine, storyRequest } from './support/engine.js';

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
