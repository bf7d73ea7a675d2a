// REST, WebSocket and gRPC servers in this process over the real app (createNodeApp), the real engine and scheduler,
// and a stand-in swarm whose peers fail in set ways: every interface reports each failure as the one mapping says, and
// cancellation is deterministic (generations pause after their first token until cancelled).
import { once } from 'node:events';
import { connect } from 'node:net';
import type { ErrorBody } from '@democritus/sdk';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { ApiKeyVerifier } from '../src/api/api-keys.js';
import { failureOf, HTTP_OF_KIND, httpFailure } from '../src/api/failures.js';
import { GRPC_OF_KIND, grpcError } from '../src/api/grpc/grpc-failures.js';
import { createGrpcServer, type GrpcServer } from '../src/api/grpc/grpc-server.js';
import { loadDemocritusService } from '../src/api/grpc/proto-file.js';
import type { RestServer } from '../src/api/rest-server.js';
import { createChatSocketServer, type ChatSocketServer } from '../src/api/ws/chat-socket-server.js';
import { createNodeApp } from '../src/app/create-node-app.js';
import type { NodeApp } from '../src/app/node-app.js';
import { exitCodeOf } from '../src/cli/exit-codes.js';
import type { ExpertAdvert } from '../src/core/directory/expert-advert.js';
import type { LlamaEngine } from '../src/engine/llama-engine.js';
import { BusyError, DemocritusError, ERROR_CODES, type FailureKind } from '../src/errors.js';
import { silentLogger } from '../src/logging/logger.js';
import { Scheduler } from '../src/scheduler/scheduler.js';
import { createStubApp, startRestServer, TEST_TIMEOUTS, type StubApp } from './support/app-stub.js';
import { createTestEngine } from './support/engine.js';
import { grpcChat, grpcMetadata } from './support/stream-clients.js';
import { eventually } from './support/swarm.js';
import { tinyModelHandle } from './support/tiny-model.js';

const KEY = 'sk-interfaces-0123456789';
const story = [{ role: 'user', content: 'Once upon a time' }];

describe('failure mapping (pure): one table per transport, every code', () => {
  it('maps every failure code to its kind, and every kind to an HTTP status, an OpenAI type, a gRPC status and an exit code', () => {
    const expected: Record<FailureKind, [number, grpc.status, number]> = {
      bad_request: [400, grpc.status.INVALID_ARGUMENT, 1],
      unauthorized: [401, grpc.status.UNAUTHENTICATED, 1],
      not_found: [404, grpc.status.NOT_FOUND, 1],
      timeout: [408, grpc.status.DEADLINE_EXCEEDED, 1],
      too_large: [413, grpc.status.RESOURCE_EXHAUSTED, 1],
      unsupported_media_type: [415, grpc.status.INVALID_ARGUMENT, 1],
      busy: [429, grpc.status.UNAVAILABLE, 1],
      rate_limited: [429, grpc.status.RESOURCE_EXHAUSTED, 1],
      upstream_failed: [502, grpc.status.UNAVAILABLE, 1],
      cancelled: [503, grpc.status.CANCELLED, 1],
      unavailable: [503, grpc.status.UNAVAILABLE, 1],
      internal: [500, grpc.status.INTERNAL, 1],
      address_in_use: [500, grpc.status.INTERNAL, 2],
      io: [500, grpc.status.INTERNAL, 1],
      config_invalid: [500, grpc.status.INTERNAL, 2],
    };
    for (const code of ERROR_CODES) {
      const error = new DemocritusError(code, `failed: ${code}`);
      const [status, grpcStatus, exitCode] = expected[error.kind];
      const failure = failureOf(error);
      expect(httpFailure(failure), code).toMatchObject({ statusCode: status, body: { error: { code, message: `failed: ${code}`, type: HTTP_OF_KIND[error.kind].type } } });
      expect(grpcError(failure).code, code).toBe(grpcStatus);
      expect(GRPC_OF_KIND[error.kind]).toBe(grpcStatus);
      expect(exitCodeOf(error.kind), code).toBe(exitCode);
    }
    expect(HTTP_OF_KIND.busy.type).toBe('rate_limit_error');
    expect(HTTP_OF_KIND.upstream_failed.type).toBe('upstream_error');
    expect(HTTP_OF_KIND.internal.type).toBe('server_error');
    expect(failureOf(new BusyError(1_500))).toMatchObject({ kind: 'busy', retryAfterSeconds: 2 });
    expect(failureOf(new Error('boom'))).toMatchObject({ kind: 'internal', code: 'internal_error' });
  });
});

/** What one failure looks like on each transport. */
interface Observed {
  rest: { status: number; body: ErrorBody };
  ws: Record<string, unknown>;
  grpc: grpc.ServiceError;
}

describe('REST, WebSocket and gRPC over the real app with stand-in peers', () => {
  let engine: LlamaEngine;
  let app: NodeApp;
  let limitedApp: NodeApp;
  let stub: StubApp;
  const servers: { rest: RestServer; ws: ChatSocketServer; grpc: GrpcServer; restUrl: string; wsUrl: string; grpcAddress: string }[] = [];
  const Democritus = loadDemocritusService();
  const clients: grpc.Client[] = [];

  beforeAll(async () => {
    engine = await createTestEngine();
    const model = tinyModelHandle();
    const advert = (peerId: string, name: string): ExpertAdvert => ({
      peerId,
      name,
      description: name,
      modelSha256: model.sha256,
      modelName: model.name,
      contextSize: 512,
      activeGenerations: 0,
      queueDepth: 0,
      softwareVersion: 'test',
      timestampMs: Date.now(),
      expiresAtMs: Date.now() + 600_000,
      addresses: [],
      sequence: 1,
    });
    const adverts = [advert('peer-busy', 'busy-expert'), advert('peer-broken', 'broken-expert'), advert('peer-failing', 'failing-expert')];
    const appWith = (scheduler: Scheduler) =>
      createNodeApp({
        info: {
          peerId: 'peer-self',
          swarmId: 'public',
          name: 'self',
          version: 'test',
          startedAt: Date.now(),
          multiaddrs: () => [],
          expert: { description: 'stories', modelName: model.name, modelSha256: model.sha256 },
        },
        defaults: { maxTokens: 8, temperature: 0, topP: 1 },
        maxPromptChars: 1_000,
        expertModel: model,
        scheduler,
        loadedModels: () => [],
        swarm: {
          peers: async () => [],
          adverts: () => adverts,
          // eslint-disable-next-line require-yield
          async *generateRemote(peerId) {
            if (peerId === 'peer-busy') throw new BusyError(2_000);
            if (peerId === 'peer-broken') throw new Error('dial failed: connection refused');
            throw new DemocritusError('engine_failure', 'llama.cpp returned no logits');
          },
        },
        logger: silentLogger(),
      });
    app = appWith(new Scheduler(engine, { maxQueue: 8, maxConcurrentPerModel: 1, rateLimit: { perMinute: 0, burst: 1 } }));
    limitedApp = appWith(new Scheduler(engine, { maxQueue: 8, maxConcurrentPerModel: 1, rateLimit: { perMinute: 1, burst: 1 } }));
    stub = await createStubApp(new Scheduler(engine, { maxQueue: 8, maxConcurrentPerModel: 1, rateLimit: { perMinute: 0, burst: 1 } }));
    for (const each of [app, limitedApp, stub.app]) servers.push(await startAll(each));
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    for (const server of servers) await Promise.all([server.rest.close(), server.ws.close(), server.grpc.close()]);
    await engine?.close();
  });

  async function startAll(target: NodeApp) {
    const apiKeys = new ApiKeyVerifier([KEY]);
    const { server: rest, url: restUrl } = await startRestServer(target, { apiKeys });
    const ws = createChatSocketServer(target, { logger: silentLogger(), apiKeys, timeouts: TEST_TIMEOUTS, stalledClientMs: 1_500 });
    const grpcServer = createGrpcServer(target, { logger: silentLogger(), apiKeys, idleTimeoutMs: 60_000 });
    return { rest, ws, grpc: grpcServer, restUrl, wsUrl: await ws.listen('127.0.0.1', 0), grpcAddress: await grpcServer.listen('127.0.0.1', 0) };
  }

  function grpcClient(address: string): grpc.Client {
    const client = new Democritus(address, grpc.credentials.createInsecure());
    clients.push(client);
    return client;
  }

  async function wsConnect(url: string): Promise<{ ws: WebSocket; frames: Record<string, unknown>[]; next: (id: string, type?: string) => Promise<Record<string, unknown>> }> {
    const ws = new WebSocket(url, { headers: { authorization: `Bearer ${KEY}` } });
    const frames: Record<string, unknown>[] = [];
    ws.on('message', (data: Buffer) => frames.push(JSON.parse(data.toString('utf8')) as Record<string, unknown>));
    await once(ws, 'open');
    const next = (id: string, type?: string) => eventually(`frame ${id} ${type ?? ''}`, () => frames.find((frame) => frame.id === id && (type === undefined || frame.type === type)));
    return { ws, frames, next };
  }

  /** Sends the same chat on all three transports and records what each answered. */
  async function observe(target: (typeof servers)[number], chat: Record<string, unknown>): Promise<Observed> {
    const response = await fetch(`${target.restUrl}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify(chat),
    });
    const rest = { status: response.status, body: (await response.json()) as ErrorBody };
    const socket = await wsConnect(target.wsUrl);
    socket.ws.send(JSON.stringify({ type: 'chat', id: 'x', ...chat }));
    const ws = await socket.next('x', 'error');
    socket.ws.close();
    const error = await new Promise<grpc.ServiceError>((resolve) => {
      const stream = grpcChat(grpcClient(target.grpcAddress), chat, grpcMetadata(KEY));
      stream.on('data', () => undefined);
      stream.on('error', resolve);
    });
    return { rest, ws, grpc: error };
  }

  function expectMapped(observed: Observed, code: string, kind: FailureKind): void {
    expect(observed.rest.status).toBe(HTTP_OF_KIND[kind].status);
    expect(observed.rest.body.error).toMatchObject({ code, type: HTTP_OF_KIND[kind].type });
    expect(observed.ws).toMatchObject({ type: 'error', code, status: HTTP_OF_KIND[kind].status, error_type: HTTP_OF_KIND[kind].type });
    expect(observed.grpc.code).toBe(GRPC_OF_KIND[kind]);
    expect(observed.grpc.metadata.get('democritus-error-code')).toEqual([code]);
  }

  it('an unknown model is not_found on every transport', async () => {
    expectMapped(await observe(servers[0]!, { model: 'nobody', messages: story }), 'model_not_found', 'not_found');
  });

  it('a busy expert is busy (429 with Retry-After on REST, UNAVAILABLE on gRPC) on every transport', async () => {
    const observed = await observe(servers[0]!, { model: 'busy-expert', messages: story });
    expectMapped(observed, 'busy', 'busy');
    expect(observed.ws.retry_after_seconds).toBe(2);
    expect(observed.grpc.metadata.get('retry-after')).toEqual(['2']);
  });

  it('a peer that cannot be reached is an upstream failure (502) on every transport', async () => {
    expectMapped(await observe(servers[0]!, { model: 'broken-expert', messages: story }), 'remote_failure', 'upstream_failed');
  });

  it('an engine fault is an internal failure (500), not the client’s fault, on every transport', async () => {
    expectMapped(await observe(servers[0]!, { model: 'failing-expert', messages: story }), 'engine_failure', 'internal');
  });

  it('a prompt past inference.max_prompt_chars is refused before any work, on every transport', async () => {
    expectMapped(await observe(servers[0]!, { messages: [{ role: 'user', content: 'x'.repeat(1_001) }] }), 'prompt_too_long', 'bad_request');
  });

  it('a rate-limited client is rate_limited on every transport', async () => {
    const target = servers[1]!;
    // One request per minute per client: the first one passes, the next ones are refused.
    const first = await fetch(`${target.restUrl}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ messages: story, max_tokens: 1 }),
    });
    expect(first.status).toBe(200);
    expectMapped(await observe(target, { messages: story, max_tokens: 1 }), 'rate_limited', 'rate_limited');
  });

  it('a missing key is unauthorized on every transport', async () => {
    const target = servers[0]!;
    const rest = await fetch(`${target.restUrl}/v1/models`);
    expect(rest.status).toBe(HTTP_OF_KIND.unauthorized.status);
    const ws = new WebSocket(target.wsUrl);
    const [code] = (await once(ws, 'close')) as [number];
    expect(code).toBe(4401);
    const error = await new Promise<grpc.ServiceError>((resolve) => {
      const stream = grpcChat(grpcClient(target.grpcAddress), { messages: story }, new grpc.Metadata());
      stream.on('data', () => undefined);
      stream.on('error', resolve);
    });
    expect(error.code).toBe(GRPC_OF_KIND.unauthorized);
  });

  describe('cancellation (generations pause after their first token until cancelled)', () => {
    const target = () => servers[2]!;

    async function expectIdleThenServed(): Promise<void> {
      await eventually('the scheduler is idle', async () => (await stub.app.health()).scheduler.running === 0);
      stub.pauseAfterFirstToken = false;
      const socket = await wsConnect(target().wsUrl);
      socket.ws.send(JSON.stringify({ type: 'chat', id: 'after', messages: story, max_tokens: 3 }));
      expect(await socket.next('after', 'done')).toMatchObject({ finish_reason: 'length' });
      socket.ws.close();
    }

    it('WebSocket: closing the socket cancels its generation, and the next request is served', async () => {
      const seen = stub.doneEvents.length;
      stub.pauseAfterFirstToken = true;
      const socket = await wsConnect(target().wsUrl);
      socket.ws.send(JSON.stringify({ type: 'chat', id: 'long', messages: story, max_tokens: 200 }));
      await socket.next('long', 'token');
      socket.ws.close();
      expect((await stub.waitForDone(seen + 1)).finishReason).toBe('cancelled');
      await expectIdleThenServed();
    });

    it('WebSocket: a client that stops reading is disconnected after stalled_client_seconds and its generations cancelled', async () => {
      const seen = stub.doneEvents.length;
      stub.pauseAfterFirstToken = false;
      // A raw WebSocket client that never reads: its receive buffer fills, then the server's send buffer grows.
      const { port, hostname } = new URL(target().wsUrl);
      const socket = connect(Number(port), hostname);
      await once(socket, 'connect');
      socket.write(
        `GET /ws/chat HTTP/1.1\r\nHost: ${hostname}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n` +
          `Sec-WebSocket-Version: 13\r\nAuthorization: Bearer ${KEY}\r\n\r\n`,
      );
      await once(socket, 'data');
      socket.pause();
      const frame = (payload: string): Buffer => {
        const body = Buffer.from(payload);
        const header = body.length < 126 ? Buffer.from([0x81, 0x80 | body.length]) : Buffer.from([0x81, 0x80 | 126, body.length >> 8, body.length & 0xff]);
        return Buffer.concat([header, Buffer.alloc(4), body]);
      };
      // Many long generations with all their alternatives: far more than the socket buffers hold.
      for (let i = 0; i < 16; i++) {
        socket.write(frame(JSON.stringify({ type: 'chat', id: `s${i}`, messages: story, max_tokens: 480, temperature: 1, seed: i, top_logprobs: 20 })));
      }
      const done = await stub.waitForDone(seen + 1, 120_000);
      expect(['cancelled', 'length']).toContain(done.finishReason);
      await eventually('every generation of the stalled client has ended', async () => (await stub.app.health()).scheduler.running === 0 && (await stub.app.health()).scheduler.queued === 0, 120_000);
      expect(stub.doneEvents.slice(seen).some((event) => event.finishReason === 'cancelled')).toBe(true);
      // The server closed the connection (its 4408 close frame waits behind the data the client never read).
      const closed = once(socket, 'close');
      socket.resume();
      await closed;
      await expectIdleThenServed();
    });

    it('gRPC: cancelling the call cancels its generation, and the next request is served', async () => {
      const seen = stub.doneEvents.length;
      stub.pauseAfterFirstToken = true;
      const stream = grpcChat(grpcClient(target().grpcAddress), { messages: story, max_tokens: 200 }, grpcMetadata(KEY));
      stream.on('error', () => undefined);
      await once(stream, 'data');
      stream.cancel();
      expect((await stub.waitForDone(seen + 1)).finishReason).toBe('cancelled');
      await expectIdleThenServed();
    });
  });
});
