import type { AbortOptions, Connection, PeerId, PeerStore, Stream } from '@libp2p/interface';
import type { AddressManager, ConnectionManager } from '@libp2p/interface-internal';
import type { Multiaddr } from '@multiformats/multiaddr';
import type { PeerReachability } from './peers/peer-reachability.js';

/**
 * What the band-lookup protocols use of the libp2p node they run in: its identity, addresses, peer store and
 * connections, and streams to other peers. A libp2p node has this shape; the band-routing service builds it from its
 * components.
 */
export interface SwarmHost {
  readonly peerId: PeerId;
  readonly peerStore: PeerStore;
  getMultiaddrs(): Multiaddr[];
  getConnections(peerId?: PeerId): Connection[];
  dialProtocol(peerId: PeerId, protocol: string, options?: AbortOptions): Promise<Stream>;
}

export interface SwarmHostComponents {
  peerId: PeerId;
  peerStore: PeerStore;
  addressManager: AddressManager;
  connectionManager: ConnectionManager;
  reachability: PeerReachability;
}

/** The host built from a service's components: streams are opened through peer reachability, so a failed dial marks the peer. */
export function swarmHost(components: SwarmHostComponents): SwarmHost {
  return {
    get peerId() {
      return components.peerId;
    },
    get peerStore() {
      return components.peerStore;
    },
    getMultiaddrs: () => components.addressManager.getAddresses(),
    getConnections: (peerId) => components.connectionManager.getConnections(peerId),
    dialProtocol: async (peerId, protocol, options = {}) => (await components.reachability.connect(peerId, options)).newStream(protocol, options),
  };
}
