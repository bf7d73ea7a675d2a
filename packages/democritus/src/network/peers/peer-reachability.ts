import { serviceCapabilities, type AbortOptions, type Connection, type Libp2pEvents, type PeerId, type Startable, type TypedEventTarget } from '@libp2p/interface';
import type { ConnectionManager } from '@libp2p/interface-internal';
import type { PeerDirectory } from '../../core/directory/peer-directory.js';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';

export interface PeerReachabilityInit {
  /** Where arrivals and departures are logged (info) and failed dials (debug). */
  logger: Logger;
}

export interface PeerReachabilityComponents {
  events: TypedEventTarget<Libp2pEvents>;
  connectionManager: ConnectionManager;
  directory: PeerDirectory;
}

/** Which peers this node can reach, as far as it knows, kept in the peer directory for routing and `peers list`. */
export interface PeerReachability {
  /**
   * Opens (or reuses) a connection to the peer. A dial that fails, other than by the caller's own abort, marks the peer
   * unreachable; routing leaves it out until it connects again or sends a newer advert.
   */
  connect(peerId: PeerId, options?: AbortOptions): Promise<Connection>;
}

/**
 * Marks a peer unreachable in the directory when its last connection closes or a dial to it fails, and reachable when
 * it connects again (a newer advert also clears the mark: see PeerDirectory). Logs each peer's arrival and departure at
 * info, with its name when its advert is known.
 */
class DirectoryReachability implements PeerReachability, Startable {
  readonly [Symbol.toStringTag] = '@democritus/peer-reachability';
  readonly [serviceCapabilities] = ['@democritus/peer-reachability'];
  private started = false;

  constructor(
    private readonly components: PeerReachabilityComponents,
    private readonly init: PeerReachabilityInit,
  ) {}

  isStarted(): boolean {
    return this.started;
  }

  start(): void {
    this.components.events.addEventListener('peer:connect', this.onConnect);
    this.components.events.addEventListener('peer:disconnect', this.onDisconnect);
    this.started = true;
  }

  stop(): void {
    this.components.events.removeEventListener('peer:connect', this.onConnect);
    this.components.events.removeEventListener('peer:disconnect', this.onDisconnect);
    this.started = false;
  }

  async connect(peerId: PeerId, options: AbortOptions = {}): Promise<Connection> {
    try {
      return await this.components.connectionManager.openConnection(peerId, options);
    } catch (error) {
      if (options.signal?.aborted !== true && this.started) {
        if (this.components.directory.markUnreachable(peerId.toString(), Date.now())) {
          this.init.logger.debug({ peer: peerId.toString(), err: errorMessage(error) }, 'dial failed: peer marked unreachable');
        }
      }
      throw error;
    }
  }

  private nameOf(peerId: string): string | undefined {
    return this.components.directory.get(peerId, Date.now())?.advert.name;
  }

  private readonly onConnect = (event: CustomEvent<PeerId>): void => {
    const peer = event.detail.toString();
    this.components.directory.markReachable(peer);
    this.init.logger.info({ peer, name: this.nameOf(peer) }, 'peer joined');
  };

  private readonly onDisconnect = (event: CustomEvent<PeerId>): void => {
    const peer = event.detail.toString();
    this.components.directory.markUnreachable(peer, Date.now());
    this.init.logger.info({ peer, name: this.nameOf(peer) }, 'peer left');
  };
}

export function peerReachability(init: PeerReachabilityInit): (components: PeerReachabilityComponents) => PeerReachability {
  return (components) => new DirectoryReachability(components, init);
}
