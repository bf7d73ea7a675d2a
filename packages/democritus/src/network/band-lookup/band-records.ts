/**
 * What a node answers band lookups from: kad-dht's provider records and routing table, with the two reads a lookup
 * repeats most kept in memory. Peer addresses follow the peer store's `peer:update` events, so they are never stale;
 * provider lists are kept for PROVIDERS_TTL_MS and updated at once when a band provide adds to them (a record added
 * through kad-dht's own ADD_PROVIDER shows up within PROVIDERS_TTL_MS). A band provide loads the key's list if it is
 * not in memory yet, so that lookups find it there: reading kad-dht's provider store scans its whole datastore, which
 * was a tenth of a band lookup's CPU time in the 50-expert benchmark when every first lookup of a key paid for it.
 */
import type { Libp2pEvents, PeerId, PeerUpdate, TypedEventTarget } from '@libp2p/interface';
import type { Multiaddr } from '@multiformats/multiaddr';
import type { CID } from 'multiformats/cid';
import type { SwarmHost } from '../host.js';
import { MAX_PROVIDERS_PER_KEY, type KeyAnswer, type LookupPeerInfo } from './band-wire.js';
import { kadIdOfKey, type KadInternals } from '../../patches/kad-dht-internals.js';
import { RecordAdverts } from './record-adverts.js';

const PROVIDERS_TTL_MS = 60_000;
const MAX_CACHED = 10_000;

export class BandRecords {
  private readonly addresses = new Map<string, Multiaddr[]>();
  private readonly providers = new Map<string, { peers: Promise<PeerId[]>; at: number }>();
  /** The adverts providers left with the records this node holds. */
  readonly adverts = new RecordAdverts();

  constructor(
    readonly host: SwarmHost,
    private readonly events: TypedEventTarget<Libp2pEvents>,
    private readonly internals: KadInternals,
  ) {
    events.addEventListener('peer:update', this.onPeerUpdate);
  }

  close(): void {
    this.events.removeEventListener('peer:update', this.onPeerUpdate);
  }

  /** Peers in kad-dht's routing table. */
  routingTableSize(): number {
    return this.internals.routingTableSize();
  }

  closestPeers(kadId: Uint8Array, count: number): readonly PeerId[] {
    return this.internals.closestPeers(kadId, count);
  }

  async addProvider(key: CID, provider: PeerId): Promise<void> {
    await this.internals.addProvider(key, provider);
    const id = key.toString();
    const cached = this.providers.get(id);
    if (cached !== undefined) {
      // Update the list in place (a refresh by a provider already in it changes nothing).
      const peers = cached.peers.then((known) => (known.some((peer) => peer.equals(provider)) ? known : [...known, provider]));
      this.providers.set(id, { peers, at: cached.at });
      peers.catch(() => this.providers.delete(id));
      return;
    }
    void this.providersOf(key).catch(() => undefined);
  }

  /** What this node knows about each key; `requester` is left out of the closer peers. */
  async answer(keys: readonly CID[], closerPerKey: number, requester: PeerId | null): Promise<KeyAnswer[]> {
    return Promise.all(
      keys.map(async (key): Promise<KeyAnswer> => {
        const providers = (await this.providersOf(key)).slice(0, MAX_PROVIDERS_PER_KEY);
        const closer =
          closerPerKey === 0
            ? []
            : this.internals
                .closestPeers(await kadIdOfKey(key), closerPerKey + 1)
                .filter((peer) => requester === null || !peer.equals(requester))
                .slice(0, closerPerKey);
        return { providers: await Promise.all(providers.map((id) => this.infoOf(id))), closer: await Promise.all(closer.map((id) => this.infoOf(id))) };
      }),
    );
  }

  private providersOf(key: CID): Promise<PeerId[]> {
    const id = key.toString();
    const now = Date.now();
    const cached = this.providers.get(id);
    if (cached !== undefined && now - cached.at < PROVIDERS_TTL_MS) return cached.peers;
    const peers = this.internals.providersOf(key);
    if (this.providers.size >= MAX_CACHED) this.providers.clear();
    this.providers.set(id, { peers, at: now });
    peers.catch(() => this.providers.delete(id));
    return peers;
  }

  private async infoOf(id: PeerId): Promise<LookupPeerInfo> {
    if (id.equals(this.host.peerId)) return { id, multiaddrs: this.host.getMultiaddrs() };
    const key = id.toString();
    let multiaddrs = this.addresses.get(key);
    if (multiaddrs === undefined) {
      multiaddrs = await this.host.peerStore.get(id).then(
        (peer) => peer.addresses.map((address) => address.multiaddr),
        () => [],
      );
      if (this.addresses.size >= MAX_CACHED) this.addresses.clear();
      this.addresses.set(key, multiaddrs);
    }
    return { id, multiaddrs };
  }

  private readonly onPeerUpdate = (event: CustomEvent<PeerUpdate>): void => {
    const { peer } = event.detail;
    const key = peer.id.toString();
    // Only peers already asked about are kept current; others are read when first needed.
    if (this.addresses.has(key)) this.addresses.set(key, peer.addresses.map((address) => address.multiaddr));
  };
}
