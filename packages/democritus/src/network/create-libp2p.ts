import { quic } from '@chainsafe/libp2p-quic';
import { autoNAT } from '@libp2p/autonat';
import { circuitRelayServer, circuitRelayTransport } from '@libp2p/circuit-relay-v2';
import { dcutr } from '@libp2p/dcutr';
import { gossipsub, type GossipSub } from '@libp2p/gossipsub';
import { identify, type Identify } from '@libp2p/identify';
import type { PrivateKey } from '@libp2p/interface';
import { kadDHT, passthroughMapper, type KadDHT } from '@libp2p/kad-dht';
import { mdns } from '@libp2p/mdns';
import { ping, type Ping } from '@libp2p/ping';
import { preSharedKey } from '@libp2p/pnet';
import { tcp } from '@libp2p/tcp';
import { multiaddr } from '@multiformats/multiaddr';
import { createLibp2p, type Libp2p, type Libp2pOptions } from 'libp2p';
import type { PeerDirectory } from '../core/directory/peer-directory.js';
import type { Logger } from '../logging/logger.js';
import { adverts, type AdvertContent, type Adverts } from './adverts/index.js';
import { bandRouting, type BandRouting } from './band-lookup/index.js';
import { inference, type InferenceService, type InferenceServiceInit } from './inference-service.js';
import {
  bootstrapDialer,
  dhtContacts,
  latencyProbes,
  peerDirectory,
  peerReachability,
  type BootstrapDialer,
  type BootstrapDialerInit,
  type DhtContacts,
  type LatencyProbes,
  type PeerReachability,
} from './peers/index.js';
import type { SwarmProtocols } from './constants.js';
import { noiseEncrypter } from '../patches/noise-single-write.js';
import { yamuxMuxer } from '../patches/yamux-window-updates.js';
import { pnetSwarmKey } from './swarm-identity.js';

export interface SwarmLibp2pOptions {
  privateKey: PrivateKey;
  listen: string[];
  bootstrap: string[];
  protocols: SwarmProtocols;
  /** Hex key of a private swarm; undefined for the public swarm. */
  privateSwarmKey?: string | undefined;
  mdns: boolean;
  relayServer: boolean;
  logger: Logger;
  /**
   * New inbound connections accepted per second from one host (libp2p's default: 5) and half-open ones at a time
   * (default 10). Many nodes behind one address (one machine, one NAT) need more.
   */
  inboundLimits?: { perHostPerSecond: number; pending: number };
  /**
   * libp2p's keep-alive pings on every connection and our latency probes (default on). Off only for test swarms that
   * run many nodes in one process, where 50 nodes x 50 connections of pings would load the one event loop they share.
   */
  keepAlivePings?: boolean;
  /** How long this node's advert is valid, in ms. */
  advertTtlMs: number;
  /** What this node's advert says now (see adverts/index.ts). */
  advertContent: () => AdvertContent;
  /** Learn adverts from gossip and connecting peers (default true); off, only through the DHT. */
  followAdverts?: boolean;
  /** Serves the inference protocol: where requests queue... */
  scheduler: InferenceServiceInit['scheduler'];
  /** ...and the model a request's SHA-256 names ('' = the expert model), or null. */
  resolveModel: InferenceServiceInit['resolveModel'];
  /** Backoff of bootstrap re-dials (defaults in peers/bootstrap-dialer.ts). */
  bootstrapBackoff?: Pick<BootstrapDialerInit, 'minDelayMs' | 'maxDelayMs'>;
}

export type SwarmServices = {
  identify: Identify;
  ping: Ping;
  dht: KadDHT;
  pubsub: GossipSub;
  autonat: unknown;
  dcutr: unknown;
  relay?: unknown;
  directory: PeerDirectory;
  reachability: PeerReachability;
  bootstrap?: BootstrapDialer;
  dhtContacts: DhtContacts;
  latency: LatencyProbes;
  adverts: Adverts;
  bandRouting: BandRouting;
  inference: InferenceService;
};

export type SwarmLibp2p = Libp2p<SwarmServices>;

/**
 * Builds the libp2p node of a Democritus peer: TCP and QUIC, Noise, Yamux, identify, ping, our own Kademlia DHT,
 * gossipsub, optional mDNS, AutoNAT, DCUtR and circuit relay v2, and the swarm's own services (see index.ts): the peer
 * directory, peer reachability, bootstrap dialling with backoff, routing-table upkeep, latency probes, adverts, band
 * routing and inference. No default bootstrap peers: a node talks only to the addresses its operator gives it.
 */
export async function createSwarmLibp2p(options: SwarmLibp2pOptions): Promise<SwarmLibp2p> {
  const isPrivate = options.privateSwarmKey !== undefined;
  const { swarmId } = options.protocols;
  const listen = isPrivate ? withoutQuic(options.listen, options.logger) : options.listen;
  const transports: NonNullable<Libp2pOptions['transports']> = [tcp(), circuitRelayTransport()];
  if (!isPrivate) transports.push(quic());

  const peerDiscovery: NonNullable<Libp2pOptions['peerDiscovery']> = [];
  if (options.mdns) peerDiscovery.push(mdns({ serviceTag: `democritus-${options.protocols.swarmId}.local` }));

  const config: Libp2pOptions<SwarmServices> = {
    privateKey: options.privateKey,
    addresses: { listen },
    transports,
    connectionEncrypters: [noiseEncrypter()],
    streamMuxers: [yamuxMuxer()],
    peerDiscovery,
    ...(options.keepAlivePings === false ? { connectionMonitor: { enabled: false } } : {}),
    ...(options.inboundLimits === undefined
      ? {}
      : {
          connectionManager: {
            inboundConnectionThreshold: options.inboundLimits.perHostPerSecond,
            maxIncomingPendingConnections: options.inboundLimits.pending,
          },
        }),
    services: {
      identify: identify(),
      // kad-dht pings every new contact before adding it to the routing table; our latency probes must not use up
      // the default single outbound ping stream, or the routing table stays empty.
      ping: ping({ maxOutboundStreams: 8, maxInboundStreams: 8 }),
      dht: kadDHT({
        protocol: options.protocols.kad,
        // Serve the DHT on every reachable node, LAN and loopback included: an all-LAN swarm has no public addresses.
        clientMode: false,
        peerInfoMapper: passthroughMapper,
        initialQuerySelfInterval: 0,
      }),
      pubsub: gossipsub({ allowPublishToZeroTopicPeers: true, emitSelf: false }),
      autonat: autoNAT({ protocolPrefix: `democritus/${options.protocols.swarmId}` }),
      dcutr: dcutr(),
      ...(options.relayServer ? { relay: circuitRelayServer() } : {}),
      directory: peerDirectory(),
      reachability: peerReachability({ logger: options.logger }),
      ...(options.bootstrap.length > 0 ? { bootstrap: bootstrapDialer({ list: options.bootstrap, logger: options.logger, ...options.bootstrapBackoff }) } : {}),
      dhtContacts: dhtContacts({ kadProtocol: options.protocols.kad, logger: options.logger }),
      latency: latencyProbes(options.keepAlivePings === false ? { intervalMs: 0 } : {}),
      adverts: adverts({
        swarmId,
        ttlMs: options.advertTtlMs,
        content: options.advertContent,
        followAdverts: options.followAdverts ?? true,
        logger: options.logger,
      }),
      bandRouting: bandRouting({ swarmId, logger: options.logger }),
      inference: inference({ swarmId, scheduler: options.scheduler, resolveModel: options.resolveModel, logger: options.logger }),
    },
  };
  if (isPrivate && options.privateSwarmKey !== undefined) {
    config.connectionProtector = preSharedKey({ psk: pnetSwarmKey(options.privateSwarmKey) });
  }
  return createLibp2p(config);
}

/**
 * @libp2p/pnet protects TCP only; the QUIC transport skips the connection protector, so a QUIC listener would accept
 * peers without the key. A private swarm therefore does not listen on QUIC.
 */
function withoutQuic(listen: string[], logger: Logger): string[] {
  const kept = listen.filter((address) => !multiaddr(address).getComponents().some((c) => c.name === 'quic-v1' || c.name === 'quic'));
  if (kept.length < listen.length) {
    logger.warn(
      { dropped: listen.filter((address) => !kept.includes(address)) },
      'private swarm: QUIC listeners disabled (the pre-shared key protects TCP only; QUIC would let outsiders in)',
    );
  }
  return kept;
}
