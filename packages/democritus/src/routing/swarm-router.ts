import type { DhtLookupReport, RouteDecision as WireRouteDecision } from '@democritus/sdk';
/**
 * The router: embeds a prompt, gathers candidate experts (the adverts this node holds, plus those it finds through
 * the DHT's LSH band keys), and ranks them. Decisions are cached by the prompt's LSH signature.
 *
 * ```ts
 * const router = new SwarmRouter({ embedding, swarm, self: () => localCandidate, settings, logger });
 * const decision = await router.route('Prove that the square root of 2 is irrational');
 * decision.ranked[0]; // { peerId, name, similarity, factors, score, source: 'gossip' | 'dht' | 'local' | ... }
 * ```
 */
import { setMaxListeners } from 'node:events';
import type { CID } from 'multiformats/cid';
import pRetry from 'p-retry';
import type { DirectoryChange, PeerDirectory } from '../core/directory/peer-directory.js';
import { matchCandidates, profileFingerprint, rankMatches, type CandidateMatch, type DecisionWeights, type RankedRoute, type RouteCandidate } from '../core/routing/decide.js';
import { bandKeyString, multiProbe, project, signatureFromProjections, signatureHex } from '../core/routing/lsh.js';
import { hyperplanesFor } from '../core/routing/advert-signatures.js';
import { RoutingCache } from '../core/routing/routing-cache.js';
import { hashedTermCounts } from '../core/routing/tfidf.js';
import type { EmbeddingEngine } from '../embedding/types.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import { bandProviderKey } from '../network/dht-keys.js';
import type { BandProvidersOptions, BandProvidersReport } from '../network/band-lookup/index.js';

export interface RouterSettings {
  weights: DecisionWeights;
  cacheEntries: number;
  cacheTtlMs: number;
  /** Query the DHT band keys for experts this node has no advert of. */
  dhtLookup: boolean;
  /** Band keys queried per lookup: the prompt's own, then multi-probe neighbours. */
  dhtProbes: number;
  /** How long a decision waits for the DHT; what arrives later still lands in the directory for the next one. */
  dhtTimeoutMs: number;
  /** Longest wait for one band key's kad-dht walk when the batched lookup is unavailable (default 5 s). */
  dhtQueryTimeoutMs?: number;
}

/**
 * What the router needs of the swarm: the adverts this node knows (and which peers are unreachable), latencies, and
 * the DHT's band-key lookup. A SwarmNode is one; a test can hand in anything of this shape.
 */
export interface RouterSwarm {
  readonly peerId: string;
  readonly swarmId: string;
  readonly directory: PeerDirectory;
  /** How `findBandProviders` looks up keys (reported with each decision). */
  readonly bandLookupMethod: BandProvidersReport['method'];
  /** Last measured round-trip time per peer, in ms. */
  latencies(): ReadonlyMap<string, number>;
  /** Providers of band keys, with the adverts of those `advertsOf` wants landing in the directory (band-lookup/index.ts). */
  findBandProviders(keys: readonly CID[], options: BandProvidersOptions): Promise<BandProvidersReport>;
  /** Fetches a peer's advert from the peer itself into the directory. */
  fetchAdvert(peerId: string): Promise<unknown>;
}

export interface SwarmRouterOptions {
  embedding: EmbeddingEngine;
  swarm: RouterSwarm;
  /** This node's own expert with its profile and current load; null when it has none to offer. */
  self: () => RouteCandidate | null;
  settings: RouterSettings;
  logger: Logger;
}

/**
 * A routing decision with the ranking as the router computed it (scores may be -Infinity for an expert without a
 * comparable vector); the API sends it as the SDK's `RouteDecision`, non-finite scores as null.
 */
export type RouteDecision = Omit<WireRouteDecision, 'ranked'> & { ranked: RankedRoute[] };

interface CachedMatches {
  matches: ReadonlyMap<string, CandidateMatch>;
}

export class SwarmRouter {
  private readonly cache: RoutingCache<CachedMatches>;
  private readonly unsubscribe: () => void;
  private backgroundLookup: Promise<unknown> | null = null;

  constructor(private readonly options: SwarmRouterOptions) {
    this.cache = new RoutingCache<CachedMatches>({ maxEntries: Math.max(1, options.settings.cacheEntries), ttlMs: options.settings.cacheTtlMs });
    this.unsubscribe = options.swarm.directory.onChange((change) => this.onDirectoryChange(change));
  }

  get spaceId(): string {
    return this.options.embedding.spaceId;
  }

  close(): void {
    this.unsubscribe();
  }

  /** Ranks the experts for a prompt; `top` limits the list (the chosen expert is always first). */
  async route(prompt: string, options: { top?: number; signal?: AbortSignal } = {}): Promise<RouteDecision> {
    const started = performance.now();
    const [vector] = await this.options.embedding.embed([prompt], options.signal === undefined ? {} : { signal: options.signal });
    if (vector === undefined) throw new Error('the embedding engine returned no vector');
    const embedded = performance.now();
    const { spaceId } = this;
    const projections = project(hyperplanesFor(spaceId, vector.length), vector);
    const signature = signatureHex(signatureFromProjections(projections));
    const useCache = this.options.settings.cacheEntries > 0 && this.options.settings.cacheTtlMs > 0;

    const cached = useCache ? this.cache.get(signature) : undefined;
    let dht: DhtLookupReport | null = null;
    let matches: ReadonlyMap<string, CandidateMatch>;
    let candidates: RouteCandidate[];
    if (cached !== undefined) {
      candidates = this.candidates();
      matches = cached.decision.matches;
    } else {
      const query = { vector, terms: hashedTermCounts(prompt) };
      const { settings } = this.options;
      candidates = this.candidates();
      matches = matchCandidates(query, spaceId, candidates, settings.weights.scoring);
      if (settings.dhtLookup) {
        const minSimilarity = settings.weights.ranking.minSimilarity;
        const remoteMatch = candidates.some((c) => !c.isLocal && (matches.get(c.peerId)?.score ?? -Infinity) >= minSimilarity);
        if (remoteMatch) {
          // Experts this node knows already match: answer now, and let the lookup find others for next time (a new
          // advert clears the cache, so the next decision for this prompt sees them).
          // One background lookup at a time: under a burst of prompts they would only compete with each other.
          if (this.backgroundLookup === null) {
            this.backgroundLookup = this.lookupDht(projections)
              .catch((error: unknown) => this.options.logger.debug({ err: errorMessage(error) }, 'background DHT lookup failed'))
              .finally(() => {
                this.backgroundLookup = null;
              });
          }
          dht = { mode: 'background', method: this.options.swarm.bandLookupMethod, probes: settings.dhtProbes, peersAsked: 0, providers: 0, fromHolders: 0, fetched: 0, walkMs: 0, ms: 0 };
        } else {
          dht = await this.lookupDht(projections, options.signal);
          candidates = this.candidates();
          matches = matchCandidates(query, spaceId, candidates, settings.weights.scoring);
        }
      }
      if (useCache) this.cache.set(signature, { matches }, this.reliedOn(candidates, matches));
    }
    const outcome = rankMatches(candidates, matches, this.options.settings.weights.ranking);
    const finished = performance.now();
    return {
      ...outcome,
      ranked: options.top === undefined ? outcome.ranked : outcome.ranked.slice(0, Math.max(1, options.top)),
      from: cached === undefined ? 'fresh' : 'cache',
      spaceId,
      signature,
      dht,
      timings: { embedMs: embedded - started, decideMs: finished - embedded, totalMs: finished - started },
    };
  }

  /** This node's expert and every advert in the directory that carries a routing profile. */
  private candidates(): RouteCandidate[] {
    const now = Date.now();
    const self = this.options.self();
    const latencies = new Map<string, number>();
    for (const [peerId, ms] of this.options.swarm.latencies()) latencies.set(peerId, ms);
    // Peers marked unreachable (connections closed, a dial failed) are left out until they are back.
    const remote = this.options.swarm.directory
      .listReachable(now)
      .filter((entry) => entry.advert.routing !== undefined && entry.advert.peerId !== self?.peerId)
      .map(
        (entry): RouteCandidate => ({
          peerId: entry.advert.peerId,
          name: entry.advert.name,
          isLocal: false,
          source: entry.source,
          profile: entry.advert.routing!,
          activeGenerations: entry.advert.activeGenerations,
          queueDepth: entry.advert.queueDepth,
          latencyMs: latencies.get(entry.advert.peerId) ?? null,
          reputation: null,
        }),
      );
    return self === null ? remote : [self, ...remote];
  }

  private reliedOn(candidates: readonly RouteCandidate[], matches: ReadonlyMap<string, CandidateMatch>): Map<string, number> {
    const modelOf = new Map(this.options.swarm.directory.list(Date.now()).map((e) => [e.advert.peerId, e.advert.modelSha256]));
    const relied = new Map<string, number>();
    for (const c of candidates) {
      if (!c.isLocal && matches.has(c.peerId)) relied.set(c.peerId, profileFingerprint(c.profile, modelOf.get(c.peerId) ?? ''));
    }
    return relied;
  }

  private onDirectoryChange(change: DirectoryChange): void {
    if (change.kind === 'added' || change.kind === 'reachable') {
      // A new (or returning) expert could be the better match for any cached prompt.
      const advert = this.options.swarm.directory.get(change.peerId, Date.now())?.advert;
      if (advert?.routing?.spaceId === this.spaceId) this.cache.clear();
      return;
    }
    // A decision that named an expert now unreachable is not reused.
    const gone = change.kind === 'removed' || change.kind === 'unreachable';
    const advert = gone ? undefined : this.options.swarm.directory.get(change.peerId, Date.now())?.advert;
    const fingerprint = advert?.routing === undefined ? undefined : profileFingerprint(advert.routing, advert.modelSha256);
    this.cache.advertChanged(change.peerId, fingerprint);
  }

  /** A peer's advert, asked for twice (a busy peer may miss the first window); failures are only logged. */
  private async fetchAdvert(peerId: string): Promise<void> {
    await pRetry(() => this.options.swarm.fetchAdvert(peerId), {
      retries: 1,
      minTimeout: 0,
      onFailedAttempt: ({ error, attemptNumber }) => this.options.logger.debug({ peer: peerId, err: errorMessage(error), attempt: attemptNumber }, 'could not fetch advert'),
    }).catch(() => undefined);
  }

  /**
   * Finds experts under the prompt's band keys and gets the adverts this node does not have, within the time budget:
   * from the record holders that named them when they keep one, else from each provider. What arrives after the
   * deadline still lands in the directory for the next decision.
   */
  private async lookupDht(projections: Float64Array, signal?: AbortSignal): Promise<DhtLookupReport> {
    const started = performance.now();
    const { swarm, settings } = this.options;
    const probes = multiProbe(projections, { maxProbes: settings.dhtProbes });
    const budget = AbortSignal.timeout(settings.dhtTimeoutMs);
    const deadline = signal === undefined ? budget : AbortSignal.any([budget, signal]);
    // Every DHT query and advert fetch of the lookup listens to the same deadline.
    setMaxListeners(Math.max(64, settings.dhtProbes * 4), deadline);
    const known = new Set(swarm.directory.list(Date.now()).map((e) => e.advert.peerId));
    const keys = await Promise.all(probes.map((probe) => bandProviderKey(swarm.swarmId, bandKeyString(this.spaceId, probe))));
    let providers = 0;
    const outcome: { report: BandProvidersReport | null; fetched: number } = { report: null, fetched: 0 };
    const gather = async (): Promise<void> => {
      outcome.report = await swarm.findBandProviders(keys, {
        signal: deadline,
        ...(settings.dhtQueryTimeoutMs === undefined ? {} : { walkTimeoutMs: settings.dhtQueryTimeoutMs }),
        onProvider: () => providers++,
        advertsOf: (peerId) => !known.has(peerId) && peerId !== swarm.peerId,
      });
      const missing = outcome.report.adverts?.missing ?? [];
      outcome.fetched = missing.length;
      await Promise.all(missing.map((peerId) => this.fetchAdvert(peerId)));
    };
    const gathered = gather().catch((error: unknown) => this.options.logger.debug({ err: errorMessage(error) }, 'DHT lookup failed'));
    await Promise.race([gathered, abortPromise(deadline)]);
    const ms = performance.now() - started;
    return {
      mode: 'awaited',
      method: outcome.report?.method ?? swarm.bandLookupMethod,
      probes: probes.length,
      peersAsked: outcome.report?.peersAsked ?? 0,
      providers,
      fromHolders: outcome.report?.adverts?.received.length ?? 0,
      fetched: outcome.fetched,
      ms,
      walkMs: outcome.report?.walkMs ?? ms,
    };
  }
}

function abortPromise(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}
