import type { PrivateKey } from '@libp2p/interface';
import { peerIdFromString } from '@libp2p/peer-id';
import type { CID } from 'multiformats/cid';
import type { ExpertAdvert, RoutingProfile } from '../core/directory/expert-advert.js';
import type { PeerDirectory } from '../core/directory/peer-directory.js';
import type { GenerationEvent, ModelHandle } from '../engine/types.js';
import type { Logger } from '../logging/logger.js';
import type { Scheduler } from '../scheduler/scheduler.js';
import type { AdvertContent } from './adverts/index.js';
import type { BandProvidersOptions, BandProvidersReport } from './band-lookup/index.js';
import { swarmProtocols, type SwarmProtocols } from './constants.js';
import { createSwarmLibp2p, type SwarmLibp2p, type SwarmLibp2pOptions } from './create-libp2p.js';
import type { RemoteInferenceRequest } from './inference/index.js';
import { peerViews, type PeerView } from './peer-view.js';
import { swarmIdFor } from './swarm-identity.js';

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
  /** Backoff of bootstrap re-dials (defaults in peers/bootstrap-dialer.ts). */
  bootstrapBackoff?: SwarmLibp2pOptions['bootstrapBackoff'];
}

export type { BandProvidersOptions, BandProvidersReport } from './band-lookup/index.js';

/**
 * A node's presence in the swarm: a libp2p node whose services (create-libp2p.ts) do the work, and the few calls the
 * daemon, the router and the tests make of them. Each call hands over to one service (`libp2p.services.*`).
 */
export class SwarmNode {
  private stopped = false;

  private constructor(
    readonly libp2p: SwarmLibp2p,
    readonly protocols: SwarmProtocols,
  ) {}

  static async start(options: SwarmNodeOptions): Promise<SwarmNode> {
    const protocols = swarmProtocols(swarmIdFor(options.privateSwarmKey));
    const { expertModel } = options;
    const libp2p = await createSwarmLibp2p({
      privateKey: options.privateKey,
      listen: options.listen,
      bootstrap: options.bootstrap,
      protocols,
      privateSwarmKey: options.privateSwarmKey,
      mdns: options.mdns,
      relayServer: options.relayServer,
      logger: options.logger,
      advertTtlMs: options.advertTtlMs,
      advertContent: options.advertContent,
      followAdverts: options.followAdverts ?? true,
      scheduler: options.scheduler,
      resolveModel: (sha256: string) => (sha256 === '' || sha256 === expertModel.sha256 ? expertModel : null),
      ...(options.inboundLimits === undefined ? {} : { inboundLimits: options.inboundLimits }),
      ...(options.maintenancePings === false ? { keepAlivePings: false } : {}),
      ...(options.bootstrapBackoff === undefined ? {} : { bootstrapBackoff: options.bootstrapBackoff }),
    });
    return new SwarmNode(libp2p, protocols);
  }

  /** The adverts this node knows, and which of their peers are unreachable. */
  get directory(): PeerDirectory {
    return this.libp2p.services.directory;
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

  /** Every peer this node has an advert of or a connection to, as the control API shows it. */
  peers(): Promise<PeerView[]> {
    return peerViews(this.libp2p, this.directory, this.latencies());
  }

  /** Last measured round-trip time per connected peer, in ms. */
  latencies(): ReadonlyMap<string, number> {
    return this.libp2p.services.latency.latencies();
  }

  /** Republishes this node's advert (load or model changed). */
  refreshAdvert(): Promise<ExpertAdvert> {
    return this.libp2p.services.adverts.publish();
  }

  /** Fetches a peer's advert directly (for peers found through the DHT). */
  fetchAdvert(peerId: string): Promise<ExpertAdvert | null> {
    return this.libp2p.services.adverts.fetchAdvert(peerIdFromString(peerId), 'dht');
  }

  /** Streams a generation from another expert; every token packet is signature-checked. */
  generateRemote(peerId: string, request: RemoteInferenceRequest, signal?: AbortSignal): AsyncGenerator<GenerationEvent> {
    return this.libp2p.services.inference.generate(peerId, request, signal);
  }

  /** How this node looks up band keys: batched where kad-dht's internals are available, else kad-dht walks. */
  get bandLookupMethod(): BandProvidersReport['method'] {
    return this.libp2p.services.bandRouting.lookupMethod;
  }

  /** See BandRouting.findBandProviders (band-lookup/index.ts). */
  findBandProviders(keys: readonly CID[], options: BandProvidersOptions): Promise<BandProvidersReport> {
    return this.libp2p.services.bandRouting.findBandProviders(keys, options);
  }

  /** See BandRouting.provideRoutingKeys. */
  provideRoutingKeys(profile: RoutingProfile, options: { maxVectors?: number } = {}): Promise<{ keys: number; provided: number }> {
    return this.libp2p.services.bandRouting.provideRoutingKeys(profile, options);
  }

  provideKeys(keys: readonly CID[]): Promise<number> {
    return this.libp2p.services.bandRouting.provideKeys(keys);
  }

  provideExpertRecord(): Promise<void> {
    return this.libp2p.services.bandRouting.provideExpertRecord();
  }

  refreshHeldAdvert(): Promise<void> {
    return this.libp2p.services.bandRouting.refreshHeldAdvert();
  }

  findProviders(key: CID, options: { signal?: AbortSignal; limit?: number } = {}): Promise<string[]> {
    return this.libp2p.services.bandRouting.findProviders(key, options);
  }

  findExpertsViaDht(options: { signal?: AbortSignal } = {}): Promise<string[]> {
    return this.libp2p.services.bandRouting.findExpertsViaDht(options);
  }

  /** Stops the node; stopping it again does nothing. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.libp2p.stop();
  }
}
