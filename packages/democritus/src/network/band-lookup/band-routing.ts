import { serviceCapabilities, serviceDependencies, type Startable } from '@libp2p/interface';
import type { CID } from 'multiformats/cid';
import pMap from 'p-map';
import pRetry from 'p-retry';
import type { RoutingProfile } from '../../core/directory/expert-advert.js';
import { profileSignatures } from '../../core/routing/advert-signatures.js';
import { bandKeys, bandKeyString } from '../../core/routing/lsh.js';
import { errorMessage } from '../../errors.js';
import { swarmProtocols } from '../constants.js';
import { allExpertsKey, bandProviderKey } from '../dht-keys.js';
import { swarmHost, type SwarmHost } from '../host.js';
import { HeldAdvertFetcher } from './advert-batch-client.js';
import { createAdvertBatchHandler } from './advert-batch-server.js';
import { BandRecords } from './band-records.js';
import {
  DHT_WALK_CONCURRENCY,
  DHT_WALK_TIMEOUT_MS,
  FIND_PROVIDERS_TIMEOUT_MS,
  PROVIDE_ATTEMPTS,
  PROVIDE_CONCURRENCY,
  PROVIDE_RETRY_DELAY_MS,
  PROVIDE_TIMEOUT_MS,
  RECORD_REFRESH_MS,
  REPROVIDE_CHECK_MS,
} from './constants.js';
import type { BandProvidersOptions, BandProvidersReport, BandRouting, BandRoutingComponents, BandRoutingInit } from './index.js';
import { kadInternals } from '../../patches/kad-dht-internals.js';
import { lookupBandProviders, provideBandKeys, recordAtHolders, type BandHolders, type BandProtocols } from './lookup-client.js';
import { createBandLookupHandler } from './lookup-server.js';
import { createBandProvideHandler } from './provide-server.js';
import { RequestStreams } from './request-exchange.js';

/**
 * The DHT records that let others find this node's expert, and the lookups that find other experts: batched band-key
 * lookups, provides and advert batches over our own protocols where kad-dht's internals are available (both sides), and
 * kad-dht's own walks otherwise.
 */
export class DhtBandRouting implements BandRouting, Startable {
  readonly [Symbol.toStringTag] = '@democritus/band-routing';
  readonly [serviceCapabilities] = ['@democritus/band-routing'];
  readonly [serviceDependencies] = ['@libp2p/kad-dht', '@democritus/adverts'];
  private readonly host: SwarmHost;
  private readonly protocols: BandProtocols & { advertBatch: string };
  /** Band-protocol request streams, kept open between requests. */
  private readonly streams: RequestStreams;
  /** kad-dht's provider records and routing table, for batched band lookups; null if this kad-dht hides them. */
  private records: BandRecords | null = null;
  /** The peers the last batched provide recorded this node's band keys at. */
  private holders: BandHolders = new Map();
  private maintenanceTimer: NodeJS.Timeout | null = null;
  private started = false;

  constructor(
    private readonly components: BandRoutingComponents,
    private readonly init: BandRoutingInit,
  ) {
    const protocols = swarmProtocols(init.swarmId);
    this.protocols = { lookup: protocols.bandLookup, provide: protocols.bandProvide, advertBatch: protocols.advertBatch };
    this.host = swarmHost(components);
    this.streams = new RequestStreams(this.host);
  }

  isStarted(): boolean {
    return this.started;
  }

  async start(): Promise<void> {
    const kad = kadInternals(this.components.dht);
    const { logger } = this.init;
    if (kad === null) logger.warn('this kad-dht version hides its provider records: band lookups use one DHT walk per key (slower)');
    const records = kad === null ? null : new BandRecords(this.host, this.components.events, kad);
    this.records = records;
    if (records !== null) {
      await this.components.registrar.handle(this.protocols.lookup, createBandLookupHandler(records, logger));
      await this.components.registrar.handle(this.protocols.provide, createBandProvideHandler(records, logger));
      await this.components.registrar.handle(this.protocols.advertBatch, createAdvertBatchHandler(records, logger));
    }
    this.started = true;
  }

  /** Announces the expert under the swarm's "experts" key once the DHT runs. */
  afterStart(): void {
    void this.provideExpertRecord();
  }

  async stop(): Promise<void> {
    this.started = false;
    if (this.maintenanceTimer !== null) clearInterval(this.maintenanceTimer);
    this.maintenanceTimer = null;
    this.streams.close();
    this.records?.close();
    if (this.records !== null) {
      await Promise.all([this.protocols.lookup, this.protocols.provide, this.protocols.advertBatch].map((protocol) => this.components.registrar.unhandle(protocol).catch(() => undefined)));
    }
  }

  get lookupMethod(): BandProvidersReport['method'] {
    return this.records === null ? 'walks' : 'batched';
  }

  async refreshHeldAdvert(): Promise<void> {
    const records = this.records;
    if (records === null || this.holders.size === 0) return;
    await recordAtHolders({
      records,
      streams: this.streams,
      protocols: this.protocols,
      holders: this.holders,
      advert: this.components.adverts.signedAdvert(),
      advertOnly: true,
      signal: AbortSignal.timeout(PROVIDE_TIMEOUT_MS),
    });
  }

  async provideExpertRecord(): Promise<void> {
    await this.provide(await allExpertsKey(this.init.swarmId));
  }

  async provideRoutingKeys(profile: RoutingProfile, options: { maxVectors?: number } = {}): Promise<{ keys: number; provided: number }> {
    const names = new Set<string>();
    for (const sig of profileSignatures(profile).slice(0, options.maxVectors ?? Infinity)) {
      for (const band of bandKeys(sig)) names.add(bandKeyString(profile.spaceId, band));
    }
    const keys = await Promise.all([...names].map((name) => bandProviderKey(this.init.swarmId, name)));
    const tableSize = this.routingTableSize();
    const provided = await this.provideKeys(keys);
    this.maintainBandRecords(keys, tableSize);
    return { keys: keys.length, provided };
  }

  /**
   * Keeps this node's band records where lookups look and the advert they hand out valid, on one timer (checked every
   * REPROVIDE_CHECK_MS or more often):
   * - provides again when the routing table has grown by half: records provided while it knew few DHT peers sit where
   *   its walks could reach, not necessarily at the peers closest to each key;
   * - provides again every RECORD_REFRESH_MS (kad-dht drops provider records after 48 hours);
   * - otherwise sends the current advert to the record holders every half advert lifetime (one small message per
   *   holder, no walk), so that the copy they hand to lookups does not expire. The period is jittered per node, so
   *   that a swarm started at once does not refresh at once. A provide carries the advert too.
   */
  private maintainBandRecords(keys: readonly CID[], tableSizeAtProvide: number): void {
    if (this.maintenanceTimer !== null) clearInterval(this.maintenanceTimer);
    const advertEveryMs = Math.max(1_000, this.components.adverts.ttlMs / 2) * (0.9 + 0.2 * Math.random());
    let tableSize = tableSizeAtProvide;
    let providedAt = Date.now();
    let advertSentAt = providedAt;
    let running = false;
    const tick = async (): Promise<void> => {
      const size = this.routingTableSize();
      const now = Date.now();
      if (size >= Math.max(tableSize * 1.5, tableSize + 4) || now - providedAt >= RECORD_REFRESH_MS) {
        tableSize = size;
        providedAt = advertSentAt = now;
        const provided = await this.provideKeys(keys);
        this.init.logger.debug({ provided, routingTable: size }, 'band keys provided again (the routing table grew or the records age)');
      } else if (now - advertSentAt >= advertEveryMs) {
        advertSentAt = now;
        await this.refreshHeldAdvert();
        this.init.logger.debug({ holders: this.holders.size }, 'advert refreshed at the band record holders');
      }
    };
    this.maintenanceTimer = setInterval(() => {
      if (running || !this.started) return;
      running = true;
      tick()
        .catch((error: unknown) => this.init.logger.debug({ err: errorMessage(error) }, 'band record maintenance failed'))
        .finally(() => {
          running = false;
        });
    }, Math.min(REPROVIDE_CHECK_MS, advertEveryMs / 2));
    this.maintenanceTimer.unref();
  }

  private routingTableSize(): number {
    return this.records?.routingTableSize() ?? 0;
  }

  async provideKeys(keys: readonly CID[]): Promise<number> {
    const provided = this.records === null ? 0 : await this.provideBatched(this.records, keys);
    if (provided > 0 || keys.length === 0) return provided;
    return this.provideByWalks(keys);
  }

  /** Provides the keys in one batched walk, and again (PROVIDE_RETRY_DELAY_MS later) for the keys no peer recorded. */
  private async provideBatched(records: BandRecords, keys: readonly CID[]): Promise<number> {
    const done = new Set<string>();
    const holders: BandHolders = new Map();
    const provideRound = async (): Promise<void> => {
      const pending = keys.filter((key) => !done.has(key.toString()));
      const result = await provideBandKeys({
        records,
        streams: this.streams,
        protocols: this.protocols,
        keys: pending,
        advert: this.components.adverts.signedAdvert(),
        signal: AbortSignal.timeout(PROVIDE_TIMEOUT_MS),
      }).catch((error: unknown) => {
        this.init.logger.debug({ err: errorMessage(error) }, 'batched provide failed');
        return null;
      });
      for (const key of result?.providedKeys ?? []) done.add(key);
      for (const [id, held] of result?.holders ?? []) {
        const known = holders.get(id);
        if (known === undefined) holders.set(id, { peerId: held.peerId, keys: [...held.keys] });
        else known.keys.push(...held.keys);
      }
      if (done.size < keys.length) throw new Error(`${keys.length - done.size} of ${keys.length} band keys not recorded yet`);
    };
    await pRetry(provideRound, { retries: PROVIDE_ATTEMPTS - 1, minTimeout: PROVIDE_RETRY_DELAY_MS, factor: 1 }).catch(() => undefined);
    if (done.size > 0) this.holders = holders;
    return done.size;
  }

  private async provideByWalks(keys: readonly CID[]): Promise<number> {
    // A provide can time out on a busy or young swarm; a second try usually lands (the DHT republishes later too).
    const provideWithRetries = (key: CID): Promise<boolean> =>
      pRetry(
        async () => {
          if (!(await this.provide(key))) throw new Error('DHT provide did not complete');
          return true;
        },
        { retries: PROVIDE_ATTEMPTS - 1, minTimeout: 0 },
      ).catch(() => false);
    const outcomes = await pMap(keys, provideWithRetries, { concurrency: PROVIDE_CONCURRENCY });
    return outcomes.filter(Boolean).length;
  }

  async provide(key: CID): Promise<boolean> {
    try {
      await this.components.contentRouting.provide(key, { signal: AbortSignal.timeout(PROVIDE_TIMEOUT_MS) });
      return true;
    } catch (error) {
      this.init.logger.debug({ err: errorMessage(error) }, 'DHT provide did not complete (few peers yet); the DHT republishes it');
      return false;
    }
  }

  async findProviders(key: CID, options: { signal?: AbortSignal; limit?: number } = {}): Promise<string[]> {
    const found = new Set<string>();
    const signal = options.signal ?? AbortSignal.timeout(FIND_PROVIDERS_TIMEOUT_MS);
    try {
      for await (const provider of this.components.contentRouting.findProviders(key, { signal })) {
        if (provider.id.equals(this.components.peerId)) continue;
        found.add(provider.id.toString());
        // Remember where they are, so that fetching their advert or a generation can dial them.
        if (provider.multiaddrs.length > 0) await this.components.peerStore.merge(provider.id, { multiaddrs: provider.multiaddrs });
        if (options.limit !== undefined && found.size >= options.limit) break;
      }
    } catch (error) {
      // A lookup that runs out of time still returns what it found.
      if (!signal.aborted) throw error;
    }
    return [...found];
  }

  async findBandProviders(keys: readonly CID[], options: BandProvidersOptions): Promise<BandProvidersReport> {
    const { signal, onProvider, advertsOf } = options;
    const started = performance.now();
    const fetcher = advertsOf === undefined ? null : this.heldAdvertFetcher(signal, options.earlyAdverts);
    const reported = new Set<string>();
    const wanted = new Set<string>();
    const found = (peerId: string): void => {
      if (reported.has(peerId)) return;
      reported.add(peerId);
      onProvider(peerId);
      if (advertsOf?.(peerId) === true) wanted.add(peerId);
    };
    if (this.records !== null) {
      const latencies = this.components.latency.latencies();
      const result = await lookupBandProviders({
        records: this.records,
        streams: this.streams,
        protocols: this.protocols,
        keys,
        signal,
        onProvider: (peerId) => found(peerId.toString()),
        onNamed: (provider, holder) => {
          const id = provider.toString();
          if (wanted.has(id)) fetcher?.offer(id, holder, latencies.get(holder.toString()) ?? null);
        },
      });
      // Other peers were asked and none answered: none speaks the protocol (yet); fall back to the walks. (This node's
      // own records may settle every key, and then nobody else is asked.)
      if (result.remoteAnswered > 0 || result.remoteAsked === 0 || signal.aborted) {
        const walkMs = performance.now() - started;
        const adverts = fetcher === null ? null : await fetcher.finish([...wanted], result.holders);
        return { method: 'batched', peersAsked: result.asked, holders: result.holders, walkMs, adverts };
      }
    }
    const walk = async (key: CID): Promise<void> => {
      // One slow walk (a busy or departed peer on its path) must not hold a worker until the caller's deadline.
      const walkSignal = AbortSignal.any([signal, AbortSignal.timeout(options.walkTimeoutMs ?? DHT_WALK_TIMEOUT_MS)]);
      const providers = await this.findProviders(key, { signal: walkSignal }).catch((error: unknown) => {
        this.init.logger.debug({ err: errorMessage(error) }, 'DHT band walk failed');
        return [] as string[];
      });
      for (const peerId of providers) found(peerId);
    };
    // Keys not started when the caller's signal fires are skipped; walks under way end with it.
    await pMap(keys, (key) => (signal.aborted ? undefined : walk(key)), { concurrency: DHT_WALK_CONCURRENCY });
    const walkMs = performance.now() - started;
    return { method: 'walks', peersAsked: 0, holders: new Map(), walkMs, adverts: fetcher === null ? null : await fetcher.finish([...wanted], new Map()) };
  }

  async findExpertsViaDht(options: { signal?: AbortSignal } = {}): Promise<string[]> {
    return this.findProviders(await allExpertsKey(this.init.swarmId), options);
  }

  private heldAdvertFetcher(signal: AbortSignal, early?: { batch: number; minRttMs: number }): HeldAdvertFetcher | null {
    if (this.records === null) return null;
    return new HeldAdvertFetcher({
      host: this.host,
      streams: this.streams,
      protocol: this.protocols.advertBatch,
      ownAdverts: this.records.adverts,
      accept: (signed, requested) => this.components.adverts.acceptRelayed(signed, requested, 'dht'),
      signal,
      ...(early === undefined ? {} : { earlyBatch: early.batch, earlyMinRttMs: early.minRttMs }),
    });
  }
}
