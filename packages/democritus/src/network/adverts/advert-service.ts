import { serviceCapabilities, serviceDependencies, type PeerId, type Startable, type Stream } from '@libp2p/interface';
import { lpStream } from '@libp2p/utils';
import type { ExpertAdvert, AdvertSource } from '../../core/directory/expert-advert.js';
import { errorMessage } from '../../errors.js';
import { swarmProtocols, type SwarmProtocols } from '../constants.js';
import { decodeVerifiedAdvert, encodeSignedAdvert, MAX_ADVERT_BYTES } from './advert-codec.js';
import { FETCH_TIMEOUT_MS, PRUNE_INTERVAL_MS, REPUBLISH_AFTER_JOIN_MS } from './constants.js';
import type { Adverts, AdvertsComponents, AdvertsInit } from './index.js';

/**
 * Publishes this node's signed advert on the swarm's gossip topic (at start, on change, and before it expires),
 * serves it to peers that ask directly, and feeds verified adverts from others into the peer directory.
 * A peer that connects is asked for its advert at once, so a new node does not wait for the gossip mesh to form.
 */
export class AdvertService implements Adverts, Startable {
  readonly [Symbol.toStringTag] = '@democritus/adverts';
  readonly [serviceCapabilities] = ['@democritus/adverts'];
  readonly [serviceDependencies] = ['@libp2p/pubsub'];
  private readonly protocols: SwarmProtocols;
  private current: Uint8Array | null = null;
  private sequence = 0;
  private refreshTimer: NodeJS.Timeout | null = null;
  private pruneTimer: NodeJS.Timeout | null = null;
  private republishTimer: NodeJS.Timeout | null = null;
  private started = false;
  private readonly now: () => number;

  constructor(
    private readonly components: AdvertsComponents,
    private readonly init: AdvertsInit,
  ) {
    this.protocols = swarmProtocols(init.swarmId);
    this.now = init.now ?? Date.now;
  }

  isStarted(): boolean {
    return this.started;
  }

  async start(): Promise<void> {
    // Starting from the clock keeps sequences increasing across restarts without storing a counter.
    this.sequence = this.now();
    await this.components.registrar.handle(this.protocols.advert, (stream) => this.serveAdvert(stream));
    this.started = true;
  }

  /** Gossip (the topic, the first advert) once gossipsub runs. */
  async afterStart(): Promise<void> {
    if (this.init.followAdverts !== false) {
      this.components.pubsub.addEventListener('message', this.onGossip);
      this.components.pubsub.subscribe(this.protocols.advertTopic);
      this.components.events.addEventListener('peer:identify', this.onIdentify);
      this.components.pubsub.addEventListener('subscription-change', this.onSubscriptionChange);
    }
    await this.publish();
    this.refreshTimer = setInterval(() => void this.publish(), Math.max(1000, Math.floor(this.init.ttlMs / 3)));
    this.pruneTimer = setInterval(() => this.components.directory.prune(this.now()), PRUNE_INTERVAL_MS);
  }

  async stop(): Promise<void> {
    if (this.refreshTimer !== null) clearInterval(this.refreshTimer);
    if (this.pruneTimer !== null) clearInterval(this.pruneTimer);
    if (this.republishTimer !== null) clearTimeout(this.republishTimer);
    this.components.pubsub.removeEventListener('message', this.onGossip);
    this.components.events.removeEventListener('peer:identify', this.onIdentify);
    this.components.pubsub.removeEventListener('subscription-change', this.onSubscriptionChange);
    await this.components.registrar.unhandle(this.protocols.advert).catch(() => undefined);
    this.started = false;
  }

  async publish(): Promise<ExpertAdvert> {
    const now = this.now();
    this.sequence = Math.max(this.sequence + 1, now);
    const advert: ExpertAdvert = {
      ...this.init.content(),
      peerId: this.components.peerId.toString(),
      addresses: this.components.addressManager.getAddresses().map((address) => address.decapsulateCode(421).toString()),
      timestampMs: now,
      expiresAtMs: now + this.init.ttlMs,
      sequence: this.sequence,
    };
    this.current = await encodeSignedAdvert(this.components.privateKey, advert);
    try {
      await this.components.pubsub.publish(this.protocols.advertTopic, this.current);
    } catch (error) {
      this.init.logger.debug({ err: errorMessage(error) }, 'advert not gossiped (no topic peers yet)');
    }
    return advert;
  }

  signedAdvert(): Uint8Array | null {
    return this.current;
  }

  get ttlMs(): number {
    return this.init.ttlMs;
  }

  async acceptRelayed(signed: Uint8Array, expected: ReadonlySet<string>, source: AdvertSource): Promise<string | null> {
    const advert = await decodeVerifiedAdvert(signed);
    if (!expected.has(advert.peerId)) return null;
    const outcome = this.components.directory.upsert(advert, source, this.now());
    return outcome === 'expired' ? null : advert.peerId;
  }

  async fetchAdvert(peerId: PeerId, source: AdvertSource = 'direct'): Promise<ExpertAdvert | null> {
    const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS);
    const connection = await this.components.reachability.connect(peerId, { signal });
    const stream = await connection.newStream(this.protocols.advert, { signal });
    try {
      const framed = lpStream(stream, { maxDataLength: MAX_ADVERT_BYTES });
      const bytes = (await framed.read({ signal })).subarray();
      await stream.close();
      const advert = await decodeVerifiedAdvert(bytes);
      if (advert.peerId !== peerId.toString()) throw new Error(`peer ${peerId.toString()} sent the advert of ${advert.peerId}`);
      this.components.directory.upsert(advert, source, this.now());
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
    if (event.detail.topic !== this.protocols.advertTopic) return;
    decodeVerifiedAdvert(event.detail.data)
      .then((advert) => {
        if (advert.peerId === this.components.peerId.toString()) return;
        this.components.directory.upsert(advert, 'gossip', this.now());
      })
      .catch((error: unknown) => this.init.logger.warn({ err: errorMessage(error) }, 'dropped a bad advert from gossip'));
  };

  /**
   * A peer that joins the topic has missed earlier adverts (gossipsub does not replay): republish soon, once for a
   * burst of joins.
   */
  private readonly onSubscriptionChange = (event: CustomEvent<{ subscriptions: { topic: string; subscribe: boolean }[] }>): void => {
    const joined = event.detail.subscriptions.some((s) => s.subscribe && s.topic === this.protocols.advertTopic);
    if (!joined || this.republishTimer !== null) return;
    this.republishTimer = setTimeout(() => {
      this.republishTimer = null;
      void this.publish();
    }, REPUBLISH_AFTER_JOIN_MS);
  };

  private readonly onIdentify = (event: CustomEvent<{ peerId: PeerId; protocols: string[] }>): void => {
    const { peerId, protocols } = event.detail;
    if (!protocols.includes(this.protocols.advert)) return;
    this.fetchAdvert(peerId).catch((error: unknown) =>
      this.init.logger.debug({ peer: peerId.toString(), err: errorMessage(error) }, 'could not fetch advert'),
    );
  };
}
