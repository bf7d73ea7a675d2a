/**
 * Routing at scale: 50 real libp2p experts on 127.0.0.1, each advertising a routing profile and providing its LSH band
 * keys in the DHT. A light client that follows no advert gossip finds, through the band keys alone, the same best
 * expert an exhaustive comparison against all 50 profiles picks.
 */
import '../src/polyfills.js';
import { readFileSync } from 'node:fs';
import type { SingleKadDHT } from '@libp2p/kad-dht';
import { multiaddr } from '@multiformats/multiaddr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoutingProfile } from '../src/core/directory/expert-advert.js';
import { routingProfile } from '../src/core/routing/advert-signatures.js';
import { decideRoute, type DecisionWeights, type RouteCandidate } from '../src/core/routing/decide.js';
import { buildAdvertProfile } from '../src/core/routing/profile.js';
import { DEFAULT_RANKING_WEIGHTS } from '../src/core/routing/ranking.js';
import { createEmbeddingEngine, type EmbeddingEngine } from '../src/embedding/index.js';
import type { LlamaEngine } from '../src/engine/llama-engine.js';
import { silentLogger } from '../src/logging/logger.js';
import type { SwarmNode } from '../src/network/swarm-node.js';
import { SwarmRouter } from '../src/routing/swarm-router.js';
import { createTestEngine } from './support/engine.js';
import { addressOf, eventually, startTestNode } from './support/swarm.js';

const EXPERTS = Number(process.env.SCALE_EXPERTS ?? 50);

async function joinSwarm(node: SwarmNode, entry: SwarmNode): Promise<void> {
  await eventually(`node ${node.peerId.slice(-6)} connected`, async () => {
    if (node.libp2p.getPeers().length > 0) return true;
    await node.libp2p.dial(multiaddr(addressOf(entry, 'tcp')), { signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
    return node.libp2p.getPeers().length > 0;
  }, 60_000);
}

const routingTableSize = (node: SwarmNode): number => (node.libp2p.services.dht as unknown as SingleKadDHT).routingTable.size;
const DATA = new URL('../../../../shared/data/routing/', import.meta.url);

interface Item {
  prompt: string;
  label: string;
  subject?: string;
}

const readJsonl = (name: string): Item[] =>
  readFileSync(new URL(name, DATA), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as Item);

// Lexical scores use IDF over the candidates at hand, which differ between a partial and an exhaustive view; the
// embedding match alone makes "the best expert" independent of who else was found.
const WEIGHTS: DecisionWeights = { scoring: { description: 0.2, lexical: 0 }, ranking: { ...DEFAULT_RANKING_WEIGHTS, load: 0, latency: 0, minSimilarity: -1 } };

describe(`semantic routing in a swarm of ${EXPERTS} experts, through the DHT alone`, () => {
  let engine: LlamaEngine;
  let embedding: EmbeddingEngine;
  const experts: SwarmNode[] = [];
  const profiles = new Map<string, { name: string; routing: RoutingProfile }>();
  let client: SwarmNode;
  let router: SwarmRouter;

  beforeAll(async () => {
    engine = await createTestEngine();
    embedding = await createEmbeddingEngine({ kind: 'use-lite' });
    // The experts follow no advert gossip either: this swarm is about the DHT, and 50 nodes republishing to every
    // joiner would only load the machine.
    // One expert per dev question (every fourth, spread over the subjects): 50 different specialities.
    const chosen = readJsonl('mmlu_dev_exemplars.jsonl')
      .filter((_, index) => index % 4 === 0)
      .slice(0, EXPERTS);
    expect(chosen.length).toBe(EXPERTS);
    const vectors = await embedding.embed(chosen.map((item) => item.prompt));
    for (const [index, item] of chosen.entries()) {
      const profile = buildAdvertProfile({ text: item.prompt, vector: vectors[index]! }, []);
      const routing = routingProfile(embedding.spaceId, embedding.dimensions, profile);
      const bootstrap = experts.length === 0 ? [] : [...new Set([addressOf(experts[0]!, 'tcp'), addressOf(experts.at(-1)!, 'tcp')])];
      const node = await startTestNode({ engine, name: `expert-${index}`, description: item.prompt, routing, bootstrap, manyLocalPeers: true, followAdverts: false });
      experts.push(node);
      profiles.set(node.peerId, { name: `expert-${index}`, routing });
    }
    // A bootstrap dial that fails on a busy machine is not retried by libp2p: dial again until all are connected.
    await Promise.all(experts.slice(1).map((node) => joinSwarm(node, experts[0]!)));
    // Every expert provides the band keys of its vectors; the provides run once the DHT has formed.
    const provided = await Promise.all(experts.map((node) => node.provideRoutingKeys(profiles.get(node.peerId)!.routing)));
    expect(provided.map((p) => p.provided)).toEqual(provided.map(() => 8));

    client = await startTestNode({ engine, name: 'light-client', bootstrap: [addressOf(experts[1]!, 'tcp')], followAdverts: false, manyLocalPeers: true });
    await eventually('the light client has DHT contacts', () => routingTableSize(client) >= 3, 60_000);
    router = new SwarmRouter({
      embedding,
      swarm: client,
      self: () => null,
      settings: { weights: WEIGHTS, cacheEntries: 0, cacheTtlMs: 0, dhtLookup: true, dhtProbes: 128, dhtTimeoutMs: 20_000 },
      logger: silentLogger(),
    });
  }, 240_000);

  afterAll(async () => {
    router?.close();
    await Promise.all([client, ...experts].map((node) => node?.stop()));
    await embedding?.close();
    await engine?.close();
  }, 60_000);

  it('the light client receives no adverts by gossip', () => {
    expect(client.directory.list(Date.now())).toHaveLength(0);
  });

  it('finds the exhaustive best expert for each prompt through the band keys', async () => {
    const prompts = readJsonl('mmlu_domains.jsonl')
      .filter((_, index) => index % 50 === 0)
      .map((item) => item.prompt);
    const everyone: RouteCandidate[] = [...profiles].map(([peerId, { name, routing }]) => ({
      peerId,
      name,
      isLocal: false,
      source: 'gossip',
      profile: routing,
      activeGenerations: 0,
      queueDepth: 0,
      latencyMs: null,
      reputation: null,
    }));
    for (const prompt of prompts) {
      const [vector] = await embedding.embed([prompt]);
      const exhaustive = decideRoute({ vector: vector! }, embedding.spaceId, everyone, WEIGHTS);
      const decision = await router.route(prompt);
      expect(decision.dht?.providers, prompt).toBeGreaterThan(0);
      expect(decision.ranked[0]?.peerId, prompt).toBe(exhaustive.ranked[0]?.peerId);
      expect(decision.ranked[0]?.source).toBe('dht');
    }
    // It learnt only the experts it looked up, not the whole swarm.
    expect(client.directory.list(Date.now()).length).toBeLessThan(EXPERTS);
  }, 240_000);
});
