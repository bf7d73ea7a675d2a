import '../src/polyfills.js';
import { noise } from '@chainsafe/libp2p-noise';
import { yamux } from '@chainsafe/libp2p-yamux';
import { generateKeyPair } from '@libp2p/crypto/keys';
import type { Libp2p, PrivateKey, Stream, StreamHandler } from '@libp2p/interface';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { tcp } from '@libp2p/tcp';
import { createLibp2p } from 'libp2p';
import { encode as encodeVarint } from 'uint8-varint';
import { equals } from 'uint8arrays/equals';
import { fromString } from 'uint8arrays/from-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PacketBatcher } from '../src/core/streaming/packet-batcher.js';
import { Transcript } from '../src/core/streaming/transcript.js';
import type { LlamaEngine } from '../src/engine/llama-engine.js';
import type { GenerationEvent, TokenEvent } from '../src/engine/types.js';
import { BusyError, RateLimitedError } from '../src/errors.js';
import { silentLogger } from '../src/logging/logger.js';
import {
  createInferenceHandler,
  INFERENCE_STREAM_LIMITS,
  InferenceProtocolError,
  InferenceStreamPool,
  OUTBOUND_LIMIT_RETRY_AFTER_MS,
  type DialProtocolFunction,
  openFrames,
  RemoteInferenceError,
  requestInference,
  type RemoteInferenceRequest,
} from '../src/network/inference/index.js';
import { FinalSummary, InferenceRequest, TokenPacket } from '../src/protocol/proto.js';
import { publicKeyOfPeer, signPayload, verifyPayload } from '../src/protocol/signing.js';
import { Scheduler, type SchedulerSettings } from '../src/scheduler/scheduler.js';
import { collect, createTestEngine, type CollectedGeneration } from './support/engine.js';
import { TINY_MODEL_SHA256, tinyModelHandle } from './support/tiny-model.js';

const PROTOCOL = '/democritus/test/infer/1.0.0';
/** Served by a scheduler whose model is slowed down, so that a generation is surely still running when cancelled. */
const SLOW_PROTOCOL = '/democritus/test/infer-slow/1.0.0';
const BUSY_PROTOCOL = '/democritus/test/infer-busy/1.0.0';
const LIMITED_PROTOCOL = '/democritus/test/infer-limited/1.0.0';
/** Served by a scheduler with one slot and two queue places, registered with the protocol's stream limits. */
const CROWDED_PROTOCOL = '/democritus/test/infer-crowded/1.0.0';
/** The same scheduler; the requester registers this protocol with room for only two outbound streams per connection. */
const NARROW_PROTOCOL = '/democritus/test/infer-narrow/1.0.0';
const FLOOD_PROTOCOL = '/democritus/test/flood/1.0.0';
/** Served with a short wait for the next request on a stream whose last request ended. */
const IDLE_PROTOCOL = '/democritus/test/infer-idle/1.0.0';
const SERVER_IDLE_MS = 300;
/** Its first stream is closed by the serving node when a request arrives on it (as a node closing an idle stream at that moment would); later streams are served. */
const CLOSING_PROTOCOL = '/democritus/test/infer-closing/1.0.0';
const FLOOD_FRAMES = 64;
const FLOOD_FRAME_BYTES = 64 * 1024;
const evilProtocol = (tamper: Tamper) => `/democritus/test/evil-${tamper}/1.0.0`;
const rawReplyProtocol = (name: string) => `/democritus/test/raw-${name}/1.0.0`;
/** Replies a serving node may send that are not frames a requester can accept. */
const RAW_REPLIES = {
  // 2 MiB announced: refused before any of it arrives.
  'oversized-frame': encodeVarint(2 * 1024 * 1024),
  // A varint that never ends: refused once it is longer than any valid length prefix.
  'endless-prefix': new Uint8Array(64).fill(0xff),
} as const;

const roomy: SchedulerSettings = { maxQueue: 8, maxConcurrentPerModel: 1, rateLimit: { perMinute: 0, burst: 1 } };
const messages: RemoteInferenceRequest['messages'] = [{ role: 'user', content: 'Once upon a time' }];
const greedy = { temperature: 0, topP: 0.95, topK: 40, seed: 42 };
const sampled = { temperature: 0.8, topP: 0.95, topK: 40, seed: 7 };
/** More tokens than a slowed generation can produce before the tests cancel it. */
const LONG = 400;

function startNode(privateKey?: PrivateKey): Promise<Libp2p> {
  return createLibp2p({
    ...(privateKey ? { privateKey } : {}),
    addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
  });
}

interface SchedulerLog {
  started: number;
  tokens: number;
  /** How each generation ended on the serving side: its finish reason, or 'returned' when serving stopped it early. */
  endings: string[];
}

/** The real scheduler, seen from the server: counts what the engine produced, optionally pacing it like a slow model. */
function observe(scheduler: Scheduler, delayPerTokenMs = 0): { scheduler: Pick<Scheduler, 'generate'>; log: SchedulerLog } {
  const log: SchedulerLog = { started: 0, tokens: 0, endings: [] };
  return {
    log,
    scheduler: {
      async generate(request, options) {
        const events = await scheduler.generate(request, options);
        log.started += 1;
        return (async function* (): AsyncGenerator<GenerationEvent> {
          let ending = 'returned';
          try {
            for await (const event of events) {
              if (event.type === 'token') {
                log.tokens += 1;
                if (delayPerTokenMs > 0) await new Promise((resolve) => setTimeout(resolve, delayPerTokenMs));
              } else {
                ending = event.finishReason;
              }
              yield event;
            }
          } finally {
            log.endings.push(ending);
          }
        })();
      },
    },
  };
}

type Tamper = 'none' | 'flip-byte' | 'other-key' | 'skip-sequence' | 'wrong-transcript' | 'replay';

/** A serving node that lies: four signed one-token packets and a summary, with one thing wrong. */
function maliciousHandler(key: PrivateKey, otherKey: PrivateKey, tamper: Tamper): StreamHandler {
  return async (stream) => {
    const frames = openFrames(stream);
    const { request, bytes } = await frames.readRequest();
    const context = fromString(request.requestId);
    const transcript = new Transcript(bytes);
    for (let position = 0; position < 4; position++) {
      const sequence = tamper === 'skip-sequence' && position >= 2 ? position + 1 : position;
      const payload = TokenPacket.encode({ sequence, tokens: [{ tokenId: 100 + position, text: ` word${position}`, logprob: -0.5 }] }).finish();
      const last = position === 3;
      const signingKey = tamper === 'other-key' && last ? otherKey : key;
      const signingContext = tamper === 'replay' && last ? fromString('some-other-request') : context;
      const signature = await signPayload(signingKey, 'token-packet', signingContext, payload);
      const sent = tamper === 'flip-byte' && last ? flipLastByte(payload) : payload;
      transcript.addPacket(payload);
      await frames.writeResponse({ packet: { payload: sent, signature } });
    }
    const summary = FinalSummary.encode({
      finishReason: 'length',
      promptTokens: 5,
      completionTokens: 4,
      modelSha256: TINY_MODEL_SHA256,
      packetCount: 4,
      transcriptSha256: tamper === 'wrong-transcript' ? new Uint8Array(32) : transcript.digest(),
    }).finish();
    await frames.writeResponse({ summary: { payload: summary, signature: await signPayload(key, 'final-summary', context, summary) } });
    await stream.close();
  };
}

/** A serving node that reads the request, then sends `bytes` and keeps the stream open. */
function rawReplyHandler(bytes: Uint8Array): StreamHandler {
  return async (stream) => {
    await openFrames(stream).readRequest();
    stream.send(bytes);
  };
}

/** A serving node that answers with FLOOD_FRAMES large frames as fast as the stream lets it; `flood` watches it. */
function floodHandler(flood: { stream: Stream | null; written: number }): StreamHandler {
  return async (stream) => {
    flood.stream = stream;
    const frames = openFrames(stream);
    await frames.readRequest();
    for (let index = 0; index < FLOOD_FRAMES; index++) {
      await frames.writeResponse({ packet: { payload: new Uint8Array(FLOOD_FRAME_BYTES).fill(index), signature: new Uint8Array(64) } });
      flood.written += 1;
    }
    await stream.close();
  };
}

function flipLastByte(bytes: Uint8Array): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[copy.length - 1] = (copy[copy.length - 1] ?? 0) ^ 0x01;
  return copy;
}

async function eventually(description: string, probe: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves once the stream is closed or reset, by either side. */
function closed(stream: Stream): Promise<void> {
  if (stream.status !== 'open') return Promise.resolve();
  return new Promise((resolve) => stream.addEventListener('close', () => resolve(), { once: true }));
}

/** Consumes a generation until it throws; returns the tokens that arrived first and the error. */
async function tokensUntilError(events: AsyncIterable<GenerationEvent>): Promise<{ tokens: TokenEvent[]; error: unknown }> {
  const tokens: TokenEvent[] = [];
  try {
    for await (const event of events) if (event.type === 'token') tokens.push(event);
  } catch (error) {
    return { tokens, error };
  }
  throw new Error(`expected an error, got ${tokens.length} tokens and a summary`);
}

describe('inference protocol over real libp2p with the real engine', () => {
  let engine: LlamaEngine;
  let server: Libp2p;
  let evil: Libp2p;
  let client: Libp2p;
  let main: ReturnType<typeof observe>;
  let mainScheduler: Scheduler;
  let slow: ReturnType<typeof observe>;
  let slowScheduler: Scheduler;
  let busyScheduler: Scheduler;
  let crowdedScheduler: Scheduler;
  const flood: { stream: Stream | null; written: number } = { stream: null, written: 0 };

  beforeAll(async () => {
    engine = await createTestEngine();
    const serverKey = await generateKeyPair('Ed25519');
    const evilKey = await generateKeyPair('Ed25519');
    const strangerKey = await generateKeyPair('Ed25519');
    const tiny = tinyModelHandle();
    const resolveModel = (sha256: string) => (sha256 === '' || sha256 === tiny.sha256 ? tiny : null);
    const serve = (scheduler: Pick<Scheduler, 'generate'>) =>
      createInferenceHandler({ privateKey: serverKey, scheduler, resolveModel, logger: silentLogger() });
    [server, evil, client] = await Promise.all([startNode(serverKey), startNode(evilKey), startNode()]);

    mainScheduler = new Scheduler(engine, roomy);
    main = observe(mainScheduler);
    slowScheduler = new Scheduler(engine, roomy);
    slow = observe(slowScheduler, 10);
    busyScheduler = new Scheduler(engine, { ...roomy, maxQueue: 0 });
    await server.handle(PROTOCOL, serve(main.scheduler));
    await server.handle(SLOW_PROTOCOL, serve(slow.scheduler));
    await server.handle(BUSY_PROTOCOL, serve(observe(busyScheduler, 10).scheduler));
    await server.handle(LIMITED_PROTOCOL, serve(new Scheduler(engine, { ...roomy, rateLimit: { perMinute: 1, burst: 1 } })));
    crowdedScheduler = new Scheduler(engine, { ...roomy, maxQueue: 2 });
    const crowded = observe(crowdedScheduler, 2);
    await server.handle(CROWDED_PROTOCOL, serve(crowded.scheduler), INFERENCE_STREAM_LIMITS);
    await server.handle(NARROW_PROTOCOL, serve(crowded.scheduler), INFERENCE_STREAM_LIMITS);
    await client.handle(NARROW_PROTOCOL, (stream) => stream.abort(new Error('the requester serves nothing')), { maxOutboundStreams: 2 });
    await evil.handle(FLOOD_PROTOCOL, floodHandler(flood));
    await server.handle(IDLE_PROTOCOL, createInferenceHandler({ privateKey: serverKey, scheduler: main.scheduler, resolveModel, logger: silentLogger(), idleStreamMs: SERVER_IDLE_MS }));
    const served = serve(main.scheduler);
    let closingStreams = 0;
    await server.handle(CLOSING_PROTOCOL, async (stream, connection) => {
      if (closingStreams++ > 0) return served(stream, connection);
      await openFrames(stream).readRequest();
      await stream.close();
    });
    for (const tamper of ['none', 'flip-byte', 'other-key', 'skip-sequence', 'wrong-transcript', 'replay'] as const) {
      await evil.handle(evilProtocol(tamper), maliciousHandler(evilKey, strangerKey, tamper));
    }
    for (const [name, bytes] of Object.entries(RAW_REPLIES)) await evil.handle(rawReplyProtocol(name), rawReplyHandler(bytes));

    const [serverAddress] = server.getMultiaddrs();
    const [evilAddress] = evil.getMultiaddrs();
    if (serverAddress === undefined || evilAddress === undefined) throw new Error('nodes have no listen address');
    await client.dial(serverAddress);
    await client.dial(evilAddress);
  });

  afterAll(async () => {
    await Promise.all([server, evil, client].map(async (node) => node?.stop()));
    await engine?.close();
  });

  const remote = (request: Partial<RemoteInferenceRequest> = {}, protocol = PROTOCOL, signal?: AbortSignal) =>
    requestInference({
      libp2p: client,
      peerId: server.peerId,
      protocol,
      request: { messages, sampling: greedy, maxTokens: 40, topLogprobs: 5, ...request },
      ...(signal ? { signal } : {}),
    });

  const local = (request: Partial<RemoteInferenceRequest> = {}) =>
    collect(
      engine.generate({
        model: tinyModelHandle(),
        input: { messages },
        maxTokens: request.maxTokens ?? 40,
        sampling: request.sampling ?? greedy,
        topLogprobs: request.topLogprobs ?? 5,
      }),
    );

  function expectSameGeneration(remoteRun: CollectedGeneration, localRun: CollectedGeneration): void {
    expect(remoteRun.tokens.length).toBeGreaterThan(0);
    expect(remoteRun.tokens.map((t) => t.tokenId)).toEqual(localRun.tokens.map((t) => t.tokenId));
    expect(remoteRun.text).toBe(localRun.text);
    // Log-probabilities and alternatives travel as doubles: bit-identical.
    expect(remoteRun.tokens).toEqual(localRun.tokens);
    expect(remoteRun.done.finishReason).toBe(localRun.done.finishReason);
    expect(remoteRun.done.usage).toEqual(localRun.done.usage);
    expect(remoteRun.done.modelSha256).toBe(TINY_MODEL_SHA256);
  }

  describe('generation', () => {
    it('at temperature 0 equals the local generation token for token, with the same log-probabilities', async () => {
      const localRun = await local();
      const remoteRun = await collect(remote());
      expectSameGeneration(remoteRun, localRun);
      expect(remoteRun.done.timings.firstTokenMs).not.toBeNull();
      expect(remoteRun.done.timings.firstTokenMs ?? Infinity).toBeLessThanOrEqual(remoteRun.done.timings.totalMs);
    });

    it('at temperature 0.8 with a seed equals the local generation', async () => {
      const localRun = await local({ sampling: sampled, maxTokens: 60 });
      const remoteRun = await collect(remote({ sampling: sampled, maxTokens: 60 }));
      expectSameGeneration(remoteRun, localRun);
    });

    it('delivers top_logprobs: up to 20 alternatives per token, sorted, none when 0 are asked for', async () => {
      const twenty = await collect(remote({ topLogprobs: 20, maxTokens: 10 }));
      for (const token of twenty.tokens.filter((t) => t.tokenId >= 0)) {
        expect(token.topLogprobs).toHaveLength(20);
        const logprobs = token.topLogprobs.map((a) => a.logprob);
        expect(logprobs).toEqual([...logprobs].sort((a, b) => b - a));
        // Greedy: the chosen token is the most likely one.
        expect(token.topLogprobs[0]?.tokenId).toBe(token.tokenId);
        expect(token.topLogprobs[0]?.logprob).toBe(token.logprob);
      }
      const none = await collect(remote({ topLogprobs: 0, maxTokens: 5 }));
      expect(none.tokens.every((t) => t.topLogprobs.length === 0 && t.logprob < 0)).toBe(true);
    });
  });

  describe('continuation (mid-answer failover)', () => {
    it('goes on from the answer so far: token ids continue the local generation token for token', async () => {
      const whole = await local({ maxTokens: 30 });
      const ids = whole.tokens.map((t) => t.tokenId);
      const rest = await collect(remote({ maxTokens: 30 - 11, continuation: { tokenIds: ids.slice(0, 11) } }));
      expect(rest.tokens.map((t) => t.tokenId)).toEqual(ids.slice(11));
      expect(whole.tokens.slice(0, 11).map((t) => t.text).join('') + rest.text).toBe(whole.text);
      expect(rest.done.usage).toEqual({ promptTokens: whole.done.usage.promptTokens, completionTokens: 19 });
    });

    it('refuses a token id outside the model\'s vocabulary with BAD_REQUEST naming it', async () => {
      const refused = collect(remote({ continuation: { tokenIds: [1, 4_000_000] } }));
      await expect(refused).rejects.toBeInstanceOf(RemoteInferenceError);
      await expect(refused).rejects.toMatchObject({ code: 'bad_request', message: expect.stringContaining('4000000') as string });
      expect(mainScheduler.stats()).toMatchObject({ running: 0 });
    });
  });

  describe('a lying serving node is caught', () => {
    const fromEvil = (tamper: Tamper) =>
      requestInference({
        libp2p: client,
        peerId: evil.peerId,
        protocol: evilProtocol(tamper),
        request: { messages, sampling: greedy, maxTokens: 4 },
      });

    it('(control) the same handler without tampering passes verification', async () => {
      const run = await collect(fromEvil('none'));
      expect(run.text).toBe(' word0 word1 word2 word3');
      expect(run.done).toMatchObject({ finishReason: 'length', usage: { promptTokens: 5, completionTokens: 4 } });
    });

    it.each([
      ['flip-byte', /^bad signature on token packet 3 from 12D3Koo/],
      ['other-key', /^bad signature on token packet 3 from 12D3Koo/],
      ['replay', /^bad signature on token packet 3 from 12D3Koo/],
      ['skip-sequence', /^token packet sequence gap: expected 2, got 3/],
    ] as const)('%s: the client throws "%s" after the good packets', async (tamper, message) => {
      const { tokens, error } = await tokensUntilError(fromEvil(tamper));
      expect(error).toBeInstanceOf(InferenceProtocolError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).toContain(evil.peerId.toString());
      expect(tokens.map((t) => t.text)).toEqual(tamper === 'skip-sequence' ? [' word0', ' word1'] : [' word0', ' word1', ' word2']);
    });

    it.each(Object.keys(RAW_REPLIES))('%s: the client refuses the reply as too large and resets the stream', async (name) => {
      const { tokens, error } = await tokensUntilError(
        requestInference({ libp2p: client, peerId: evil.peerId, protocol: rawReplyProtocol(name), request: { messages, sampling: greedy, maxTokens: 4 } }),
      );
      expect(tokens).toHaveLength(0);
      expect(error).toBeInstanceOf(InferenceProtocolError);
      expect(error).toMatchObject({ code: 'frame_too_large' });
      // The stream is reset; the connection stays.
      expect(client.getConnections(evil.peerId)).not.toHaveLength(0);
    });

    it('wrong-transcript: a summary whose transcript hash does not match is refused', async () => {
      const { tokens, error } = await tokensUntilError(fromEvil('wrong-transcript'));
      expect(error).toBeInstanceOf(InferenceProtocolError);
      expect((error as Error).message).toMatch(/^final summary from 12D3Koo\w+: transcript hash mismatch$/);
      expect(tokens).toHaveLength(4);
    });
  });

  describe('broken requests leave the serving node healthy', () => {
    async function sendRaw(bytes: Uint8Array, then: 'wait' | 'close-write' = 'wait'): Promise<Stream> {
      const stream = await client.dialProtocol(server.peerId, PROTOCOL);
      stream.send(bytes);
      if (then === 'close-write') await stream.close();
      await closed(stream);
      return stream;
    }

    async function expectHealthy(): Promise<void> {
      expectSameGeneration(await collect(remote({ maxTokens: 12 })), await local({ maxTokens: 12 }));
    }

    it('a malformed frame (garbage bytes) resets that stream only', async () => {
      const started = main.log.started;
      const stream = await sendRaw(Uint8Array.from([0x06, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
      expect(stream.status).toBe('reset');
      expect(main.log.started).toBe(started);
      await expectHealthy();
    });

    it('an oversized frame is refused from its length prefix alone', async () => {
      const started = main.log.started;
      const stream = await sendRaw(Uint8Array.from([...encodeVarint(2 * 1024 * 1024), 1, 2, 3]));
      expect(stream.status).toBe('reset');
      expect(main.log.started).toBe(started);
      await expectHealthy();
    });

    it('a stream closed in the middle of the request is dropped', async () => {
      const started = main.log.started;
      await sendRaw(Uint8Array.from([...encodeVarint(100), 10, 4, 1, 2, 3]), 'close-write');
      expect(main.log.started).toBe(started);
      expect(mainScheduler.stats()).toMatchObject({ running: 0, queued: 0 });
      await expectHealthy();
    });
  });

  describe('cancellation', () => {
    it('aborting the signal mid-generation cancels the remote generation and frees the engine', async () => {
      const endings = slow.log.endings.length;
      const controller = new AbortController();
      const events = remote({ maxTokens: LONG }, SLOW_PROTOCOL, controller.signal)[Symbol.asyncIterator]();
      const first = await events.next();
      expect(first.value).toMatchObject({ type: 'token' });
      controller.abort();
      await expect(events.next()).rejects.toThrow();
      await eventually('the serving generation to end', () => slow.log.endings.length > endings);
      expect(slow.log.endings.at(-1)).toMatch(/^(cancelled|returned)$/);
      await eventually('the scheduler slot to be free', () => slowScheduler.stats().running === 0);
      // The only slot is free again: the next request runs at once, not after the cancelled one's 400 tokens.
      const next = await collect(remote({ maxTokens: 5 }, SLOW_PROTOCOL));
      expect(next.done.finishReason).toBe('length');
    });

    it('leaving the iteration early (break) closes the stream and cancels too', async () => {
      const endings = slow.log.endings.length;
      const tokensBefore = slow.log.tokens;
      for await (const event of remote({ maxTokens: LONG }, SLOW_PROTOCOL)) {
        expect(event.type).toBe('token');
        break;
      }
      await eventually('the serving generation to end', () => slow.log.endings.length > endings);
      expect(slow.log.endings.at(-1)).toMatch(/^(cancelled|returned)$/);
      expect(slow.log.tokens - tokensBefore).toBeLessThan(LONG);
      await eventually('the scheduler slot to be free', () => slowScheduler.stats().running === 0);
    });

    it('the requester closing its writable end cancels too (and the first token travels alone)', async () => {
      const endings = slow.log.endings.length;
      const stream = await client.dialProtocol(server.peerId, SLOW_PROTOCOL);
      const frames = openFrames(stream);
      await frames.writeFrame(InferenceRequest.encode({ requestId: 'half-close', messages, sampling: greedy, maxTokens: LONG }).finish());
      const first = await frames.readResponse();
      expect(first.body).toBe('packet');
      expect(TokenPacket.decode(first.packet?.payload ?? new Uint8Array()).tokens).toHaveLength(1);
      await stream.close();
      await eventually('the serving generation to end', () => slow.log.endings.length > endings);
      expect(slow.log.endings.at(-1)).toMatch(/^(cancelled|returned)$/);
      await closed(stream);
      await eventually('the scheduler slot to be free', () => slowScheduler.stats().running === 0);
    });

    it('a deadline passing during generation cancels it and reports DEADLINE_EXCEEDED', async () => {
      const endings = slow.log.endings.length;
      const { error } = await tokensUntilError(remote({ maxTokens: LONG, deadlineUnixMs: Date.now() + 300 }, SLOW_PROTOCOL));
      expect(error).toBeInstanceOf(RemoteInferenceError);
      expect(error).toMatchObject({ remoteCode: 'deadline_exceeded', code: 'remote_failure' });
      await eventually('the serving generation to end', () => slow.log.endings.length > endings);
      expect(slow.log.endings.at(-1)).toMatch(/^(cancelled|returned)$/);
      await eventually('the scheduler slot to be free', () => slowScheduler.stats().running === 0);
    });
  });

  describe('back-pressure', () => {
    it('a requester that stops reading holds the serving node back instead of buffering without bound', async () => {
      const stream = await client.dialProtocol(evil.peerId, FLOOD_PROTOCOL);
      const frames = openFrames(stream);
      await frames.writeFrame(InferenceRequest.encode({ requestId: 'flood', messages, sampling: greedy, maxTokens: 1 }).finish());
      expect((await frames.readResponse()).packet?.payload?.[0]).toBe(0);
      // The requester's stream holds what arrived since (it is paused), and the serving node waits for window.
      await eventually('the serving node to wait for the requester', () => stream.readBufferLength > 0 && flood.stream?.writableNeedsDrain === true);
      // Held back: neither all written nor all buffered. (How much is buffered depends on how far Yamux grew the receive
      // window before the pause, which varies with the machine's speed: up to half the flood on a quiet one.)
      expect(flood.written).toBeLessThan(FLOOD_FRAMES);
      expect(stream.readBufferLength).toBeLessThan(FLOOD_FRAMES * FLOOD_FRAME_BYTES);
      for (let index = 1; index < FLOOD_FRAMES; index++) {
        const frame = await frames.readResponse();
        // (toEqual on 64 KiB arrays would take seconds)
        expect(equals(frame.packet?.payload ?? new Uint8Array(), new Uint8Array(FLOOD_FRAME_BYTES).fill(index))).toBe(true);
      }
      expect(flood.written).toBe(FLOOD_FRAMES);
      await stream.close();
      await closed(stream);
      expect(stream.status).toBe('closed');
    });
  });

  describe('many concurrent requests to one expert', () => {
    it.each([40, 100])('%i at once: each one completes or fails with BusyError; the expert serves again afterwards', async (count) => {
      const settled = await Promise.allSettled(Array.from({ length: count }, () => collect(remote({ maxTokens: 20 }, CROWDED_PROTOCOL))));
      const completed = settled.filter((result) => result.status === 'fulfilled');
      const refused = settled.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
      const busy = refused.filter((error) => error instanceof BusyError);
      expect(refused.filter((error) => !(error instanceof BusyError)).map(String)).toEqual([]);
      expect(completed.length + busy.length).toBe(count);
      expect(completed.length).toBeGreaterThan(0);
      expect(busy.length).toBeGreaterThan(0);
      expect(busy.every((error) => error.retryAfterMs > 0)).toBe(true);
      await eventually('the crowded scheduler to be idle', () => crowdedScheduler.stats().running === 0 && crowdedScheduler.stats().queued === 0);
      const after = await collect(remote({ maxTokens: 5 }, CROWDED_PROTOCOL));
      expect(after.done.finishReason).toBe('length');
    });

    it('a requester over its own stream limit to the peer gets BusyError at once, without asking the peer', async () => {
      const controller = new AbortController();
      const first = remote({ maxTokens: LONG }, NARROW_PROTOCOL, controller.signal)[Symbol.asyncIterator]();
      expect((await first.next()).value).toMatchObject({ type: 'token' });
      const second = remote({ maxTokens: LONG }, NARROW_PROTOCOL, controller.signal)[Symbol.asyncIterator]();
      const secondResult = second.next();
      secondResult.catch(() => undefined);
      await eventually('the second request to wait in the queue', () => crowdedScheduler.stats().queued === 1);
      // The serving node still has a free queue place: only the requester's own limit can refuse this one.
      const refused = collect(remote({ maxTokens: 5 }, NARROW_PROTOCOL));
      await expect(refused).rejects.toBeInstanceOf(BusyError);
      await expect(refused).rejects.toMatchObject({ retryAfterMs: OUTBOUND_LIMIT_RETRY_AFTER_MS });
      controller.abort();
      await expect(secondResult).rejects.toThrow();
      await eventually('the crowded scheduler to be idle', () => crowdedScheduler.stats().running === 0 && crowdedScheduler.stats().queued === 0);
    });
  });

  describe('kept streams (InferenceStreamPool)', () => {
    /** A dial function that counts the streams it opens. */
    function countingDial(): { dial: DialProtocolFunction; opened: Stream[] } {
      const opened: Stream[] = [];
      return {
        opened,
        dial: async (peerId, protocol, options) => {
          const stream = await client.dialProtocol(peerId, protocol, options);
          opened.push(stream);
          return stream;
        },
      };
    }
    const pooled = (pool: InferenceStreamPool, dial: DialProtocolFunction, protocol: string, request: Partial<RemoteInferenceRequest> = {}, signal?: AbortSignal) =>
      requestInference({
        libp2p: dial,
        peerId: server.peerId,
        protocol,
        request: { messages, sampling: greedy, maxTokens: 40, topLogprobs: 5, ...request },
        pool,
        ...(signal ? { signal } : {}),
      });

    it('requests one after another to a peer share one stream, each verified and equal to the local generation', async () => {
      const pool = new InferenceStreamPool();
      const { dial, opened } = countingDial();
      try {
        const localRun = await local();
        for (let round = 0; round < 3; round++) expectSameGeneration(await collect(pooled(pool, dial, PROTOCOL)), localRun);
        expect(opened).toHaveLength(1);
        expect(pool.size).toBe(1);
        // An error frame ends its request too: the stream stays usable.
        await expect(collect(pooled(pool, dial, PROTOCOL, { modelSha256: 'ab'.repeat(32) }))).rejects.toMatchObject({ remoteCode: 'model_unavailable' });
        expectSameGeneration(await collect(pooled(pool, dial, PROTOCOL)), localRun);
        expect(opened).toHaveLength(1);
      } finally {
        pool.close();
      }
      await closed(opened[0] as Stream);
    });

    it('a cancelled request does not give its stream back; the next request opens a fresh one and is served', async () => {
      const pool = new InferenceStreamPool();
      const { dial, opened } = countingDial();
      try {
        await collect(pooled(pool, dial, SLOW_PROTOCOL, { maxTokens: 5 }));
        const endings = slow.log.endings.length;
        const controller = new AbortController();
        const events = pooled(pool, dial, SLOW_PROTOCOL, { maxTokens: LONG }, controller.signal)[Symbol.asyncIterator]();
        expect((await events.next()).value).toMatchObject({ type: 'token' });
        expect(opened).toHaveLength(1);
        controller.abort();
        await expect(events.next()).rejects.toThrow();
        await eventually('the serving generation to end', () => slow.log.endings.length > endings);
        expect(pool.size).toBe(0);
        await closed(opened[0] as Stream);
        expect((await collect(pooled(pool, dial, SLOW_PROTOCOL, { maxTokens: 5 }))).done.finishReason).toBe('length');
        expect(opened).toHaveLength(2);
      } finally {
        pool.close();
      }
    });

    it('a kept stream that the serving node closes as the request arrives is replaced by a fresh one, and nothing is lost', async () => {
      const pool = new InferenceStreamPool();
      const { dial, opened } = countingDial();
      try {
        const first = await client.dialProtocol(server.peerId, CLOSING_PROTOCOL);
        pool.give(server.peerId.toString(), CLOSING_PROTOCOL, { stream: first, frames: openFrames(first) });
        expectSameGeneration(await collect(pooled(pool, dial, CLOSING_PROTOCOL)), await local());
        expect(opened).toHaveLength(1);
        await closed(first);
      } finally {
        pool.close();
      }
    });

    it('idle streams are closed: by the requester after its idle time, by the serving node after its own', async () => {
      const requesterIdle = new InferenceStreamPool({ idleMs: 100 });
      const counted = countingDial();
      await collect(pooled(requesterIdle, counted.dial, PROTOCOL, { maxTokens: 5 }));
      expect(requesterIdle.size).toBe(1);
      await closed(counted.opened[0] as Stream);
      expect(requesterIdle.size).toBe(0);

      const servingIdle = new InferenceStreamPool({ idleMs: 60_000 });
      const other = countingDial();
      try {
        await collect(pooled(servingIdle, other.dial, IDLE_PROTOCOL, { maxTokens: 5 }));
        expect(servingIdle.size).toBe(1);
        // The serving node closes its end after SERVER_IDLE_MS; the pool lets the stream go.
        await closed(other.opened[0] as Stream);
        expect(servingIdle.size).toBe(0);
        expect((await collect(pooled(servingIdle, other.dial, IDLE_PROTOCOL, { maxTokens: 5 }))).done.finishReason).toBe('length');
        expect(other.opened).toHaveLength(2);
      } finally {
        servingIdle.close();
      }
    });
  });

  describe('typed errors', () => {
    it('BUSY with retry_after_ms when the queue is full', async () => {
      const running = remote({ maxTokens: LONG }, BUSY_PROTOCOL)[Symbol.asyncIterator]();
      expect((await running.next()).value).toMatchObject({ type: 'token' });
      const refused = collect(remote({ maxTokens: 5 }, BUSY_PROTOCOL));
      await expect(refused).rejects.toBeInstanceOf(BusyError);
      const error = (await refused.catch((e: unknown) => e)) as BusyError;
      expect(error.retryAfterMs).toBeGreaterThan(0);
      await running.return(undefined);
      await eventually('the busy scheduler to be idle', () => busyScheduler.stats().running === 0);
    });

    it('RATE_LIMITED once a peer exceeds its request rate', async () => {
      await collect(remote({ maxTokens: 2 }, LIMITED_PROTOCOL));
      const refused = collect(remote({ maxTokens: 2 }, LIMITED_PROTOCOL));
      await expect(refused).rejects.toBeInstanceOf(RateLimitedError);
      await expect(refused).rejects.toMatchObject({ retryAfterMs: expect.any(Number) as number });
    });

    it.each<[string, Partial<RemoteInferenceRequest>, RegExp]>([
      ['empty messages', { messages: [] }, /messages is empty/],
      ['an unknown role', { messages: [{ role: 'wizard', content: 'hi' }] as unknown as RemoteInferenceRequest['messages'] }, /role "wizard"/],
      ['max_tokens 0', { maxTokens: 0 }, /max_tokens/],
      ['top_logprobs 21', { topLogprobs: 21 }, /top_logprobs must be at most 20/],
      ['temperature 7', { sampling: { ...greedy, temperature: 7 } }, /temperature/],
      ['top_p 1.5', { sampling: { ...greedy, topP: 1.5 } }, /top_p/],
    ])('BAD_REQUEST for %s', async (_name, request, message) => {
      const started = main.log.started;
      const refused = collect(remote(request));
      await expect(refused).rejects.toBeInstanceOf(RemoteInferenceError);
      await expect(refused).rejects.toMatchObject({ code: 'bad_request', message });
      expect(main.log.started).toBe(started);
    });

    it('MODEL_UNAVAILABLE for a model the node does not serve', async () => {
      const refused = collect(remote({ modelSha256: 'ab'.repeat(32) }));
      await expect(refused).rejects.toMatchObject({ code: 'model_unavailable', message: expect.stringContaining('abab') as string });
    });

    it('DEADLINE_EXCEEDED for a deadline already past', async () => {
      const refused = collect(remote({ deadlineUnixMs: Date.now() - 1000 }));
      await expect(refused).rejects.toBeInstanceOf(RemoteInferenceError);
      await expect(refused).rejects.toMatchObject({ remoteCode: 'deadline_exceeded', code: 'remote_failure' });
    });
  });
});

describe('signing, batching and transcript rules', () => {
  it('binds a signature to its domain and context', async () => {
    const key = await generateKeyPair('Ed25519');
    const payload = fromString('payload');
    const context = fromString('request-1');
    const signature = await signPayload(key, 'token-packet', context, payload);
    const publicKey = publicKeyOfPeer(peerIdFromPrivateKey(key).toString());
    expect(await verifyPayload(publicKey, 'token-packet', context, payload, signature)).toBe(true);
    expect(await verifyPayload(publicKey, 'final-summary', context, payload, signature)).toBe(false);
    expect(await verifyPayload(publicKey, 'token-packet', fromString('request-2'), payload, signature)).toBe(false);
    // Moving bytes between context and payload does not keep the signature valid.
    expect(await verifyPayload(publicKey, 'token-packet', fromString('request-'), fromString('1payload'), signature)).toBe(false);
    expect(await verifyPayload(publicKey, 'token-packet', context, payload, signature.subarray(1))).toBe(false);
  });

  it('refuses peer IDs that carry no Ed25519 key', () => {
    expect(() => publicKeyOfPeer('QmYyQSo1c1Ym7orWxLYvCrM2EmxFTANf8wXmmE7DWjhx5N')).toThrow(/RSA peer ID/);
    expect(() => publicKeyOfPeer('not-a-peer')).toThrow(/not a valid peer ID/);
  });

  it('sends the first token at once, then batches by count and by age', () => {
    const batcher = new PacketBatcher<number>({ maxTokens: 3, maxDelayMs: 5 });
    expect(batcher.add(1, 0)).toBe(true);
    expect(batcher.take()).toEqual([1]);
    expect(batcher.add(2, 10)).toBe(false);
    expect(batcher.msUntilDue(12)).toBe(3);
    expect(batcher.add(3, 12)).toBe(false);
    expect(batcher.add(4, 13)).toBe(true);
    expect(batcher.take()).toEqual([2, 3, 4]);
    expect(batcher.msUntilDue(20)).toBeNull();
    expect(batcher.add(5, 20)).toBe(false);
    expect(batcher.isDue(25)).toBe(true);
    expect(batcher.take()).toEqual([5]);
  });

  it('hashes the request and then every packet in order', () => {
    const a = new Transcript(fromString('request'));
    a.addPacket(fromString('one'));
    a.addPacket(fromString('two'));
    const b = new Transcript(fromString('request'));
    b.addPacket(fromString('two'));
    b.addPacket(fromString('one'));
    expect(a.packetCount).toBe(2);
    expect(a.digest()).not.toEqual(b.digest());
    expect(a.digest()).toEqual(a.digest());
  });
});
