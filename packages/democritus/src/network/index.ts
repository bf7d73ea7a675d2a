/**
 * @packageDocumentation
 *
 * The network layer: a libp2p node (TCP and QUIC, Noise, Yamux, identify, ping, Kademlia, gossipsub, AutoNAT, DCUtR,
 * circuit relay) with the swarm's own capabilities as libp2p services, each a factory
 * `(init) => (components) => Service` registered in `createLibp2p({ services })`:
 *
 * | service        | factory                     | what it does                                                          |
 * | -------------- | --------------------------- | --------------------------------------------------------------------- |
 * | `directory`    | `peerDirectory()`           | the adverts this node knows, and which peers are unreachable           |
 * | `reachability` | `peerReachability()`        | unreachable on close or failed dial; arrivals and departures logged    |
 * | `bootstrap`    | `bootstrapDialer()`         | bootstrap dials, again with capped backoff until connected             |
 * | `dhtContacts`  | `dhtContacts()`             | connected DHT peers kept in kad-dht's routing table                    |
 * | `latency`      | `latencyProbes()`           | round-trip times to connected peers                                    |
 * | `adverts`      | `adverts()`                 | this node's signed advert by gossip and on request; others' into the directory |
 * | `bandRouting`  | `bandRouting()`             | DHT records under LSH band keys; batched band lookups and provides     |
 * | `inference`    | `inference()`               | the inference protocol, serving and requesting                         |
 *
 * Each names in its components exactly the libp2p parts and other services it uses. `createSwarmLibp2p` assembles
 * them; `SwarmNode` is a thin facade over the result for the daemon and the tests.
 *
 * @example
 *
 * ```ts
 * const swarm = await SwarmNode.start({ privateKey, listen: ['/ip4/0.0.0.0/tcp/4001'], bootstrap, mdns: false,
 *   relayServer: false, advertTtlMs: 300_000, scheduler, expertModel, advertContent, logger })
 *
 * await swarm.provideRoutingKeys(profile)
 * for await (const event of swarm.generateRemote(peerId, request)) { ... }
 * swarm.libp2p.services.directory.listReachable(Date.now())
 * await swarm.stop()
 * ```
 */
export { swarmProtocols, type SwarmProtocols } from './constants.js';
export { createSwarmLibp2p, type SwarmLibp2p, type SwarmLibp2pOptions, type SwarmServices } from './create-libp2p.js';
export { SwarmNode, type SwarmNodeOptions } from './swarm-node.js';
export { adverts, type AdvertContent, type Adverts, type AdvertsComponents, type AdvertsInit } from './adverts/index.js';
export {
  bandRouting,
  type BandProvidersOptions,
  type BandProvidersReport,
  type BandRouting,
  type BandRoutingComponents,
  type BandRoutingInit,
} from './band-lookup/index.js';
export { inference, type InferenceService, type InferenceServiceComponents, type InferenceServiceInit } from './inference-service.js';
export * from './peers/index.js';
export type { PeerView } from './peer-view.js';
