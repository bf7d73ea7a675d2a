/**
 * How a node joins the swarm and keeps track of its peers, on real libp2p nodes over TCP on 127.0.0.1: a bootstrap peer
 * that is not up yet is dialled again with a capped backoff until it is; a connected DHT peer missing from kad-dht's
 * routing table is put back by the node itself; a peer that goes away is marked unreachable, shown as such and no
 * longer routed to, until it is back.
 */
import '../src/polyfills.js';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id';
import { multiaddr } from '@multiformats/multiaddr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routingProfile } from '../src/core/routing/advert-signatures.js';
import { buildAdvertProfile } from '../src/core/routing/profile.js';
import { DEFAULT_RANKING_WEIGHTS } from '../src/core/routing/ranking.js';
import { DEFAULT_SCORING_WEIGHTS } from '../src/core/routing/scoring.js';
import { createEmbeddingEngine, type EmbeddingEngine } from '../src/embedding/index.js';
import type { LlamaEngine } from '../src/engine/llama-engine.js';
import { silentLogger } from '../src/logging/logger.js';
import type { SwarmNode } from '../src/network/swarm-node.js';
import { SwarmRouter } from '../src/routing/swarm-router.js';
import { collect, createTestEngine } from './support/engine.js';
import { closedPort } from './support/net.js';
import { addressOf, eventually, recordingLogger, routingTableOf, startTestNode } from './support/swarm.js';

const LEVEL = { debug: 20, info: 30 };

describe('peer membership on real nodes', () => {
  let engine: LlamaEngine;
  const started: SwarmNode[] = [];
  const start = async (options: Omit<Parameters<typeof startTestNode>[0], 'engine'>): Promise<SwarmNode> => {
    const node = await startTestNode({ engine, ...options });
    started.push(node);
    return node;
  };

  beforeAll(async () => {
    engine = await createTestEngine();
  });
  afterAll(async () => {
    await Promise.all(started.map((node) => node.stop()));
    await engine?.close();
  }, 60_000);

  it('a node whose bootstrap peer is not up yet dials it again, backing off up to a cap, and joins once it is', async () => {
    const key = await generateKeyPair('Ed25519');
    const port = await closedPort();
    const bootstrapPeer = peerIdFromPrivateKey(key);
    const { logger, lines } = recordingLogger('debug');
    const backoff = { minDelayMs: 100, maxDelayMs: 400 };
    const joiner = await start({ name: 'joiner', bootstrap: [`/ip4/127.0.0.1/tcp/${port}/p2p/${bootstrapPeer.toString()}`], logger, bootstrapBackoff: backoff });
    const failures = () => lines.filter((line) => line.msg === 'bootstrap peer not reachable; dialling it again later');
    // Eight failures: without the cap, the next wait would be 100 ms x 2^8 = 25.6 s or more, past the deadline below.
    await eventually('eight failed bootstrap dials', () => failures().length >= 8, 60_000);
    const failed = failures();
    expect(failed.every((line) => line.level === LEVEL.debug && line.peer === bootstrapPeer.toString())).toBe(true);
    expect(failed.map((line) => line.attempt)).toEqual(failed.map((_, index) => index + 1));
    // No busy loop: each wait was at least the backoff's doubling delay (a busy machine only makes them longer).
    const times = failed.map((line) => Number(line.time));
    for (let i = 1; i < times.length; i++) {
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(Math.min(backoff.minDelayMs * 2 ** (i - 1), backoff.maxDelayMs) - 5);
    }

    const bootstrap = await start({ name: 'late-bootstrap', privateKey: key, tcpPort: port });
    await eventually('the joiner connected to the bootstrap peer', () => joiner.libp2p.getConnections(bootstrap.libp2p.peerId).length > 0, 20_000);
    expect(joiner.libp2p.services.bootstrap?.connected().map(String)).toEqual([bootstrapPeer.toString()]);
    await eventually('each knows the other advert', () => joiner.directory.get(bootstrap.peerId, Date.now()) !== undefined, 20_000);
  }, 120_000);

  it('a connected DHT peer missing from the routing table is added back by the node itself, identified again if needed', async () => {
    const { logger, lines } = recordingLogger('debug');
    const x = await start({ name: 'x', logger });
    const y = await start({ name: 'y', bootstrap: [addressOf(x, 'tcp')] });
    const yId = peerIdFromString(y.peerId);
    await eventually('x has y in its routing table', () => routingTableOf(x).size === 1, 30_000);
    // The node identifies a peer again only once its connection is older than identify could take (10 s by default);
    // by then the start-up traffic (kad-dht's first queries, identify pushes) that could mend things too is over.
    const connection = x.libp2p.getConnections(yId)[0]!;
    await eventually('the connection is older than the identify grace period', () => Date.now() - connection.timeline.open > 10_500, 30_000);

    // kad-dht left y out (its first ping timed out): the node puts it back. (Its check runs every few seconds; it is
    // called here at once, before kad-dht's own traffic with y could put y back.)
    await routingTableOf(x).remove(yId);
    expect(routingTableOf(x).size).toBe(0);
    expect(await x.libp2p.services.dhtContacts.check()).toBe(1);
    expect(routingTableOf(x).size).toBe(1);

    // Identify timed out: x never learnt that y speaks the DHT protocol. The node identifies y again.
    await x.libp2p.peerStore.patch(yId, { protocols: [], metadata: {} });
    await routingTableOf(x).remove(yId);
    await x.libp2p.services.dhtContacts.check();
    expect(lines.some((line) => line.msg === 'connected peer never identified: identifying it again' && line.peer === y.peerId)).toBe(true);
    await eventually('x identified y again and has it in its routing table', async () => {
      await x.libp2p.services.dhtContacts.check();
      return routingTableOf(x).size === 1 && (await x.libp2p.peerStore.get(yId)).protocols.includes(x.protocols.kad);
    }, 40_000);
  }, 120_000);

  describe('a peer that goes away', () => {
    let embedding: EmbeddingEngine;
    let a: SwarmNode;
    let b: SwarmNode;
    let c: SwarmNode;
    let router: SwarmRouter;
    let logs: Record<string, unknown>[];
    const prompt = 'Prove that the square root of two is irrational.';

    beforeAll(async () => {
      embedding = await createEmbeddingEngine({ kind: 'use-lite', workers: 1 });
      const texts = ['Writes short stories for children about animals.', 'Proves theorems in number theory: primes, divisibility and irrational numbers.'];
      const vectors = await embedding.embed(texts);
      const profile = (index: number) => routingProfile(embedding.spaceId, embedding.dimensions, buildAdvertProfile({ text: texts[index]!, vector: vectors[index]! }, []));
      const recorded = recordingLogger('info');
      logs = recorded.lines;
      a = await start({ name: 'alpha', logger: recorded.logger });
      b = await start({ name: 'stories', bootstrap: [addressOf(a, 'tcp')], routing: profile(0) });
      c = await start({ name: 'maths', bootstrap: [addressOf(a, 'tcp')], routing: profile(1) });
      await eventually('alpha knows both adverts', () => a.directory.list(Date.now()).length === 2, 30_000);
      router = new SwarmRouter({
        embedding,
        swarm: a,
        self: () => null,
        settings: {
          weights: { scoring: DEFAULT_SCORING_WEIGHTS, ranking: { ...DEFAULT_RANKING_WEIGHTS, minSimilarity: -1 } },
          cacheEntries: 16,
          cacheTtlMs: 60_000,
          dhtLookup: false,
          dhtProbes: 0,
          dhtTimeoutMs: 1_000,
        },
        logger: silentLogger(),
      });
    }, 120_000);
    afterAll(async () => {
      router?.close();
      await embedding?.close();
    });

    it('logs each arrival at info with its peer ID', () => {
      const joined = logs.filter((line) => line.msg === 'peer joined' && line.level === LEVEL.info).map((line) => line.peer);
      expect(joined).toEqual(expect.arrayContaining([b.peerId, c.peerId]));
    });

    it('is marked unreachable when it stops, shown so in the peer list, and no longer routed to (nor a cached decision naming it reused)', async () => {
      const before = await router.route(prompt);
      expect(before.ranked[0]?.peerId).toBe(c.peerId);
      expect((await router.route(prompt)).from).toBe('cache');

      await c.stop();
      const row = await eventually('alpha shows maths unreachable', async () => {
        const found = (await a.peers()).find((peer) => peer.peerId === c.peerId);
        return found?.reachable === false ? found : null;
      });
      expect(row).toMatchObject({ name: 'maths', connected: false, reachable: false });

      const after = await router.route(prompt);
      expect(after.from).toBe('fresh');
      expect(after.ranked.map((route) => route.peerId)).toEqual([b.peerId]);

      const left = logs.find((line) => line.msg === 'peer left' && line.peer === c.peerId);
      expect(left).toMatchObject({ level: LEVEL.info, name: 'maths' });
      expect(logs.some((line) => JSON.stringify(line).includes(prompt))).toBe(false);
    }, 60_000);

    it('is marked unreachable when a dial to it fails', async () => {
      // As if the mark had been cleared: a request to the stopped peer finds it gone again.
      a.directory.markReachable(c.peerId);
      const request = { messages: [{ role: 'user' as const, content: 'Once upon a time' }], maxTokens: 4, sampling: { temperature: 0, topP: 1, topK: 40, seed: 1 }, topLogprobs: 0 };
      await expect(collect(a.generateRemote(c.peerId, request, AbortSignal.timeout(20_000)))).rejects.toThrow();
      expect(a.directory.isReachable(c.peerId)).toBe(false);
      expect((await router.route(prompt)).ranked.map((route) => route.peerId)).toEqual([b.peerId]);
    }, 60_000);

    it('is reachable again once it reconnects', async () => {
      await a.libp2p.hangUp(peerIdFromString(b.peerId));
      await eventually('stories marked unreachable after its connection closed', () => !a.directory.isReachable(b.peerId));
      await a.libp2p.dial(multiaddr(addressOf(b, 'tcp')), { signal: AbortSignal.timeout(10_000) });
      await eventually('stories reachable again', () => a.directory.isReachable(b.peerId));
      expect((await router.route(prompt)).ranked.map((route) => route.peerId)).toEqual([b.peerId]);
    }, 60_000);
  });
});
