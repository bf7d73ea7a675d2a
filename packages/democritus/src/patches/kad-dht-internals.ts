/**
 * Patch kad-dht-internals: the parts of @libp2p/kad-dht's node that a batched band-key lookup and provide need and its
 * public interface does not expose: the local provider records and the routing table (fields of the `KadDHT` class of
 * the pinned version). With another kad-dht version, or without those fields, `kadInternals` returns null and band
 * lookups use kad-dht's own walks, one per key.
 *
 * Patch kad-dht-closest-peers: the routing table's closest peers to a DHT ID from a snapshot of its buckets (read
 * from the table's `kb` field), instead of the table's `closestPeers` method.
 */
import type { PeerId } from '@libp2p/interface';
import type { KadDHT } from '@libp2p/kad-dht';
import type { CID } from 'multiformats/cid';
import { sha256 } from 'multiformats/hashes/sha2';
import { compareXorDistance } from '../core/dht/key-lookup-plan.js';
import { KAD_DHT_CLOSEST_PEERS, KAD_DHT_INTERNALS, patchEnabled, type PatchCheck } from './registry.js';

export interface KadInternals {
  /** Records `provider` as a provider of a key in this node's store (what an ADD_PROVIDER message does). */
  addProvider(key: CID, provider: PeerId): Promise<void>;
  /** Peers this node holds provider records of for a key. */
  providersOf(key: CID, signal?: AbortSignal): Promise<PeerId[]>;
  routingTableSize(): number;
  /** The `count` peers of the routing table closest to a DHT ID. */
  closestPeers(kadId: Uint8Array, count: number): readonly PeerId[];
}

interface KadDhtFields {
  providers?: { getProviders?: unknown; addProvider?: unknown };
  routingTable?: { closestPeers?: unknown; size?: unknown; kb?: { toIterable?: unknown }; addEventListener?: unknown };
}

interface Contact {
  peerId: PeerId;
  kadId: Uint8Array;
}

type GetProviders = (cid: CID, options?: { signal?: AbortSignal }) => Promise<PeerId[]>;
type AddProvider = (cid: CID, provider: PeerId) => Promise<void>;
type ClosestPeers = (kadId: Uint8Array, options: { count: number }) => PeerId[];

/** Closest peers kept per DHT ID asked about (kad-dht's K), and DHT IDs kept. */
const KEPT_PER_ID = 20;
const MAX_KEPT_IDS = 4_096;

/** kad-dht's provider store and routing table where the kad-dht-internals patch applies, else null. */
export function kadInternals(dht: KadDHT, check?: PatchCheck): KadInternals | null {
  if (!patchEnabled(KAD_DHT_INTERNALS, check)) return null;
  const fields = dht as unknown as KadDhtFields;
  const providers = fields.providers;
  const routingTable = fields.routingTable;
  if (typeof providers?.getProviders !== 'function' || typeof providers.addProvider !== 'function' || typeof routingTable?.closestPeers !== 'function') {
    return null;
  }
  const getProviders = (providers.getProviders as GetProviders).bind(providers);
  const addProvider = (providers.addProvider as AddProvider).bind(providers);
  const kadClosestPeers = (routingTable.closestPeers as ClosestPeers).bind(routingTable);
  const closest = patchEnabled(KAD_DHT_CLOSEST_PEERS, check) ? routingTableClosest(routingTable) : null;
  return {
    addProvider: (key, provider) => addProvider(key, provider),
    providersOf: (key, signal) => getProviders(key, signal === undefined ? {} : { signal }),
    closestPeers: closest ?? ((kadId, count) => kadClosestPeers(kadId, { count })),
    routingTableSize: () => (typeof routingTable.size === 'number' ? routingTable.size : 0),
  };
}

/**
 * The routing table's closest peers to a DHT ID, from an array of its contacts rebuilt after the table adds or removes a
 * peer; null when the table does not expose them. kad-dht's own closestPeers rebuilds a distance list with a linear
 * duplicate check per contact, which was a sixth of a band lookup's CPU time in the 50-expert benchmark; a lookup asks
 * it about 60 times. Answers are kept until the table changes: an embedding space has few band keys (16 bands of 4 bits make
 * 256) and every lookup asks about some of them.
 */
function routingTableClosest(routingTable: NonNullable<KadDhtFields['routingTable']>): ((kadId: Uint8Array, count: number) => readonly PeerId[]) | null {
  const iterate = routingTable.kb?.toIterable;
  if (typeof iterate !== 'function' || typeof routingTable.addEventListener !== 'function') return null;
  let snapshot: Contact[] | null = null;
  const answers = new Map<string, PeerId[]>();
  const invalidate = () => {
    snapshot = null;
    answers.clear();
  };
  const listen = routingTable.addEventListener as (type: string, listener: () => void) => void;
  listen.call(routingTable, 'peer:add', invalidate);
  listen.call(routingTable, 'peer:remove', invalidate);
  return (kadId, count) => {
    // The bucket tree is replaced when kad-dht restarts: read it again each time the snapshot is rebuilt.
    const kb = routingTable.kb;
    if (kb === undefined || kb === null) return [];
    snapshot ??= [...(iterate as () => Iterable<Contact>).call(kb)].map(({ peerId, kadId: id }) => ({ peerId, kadId: id }));
    const id = Buffer.from(kadId.buffer, kadId.byteOffset, kadId.byteLength).toString('latin1');
    let closest = answers.get(id);
    if (closest === undefined || closest.length < Math.min(count, snapshot.length)) {
      closest = closestContacts(snapshot, kadId, Math.max(count, KEPT_PER_ID));
      if (answers.size >= MAX_KEPT_IDS) answers.clear();
      answers.set(id, closest);
    }
    return closest.length > count ? closest.slice(0, count) : closest;
  };
}

/** The `count` contacts closest to `kadId` by XOR distance, closest first. */
export function closestContacts(contacts: readonly Contact[], kadId: Uint8Array, count: number): PeerId[] {
  const best: Contact[] = [];
  for (const contact of contacts) {
    if (best.length === count && compareXorDistance(kadId, contact.kadId, best[best.length - 1]!.kadId) >= 0) continue;
    let at = best.length;
    while (at > 0 && compareXorDistance(kadId, contact.kadId, best[at - 1]!.kadId) < 0) at--;
    best.splice(at, 0, contact);
    if (best.length > count) best.pop();
  }
  return best.map((contact) => contact.peerId);
}

/** kad-dht's DHT ID of a provider key: SHA-256 of the CID's multihash bytes. */
export async function kadIdOfKey(key: CID): Promise<Uint8Array> {
  return (await sha256.digest(key.multihash.bytes)).digest;
}

const peerKadIds = new Map<string, Uint8Array>();

/** kad-dht's DHT ID of a peer: SHA-256 of its multihash bytes (memoised: peers recur in every lookup). */
export async function kadIdOfPeer(peerId: PeerId): Promise<Uint8Array> {
  const id = peerId.toString();
  const known = peerKadIds.get(id);
  if (known !== undefined) return known;
  const kadId = (await sha256.digest(peerId.toMultihash().bytes)).digest;
  if (peerKadIds.size > 10_000) peerKadIds.clear();
  peerKadIds.set(id, kadId);
  return kadId;
}
