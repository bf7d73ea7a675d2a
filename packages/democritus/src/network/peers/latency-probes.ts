import { serviceCapabilities, serviceDependencies, type Libp2pEvents, type PeerId, type Startable, type TypedEventTarget } from '@libp2p/interface';
import type { ConnectionManager } from '@libp2p/interface-internal';
import type { Ping } from '@libp2p/ping';

export interface LatencyProbesInit {
  /**
   * Ping every connected peer this often, in ms (default 10000), and each peer once it is identified; 0 measures
   * nothing (test swarms of many nodes in one process, where the pings would load the one event loop they share).
   */
  intervalMs?: number;
  /** One ping's time limit, in ms (default 5000). */
  timeoutMs?: number;
}

export interface LatencyProbesComponents {
  ping: Ping;
  connectionManager: ConnectionManager;
  events: TypedEventTarget<Libp2pEvents>;
}

export interface LatencyProbes {
  /** Last measured round-trip time per peer, in ms. */
  latencies(): ReadonlyMap<string, number>;
}

const DEFAULT_INTERVAL_MS = 10_000;
const DEFAULT_TIMEOUT_MS = 5_000;

/** Round-trip times to connected peers (libp2p ping), for ranking experts and for choosing whom to ask early. */
class PingLatencyProbes implements LatencyProbes, Startable {
  readonly [Symbol.toStringTag] = '@democritus/latency-probes';
  readonly [serviceCapabilities] = ['@democritus/latency-probes'];
  readonly [serviceDependencies] = ['@libp2p/ping'];
  private readonly latencyByPeer = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private started = false;

  constructor(
    private readonly components: LatencyProbesComponents,
    private readonly init: LatencyProbesInit,
  ) {}

  isStarted(): boolean {
    return this.started;
  }

  start(): void {
    this.started = true;
    const intervalMs = this.init.intervalMs ?? DEFAULT_INTERVAL_MS;
    if (intervalMs <= 0) return;
    this.components.events.addEventListener('peer:identify', this.onIdentify);
    this.timer = setInterval(() => {
      for (const connection of this.components.connectionManager.getConnections()) void this.measure(connection.remotePeer);
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    this.components.events.removeEventListener('peer:identify', this.onIdentify);
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.started = false;
  }

  latencies(): ReadonlyMap<string, number> {
    return this.latencyByPeer;
  }

  private async measure(peerId: PeerId): Promise<void> {
    try {
      const rtt = await this.components.ping.ping(peerId, { signal: AbortSignal.timeout(this.init.timeoutMs ?? DEFAULT_TIMEOUT_MS) });
      this.latencyByPeer.set(peerId.toString(), rtt);
    } catch {
      // An unreachable peer keeps its last known latency.
    }
  }

  private readonly onIdentify = (event: CustomEvent<{ peerId: PeerId }>): void => {
    void this.measure(event.detail.peerId);
  };
}

export function latencyProbes(init: LatencyProbesInit = {}): (components: LatencyProbesComponents) => LatencyProbes {
  return (components) => new PingLatencyProbes(components, init);
}
