/**
 * @packageDocumentation
 *
 * Band routing as a libp2p service: the DHT records that let others find this node's expert (provider records under
 * the swarm's "experts" key and under the LSH band keys of its routing profile, kept where lookups look), and the
 * lookups that find other experts by band key, with their adverts. Batched over `/democritus/<swarm-id>/band-lookup`,
 * `band-provide` and `advert-batch` (one message per DHT peer for many keys) where kad-dht's internals are available,
 * kad-dht's own walks otherwise.
 *
 * @example
 *
 * ```ts
 * const node = await createLibp2p({
 *   services: {
 *     dht: kadDHT({ protocol: protocols.kad, clientMode: false }),
 *     // ...directory, reachability, latency and adverts, which this service uses
 *     bandRouting: bandRouting({ swarmId, logger }),
 *   },
 * })
 *
 * await node.services.bandRouting.provideRoutingKeys(profile)
 * const report = await node.services.bandRouting.findBandProviders(keys, {
 *   signal: AbortSignal.timeout(1_000),
 *   onProvider: (peerId) => console.log('found', peerId),
 *   advertsOf: (peerId) => !known.has(peerId),
 * })
 * ```
 */
import type { ContentRouting, Libp2pEvents, PeerId, TypedEventTarget } from '@libp2p/interface';
import type { Registrar } from '@libp2p/interface-internal';
import type { KadDHT } from '@libp2p/kad-dht';
import type { CID } from 'multiformats/cid';
import type { RoutingProfile } from '../../core/directory/expert-advert.js';
import type { Logger } from '../../logging/logger.js';
import type { Adverts } from '../adverts/index.js';
import type { SwarmHostComponents } from '../host.js';
import type { LatencyProbes } from '../peers/latency-probes.js';
import type { HeldAdvertResult } from './advert-batch-client.js';
import { DhtBandRouting } from './band-routing.js';

export interface BandRoutingInit {
  /** The swarm (`public`, or derived from the private swarm key): it names the protocols and the DHT keys. */
  swarmId: string;
  logger: Logger;
}

export interface BandRoutingComponents extends SwarmHostComponents {
  events: TypedEventTarget<Libp2pEvents>;
  registrar: Registrar;
  dht: KadDHT;
  contentRouting: ContentRouting;
  /** The advert providers leave with their records, and where relayed adverts go. */
  adverts: Adverts;
  /** Round trips to record holders, to choose whom to ask for adverts early. */
  latency: LatencyProbes;
}

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
   * after it (see advert-batch-client.ts); after kad-dht walks, which name no holder, all are missing.
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
   * round trip is at least this long (defaults: advert-batch-client.ts EARLY_BATCH and EARLY_MIN_RTT_MS).
   */
  earlyAdverts?: { batch: number; minRttMs: number };
  walkTimeoutMs?: number;
}

export interface BandRouting {
  /** How this node looks up band keys: batched where kad-dht's internals are available, else kad-dht walks. */
  readonly lookupMethod: BandProvidersReport['method'];
  /** Announces this node in the DHT under the swarm's "experts" key (a provider record); done once at start. */
  provideExpertRecord(): Promise<void>;
  /**
   * Provides the DHT keys of this node's routing profile: every band value of every signature, so that a lookup for
   * a similar prompt meets this node under at least one of them. One batched provide (one message per DHT peer), with
   * a retry for keys no peer recorded; one kad-dht provide per key when the batched protocol is unavailable. The
   * records are then kept up: provided again as the routing table grows and every 12 hours, the advert they hand out
   * refreshed every half advert lifetime.
   */
  provideRoutingKeys(profile: RoutingProfile, options?: { maxVectors?: number }): Promise<{ keys: number; provided: number }>;
  /** Provides many keys: batched where the DHT peers speak the band protocols, else one kad-dht provide per key. */
  provideKeys(keys: readonly CID[]): Promise<number>;
  /** Provides a key through kad-dht; false when the provide did not complete (few peers yet: the DHT republishes it later). */
  provide(key: CID): Promise<boolean>;
  /** Sends this node's current advert to the peers that hold its band records (they hand it to lookups). */
  refreshHeldAdvert(): Promise<void>;
  /** Peers that provide a key, found through kad-dht's walk alone. */
  findProviders(key: CID, options?: { signal?: AbortSignal; limit?: number }): Promise<string[]>;
  /**
   * Providers of many keys (a prompt's LSH band keys), reported one by one as they are found: one batched Kademlia
   * lookup over the band-lookup protocol, or, when kad-dht's internals are hidden or no peer answered it, one kad-dht
   * walk per key. With `advertsOf`, also the adverts of the providers it wants, from the record holders, asked while
   * the lookup runs. Resolves when the lookup and those adverts are complete or `signal` fires.
   */
  findBandProviders(keys: readonly CID[], options: BandProvidersOptions): Promise<BandProvidersReport>;
  /** Providers of the swarm's "experts" key. */
  findExpertsViaDht(options?: { signal?: AbortSignal }): Promise<string[]>;
}

export function bandRouting(init: BandRoutingInit): (components: BandRoutingComponents) => BandRouting {
  return (components) => new DhtBandRouting(components, init);
}
