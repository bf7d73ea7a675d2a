/**
 * @packageDocumentation
 *
 * Expert adverts as a libp2p service: this node's signed advert on the swarm's gossip topic (at start, on change and
 * before it expires) and on `/democritus/<swarm-id>/advert/1.0.0` for peers that ask directly; verified adverts of
 * other peers go into the peer directory.
 *
 * @example
 *
 * ```ts
 * const node = await createLibp2p({
 *   services: {
 *     pubsub: gossipsub(),
 *     directory: () => new PeerDirectory(),
 *     reachability: peerReachability({ logger }),
 *     adverts: adverts({ swarmId: 'public', ttlMs: 300_000, content: () => ({ name: 'math-solver', ... }), logger }),
 *   },
 * })
 *
 * await node.services.adverts.publish() // the load changed
 * node.services.directory.list(Date.now()) // what the swarm advertises
 * ```
 */
import type { Libp2pEvents, PeerId, PrivateKey, TypedEventTarget } from '@libp2p/interface';
import type { AddressManager, Registrar } from '@libp2p/interface-internal';
import type { GossipSub } from '@libp2p/gossipsub';
import type { AdvertSource, ExpertAdvert } from '../../core/directory/expert-advert.js';
import type { PeerDirectory } from '../../core/directory/peer-directory.js';
import type { Logger } from '../../logging/logger.js';
import type { PeerReachability } from '../peers/peer-reachability.js';
import { AdvertService } from './advert-service.js';

/** The parts of an advert that describe the expert; identity, timing and sequence are filled in here. */
export type AdvertContent = Omit<ExpertAdvert, 'peerId' | 'timestampMs' | 'expiresAtMs' | 'sequence' | 'addresses'>;

export interface AdvertsInit {
  /** The swarm (`public`, or derived from the private swarm key): it names the protocol and the topic. */
  swarmId: string;
  /** How long an advert is valid, in ms (`node.advert_ttl_seconds`); it is republished every third of that. */
  ttlMs: number;
  /** What the advert says now (called for every advert: load changes between them). */
  content: () => AdvertContent;
  /**
   * Learn other adverts from gossip and from peers as they connect (default true). Off, the node still publishes and
   * serves its own advert but finds experts only through the DHT (a light client in a large swarm).
   */
  followAdverts?: boolean;
  logger: Logger;
  /** Clock for timestamps and expiry (default Date.now). */
  now?: () => number;
}

export interface AdvertsComponents {
  peerId: PeerId;
  /** Signs the advert. */
  privateKey: PrivateKey;
  /** The addresses the advert gives. */
  addressManager: AddressManager;
  registrar: Registrar;
  /** `peer:identify`: a peer that speaks the advert protocol is asked for its advert. */
  events: TypedEventTarget<Libp2pEvents>;
  pubsub: GossipSub;
  directory: PeerDirectory;
  /** Direct advert fetches dial through it (a failed dial marks the peer unreachable). */
  reachability: PeerReachability;
}

export interface Adverts {
  /** Signs a fresh advert (new sequence, current load and addresses) and gossips it. */
  publish(): Promise<ExpertAdvert>;
  /** This node's current signed advert (null before the first publish). */
  signedAdvert(): Uint8Array | null;
  readonly ttlMs: number;
  /**
   * Records an advert that another peer relayed (a record holder's copy), if it is signed by one of `expected` and is
   * not expired; resolves to its peer, or null. A copy older than the advert already known still counts: that peer's
   * advert is known.
   */
  acceptRelayed(signed: Uint8Array, expected: ReadonlySet<string>, source: AdvertSource): Promise<string | null>;
  /** Asks a peer for its advert over a direct stream and records it. */
  fetchAdvert(peerId: PeerId, source?: AdvertSource): Promise<ExpertAdvert | null>;
}

export function adverts(init: AdvertsInit): (components: AdvertsComponents) => Adverts {
  return (components) => new AdvertService(components, init);
}
