import type { AddressInfo } from 'node:net';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { createControlServer, type ControlServer, type ControlServerDeps, type ControlServerOptions } from '../../src/api/control-server.js';
import type { DoneEvent, GenerationEvent } from '../../src/engine/types.js';
import { pinnedExpert, SWARM_MODEL } from '../../src/daemon/control-deps.js';
import { BusyError } from '../../src/errors.js';
import { silentLogger } from '../../src/logging/logger.js';
import type { PeerView } from '../../src/network/peer-view.js';
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
 * Stand-in for the daemon's side of the control API: fixed PeerView rows instead of a swarm, and generations run by
 * a real Scheduler and engine (remote peers are played by the same local engine).
 */
export interface StubControl {
  deps: ControlServerDeps;
  ids: StubPeerIds;
  peerRows: PeerView[];
  /** Every done event the engine produced, in order. */
  doneEvents: DoneEvent[];
  /** While true, a generation holds its slot after its first token until the request's signal aborts. */
  pauseAfterFirstToken: boolean;
  waitForDone(count: number, timeoutMs?: number): Promise<DoneEvent>;
}

export const STUB_DESCRIPTION = 'Writes short, simple children’s stories about animals, friendship and small adventures.';

export async function createStubControl(scheduler: Scheduler): Promise<StubControl> {
  const ids: StubPeerIds = {
    self: await newPeerId(),
    served: await newPeerId(),
    busy: await newPeerId(),
    broken: await newPeerId(),
    failsMidStream: await newPeerId(),
  };
  const model = tinyModelHandle();
  const now = Date.now();
  const served: PeerView = {
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
  const bare = (peerId: string, name: string, reachable = true): PeerView => ({
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
  const stub: StubControl = {
    ids,
    peerRows,
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
    deps: {
      node: {
        peerId: ids.self,
        swarmId: 'public',
        name: 'stub-node',
        version: '0.1.0-test',
        startedAt: now,
        multiaddrs: () => [`/ip4/127.0.0.1/tcp/4100/p2p/${ids.self}`],
      },
      expertModel: { name: model.name, sha256: model.sha256 },
      defaults: { maxTokens: 24, temperature: 0, topP: 0.95 },
      peers: async () => peerRows,
      schedulerStats: () => scheduler.stats(),
      loadedModels: () => [
        { sha256: model.sha256, name: model.name, sizeBytes: model.sizeBytes, activeGenerations: scheduler.stats().running, lastUsedAt: now },
      ],
      async resolveExpert(modelName) {
        const self = { peer: null, peerId: ids.self, name: 'stub-node', modelName: model.name, how: 'pinned' as const };
        if (modelName === SWARM_MODEL) return { ...self, how: 'fallback' as const };
        return pinnedExpert(modelName, self, model, peerRows.flatMap((peer) => (peer.advert === null ? [] : [peer.advert])));
      },
      route() {
        return Promise.reject(new Error('the control stub has no router; use a real daemon'));
      },
      embed() {
        return Promise.reject(new Error('the control stub has no embedding model; use a real daemon'));
      },
      async generate(request, signal) {
        if (request.peer === ids.busy) throw new BusyError(1500);
        if (request.peer === ids.broken) throw new Error('dial failed: connection refused');
        const stream = await scheduler.generate(
          { model, input: request.input, maxTokens: request.maxTokens, sampling: request.sampling, stop: request.stop, topLogprobs: request.topLogprobs, signal },
          { clientId: request.peer ?? 'local', priority: 'local' },
        );
        return observe(stream, signal, { failAfterFirstToken: request.peer === ids.failsMidStream });
      },
    },
  };

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
  return stub;
}

function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/** Starts the real control server on a free loopback port. */
export async function startControlServer(
  deps: ControlServerDeps,
  options: Omit<ControlServerOptions, 'logger'> = {},
): Promise<{ server: ControlServer; url: string }> {
  const server = createControlServer(deps, { logger: silentLogger(), ...options });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}` };
}
