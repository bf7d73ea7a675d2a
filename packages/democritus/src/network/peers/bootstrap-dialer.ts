import { serviceCapabilities, type Libp2pEvents, type PeerId, type PeerStore, type Startable, type TypedEventTarget } from '@libp2p/interface';
import type { ConnectionManager } from '@libp2p/interface-internal';
import { peerIdFromString } from '@libp2p/peer-id';
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr';
import pRetry from 'p-retry';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';

export interface BootstrapDialerInit {
  /** Full multiaddrs of the bootstrap peers, each ending in /p2p/<peer-id> (`node.bootstrap_nodes`). */
  list: string[];
  /** Wait before the first re-dial of a peer that could not be dialled, in ms (default 1000); it doubles after each failure... */
  minDelayMs?: number;
  /** ...up to this many ms (default 30000). Each wait is randomised between 1x and 2x, within the cap. */
  maxDelayMs?: number;
  /** One dial attempt's time limit, in ms (default 10000). */
  dialTimeoutMs?: number;
  /** Failed dials are logged at debug. */
  logger: Logger;
}

export interface BootstrapDialerComponents {
  connectionManager: ConnectionManager;
  peerStore: PeerStore;
  events: TypedEventTarget<Libp2pEvents>;
}

export interface BootstrapDialer {
  /** Bootstrap peers this node is connected to. */
  connected(): PeerId[];
}

const DEFAULT_MIN_DELAY_MS = 1_000;
const DEFAULT_MAX_DELAY_MS = 30_000;
const DEFAULT_DIAL_TIMEOUT_MS = 10_000;
/** Tag that keeps bootstrap peers' connections from being pruned first (as @libp2p/bootstrap tags them). */
const BOOTSTRAP_TAG = { name: 'bootstrap', value: 50 };

interface Entry {
  peerId: PeerId;
  address: Multiaddr;
  /** A dial loop is running for it. */
  joining: boolean;
}

/**
 * Dials every bootstrap peer at start, and again after a failure with exponential backoff until it connects: a bootstrap
 * peer that is not up yet, or a first dial that times out on a busy machine, only delays the join. libp2p's own
 * bootstrap module dials once. When the node has lost every connection, it dials its bootstrap peers again the same way.
 */
class BackoffBootstrapDialer implements BootstrapDialer, Startable {
  readonly [Symbol.toStringTag] = '@democritus/bootstrap-dialer';
  readonly [serviceCapabilities] = ['@democritus/bootstrap-dialer'];
  private readonly entries: Entry[];
  private stopping: AbortController | null = null;

  constructor(
    private readonly components: BootstrapDialerComponents,
    private readonly init: BootstrapDialerInit,
  ) {
    this.entries = init.list.map((text) => {
      const address = multiaddr(text);
      const id = address.getComponents().findLast((component) => component.name === 'p2p')?.value;
      if (id === undefined) throw new Error(`bootstrap address ${text} does not end in /p2p/<peer-id>`);
      return { peerId: peerIdFromString(id), address, joining: false };
    });
  }

  isStarted(): boolean {
    return this.stopping !== null;
  }

  async start(): Promise<void> {
    this.stopping = new AbortController();
    for (const { peerId, address } of this.entries) {
      await this.components.peerStore.merge(peerId, { multiaddrs: [address], tags: { [BOOTSTRAP_TAG.name]: { value: BOOTSTRAP_TAG.value } } });
    }
    this.components.events.addEventListener('peer:disconnect', this.onDisconnect);
  }

  afterStart(): void {
    this.joinAll();
  }

  stop(): void {
    this.components.events.removeEventListener('peer:disconnect', this.onDisconnect);
    this.stopping?.abort();
    this.stopping = null;
  }

  connected(): PeerId[] {
    return this.entries.filter((entry) => this.isConnected(entry.peerId)).map((entry) => entry.peerId);
  }

  private joinAll(): void {
    for (const entry of this.entries) {
      if (!entry.joining) void this.join(entry);
    }
  }

  private isConnected(peerId: PeerId): boolean {
    return this.components.connectionManager.getConnections(peerId).some((connection) => connection.status === 'open');
  }

  private async join(entry: Entry): Promise<void> {
    const stopping = this.stopping?.signal;
    if (stopping === undefined) return;
    entry.joining = true;
    const peer = entry.peerId.toString();
    try {
      await pRetry(
        async () => {
          if (this.isConnected(entry.peerId)) return;
          const signal = AbortSignal.any([stopping, AbortSignal.timeout(this.init.dialTimeoutMs ?? DEFAULT_DIAL_TIMEOUT_MS)]);
          await this.components.connectionManager.openConnection(entry.address, { signal });
        },
        {
          retries: Infinity,
          factor: 2,
          minTimeout: this.init.minDelayMs ?? DEFAULT_MIN_DELAY_MS,
          maxTimeout: this.init.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
          randomize: true,
          signal: stopping,
          unref: true,
          onFailedAttempt: ({ error, attemptNumber }) => {
            this.init.logger.debug({ peer, address: entry.address.toString(), attempt: attemptNumber, err: errorMessage(error) }, 'bootstrap peer not reachable; dialling it again later');
          },
        },
      );
    } catch {
      // Only the node's stop ends the retries.
    } finally {
      entry.joining = false;
    }
  }

  private readonly onDisconnect = (): void => {
    if (this.components.connectionManager.getConnections().length === 0) this.joinAll();
  };
}

export function bootstrapDialer(init: BootstrapDialerInit): (components: BootstrapDialerComponents) => BootstrapDialer {
  return (components) => new BackoffBootstrapDialer(components, init);
}
