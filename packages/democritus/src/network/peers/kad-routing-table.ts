/**
 * The two operations on @libp2p/kad-dht's routing table that keeping connected DHT peers in it needs, and that the
 * service interface does not expose: is a peer in it, and add one. The table is a public field of the pinned 16.x
 * `KadDHT` class; if a later version renames it, this returns null and the node goes without the repair.
 */
import type { PeerId } from '@libp2p/interface';
import type { KadDHT } from '@libp2p/kad-dht';

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

export function kadRoutingTable(dht: KadDHT): KadRoutingTable | null {
  if (!hasRoutingTable(dht)) return null;
  const table = dht.routingTable;
  return {
    has: async (peerId) => (await table.find(peerId)) !== undefined,
    add: (peerId) => table.add(peerId),
  };
}
