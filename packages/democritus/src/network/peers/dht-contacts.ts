import { serviceCapabilities, serviceDependencies, type Connection, type PeerStore, type Startable } from '@libp2p/interface';
import type { ConnectionManager } from '@libp2p/interface-internal';
import type { Identify } from '@libp2p/identify';
import type { KadDHT } from '@libp2p/kad-dht';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';
import { kadRoutingTable, type KadRoutingTable } from '../../patches/kad-dht-routing-table.js';

export interface DhtContactsInit {
  /** The swarm's Kademlia protocol: a connected peer that speaks it belongs in the routing table. */
  kadProtocol: string;
  /** How often connected peers are checked, in ms (default 5000). */
  intervalMs?: number;
  /**
   * A connection this old (ms, default 10000) to a peer that was never identified lost its identify exchange: it is
   * identified again.
   */
  identifyGraceMs?: number;
  logger: Logger;
}

export interface DhtContactsComponents {
  connectionManager: ConnectionManager;
  peerStore: PeerStore;
  dht: KadDHT;
  identify: Identify;
}

export interface DhtContacts {
  /** Checks every connected peer now (after a check already running); resolves to the number of peers added to the routing table. */
  check(): Promise<number>;
}

const DEFAULT_INTERVAL_MS = 5_000;
const DEFAULT_IDENTIFY_GRACE_MS = 10_000;
const IDENTIFY_TIMEOUT_MS = 10_000;
const IDENTIFY_ATTEMPTS = 3;
/** Peer metadata that identify records (a peer without it was never identified). */
const IDENTIFIED = 'AgentVersion';

/**
 * Keeps connected DHT peers in kad-dht's routing table. kad-dht adds a peer when identify reports that it speaks the
 * DHT protocol and a ping to it then succeeds; on a busy machine either can time out, and nothing tries again, so a
 * node can stay connected to DHT peers that its lookups never ask. Every `intervalMs` this service looks at the open
 * connections: a peer known to speak the DHT protocol but missing from the table is added (the open connection shows
 * it is online), and a peer that is still not identified long after connecting is identified again (which lets
 * kad-dht, and everything else waiting for identify, see it).
 */
class RoutingTableUpkeep implements DhtContacts, Startable {
  readonly [Symbol.toStringTag] = '@democritus/dht-contacts';
  readonly [serviceCapabilities] = ['@democritus/dht-contacts'];
  readonly [serviceDependencies] = ['@libp2p/kad-dht', '@libp2p/identify'];
  private timer: NodeJS.Timeout | null = null;
  private table: KadRoutingTable | null = null;
  private running: Promise<number> | null = null;
  /** Connection -> times identified again (a peer that never answers is left alone after IDENTIFY_ATTEMPTS). */
  private readonly reidentified = new WeakMap<Connection, number>();

  constructor(
    private readonly components: DhtContactsComponents,
    private readonly init: DhtContactsInit,
  ) {}

  isStarted(): boolean {
    return this.timer !== null;
  }

  start(): void {
    this.table = kadRoutingTable(this.components.dht);
    // Without the kad-dht-routing-table patch only the public repair remains: identifying unidentified peers again.
    if (this.table === null) this.init.logger.debug('kad-dht routing table not reachable: connected DHT peers it missed are identified again, not added directly');
    this.timer = setInterval(() => this.onTimer(), this.init.intervalMs ?? DEFAULT_INTERVAL_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  check(): Promise<number> {
    // One check at a time; a check asked for while one runs starts after it (it may have read the connections already).
    const run = (this.running ?? Promise.resolve(0)).then(() =>
      this.checkConnections().catch((error: unknown) => {
        this.init.logger.debug({ err: errorMessage(error) }, 'routing table check failed');
        return 0;
      }),
    );
    this.running = run;
    void run.finally(() => {
      if (this.running === run) this.running = null;
    });
    return run;
  }

  private onTimer(): void {
    if (this.running === null) void this.check();
  }

  private async checkConnections(): Promise<number> {
    const table = this.table;
    if (this.timer === null) return 0;
    const graceMs = this.init.identifyGraceMs ?? DEFAULT_IDENTIFY_GRACE_MS;
    let added = 0;
    const seen = new Set<string>();
    for (const connection of this.components.connectionManager.getConnections()) {
      const peerId = connection.remotePeer;
      const id = peerId.toString();
      if (connection.status !== 'open' || connection.limits !== undefined || seen.has(id)) continue;
      seen.add(id);
      if (table !== null && (await table.has(peerId))) continue;
      const peer = await this.components.peerStore.get(peerId).catch(() => null);
      if (peer?.protocols.includes(this.init.kadProtocol) === true) {
        if (table === null) continue;
        await table.add(peerId);
        added++;
        this.init.logger.debug({ peer: id }, 'connected DHT peer added to the routing table');
      } else if (peer?.metadata.has(IDENTIFIED) !== true && Date.now() - connection.timeline.open >= graceMs) {
        const attempts = this.reidentified.get(connection) ?? 0;
        if (attempts >= IDENTIFY_ATTEMPTS) continue;
        this.reidentified.set(connection, attempts + 1);
        this.init.logger.debug({ peer: id }, 'connected peer never identified: identifying it again');
        // Identify reports the peer's protocols; kad-dht then adds it, or the next check does.
        await this.components.identify.identify(connection, { signal: AbortSignal.timeout(IDENTIFY_TIMEOUT_MS) }).catch((error: unknown) => {
          this.init.logger.debug({ peer: id, err: errorMessage(error) }, 'identify failed again');
        });
      }
    }
    return added;
  }
}

export function dhtContacts(init: DhtContactsInit): (components: DhtContactsComponents) => DhtContacts {
  return (components) => new RoutingTableUpkeep(components, init);
}
