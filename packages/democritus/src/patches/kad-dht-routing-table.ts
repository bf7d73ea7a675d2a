/**
 * Patch kad-dht-routing-table: the two operations on @libp2p/kad-dht's routing table that keeping connected DHT peers
 * in it needs, and that the service interface does not expose: is a peer in it, and add one (fields of the `KadDHT`
 * class of the pinned version). It is a repair, not a speed-up: kad-dht adds a peer only when identify reports its
 * protocols, and an identify that timed out on a busy machine left a connected DHT peer out of the table for good.
 * Where the patch does not apply (another version, disabled), this returns null and the node repairs through public
 * behaviour only: it runs identify again on such connections, which makes kad-dht add the peer itself.
 */
import type { PeerId } from '@libp2p/interface';
import type { KadDHT } from '@libp2p/kad-dht';
import { KAD_DHT_ROUTING_TABLE, patchEnabled, type PatchCheck } from './registry.js';

export interface KadRoutingTable {
  has(peerId: PeerId): Promise<boolean>;
  /** Adds a peer (kad-dht pings the bucket's oldest contacts first when the bucket is full). */
  add(peerId: PeerId): Promise<void>;
}

interface RoutingTableFields {
  routingTable?: { find?: unknown; add?: unknown };
}

type Find = (peerId: PeerId) => Promise<PeerId | undefined>;
type Add = (peerId: PeerId) => Promise<void>;

function hasRoutingTable(dht: unknown): dht is Required<RoutingTableFields> & { routingTable: { find: Find; add: Add } } {
  const table = (dht as RoutingTableFields).routingTable;
  return typeof table?.find === 'function' && typeof table.add === 'function';
}

export function kadRoutingTable(dht: KadDHT, check?: PatchCheck): KadRoutingTable | null {
  if (!patchEnabled(KAD_DHT_ROUTING_TABLE, check) || !hasRoutingTable(dht)) return null;
  const table = dht.routingTable;
  return {
    has: async (peerId) => (await table.find(peerId)) !== undefined,
    add: (peerId) => table.add(peerId),
  };
}
