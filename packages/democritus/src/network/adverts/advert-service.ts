import type { AbortOptions, PeerId, PrivateKey, Stream } from '@libp2p/interface';
import { lpStream } from '@libp2p/utils';
import type { ExpertAdvert, AdvertSource } from '../../core/directory/expert-advert.js';
import type { PeerDirectory } from '../../core/directory/peer-directory.js';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';
import type { SwarmLibp2p } from '../create-libp2p.js';
import type { SwarmProtocols } from '../protocols.js';
import { decodeVerifiedAdvert, encodeSignedAdvert, MAX_ADVERT_BYTES } from './advert-codec.js';

/** The parts of an advert that describe the expert; identity, timing and sequence are filled in here. */
export type AdvertContent = Omit<ExpertAdvert, 'peerId' | 'timestampMs' | 'expiresAtMs' | 'sequence' | 'addresses'>;

export interface AdvertServiceOptions {
  libp2p: SwarmLibp2p;
  privateKey: PrivateKey;
  protocols: SwarmProtocols;
  directory: PeerDirectory;
  content: () => AdvertContent;
  ttlMs: number;
  logger: Logger;
  /** Opens a stream to a peer (through peer reachability, so that a failed dial marks the peer unreachable). */
  dialProtocol: (peerId: PeerId, protocol: string, options: AbortOptions) => Promise<Stream>;
  now?: () => number;
  /**
   * Learn other adverts from gossip and from peers as they connect (default true). Off, the node still publishes and
   * serves its own advert but finds experts only through the DHT (a light client in a large swarm).
   */
  followAdverts?: boolean;
}

const FETCH_TIMEOUT_MS = 5_000;
/** Gossipsub grafts new peers into the mesh on its heartbeat (1 s); publishing after that reaches them. */
const REPUBLISH_AFTER_JOIN_MS = 1_200;

/**
 * Publishes this node's signed advert on the swarm's gossip topic (at start, on change, and before it expires),
 * serves it to peers that ask directly, and feeds verified adverts from others into the peer directory.
 * A peer that connects is asked for its advert at once, so a new node does not wait for the gossip mesh to form.
 */
export class AdvertService {
  private current: Uint8Array | null = null;
  private sequence = 0;
  private refreshTimer: NodeJS.Timeout | null = null;
  private pruneTimer: NodeJS.Timeout | null = null;
  private republishTimer: NodeJS.Timeout | null = null;
  private readonly now: () => number;

  constructor(private readonly options: AdvertServiceOptions) {
    this.now = options.now ?? Date.now;
  }

  async start(): Promise<void> {
    const { libp2p, protocols } = this.options;
    // Starting from the clock keeps sequences increasing across restarts without storing a counter.
    this.sequence = this.now();
    await libp2p.handle(protocols.advert, (stream) => this.serveAdvert(stream));
    if (this.options.followAdverts !== false) {
      libp2p.services.pubsub.addEventListener('message', this.onGossip);
      libp2p.services.pubsub.subscribe(protocols.advertTopic);
      libp2p.addEventListener('peer:identify', this.onIdentify);
      libp2p.services.pubsub.addEventListener('subscription-change', this.onSubscriptionChange);
    }
    await this.publish();
    this.refreshTimer = setInterval(() => void this.publish(), Math.max(1000, Math.floor(this.options.ttlMs / 3)));
    this.pruneTimer = setInterval(() => this.options.directory.prune(this.now()), 5_000);
  }

  async stop(): Promise<void> {
    if (this.refreshTimer !== null) clearInterval(this.refreshTimer);
    if (this.pruneTimer !== null) clearInterval(this.pruneTimer);
    const { libp2p, protocols } = this.options;
    libp2p.services.pubsub.removeEventListener('message', this.onGossip);
    libp2p.removeEventListener('peer:identify', this.onIdentify);
    libp2p.services.pubsub.removeEventListener('subscription-change', this.onSubscriptionChange);
    if (this.republishTimer !== null) clearTimeout(this.republishTimer);
    await libp2p.unhandle(protocols.advert).catch(() => undefined);
  }

  /** Signs a fresh advert (new sequence, current load and addresses) and gossips it. */
  async publish(): Promise<ExpertAdvert> {
    const { libp2p, privateKey, protocols, ttlMs } = this.options;
    const now = this.now();
    this.sequence = Math.max(this.sequence + 1, now);
    const advert: ExpertAdvert = {
      ...this.options.content(),
      peerId: libp2p.peerId.toString(),
      addresses: libp2p.getMultiaddrs().map((address) => address.decapsulateCode(421).toString()),
      timestampMs: now,
      expiresAtMs: now + ttlMs,
      sequence: this.sequence,
    };
    this.current = await encodeSignedAdvert(privateKey, advert);
    try {
      await libp2p.services.pubsub.publish(protocols.advertTopic, this.current);
    } catch (error) {
      this.options.logger.debug({ err: errorMessage(error) }, 'advert not gossiped (no topic peers yet)');
    }
    return advert;
  }

  /** This node's current signed advert (null before the first publish). */
  signedAdvert(): Uint8Array | null {
    return this.current;
  }

  get ttlMs(): number {
    return this.options.ttlMs;
  }

  /**
   * Records an advert that another peer relayed (a record holder's copy), if it is signed by one of `expected` and is
   * not expired; resolves to its peer, or null. A copy older than the advert already known still counts: that peer's
   * advert is known.
   */
  async acceptRelayed(signed: Uint8Array, expected: ReadonlySet<string>, source: AdvertSource): Promise<string | null> {
    const advert = await decodeVerifiedAdvert(signed);
    if (!expected.has(advert.peerId)) return null;
    const outcome = this.options.directory.upsert(advert, source, this.now());
    return outcome === 'expired' ? null : advert.peerId;
  }

  /** Asks a peer for its advert over a direct stream and records it. */
  async fetchAdvert(peerId: PeerId, source: AdvertSource = 'direct'): Promise<ExpertAdvert | null> {
    const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS);
    const stream = await this.options.dialProtocol(peerId, this.options.protocols.advert, { signal });
    try {
      const framed = lpStream(stream, { maxDataLength: MAX_ADVERT_BYTES });
      const bytes = (await framed.read({ signal })).subarray();
      await stream.close();
      const advert = await decodeVerifiedAdvert(bytes);
      if (advert.peerId !== peerId.toString()) throw new Error(`peer ${peerId.toString()} sent the advert of ${advert.peerId}`);
      this.options.directory.upsert(advert, source, this.now());
      return advert;
    } catch (error) {
      stream.abort(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
  }

  private async serveAdvert(stream: Stream): Promise<void> {
    try {
      if (this.current === null) await this.publish();
      if (this.current !== null) await lpStream(stream, { maxDataLength: MAX_ADVERT_BYTES }).write(this.current);
      await stream.close();
    } catch (error) {
      stream.abort(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private readonly onGossip = (event: CustomEvent<{ topic: string; data: Uint8Array }>): void => {
    if (event.detail.topic !== this.options.protocols.advertTopic) return;
    decodeVerifiedAdvert(event.detail.data)
      .then((advert) => {
        if (advert.peerId === this.options.libp2p.peerId.toString()) return;
        this.options.directory.upsert(advert, 'gossip', this.now());
      })
      .catch((error: unknown) => this.options.logger.warn({ err: errorMessage(error) }, 'dropped a bad advert from gossip'));
  };

  /**
   * A peer that joins the topic has missed earlier adverts (gossipsub does not replay): republish soon, once for a
   * burst of joins.
   */
  private readonly onSubscriptionChange = (event: CustomEvent<{ subscriptions: { topic: string; subscribe: boolean }[] }>): void => {
    const joined = event.detail.subscriptions.some((s) => s.subscribe && s.topic === this.options.protocols.advertTopic);
    if (!joined || this.republishTimer !== null) return;
    this.republishTimer = setTimeout(() => {
      this.republishTimer = null;
      void this.publish();
    }, REPUBLISH_AFTER_JOIN_MS);
  };

  private readonly onIdentify = (event: CustomEvent<{ peerId: PeerId; protocols: string[] }>): void => {
    const { peerId, protocols } = event.detail;
    if (!protocols.includes(this.options.protocols.advert)) return;
    this.fetchAdvert(peerId).catch((error: unknown) =>
      this.options.logger.debug({ peer: peerId.toString(), err: errorMessage(error) }, 'could not fetch advert'),
    );
  };
}
