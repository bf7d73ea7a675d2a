/**
 * Routing latency benchmark (issue 4): the time of a routing decision, embedding excluded, in a swarm of 50 real
 * libp2p experts on 127.0.0.1, measured twice: with the experts in this process (every node's work on one event loop,
 * so a lookup also pays for the answers of the peers it asks), and with the experts in a child process (the light
 * client has an event loop of its own, as on its own machine; both processes still share this machine's 2 cores).
 *
 *   dht      a light client that holds no advert: every decision looks up the prompt's LSH band keys in the DHT,
 *            fetches the adverts of the experts it finds and ranks them (the routing cache off);
 *   cache    the same prompts again with the routing cache on: a hit re-ranks the cached matches with current load;
 *   baseline an exhaustive in-memory ranking over all 50 adverts, as a node that received every advert by gossip does.
 *
 *   node scripts/run-bench.js routing-latency.bench.ts [--prompts N] [--probes P] [--placement same|child|both]
 */
import '../src/polyfills.js';
import { fork } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { decideRoute } from '../src/core/routing/decide.js';
import { hashedTermCounts } from '../src/core/routing/tfidf.js';
import { createEmbeddingEngine } from '../src/embedding/index.js';
import { routerSettings } from '../src/daemon/routing-setup.js';
import { silentLogger } from '../src/logging/logger.js';
import { SwarmRouter, type RouterSettings } from '../src/routing/swarm-router.js';
import { DEFAULT_CONFIG } from '../src/config/index.js';
import { createTestEngine } from '../test/support/engine.js';
import type { RouteCandidate } from '../src/core/routing/decide.js';
import type { SwarmNode } from '../src/network/swarm-node.js';
import type { LlamaEngine } from '../src/engine/llama-engine.js';
import type { EmbeddingEngine } from '../src/embedding/types.js';
import { readRoutingJsonl, startLightClient, startRoutingSwarm, waitUntilQuiet } from '../test/support/routing-swarm.js';
import { percentile } from './stats.js';

export interface LatencyRow {
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export type ExpertPlacement = 'same-process' | 'child-process';

export interface RoutingLatencyResult {
  experts: number;
  placement: ExpertPlacement;
  prompts: number;
  probes: number;
  /** CPU share of one core this process used when the measurement started. */
  idleCpuShare: number;
  /** The same for the process that hosts the experts, when that is another one. */
  hostIdleCpuShare: number | null;
  dht: LatencyRow & { cpuP50Ms: number; phasesP50Ms: { walk: number; adverts: number; ranking: number }; peersAskedPerLookup: number; providersPerLookup: number; advertsFromHoldersPerLookup: number; advertsFetchedPerLookup: number; top1AgreesWithExhaustive: number };
  cache: LatencyRow & { hits: number };
  baseline: LatencyRow;
}

const summary = (values: readonly number[]): LatencyRow => ({
  p50Ms: percentile(values, 50),
  p95Ms: percentile(values, 95),
  maxMs: Math.max(...values),
});

const WARM_UP_DECISIONS = 10;

interface MeasuredSwarm {
  client: SwarmNode;
  /** CPU share of one core the expert host process used when it was ready (child process only). */
  hostIdleCpuShare?: number;
  everyone(): RouteCandidate[];
  stop(): Promise<void>;
}

async function swarmInThisProcess(engine: LlamaEngine, embedding: EmbeddingEngine, experts: number): Promise<MeasuredSwarm> {
  return startRoutingSwarm({ engine, embedding, experts });
}

/** The experts in a child process (routing-swarm-host.ts), a light client here. */
async function swarmInChildProcess(engine: LlamaEngine, experts: number): Promise<MeasuredSwarm> {
  const host = fork(fileURLToPath(new URL('./routing-swarm-host.ts', import.meta.url)), [String(experts)], { serialization: 'advanced', stdio: 'inherit' });
  const exited = new Promise<void>((resolve) => host.once('exit', () => resolve()));
  const ready = await new Promise<{ idleCpuShare: number; entries: string[]; candidates: RouteCandidate[] }>((resolve, reject) => {
    host.once('message', (message) => resolve(message as { idleCpuShare: number; entries: string[]; candidates: RouteCandidate[] }));
    host.once('exit', (code) => reject(new Error(`the expert host process exited (code ${code}) before it was ready`)));
  });
  const client = await startLightClient(engine, ready.entries);
  return {
    client,
    hostIdleCpuShare: ready.idleCpuShare,
    everyone: () => ready.candidates,
    stop: async () => {
      await client.stop();
      host.send({ type: 'stop' });
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
      host.kill();
    },
  };
}

export async function runRoutingLatencyBenchmark(
  options: { experts?: number; prompts?: number; probes?: number; placement?: ExpertPlacement } = {},
): Promise<RoutingLatencyResult> {
  const experts = options.experts ?? 50;
  const placement = options.placement ?? 'same-process';
  const engine = await createTestEngine();
  const embedding = await createEmbeddingEngine({ kind: 'use-lite' });
  const swarm = placement === 'same-process' ? await swarmInThisProcess(engine, embedding, experts) : await swarmInChildProcess(engine, experts);
  const defaults = routerSettings({ file: null, dir: process.cwd(), config: DEFAULT_CONFIG });
  const probes = options.probes ?? defaults.dhtProbes;
  const settings = (cache: boolean): RouterSettings => ({
    ...defaults,
    dhtProbes: probes,
    cacheEntries: cache ? 1024 : 0,
    cacheTtlMs: cache ? 600_000 : 0,
    // The benchmark measures how long lookups take, so it lets them finish instead of cutting them at the default.
    dhtTimeoutMs: 10_000,
  });
  // Every fifth question: spread over the 11 domains; 100 decisions make the P95 a figure, not the second-worst one.
  const prompts = readRoutingJsonl('mmlu_domains.jsonl')
    .filter((_, index) => index % 5 === 0)
    .slice(0, options.prompts ?? 100)
    .map((item) => item.prompt);
  // Embeddings are cached by text, so the decisions below measure routing alone.
  await embedding.embed(prompts);
  const idleCpu = await waitUntilQuiet();
  const fresh = new SwarmRouter({ embedding, swarm: swarm.client, self: () => null, settings: settings(false), logger: silentLogger() });
  const cached = new SwarmRouter({ embedding, swarm: swarm.client, self: () => null, settings: settings(true), logger: silentLogger() });
  try {
    const dhtTimes: number[] = [];
    // CPU time of this process (all its threads) per decision: with the experts here, their answers' work counts too.
    const dhtCpu: number[] = [];
    const phases = { walk: [] as number[], adverts: [] as number[], ranking: [] as number[] };
    const cacheTimes: number[] = [];
    const baselineTimes: number[] = [];
    let asked = 0;
    let providers = 0;
    let fromHolders = 0;
    let fetched = 0;
    let agree = 0;
    let hits = 0;
    const forgetAdverts = () => swarm.client.directory.list(Date.now()).forEach((entry) => swarm.client.directory.remove(entry.advert.peerId));
    // Ten decisions first, not measured: a client that has just joined dials most DHT peers for the first time (a
    // running one is connected to them), which the child-process placement would otherwise measure.
    for (const prompt of prompts.slice(0, WARM_UP_DECISIONS)) {
      forgetAdverts();
      await fresh.route(prompt);
    }
    for (const prompt of prompts) {
      forgetAdverts();
      const cpu = process.cpuUsage();
      const decision = await fresh.route(prompt);
      const used = process.cpuUsage(cpu);
      dhtCpu.push((used.user + used.system) / 1000);
      dhtTimes.push(decision.timings.decideMs);
      if (decision.dht !== null) {
        phases.walk.push(decision.dht.walkMs);
        phases.adverts.push(decision.dht.ms - decision.dht.walkMs);
        phases.ranking.push(decision.timings.decideMs - decision.dht.ms);
      }
      asked += decision.dht?.peersAsked ?? 0;
      providers += decision.dht?.providers ?? 0;
      fromHolders += decision.dht?.fromHolders ?? 0;
      fetched += decision.dht?.fetched ?? 0;

      const [vector] = await embedding.embed([prompt]);
      const started = performance.now();
      const exhaustive = decideRoute({ vector: vector!, terms: hashedTermCounts(prompt) }, embedding.spaceId, swarm.everyone(), defaults.weights);
      baselineTimes.push(performance.now() - started);
      if (exhaustive.ranked[0]?.peerId === decision.ranked[0]?.peerId) agree++;
    }
    for (const prompt of prompts) await cached.route(prompt); // fill the cache
    for (const prompt of prompts) {
      const decision = await cached.route(prompt);
      if (decision.from === 'cache') hits++;
      cacheTimes.push(decision.timings.decideMs);
    }
    return {
      experts,
      placement,
      prompts: prompts.length,
      probes,
      idleCpuShare: idleCpu,
      hostIdleCpuShare: swarm.hostIdleCpuShare ?? null,
      dht: {
        ...summary(dhtTimes),
        cpuP50Ms: percentile(dhtCpu, 50),
        phasesP50Ms: { walk: percentile(phases.walk, 50), adverts: percentile(phases.adverts, 50), ranking: percentile(phases.ranking, 50) },
        peersAskedPerLookup: asked / prompts.length,
        providersPerLookup: providers / prompts.length,
        advertsFromHoldersPerLookup: fromHolders / prompts.length,
        advertsFetchedPerLookup: fetched / prompts.length,
        top1AgreesWithExhaustive: agree / prompts.length,
      },
      cache: { ...summary(cacheTimes), hits },
      baseline: summary(baselineTimes),
    };
  } finally {
    fresh.close();
    cached.close();
    await swarm.stop();
    await embedding.close();
    await engine.close();
  }
}

export function printRoutingLatency(r: RoutingLatencyResult): void {
  const ms = (x: number) => `${x.toFixed(2)} ms`;
  const where = r.placement === 'same-process' ? 'in this process' : 'in a child process (the light client alone here)';
  console.log(
    `routing latency benchmark: ${r.experts} libp2p experts ${where} on 127.0.0.1, ${r.prompts} MMLU prompts, ${r.probes} DHT probes per lookup, ` +
      `embedding excluded; this process used ${(100 * r.idleCpuShare).toFixed(0)}% of a core when measuring started` +
      (r.hostIdleCpuShare === null ? '' : `, the experts' process ${(100 * r.hostIdleCpuShare).toFixed(0)}%`),
  );
  console.log(
    `  DHT lookup + rank   P50 ${ms(r.dht.p50Ms)} P95 ${ms(r.dht.p95Ms)} max ${ms(r.dht.maxMs)} (target P95 <= 50 ms), CPU P50 ${ms(r.dht.cpuP50Ms)} | ` +
      `P50 of the parts: band-key walk ${ms(r.dht.phasesP50Ms.walk)}, adverts ${ms(r.dht.phasesP50Ms.adverts)}, ranking ${ms(r.dht.phasesP50Ms.ranking)} | ` +
      `per lookup: ${r.dht.peersAskedPerLookup.toFixed(1)} DHT peers asked, ${r.dht.providersPerLookup.toFixed(1)} providers, adverts ${r.dht.advertsFromHoldersPerLookup.toFixed(1)} from holders + ` +
      `${r.dht.advertsFetchedPerLookup.toFixed(1)} from providers | ` +
      `top-1 equals exhaustive ${(100 * r.dht.top1AgreesWithExhaustive).toFixed(0)}%`,
  );
  console.log(`  cache hit           P50 ${ms(r.cache.p50Ms)} P95 ${ms(r.cache.p95Ms)} (target P95 <= 1 ms), ${r.cache.hits}/${r.prompts} hits`);
  console.log(
    `  baseline: exhaustive in-memory ranking of all ${r.experts} adverts  P50 ${ms(r.baseline.p50Ms)} P95 ${ms(r.baseline.p95Ms)} | ` +
      `DHT/baseline P95 ${(r.dht.p95Ms / r.baseline.p95Ms).toFixed(1)}x`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { prompts: { type: 'string' }, probes: { type: 'string' }, experts: { type: 'string' }, placement: { type: 'string' } } });
  const placements: Record<string, ExpertPlacement[]> = { same: ['same-process'], child: ['child-process'], both: ['same-process', 'child-process'] };
  const chosen = placements[values.placement ?? 'both'];
  if (chosen === undefined) throw new Error(`--placement must be same, child or both, not ${JSON.stringify(values.placement)}`);
  const results: RoutingLatencyResult[] = [];
  for (const placement of chosen) {
    const result = await runRoutingLatencyBenchmark({
      placement,
      ...(values.prompts === undefined ? {} : { prompts: Number(values.prompts) }),
      ...(values.probes === undefined ? {} : { probes: Number(values.probes) }),
      ...(values.experts === undefined ? {} : { experts: Number(values.experts) }),
    });
    printRoutingLatency(result);
    results.push(result);
  }
  console.log(JSON.stringify(results.length === 1 ? results[0] : results));
  process.exit(0);
}
