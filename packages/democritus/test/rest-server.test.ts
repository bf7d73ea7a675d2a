import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { once } from 'node:events';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ndjsonValues, type ErrorBody, type GenerateStreamLine, type Health as HealthBody, type PeersBody } from '@democritus/sdk';
import type { RestServer } from '../src/api/rest-server.js';
import type { LlamaEngine } from '../src/engine/llama-engine.js';
import { Scheduler } from '../src/scheduler/scheduler.js';
import { createStubApp, startRestServer, type StubApp } from './support/app-stub.js';
import { collect, createTestEngine, storyRequest } from './support/engine.js';
import { TINY_MODEL_FILE, TINY_MODEL_SHA256 } from './support/tiny-model.js';

describe('REST server: node routes (real Fastify server, real app, engine and scheduler, stub peers)', () => {
  let engine: LlamaEngine;
  let stub: StubApp;
  let server: RestServer;
  let url: string;

  beforeAll(async () => {
    engine = await createTestEngine();
    const scheduler = new Scheduler(engine, { maxQueue: 8, maxConcurrentPerModel: 1, rateLimit: { perMinute: 0, burst: 1 } });
    stub = await createStubApp(scheduler);
    ({ server, url } = await startRestServer(stub.app));
  });
  afterAll(async () => {
    await server?.close();
    await engine?.close();
  });

  const post = (body: unknown, init: RequestInit = {}) =>
    fetch(`${url}/api/generate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      ...init,
    });

  async function streamLines(response: Response): Promise<GenerateStreamLine[]> {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines: GenerateStreamLine[] = [];
    for await (const line of ndjsonValues(bodyOf(response))) lines.push(line as GenerateStreamLine);
    return lines;
  }

  const bodyOf = (response: Response) => {
    if (response.body === null) throw new Error('response without a body');
    return response.body;
  };

  const textOf = (lines: GenerateStreamLine[]) => lines.map((line) => (line.type === 'token' ? line.text : '')).join('');

  it('GET /health describes the node, its model, peers, scheduler and memory', async () => {
    const response = await fetch(`${url}/health`);
    expect(response.status).toBe(200);
    const health = (await response.json()) as HealthBody;
    expect(health).toMatchObject({
      status: 'ok',
      peerId: stub.ids.self,
      swarmId: 'public',
      name: 'stub-node',
      version: '0.1.0-test',
      addresses: [`/ip4/127.0.0.1/tcp/4100/p2p/${stub.ids.self}`],
      model: { name: TINY_MODEL_FILE, sha256: TINY_MODEL_SHA256 },
      peers: { connected: 1, known: 4 },
      scheduler: { running: 0, queued: 0, queuedByPriority: { local: 0, remote: 0 } },
    });
    expect(health.uptimeMs).toBeGreaterThanOrEqual(0);
    expect(health.loadedModels[0]?.sha256).toBe(TINY_MODEL_SHA256);
    expect(health.memory.rss).toBeGreaterThan(0);
    expect(health.memory.heapUsed).toBeGreaterThan(0);
  });

  it('GET /api/peers returns the peer directory rows', async () => {
    const response = await fetch(`${url}/api/peers`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as PeersBody;
    expect(body).toEqual({ peers: stub.peerRows });
  });

  it('POST /api/generate streams NDJSON events whose text is the engine’s own text at temperature 0', async () => {
    const local = await collect(engine.generate(storyRequest({ maxTokens: 30, topLogprobs: 0 })));
    const lines = await streamLines(await post({ prompt: 'Once upon a time', max_tokens: 30, temperature: 0, top_p: 0.95, seed: 42, top_logprobs: 3 }));
    const last = lines.at(-1);
    expect(last).toMatchObject({ type: 'done', finishReason: 'length', modelSha256: TINY_MODEL_SHA256, usage: { completionTokens: 30 } });
    expect(lines.filter((line) => line.type === 'token')).toHaveLength(30);
    expect(textOf(lines)).toBe(local.text);
    const firstToken = lines[0];
    expect(firstToken?.type === 'token' && firstToken.topLogprobs.length).toBe(3);
  });

  it('accepts chat messages and fills leaving-out sampling fields from the node defaults', async () => {
    const local = await collect(
      engine.generate(storyRequest({ input: { messages: [{ role: 'user', content: 'Tell me a story' }] }, maxTokens: 24, topLogprobs: 0 })),
    );
    const lines = await streamLines(await post({ messages: [{ role: 'user', content: 'Tell me a story' }] }));
    expect(lines.at(-1)).toMatchObject({ type: 'done', usage: { completionTokens: local.done.usage.completionTokens } });
    expect(textOf(lines)).toBe(local.text);
  });

  it('refuses invalid bodies with 400 {error: {message, type, code}} and keeps serving', async () => {
    const cases: [string, unknown, RegExp][] = [
      ['bad JSON', '{"prompt": "Once', /JSON/],
      ['empty body', '', /empty/i],
      ['prompt is a number', { prompt: 5 }, /prompt/],
      ['max_tokens as a string', { prompt: 'Once', max_tokens: '5' }, /max_tokens/],
      ['max_tokens too large', { prompt: 'Once', max_tokens: 40_000 }, /max_tokens/],
      ['max_tokens zero', { prompt: 'Once', max_tokens: 0 }, /max_tokens/],
      ['temperature too high', { prompt: 'Once', temperature: 3 }, /temperature/],
      ['top_p zero', { prompt: 'Once', top_p: 0 }, /top_p/],
      ['negative seed', { prompt: 'Once', seed: -1 }, /seed/],
      ['seed beyond uint32', { prompt: 'Once', seed: 2 ** 32 }, /seed/],
      ['five stop sequences', { prompt: 'Once', stop: ['a', 'b', 'c', 'd', 'e'] }, /stop/],
      ['top_logprobs too large', { prompt: 'Once', top_logprobs: 21 }, /top_logprobs/],
      ['unknown role', { messages: [{ role: 'robot', content: 'hi' }] }, /role must be one of system, user, assistant/],
      ['empty messages', { messages: [] }, /messages/],
      ['message without content', { messages: [{ role: 'user' }] }, /content/],
      ['neither prompt nor messages', { max_tokens: 5 }, /prompt.*messages/],
      ['both prompt and messages', { prompt: 'Once', messages: [{ role: 'user', content: 'hi' }] }, /prompt.*messages/],
      ['unknown field', { prompt: 'Once', frequency_penalty: 1 }, /unknown field `frequency_penalty`/],
      ['peer that is not a peer ID', { prompt: 'Once', peer: 'not-a-peer' }, /peer/],
      ['an array body', [1, 2], /object/],
    ];
    for (const [label, body, message] of cases) {
      const response = await post(body);
      const error = (await response.json()) as ErrorBody;
      expect(response.status, label).toBe(400);
      expect(error.error.type, label).toBe('invalid_request_error');
      expect(typeof error.error.code, label).toBe('string');
      expect(error.error.message, label).toMatch(message);
    }
    const tooLarge = await post({ prompt: 'x'.repeat(1_100_000) });
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as ErrorBody).error.code).toBe('body_too_large');
    // The server reads a refused body to its end before it answers and closes: a client still sending gets the 413,
    // not EPIPE from a closed connection (a 2 MB body through the openai test hit that once in CI).
    const { status, writeError } = await postSlowly(`${url}/api/generate`, 2_000_000);
    expect(writeError).toBeNull();
    expect(status).toBe(413);

    expect((await fetch(`${url}/health`)).status).toBe(200);
    const lines = await streamLines(await post({ prompt: 'Once upon a time', max_tokens: 3 }));
    expect(lines.at(-1)).toMatchObject({ type: 'done', usage: { completionTokens: 3 } });
  });

  it('maps refusals before the stream to statuses: 404 unknown peer or route, 429 busy, 502 remote failure, 400 prompt too long', async () => {
    const stranger = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString();
    const unknownPeer = await post({ prompt: 'Once', peer: stranger });
    expect(unknownPeer.status).toBe(404);
    expect(await unknownPeer.json()).toMatchObject({ error: { type: 'not_found_error', code: 'peer_not_found' } });

    const noRoute = await fetch(`${url}/api/nothing`);
    expect(noRoute.status).toBe(404);
    expect(await noRoute.json()).toMatchObject({ error: { type: 'not_found_error', code: 'route_not_found' } });

    const busy = await post({ prompt: 'Once', peer: stub.ids.busy });
    expect(busy.status).toBe(429);
    expect(busy.headers.get('retry-after')).toBe('2');
    expect(await busy.json()).toMatchObject({ error: { type: 'rate_limit_error', code: 'busy' } });

    const broken = await post({ prompt: 'Once', peer: stub.ids.broken });
    expect(broken.status).toBe(502);
    expect(await broken.json()).toMatchObject({ error: { type: 'upstream_error', code: 'remote_failure', message: 'dial failed: connection refused' } });

    const longPrompt = await post({ prompt: 'the cat sat on the mat '.repeat(200) });
    expect(longPrompt.status).toBe(400);
    expect(await longPrompt.json()).toMatchObject({ error: { type: 'invalid_request_error', code: 'bad_request' } });
  });

  it('runs on a named peer, and on this node when the peer is its own ID', async () => {
    const viaPeer = await streamLines(await post({ prompt: 'Once upon a time', max_tokens: 5, temperature: 0, peer: stub.ids.served }));
    const viaSelf = await streamLines(await post({ prompt: 'Once upon a time', max_tokens: 5, temperature: 0, peer: stub.ids.self }));
    expect(textOf(viaPeer)).toBe(textOf(viaSelf));
    expect(viaSelf.at(-1)).toMatchObject({ type: 'done', finishReason: 'length' });
  });

  it('ends a stream that fails after it started with an error line', async () => {
    const lines = await streamLines(await post({ prompt: 'Once upon a time', max_tokens: 10, peer: stub.ids.failsMidStream }));
    expect(lines[0]?.type).toBe('token');
    expect(lines.at(-1)).toEqual({ type: 'error', code: 'remote_failure', message: 'peer closed the stream' });
    // The failed stream gave its scheduler slot back.
    const next = await streamLines(await post({ prompt: 'Once upon a time', max_tokens: 2 }));
    expect(next.at(-1)).toMatchObject({ type: 'done', usage: { completionTokens: 2 } });
  });

  it('cancels the generation when the client disconnects mid-stream, and frees the engine for the next request', async () => {
    const seen = stub.doneEvents.length;
    stub.pauseAfterFirstToken = true;
    try {
      const controller = new AbortController();
      const response = await post({ prompt: 'Once upon a time', max_tokens: 200 }, { signal: controller.signal });
      expect(response.status).toBe(200);
      const lines = ndjsonValues(bodyOf(response));
      expect(((await lines.next()).value as GenerateStreamLine).type).toBe('token');
      controller.abort();
      const done = await stub.waitForDone(seen + 1);
      expect(done.finishReason).toBe('cancelled');
      expect(done.usage.completionTokens).toBeLessThan(200);
    } finally {
      stub.pauseAfterFirstToken = false;
    }
    const next = await streamLines(await post({ prompt: 'Once upon a time', max_tokens: 4 }));
    expect(next.at(-1)).toMatchObject({ type: 'done', finishReason: 'length', usage: { completionTokens: 4 } });
    expect((await stub.app.health()).scheduler).toMatchObject({ running: 0, queued: 0 });
  });

  it('close() ends the generations still streaming', async () => {
    const second = await startRestServer(stub.app);
    const seen = stub.doneEvents.length;
    stub.pauseAfterFirstToken = true;
    try {
      const response = await fetch(`${second.url}/api/generate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ prompt: 'Once upon a time', max_tokens: 200 }),
      });
      const reading = (async () => {
        const lines: GenerateStreamLine[] = [];
        for await (const line of ndjsonValues(bodyOf(response))) lines.push(line as GenerateStreamLine);
        return lines;
      })();
      await second.server.close();
      expect((await stub.waitForDone(seen + 1)).finishReason).toBe('cancelled');
      const lines = await reading;
      expect(lines[0]?.type).toBe('token');
      expect(lines.at(-1)).toMatchObject({ type: 'done', finishReason: 'cancelled' });
    } finally {
      stub.pauseAfterFirstToken = false;
    }
  });
});

describe('REST server: abusive clients get OpenAI-shaped errors and are cut off (real server, short timeouts)', () => {
  let engine: LlamaEngine;
  let server: RestServer;
  let url: string;

  beforeAll(async () => {
    engine = await createTestEngine();
    const stub = await createStubApp(new Scheduler(engine, { maxQueue: 8, maxConcurrentPerModel: 1, rateLimit: { perMinute: 0, burst: 1 } }));
    ({ server, url } = await startRestServer(stub.app, { timeouts: { headersMs: 1_000, requestMs: 2_000 } }));
  });
  afterAll(async () => {
    await server?.close();
    await engine?.close();
  });

  /** Writes raw bytes, optionally more later; resolves with everything the server sent before it closed. */
  async function raw(parts: string[], gapMs = 0): Promise<{ status: number | null; body: ErrorBody | null; closedAfterMs: number }> {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    await once(socket, 'connect');
    const started = performance.now();
    let response = '';
    socket.on('data', (chunk: Buffer) => (response += chunk.toString('utf8')));
    socket.on('error', () => undefined);
    const closed = once(socket, 'close');
    for (const part of parts) {
      if (socket.destroyed) break;
      socket.write(part);
      if (gapMs > 0) await Promise.race([new Promise((resolve) => setTimeout(resolve, gapMs)), closed]);
    }
    await closed;
    const status = /^HTTP\/1\.1 (\d{3})/.exec(response)?.[1];
    const json = response.slice(response.indexOf('\r\n\r\n') + 4);
    let body: ErrorBody | null;
    try {
      body = JSON.parse(json) as ErrorBody;
    } catch {
      body = null;
    }
    return { status: status === undefined ? null : Number(status), body, closedAfterMs: performance.now() - started };
  }

  it('a body sent a byte at a time is cut off with 408 at the request timeout', async () => {
    const head = `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n`;
    const result = await raw([head, ...Array.from({ length: 60 }, () => ' ')], 200);
    expect(result.status).toBe(408);
    expect(result.body?.error).toMatchObject({ type: 'invalid_request_error', code: 'request_timeout' });
    expect(result.closedAfterMs).toBeLessThan(10_000);
  });

  it('headers that never end are cut off with 408 at the headers timeout', async () => {
    const result = await raw(['GET /health HTTP/1.1\r\nHost: x\r\n', ...Array.from({ length: 60 }, (_, i) => `X-Slow-${i}: y\r\n`)], 200);
    expect(result.status).toBe(408);
    expect(result.body?.error.code).toBe('request_timeout');
  });

  it('Node’s own parser errors come in OpenAI’s error shape: 400, 431, 417', async () => {
    const garbage = await raw(['THIS IS NOT HTTP\r\n\r\n']);
    expect(garbage.status).toBe(400);
    expect(garbage.body?.error).toMatchObject({ type: 'invalid_request_error', code: 'bad_request', param: null });
    const huge = await raw([`GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`]);
    expect(huge.status).toBe(431);
    expect(huge.body?.error).toMatchObject({ type: 'invalid_request_error', code: 'headers_too_large' });
    const expectation = await raw(['GET /health HTTP/1.1\r\nHost: x\r\nExpect: something-else\r\n\r\n']);
    expect(expectation.status).toBe(417);
    expect(expectation.body?.error).toMatchObject({ type: 'invalid_request_error', code: 'bad_request' });
  });

  it('a body nested 10,000 deep is refused with 400 before it is parsed, and the server keeps serving', async () => {
    const deep = `{"messages":[{"role":"user","content":"Once"}],"tool_choice":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
    const response = await fetch(`${url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: deep });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error).toMatchObject({ type: 'invalid_request_error', code: 'invalid_json' });
    const arrays = `{"prompt":"Once","stop":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    expect((await fetch(`${url}/api/generate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: arrays })).status).toBe(400);
    expect((await fetch(`${url}/health`)).status).toBe(200);
  });
});

/** Sends a POST of `bytes` bytes in two parts, 300 ms apart, over a raw socket; the status line and any write error. */
async function postSlowly(target: string, bytes: number): Promise<{ status: number | null; writeError: string | null }> {
  const { hostname, port, pathname } = new URL(target);
  const socket = connect(Number(port), hostname);
  await once(socket, 'connect');
  let response = '';
  socket.on('data', (chunk: Buffer) => (response += chunk.toString('latin1')));
  let writeError: string | null = null;
  socket.on('error', (error) => (writeError = error.message));
  const write = (data: string) => new Promise<void>((resolve) => socket.write(data, (error) => {
    if (error) writeError = error.message;
    resolve();
  }));
  await write(`POST ${pathname} HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: ${bytes}\r\n\r\n`);
  await write('x'.repeat(64 * 1024));
  await new Promise((resolve) => setTimeout(resolve, 300));
  await write('x'.repeat(bytes - 64 * 1024));
  await Promise.race([once(socket, 'close'), new Promise((resolve) => setTimeout(resolve, 10_000))]);
  socket.destroy();
  const status = /^HTTP\/1\.1 (\d{3})/.exec(response)?.[1];
  return { status: status === undefined ? null : Number(status), writeError };
}
