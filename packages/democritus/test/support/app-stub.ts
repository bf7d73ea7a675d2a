import type { AddressInfo } from 'node:net';
import type { Peer } from '@democritus/sdk';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { ApiKeyVerifier } from '../../src/api/api-keys.js';
import { createRestServer, type RestServer, type RestServerOptions } from '../../src/api/rest-server.js';
import { createNodeApp } from '../../src/app/create-node-app.js';
import type { NodeApp } from '../../src/app/node-app.js';
import type { ExpertAdvert } from '../../src/core/directory/expert-advert.js';
import type { DoneEvent, GenerationEvent } from '../../src/engine/types.js';
import { BusyError } from '../../src/errors.js';
import { silentLogger, type Logger } from '../../src/logging/logger.js';
import type { Scheduler } from '../../src/scheduler/scheduler.js';
import { tinyModelHandle } from './tiny-model.js';

async function newPeerId(): Promise<string> {
  return peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString();
}

/** Peer IDs of the stub's fixed directory, one per behaviour of the stand-in swarm. */
export interface StubPeerIds {
  /** This node. */
  self: string;
  /** A peer whose generations the stub serves with the local engine, as if it ran them. */
  served: string;
  /** Refuses with BusyError (retry after 1.5 s). */
  busy: string;
  /** Fails before streaming, like a peer that cannot be dialled. */
  broken: string;
  /** Streams one token, then fails. */
  failsMidStream: string;
}

/**
 * The real app (createNodeApp) over a stand-in swarm: fixed peer rows instead of a network, and "remote" generations
 * played by the same real scheduler and engine as local ones. For API tests that need peers with set behaviours.
 */
export interface StubApp {
  app: NodeApp;
  ids: StubPeerIds;
  peerRows: Peer[];
  /** Every done event the engine produced, in order. */
  doneEvents: DoneEvent[];
  /** While true, a generation holds its slot after its first token until the request's signal aborts. */
  pauseAfterFirstToken: boolean;
  waitForDone(count: number, timeoutMs?: number): Promise<DoneEvent>;
}

export const STUB_DESCRIPTION = 'Writes short, simple children’s stories about animals, friendship and small adventures.';

export async function createStubApp(scheduler: Scheduler, options: { logger?: Logger; maxPromptChars?: number } = {}): Promise<StubApp> {
  const ids: StubPeerIds = {
    self: await newPeerId(),
    served: await newPeerId(),
    busy: await newPeerId(),
    broken: await newPeerId(),
    failsMidStream: await newPeerId(),
  };
  const model = tinyModelHandle();
  const now = Date.now();
  const served: Peer = {
    peerId: ids.served,
    name: 'stub-peer-a',
    connected: true,
    reachable: true,
    addresses: [`/ip4/127.0.0.1/tcp/4101/p2p/${ids.served}`, `/ip4/127.0.0.1/udp/4101/quic-v1/p2p/${ids.served}`],
    transports: ['tcp'],
    latencyMs: 3.4,
    model: { name: model.name, sha256: model.sha256 },
    description: STUB_DESCRIPTION,
    advertAgeMs: 12_000,
    advertSource: 'gossip',
    protocols: ['/ipfs/id/1.0.0', '/democritus/public/infer/1.0.0'],
    advert: {
      peerId: ids.served,
      name: 'stub-peer-a',
      description: STUB_DESCRIPTION,
      modelSha256: model.sha256,
      modelName: model.name,
      contextSize: 512,
      activeGenerations: 0,
      queueDepth: 0,
      softwareVersion: '0.1.0',
      timestampMs: now - 12_000,
      expiresAtMs: now + 288_000,
      addresses: [`/ip4/127.0.0.1/tcp/4101/p2p/${ids.served}`],
      sequence: 7,
      routing: null,
    },
  };
  const bare = (peerId: string, name: string, reachable = true): Peer => ({
    peerId,
    name,
    connected: false,
    reachable,
    addresses: [],
    transports: [],
    latencyMs: null,
    model: null,
    description: null,
    advertAgeMs: null,
    advertSource: null,
    protocols: [],
    advert: null,
  });
  const peerRows = [served, bare(ids.busy, 'stub-busy'), bare(ids.broken, 'stub-broken', false), bare(ids.failsMidStream, 'stub-flaky')];

  const doneListeners = new Set<() => void>();
  const advertOf = (peer: Peer): ExpertAdvert[] => (peer.advert === null ? [] : [{ ...peer.advert, routing: undefined }]);
  const app = createNodeApp({
    info: {
      peerId: ids.self,
      swarmId: 'public',
      name: 'stub-node',
      version: '0.1.0-test',
      startedAt: now,
      multiaddrs: () => [`/ip4/127.0.0.1/tcp/4100/p2p/${ids.self}`],
      expert: { description: STUB_DESCRIPTION, modelName: model.name, modelSha256: model.sha256 },
    },
    defaults: { maxTokens: 24, temperature: 0, topP: 0.95 },
    maxPromptChars: options.maxPromptChars ?? 65_536,
    expertModel: model,
    // Local generations are observed too, so that tests can pause them after the first token and see their done events.
    scheduler: {
      stats: () => scheduler.stats(),
      generate: async (request, schedule) => observe(await scheduler.generate(request, schedule), request.signal ?? new AbortController().signal, { failAfterFirstToken: false }),
    },
    loadedModels: () => [{ sha256: model.sha256, name: model.name, sizeBytes: model.sizeBytes, activeGenerations: scheduler.stats().running, lastUsedAt: now }],
    swarm: {
      peers: async () => peerRows,
      adverts: () => peerRows.flatMap(advertOf),
      async *generateRemote(peerId, request, signal) {
        if (peerId === ids.busy) throw new BusyError(1500);
        if (peerId === ids.broken) throw new Error('dial failed: connection refused');
        const stream = await scheduler.generate({ model, input: { messages: request.messages }, ...request, signal }, { clientId: peerId, priority: 'remote' });
        yield* observe(stream, signal, { failAfterFirstToken: peerId === ids.failsMidStream });
      },
    },
    logger: options.logger ?? silentLogger(),
  });
  const stub: StubApp = {
    ids,
    peerRows,
    app,
    doneEvents: [],
    pauseAfterFirstToken: false,
    waitForDone(count, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const done = stub.doneEvents[count - 1];
          if (done === undefined) return;
          doneListeners.delete(check);
          clearTimeout(timer);
          resolve(done);
        };
        const timer = setTimeout(() => {
          doneListeners.delete(check);
          reject(new Error(`done event #${count} not seen in ${timeoutMs} ms`));
        }, timeoutMs);
        doneListeners.add(check);
        check();
      });
    },
  };
  return stub;

  async function* observe(stream: AsyncIterable<GenerationEvent>, signal: AbortSignal, options: { failAfterFirstToken: boolean }): AsyncGenerator<GenerationEvent> {
    let first = true;
    for await (const event of stream) {
      if (event.type === 'done') {
        stub.doneEvents.push(event);
        doneListeners.forEach((listener) => listener());
      }
      yield event;
      if (first && options.failAfterFirstToken) throw new Error('peer closed the stream');
      if (first && stub.pauseAfterFirstToken) await aborted(signal);
      first = false;
    }
  }
}

function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/** Listener timeouts for test servers (the config's defaults). */
export const TEST_TIMEOUTS = { headersMs: 10_000, requestMs: 30_000 };

/** Starts the real REST server on a free loopback port. */
export async function startRestServer(
  app: NodeApp,
  options: Partial<Omit<RestServerOptions, 'logger'>> = {},
): Promise<{ server: RestServer; url: string }> {
  const server = createRestServer(app, { logger: silentLogger(), apiKeys: new ApiKeyVerifier([]), timeouts: TEST_TIMEOUTS, ...options });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}` };
}
