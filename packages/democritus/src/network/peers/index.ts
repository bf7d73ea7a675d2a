/**
 * @packageDocumentation
 *
 * The services that keep track of this node's peers, each a libp2p service factory:
 *
 * - `peerDirectory()`: the adverts this node knows and which of their peers are unreachable (core/directory);
 * - `peerReachability()`: marks a peer unreachable when its connections close or a dial to it fails, reachable when
 *   it connects again; logs arrivals and departures; opens connections for the other services;
 * - `bootstrapDialer()`: dials the bootstrap peers, again with capped backoff until each connects;
 * - `dhtContacts()`: keeps connected DHT peers in kad-dht's routing table;
 * - `latencyProbes()`: round-trip times to connected peers.
 *
 * @example
 *
 * ```ts
 * const node = await createLibp2p({
 *   services: {
 *     identify: identify(),
 *     ping: ping(),
 *     dht: kadDHT({ protocol: '/democritus/public/kad/1.0.0', clientMode: false }),
 *     directory: peerDirectory(),
 *     reachability: peerReachability({ logger }),
 *     bootstrap: bootstrapDialer({ list: ['/ip4/192.168.1.20/tcp/4001/p2p/12D3KooW…'], logger }),
 *     dhtContacts: dhtContacts({ kadProtocol: '/democritus/public/kad/1.0.0', logger }),
 *     latency: latencyProbes(),
 *   },
 * })
 *
 * node.services.directory.isReachable(peerId)
 * node.services.latency.latencies().get(peerId)
 * ```
 */
import { PeerDirectory } from '../../core/directory/peer-directory.js';

/** The peer directory as a service: other services name it `directory` in their components. */
export function peerDirectory(): () => PeerDirectory {
  return () => new PeerDirectory();
}

export { bootstrapDialer, type BootstrapDialer, type BootstrapDialerComponents, type BootstrapDialerInit } from './bootstrap-dialer.js';
export { dhtContacts, type DhtContacts, type DhtContactsComponents, type DhtContactsInit } from './dht-contacts.js';
export { latencyProbes, type LatencyProbes, type LatencyProbesComponents, type LatencyProbesInit } from './latency-probes.js';
export { peerReachability, type PeerReachability, type PeerReachabilityComponents, type PeerReachabilityInit } from './peer-reachability.js';
