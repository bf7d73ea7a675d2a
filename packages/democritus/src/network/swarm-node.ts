import type { PeerId, PrivateKey } from '@libp2p/interface';
import { peerIdFromString } from '@libp2p/peer-id';
import { multiaddr } from '@multiformats/multiaddr';
import type { CID } from 'multiformats/cid';
import { PeerDirectory } from '../core/directory/peer-directory.js';
import { errorMessage } from '../errors.js';
import type { GenerationEvent, ModelHandle } from '../engine/types.js';
import type { Logger } from '../logging/logger.js';
import type { Scheduler } from '../scheduler/scheduler.js';
import { AdvertService, type AdvertContent } from './adverts/advert-service.js';
import { BandRecords } from './band-lookup/band-records.js';
import { kadInternals } from '../patches/kad-dht-internals.js';
import { HeldAdvertFetcher, type HeldAdvertResult } from './band-lookup/advert-batch-client.js';
import { createAdvertBatchHandler } from './band-lookup/advert-batch-server.js';
import { lookupBandProviders, provideBandKeys, recordAtHolders, type BandHolders, type BandProtocols } from './band-lookup/lookup-client.js';
import { createBandLookupHandler } from './band-lookup/lookup-server.js';
import { createBandProvideHandler } from './band-lookup/provide-server.js';
import { RequestStreams } from './band-lookup/request-exchange.js';
import { createSwarmLibp2p, type SwarmLibp2p, type SwarmLibp2pOptions } from './create-libp2p.js';
import { allExpertsKey, bandProviderKey } from './dht-keys.js';
import type { ExpertAdvert, RoutingProfile } from '../core/directory/expert-advert.js';
import { bandKeys, bandKeyString } from '../core/routing/lsh.js';
import { profileSignatures } from '../core/routing/advert-signatures.js';
import { createInferenceHandler, requestInference, type RemoteInferenceRequest } from './inference/index.js';
import { advertView, transportOf, type PeerView } from './peer-view.js';
import { swarmProtocols, type SwarmProtocols } from './protocols.js';
import { swarmIdFor } from './swarm-identity.js';
import { forEachConcurrently } from '../util/concurrently.js';

export interface SwarmNodeOptions {
  privateKey: PrivateKey;
  listen: string[];
  bootstrap: string[];
  privateSwarmKey?: string | undefined;
  mdns: boolean;
  relayServer: boolean;
  advertTtlMs: number;
  scheduler: Scheduler;
  /** The expert model, served when a request names no model. */
  expertModel: ModelHandle;
  advertContent: () => AdvertContent;
  logger: Logger;
  /** Learn adverts from gossip and connecting peers (default true); off, only through the DHT. */
  followAdverts?: boolean;
  inboundLimits?: SwarmLibp2pOptions['inboundLimits'];
  /**
   * Ping peers to measure latency and keep connections alive (default on). Off only for test swarms that run many
   * nodes in one process (see SwarmLibp2pOptions.keepAlivePings).
   */
  maintenancePings?: boolean;
}

const PING_INTERVAL_MS = 10_000;
const PROVIDE_CONCURRENCY = 4;
const PROVIDE_ATTEMPTS = 3;
const PROVIDE_RETRY_DELAY_MS = 1_000;
const REPROVIDE_CHECK_MS = 15_000;
/** How often band records are provided again from scratch (kad-dht keeps provider records 48 hours). */
const RECORD_REFRESH_MS = 12 * 60 * 60 * 1000;
/** kad-dht walks in flight in a fallback band lookup: hundreds at once only starve each other. */
const DHT_WALK_CONCURRENCY = 16;
const DHT_WALK_TIMEOUT_MS = 5_000;

export interface BandProvidersReport {
  /** `batched`: one band-lookup message per DHT peer; `walks`: one kad-dht walk per key. */
  method: 'batched' | 'walks';
  /** Peers the batched lookup asked (this node included). */
  peersAsked: number;
  /** Provider -> the peers whose answers named it (batched lookups only): they may hold its advert too. */
  holders: ReadonlyMap<string, readonly PeerId[]>;
  /** Milliseconds until the lookup had every provider. */
  walkMs: number;
  /**
   * With `advertsOf`: the adverts of the providers it wanted that came from the record holders, during the lookup and
   * after it (see band-lookup/advert-batch-client.ts); after kad-dht walks, which name no holder, all are missing.
   */
  adverts: HeldAdvertResult | null;
}

export interface BandProvidersOptions {
  signal: AbortSignal;
  onProvider: (peerId: string) => void;
  /** Fetch the adverts of the providers this says yes to from the record holders (they land in the directory). */
  advertsOf?: (peerId: string) => boolean;
  /**
   * When a holder is asked for adverts while the lookup runs: its answer names this many wanted providers and its ping
   * round trip is at least this long (defaults: band-lookup/advert-batch-client.ts EARLY_BATCH and EARLY_MIN_RTT_MS).
   */
  earlyAdverts?: { batch: number; minRttMs: number };
  walkTimeoutMs?: number;
}

/**
 * A node's presence in the swarm: the libp2p host, its advert and peer directory, the DHT records that let others
 * find it, and both sides of the inference protocol (serving requests through the scheduler, and requesting from
 * other experts).
 */
export class SwarmNode {
  readonly directory = new PeerDirectory();
  private readonly latencyByPeer = new Map<string, number>();
  private pingTimer: NodeJS.Timeout | null = null;
  private maintenanceTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Band-protocol request streams, kept open between requests. */
  private readonly bandStreams: RequestStreams;
  /** The peers the last batched provide recorded this node's band keys at. */
  private bandHolders: BandHolders = new Map();

  private constructor(
    readonly libp2p: SwarmLibp2p,
    readonly protocols: SwarmProtocols,
    private readonly adverts: AdvertService,
    private readonly logger: Logger,
    /** kad-dht's provider records and routing table, for batched band lookups; null if this kad-dht hides them. */
    private readonly bandRecords: BandRecords | null,
  ) {
    this.bandStreams = new RequestStreams(libp2p);
  }

  static async start(options: SwarmNodeOptions): Promise<SwarmNode> {
    const protocols = swarmProtocols(swarmIdFor(options.privateSwarmKey));
    const libp2p = await createSwarmLibp2p({
      privateKey: options.privateKey,
      listen: options.listen,
      bootstrap: options.bootstrap,
      protocols,
      privateSwarmKey: options.privateSwarmKey,
      mdns: options.mdns,
      relayServer: options.relayServer,
      logger: options.logger,
      ...(options.inboundLimits === undefined ? {} : { inboundLimits: options.inboundLimits }),
      ...(options.maintenancePings === false ? { keepAlivePings: false } : {}),
    });
    const directory = new PeerDirectory();
    const adverts = new AdvertService({
      libp2p,
      privateKey: options.privateKey,
      protocols,
      directory,
      content: options.advertContent,
      ttlMs: options.advertTtlMs,
      logger: options.logger,
      followAdverts: options.followAdverts ?? true,
    });
    const kad = kadInternals(libp2p.services.dht);
    if (kad === null) options.logger.warn('kad-dht-internals patch inactive: band lookups use one DHT walk per key (slower)');
    const bandRecords = kad === null ? null : new BandRecords(libp2p, kad);
    const node = new SwarmNode(libp2p, protocols, adverts, options.logger, bandRecords);
    if (bandRecords !== null) {
      await libp2p.handle(protocols.bandLookup, createBandLookupHandler(bandRecords, options.logger));
      await libp2p.handle(protocols.bandProvide, createBandProvideHandler(bandRecords, options.logger));
      await libp2p.handle(protocols.advertBatch, createAdvertBatchHandler(bandRecords, options.logger));
    }
    Object.defineProperty(node, 'directory', { value: directory });
    await libp2p.handle(
      protocols.infer,
      createInferenceHandler({
        privateKey: options.privateKey,
        scheduler: options.scheduler,
        resolveModel: (sha256: string) => (sha256 === '' || sha256 === options.expertModel.sha256 ? options.expertModel : null),
        logger: options.logger,
      }),
    );
    await adverts.start();
    if (options.maintenancePings !== false) node.startPinging();
    void node.provideExpertRecord();
    return node;
  }

  /** How this node looks up band keys: batched where kad-dht's internals are available, else kad-dht walks. */
  get bandLookupMethod(): BandProvidersReport['method'] {
    return this.bandRecords === null ? 'walks' : 'batched';
  }

  private get bandProtocols(): BandProtocols {
    return { lookup: this.protocols.bandLookup, provide: this.protocols.bandProvide };
  }

  /** Sends this node's current advert to the peers that hold its band records (they hand it to lookups). */
  async refreshHeldAdvert(): Promise<void> {
    const records = this.bandRecords;
    if (records === null || this.bandHolders.size === 0) return;
    await recordAtHolders({
      records,
      streams: this.bandStreams,
      protocols: this.bandProtocols,
      holders: this.bandHolders,
      advert: this.adverts.signedAdvert(),
      advertOnly: true,
      signal: AbortSignal.timeout(30_000),
    });
  }

  get peerId(): string {
    return this.libp2p.peerId.toString();
  }

  get swarmId(): string {
    return this.protocols.swarmId;
  }

  /** Full addresses (with /p2p/<peer-id>), ready for another node's bootstrap_nodes. */
  multiaddrs(): string[] {
    return this.libp2p.getMultiaddrs().map((address) => address.toString());
  }

  /** Republishes this node's advert (load or model changed). */
  async refreshAdvert(): Promise<ExpertAdvert> {
    return this.adverts.publish();
  }

  /** Streams a generation from another expert; every token packet is signature-checked. */
  async *generateRemote(peerId: string, request: RemoteInferenceRequest, signal?: AbortSignal): AsyncGenerator<GenerationEvent> {
    const target = peerIdFromString(peerId);
    await this.rememberAdvertisedAddresses(target);
    yield* requestInference({ libp2p: this.libp2p, peerId: target, protocol: this.protocols.infer, request, signal });
  }

  /** A peer known only from gossip has no addresses in the peer store yet: its advert says where it listens. */
  private async rememberAdvertisedAddresses(peerId: PeerId): Promise<void> {
    if (this.libp2p.getConnections(peerId).length > 0) return;
    const advert = this.directory.get(peerId.toString(), Date.now())?.advert;
    if (advert === undefined || advert.addresses.length === 0) return;
    await this.libp2p.peerStore.merge(peerId, { multiaddrs: advert.addresses.map((address) => multiaddr(address)) });
  }

  /** Announces this node in the DHT under the swarm's "experts" key (a provider record). */
  async provideExpertRecord(): Promise<void> {
    const key = await allExpertsKey(this.swarmId);
    await this.provide(key);
  }

  /**
   * Provides the DHT keys of this node's routing profile: every band value of every signature, so that a lookup for
   * a similar prompt meets this node under at least one of them. One batched provide (one message per DHT peer), with
   * a retry for keys no peer recorded; one kad-dht provide per key when the batched protocol is unavailable.
   */
  async provideRoutingKeys(profile: RoutingProfile, options: { maxVectors?: number } = {}): Promise<{ keys: number; provided: number }> {
    const names = new Set<string>();
    for (const sig of profileSignatures(profile).slice(0, options.maxVectors ?? Infinity)) {
      for (const band of bandKeys(sig)) names.add(bandKeyString(profile.spaceId, band));
    }
    const keys = await Promise.all([...names].map((name) => bandProviderKey(this.swarmId, name)));
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
    const advertEveryMs = Math.max(1_000, this.adverts.ttlMs / 2) * (0.9 + 0.2 * Math.random());
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
        this.logger.debug({ provided, routingTable: size }, 'band keys provided again (the routing table grew or the records age)');
      } else if (now - advertSentAt >= advertEveryMs) {
        advertSentAt = now;
        await this.refreshHeldAdvert();
        this.logger.debug({ holders: this.bandHolders.size }, 'advert refreshed at the band record holders');
      }
    };
    this.maintenanceTimer = setInterval(() => {
      if (running || this.stopped) return;
      running = true;
      tick()
        .catch((error: unknown) => this.logger.debug({ err: errorMessage(error) }, 'band record maintenance failed'))
        .finally(() => {
          running = false;
        });
    }, Math.min(REPROVIDE_CHECK_MS, advertEveryMs / 2));
    this.maintenanceTimer.unref();
  }

  private routingTableSize(): number {
    return this.bandRecords?.routingTableSize() ?? 0;
  }

  /** Provides many keys: batched where the DHT peers speak the band protocols, else one kad-dht provide per key. */
  async provideKeys(keys: readonly CID[]): Promise<number> {
    const provided = this.bandRecords === null ? 0 : await this.provideBatched(this.bandRecords, keys);
    if (provided > 0 || keys.length === 0) return provided;
    return this.provideByWalks(keys);
  }

  private async provideBatched(records: BandRecords, keys: readonly CID[]): Promise<number> {
    const done = new Set<string>();
    const holders: BandHolders = new Map();
    for (let attempt = 0; attempt < PROVIDE_ATTEMPTS && done.size < keys.length; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, PROVIDE_RETRY_DELAY_MS));
      const pending = keys.filter((key) => !done.has(key.toString()));
      const result = await provideBandKeys({
        records,
        streams: this.bandStreams,
        protocols: this.bandProtocols,
        keys: pending,
        advert: this.adverts.signedAdvert(),
        signal: AbortSignal.timeout(30_000),
      }).catch((error: unknown) => {
        this.logger.debug({ err: errorMessage(error) }, 'batched provide failed');
        return null;
      });
      for (const key of result?.providedKeys ?? []) done.add(key);
      for (const [id, held] of result?.holders ?? []) {
        const known = holders.get(id);
        if (known === undefined) holders.set(id, { peerId: held.peerId, keys: [...held.keys] });
        else known.keys.push(...held.keys);
      }
    }
    if (done.size > 0) this.bandHolders = holders;
    return done.size;
  }

  private async provideByWalks(keys: readonly CID[]): Promise<number> {
    let provided = 0;
    await forEachConcurrently(keys, PROVIDE_CONCURRENCY, async (key) => {
      // A provide can time out on a busy or young swarm; a second try usually lands (the DHT republishes later too).
      for (let attempt = 0; attempt < PROVIDE_ATTEMPTS; attempt++) {
        if (await this.provide(key)) {
          provided++;
          return;
        }
      }
    });
    return provided;
  }

  /** Provides a key; false when the provide did not complete (few peers yet: the DHT republishes it later). */
  async provide(key: CID): Promise<boolean> {
    try {
      await this.libp2p.contentRouting.provide(key, { signal: AbortSignal.timeout(30_000) });
      return true;
    } catch (error) {
      this.logger.debug({ err: errorMessage(error) }, 'DHT provide did not complete (few peers yet); the DHT republishes it');
      return false;
    }
  }

  /** Peers that provide a key, found through the DHT alone. */
  async findProviders(key: CID, options: { signal?: AbortSignal; limit?: number } = {}): Promise<string[]> {
    const found = new Set<string>();
    const signal = options.signal ?? AbortSignal.timeout(10_000);
    try {
      for await (const provider of this.libp2p.contentRouting.findProviders(key, { signal })) {
        if (provider.id.equals(this.libp2p.peerId)) continue;
        found.add(provider.id.toString());
        // Remember where they are, so that fetching their advert or a generation can dial them.
        if (provider.multiaddrs.length > 0) await this.libp2p.peerStore.merge(provider.id, { multiaddrs: provider.multiaddrs });
        if (options.limit !== undefined && found.size >= options.limit) break;
      }
    } catch (error) {
      // A lookup that runs out of time still returns what it found.
      if (!signal.aborted) throw error;
    }
    return [...found];
  }

  /**
   * Providers of many keys (a prompt's LSH band keys), reported one by one as they are found: one batched Kademlia
   * lookup over the band-lookup protocol, or, when kad-dht's internals are hidden or no peer answered it, one kad-dht
   * walk per key. With `advertsOf`, also the adverts of the providers it wants, from the record holders, asked while
   * the lookup runs. Resolves when the lookup and those adverts are complete or `signal` fires.
   */
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
    if (this.bandRecords !== null) {
      const result = await lookupBandProviders({
        records: this.bandRecords,
        streams: this.bandStreams,
        protocols: this.bandProtocols,
        keys,
        signal,
        onProvider: (peerId) => found(peerId.toString()),
        onNamed: (provider, holder) => {
          const id = provider.toString();
          if (wanted.has(id)) fetcher?.offer(id, holder, this.latencyByPeer.get(holder.toString()) ?? null);
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
        this.logger.debug({ err: errorMessage(error) }, 'DHT band walk failed');
        return [] as string[];
      });
      for (const peerId of providers) found(peerId);
    };
    await forEachConcurrently(keys, DHT_WALK_CONCURRENCY, walk, () => signal.aborted);
    const walkMs = performance.now() - started;
    return { method: 'walks', peersAsked: 0, holders: new Map(), walkMs, adverts: fetcher === null ? null : await fetcher.finish([...wanted], new Map()) };
  }

  async findExpertsViaDht(options: { signal?: AbortSignal } = {}): Promise<string[]> {
    return this.findProviders(await allExpertsKey(this.swarmId), options);
  }

  private heldAdvertFetcher(signal: AbortSignal, early?: { batch: number; minRttMs: number }): HeldAdvertFetcher | null {
    if (this.bandRecords === null) return null;
    return new HeldAdvertFetcher({
      libp2p: this.libp2p,
      streams: this.bandStreams,
      protocol: this.protocols.advertBatch,
      ownAdverts: this.bandRecords.adverts,
      accept: (signed, requested) => this.adverts.acceptRelayed(signed, requested, 'dht'),
      signal,
      ...(early === undefined ? {} : { earlyBatch: early.batch, earlyMinRttMs: early.minRttMs }),
    });
  }

  /** Fetches a peer's advert directly (for peers found through the DHT). */
  fetchAdvert(peerId: string): Promise<ExpertAdvert | null> {
    return this.adverts.fetchAdvert(peerIdFromString(peerId), 'dht');
  }

  /** Last measured round-trip time per connected peer, in ms. */
  latencies(): ReadonlyMap<string, number> {
    return this.latencyByPeer;
  }

  async peers(): Promise<PeerView[]> {
    const now = Date.now();
    const views = new Map<string, PeerView>();
    const connections = this.libp2p.getConnections();
    const ids = new Set<string>([...this.directory.list(now).map((entry) => entry.advert.peerId), ...connections.map((c) => c.remotePeer.toString())]);
    for (const id of ids) {
      const entry = this.directory.get(id, now);
      const peerConnections = connections.filter((c) => c.remotePeer.toString() === id);
      const stored = await this.libp2p.peerStore.get(peerIdFromString(id)).catch(() => null);
      views.set(id, {
        peerId: id,
        name: entry?.advert.name ?? null,
        connected: peerConnections.length > 0,
        addresses: entry?.advert.addresses ?? stored?.addresses.map((a) => a.multiaddr.toString()) ?? [],
        transports: [...new Set(peerConnections.map((c) => transportOf(c.remoteAddr.toString())))],
        latencyMs: this.latencyByPeer.get(id) ?? null,
        model: entry ? { name: entry.advert.modelName, sha256: entry.advert.modelSha256 } : null,
        description: entry?.advert.description ?? null,
        advertAgeMs: entry ? now - entry.advert.timestampMs : null,
        advertSource: entry?.source ?? null,
        protocols: stored?.protocols ?? [],
        advert: entry ? advertView(entry.advert) : null,
      });
    }
    return [...views.values()];
  }

  /** Stops the node; stopping it again does nothing. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.pingTimer !== null) clearInterval(this.pingTimer);
    if (this.maintenanceTimer !== null) clearInterval(this.maintenanceTimer);
    this.bandStreams.close();
    this.bandRecords?.close();
    await this.adverts.stop();
    await this.libp2p.stop();
  }

  private startPinging(): void {
    const pingAll = () => {
      for (const connection of this.libp2p.getConnections()) void this.measureLatency(connection.remotePeer);
    };
    this.libp2p.addEventListener('peer:identify', (event) => void this.measureLatency(event.detail.peerId));
    this.pingTimer = setInterval(pingAll, PING_INTERVAL_MS);
  }

  private async measureLatency(peerId: PeerId): Promise<void> {
    try {
      const rtt = await this.libp2p.services.ping.ping(peerId, { signal: AbortSignal.timeout(5_000) });
      this.latencyByPeer.set(peerId.toString(), rtt);
    } catch {
      // An unreachable peer keeps its last known latency until its connection closes.
    }
  }
}
