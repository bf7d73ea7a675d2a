import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { coalescedBody } from '../src/api/coalesced-body.js';

async function readAll(body: AsyncIterable<Buffer | string>): Promise<string[]> {
  const writes: string[] = [];
  for await (const chunk of body) writes.push(chunk.toString());
  return writes;
}

describe('coalescedBody (several SSE events / NDJSON lines per socket write)', () => {
  it('sends the same bytes in order, chunks of one event-loop turn in one write', async () => {
    async function* chunks() {
      for (let packet = 0; packet < 3; packet++) {
        // A packet of tokens: all its chunks are produced in one turn.
        for (let token = 0; token < 5; token++) yield `data: ${packet}.${token}\n\n`;
        await delay(5);
      }
      yield 'data: [DONE]\n\n';
    }
    const expected: string[] = [];
    for await (const chunk of chunks()) expected.push(chunk);
    const writes = await readAll(coalescedBody(chunks()));
    expect(writes.join('')).toBe(expected.join(''));
    expect(writes.length).toBeLessThanOrEqual(4);
  });

  it('does not hold back the first chunk, and a chunk waits at most about the window', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* chunks() {
      yield 'first\n';
      await gate;
      yield 'second\n';
    }
    const body = coalescedBody(chunks(), { windowMs: 30 });
    const started = performance.now();
    const iterator = body[Symbol.asyncIterator]();
    expect(String((await iterator.next()).value)).toBe('first\n');
    expect(performance.now() - started).toBeLessThan(25);
    release();
    const second = performance.now();
    expect(String((await iterator.next()).value)).toBe('second\n');
    // Held until the window after the first write ends, then written (the end of the stream writes at once anyway).
    expect(performance.now() - second).toBeLessThan(200);
    expect((await iterator.next()).done).toBe(true);
  });

  it('destroying the body (the client left) closes the iterator', async () => {
    let closed = false;
    async function* chunks() {
      try {
        for (let i = 0; ; i++) {
          yield `line ${i}\n`;
          await delay(1);
        }
      } finally {
        closed = true;
      }
    }
    const body = coalescedBody(chunks());
    const iterator = body[Symbol.asyncIterator]();
    await iterator.next();
    const done = new Promise((resolve) => body.once('close', resolve));
    body.destroy();
    await done;
    expect(closed).toBe(true);
  });

  it('a failing iterator writes what it produced, then fails the body', async () => {
    async function* chunks() {
      yield 'one\n';
      await delay(1);
      throw new Error('boom');
    }
    const writes: string[] = [];
    await expect(
      (async () => {
        for await (const chunk of coalescedBody(chunks())) writes.push(String(chunk));
      })(),
    ).rejects.toThrow('boom');
    expect(writes.join('')).toBe('one\n');
  });
});
