/**
 * A swarm of real libp2p experts on 127.0.0.1 for routing tests and benchmarks: one expert per MMLU dev question (every
 * fourth, spread over the subjects), each advertising a routing profile and providing its LSH band keys in the DHT,
 * plus a light client that follows no advert gossip and finds experts only through the DHT.
 */
import { readFileSync } from 'node:fs';
import { multiaddr } from '@multiformats/multiaddr';
import pMap from 'p-map';
import type { RoutingProfile } from '../../src/core/directory/expert-advert.js';
import { routingProfile } from '../../src/core/routing/advert-signatures.js';
import type { RouteCandidate } from '../../src/core/routing/decide.js';
import { buildAdvertProfile } from '../../src/core/routing/profile.js';
import type { EmbeddingEngine } from '../../src/embedding/types.js';
import type { LlamaEngine } from '../../src/engine/llama-engine.js';
import type { SwarmNode } from '../../src/network/swarm-node.js';
import { addressOf, eventually, routingTableOf, startTestNode } from './swarm.js';

export const ROUTING_DATA = new URL('../../../../../shared/data/routing/', import.meta.url);

export interface LabelledPrompt {
  prompt: string;
  label: string;
}

export function readRoutingJsonl(name: string): LabelledPrompt[] {
  return readFileSync(new URL(name, ROUTING_DATA), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as LabelledPrompt);
}

/**
 * Waits until this process is mostly idle (under `maxCpuShare` of one core over a second), at most `timeoutMs`: right
 * after start, 51 nodes refresh their DHT routing tables and identify each other for several seconds, and a benchmark
 * run then would measure that start-up work rather than routing.
 */
export async function waitUntilQuiet(options: { maxCpuShare?: number; timeoutMs?: number } = {}): Promise<number> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let share = 1;
  while (Date.now() < deadline) {
    const before = process.cpuUsage();
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const used = process.cpuUsage(before);
    share = (used.user + used.system) / 1000 / (performance.now() - started);
    if (share <= (options.maxCpuShare ?? 0.3)) break;
  }
  return share;
}

export interface RoutingSwarm {
  experts: SwarmNode[];
  profiles: Map<string, { name: string; routing: RoutingProfile }>;
  /** Follows no gossip: knows experts only through DHT lookups. */
  client: SwarmNode;
  /** Every expert as a routing candidate, as a node that knew every advert would see them. */
  everyone(): RouteCandidate[];
  /** Keys each expert provided successfully. */
  provided: number[];
  stop(): Promise<void>;
}

/** Experts providing their band keys at once: 50 at once only slow each other down on one event loop. */
const PROVIDE_BATCH = 10;


/** Every node dials every other one (a few at a time), so that each routing table can hold its true neighbours. */
async function meshAll(nodes: SwarmNode[]): Promise<void> {
  const pairs = nodes.flatMap((node, i) => nodes.slice(i + 1).map((other) => [node, other] as const));
  await pMap(
    pairs,
    async ([node, other]) => {
      if (node.libp2p.getConnections(other.libp2p.peerId).length > 0) return;
      await node.libp2p.dial(multiaddr(addressOf(other, 'tcp')), { signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
    },
    { concurrency: 8 },
  );
}

/** Waits until no routing table has grown for three seconds (at most a minute). */
async function tablesSettled(nodes: SwarmNode[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const total = nodes.reduce((sum, node) => sum + routingTableOf(node).size, 0);
    if (total !== last) {
      last = total;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= 3_000) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Waits until the node's bootstrap dials (retried by the node itself) have connected it to the swarm. */
async function joined(node: SwarmNode): Promise<void> {
  await eventually(`node ${node.peerId.slice(-6)} connected`, () => node.libp2p.getPeers().length > 0, 60_000);
}

/** Bootstrap peers of the light client: a few, as an operator would list, so that one slow peer does not stall it. */
const LIGHT_CLIENT_BOOTSTRAP = 3;

/**
 * A node that follows no advert gossip (it finds experts only through the DHT), bootstrapped from the first few of
 * `entries` (full multiaddrs), once it holds at least 3 DHT contacts.
 */
export async function startLightClient(engine: LlamaEngine, entries: readonly string[]): Promise<SwarmNode> {
  const client = await startTestNode({
    engine,
    name: 'light-client',
    bootstrap: entries.slice(0, LIGHT_CLIENT_BOOTSTRAP),
    followAdverts: false,
    manyLocalPeers: true,
  });
  await joined(client);
  await eventually('the light client has DHT contacts', () => routingTableOf(client).size >= 3, 120_000);
  return client;
}

export async function startRoutingSwarm(options: { engine: LlamaEngine; embedding: EmbeddingEngine; experts: number }): Promise<RoutingSwarm> {
  const { engine, embedding } = options;
  const chosen = readRoutingJsonl('mmlu_dev_exemplars.jsonl')
    .filter((_, index) => index % 4 === 0)
    .slice(0, options.experts);
  if (chosen.length < options.experts) throw new Error(`only ${chosen.length} expert questions available`);
  const vectors = await embedding.embed(chosen.map((item) => item.prompt));
  const experts: SwarmNode[] = [];
  const profiles = new Map<string, { name: string; routing: RoutingProfile }>();
  for (const [index, item] of chosen.entries()) {
    const routing = routingProfile(embedding.spaceId, embedding.dimensions, buildAdvertProfile({ text: item.prompt, vector: vectors[index]! }, []));
    const bootstrap = experts.length === 0 ? [] : [...new Set([addressOf(experts[0]!, 'tcp'), addressOf(experts.at(-1)!, 'tcp')])];
    // The experts follow no advert gossip either: this swarm is about the DHT, and 50 nodes republishing their
    // adverts to every newcomer would only load the machine.
    const node = await startTestNode({ engine, name: `expert-${index}`, description: item.prompt, routing, bootstrap, manyLocalPeers: true, followAdverts: false });
    experts.push(node);
    profiles.set(node.peerId, { name: `expert-${index}`, routing });
  }
  await Promise.all(experts.slice(1).map(joined));
  const client = await startLightClient(engine, experts.slice(1).map((expert) => addressOf(expert, 'tcp')));
  const provideAll = async (): Promise<number[]> => {
    const provided: number[] = [];
    for (let from = 0; from < experts.length; from += PROVIDE_BATCH) {
      const batch = experts.slice(from, from + PROVIDE_BATCH);
      provided.push(...(await Promise.all(batch.map((node) => node.provideRoutingKeys(profiles.get(node.peerId)!.routing)))).map((r) => r.provided));
    }
    return provided;
  };
  // Provider records land at the peers a provide's walk finds closest to each key. With young routing tables those
  // are not where lookups look (real nodes provide again as their table grows: band-lookup/band-routing.ts), so
  // the experts meet each other first, and provide once their routing tables have stopped growing. The light client
  // is left out: it knows only the peers its bootstrap and DHT traffic showed it.
  await meshAll(experts);
  await tablesSettled(experts);
  const provided = await provideAll();
  return {
    experts,
    profiles,
    client,
    provided,
    everyone: () =>
      [...profiles].map(([peerId, { name, routing }]) => ({
        peerId,
        name,
        isLocal: false,
        source: 'gossip' as const,
        profile: routing,
        activeGenerations: 0,
        queueDepth: 0,
        latencyMs: null,
        reputation: null,
      })),
    stop: async () => {
      await Promise.all([client, ...experts].map((node) => node.stop()));
    },
  };
}
