import type { PeerId, PrivateKey } from '@libp2p/interface';
import { pino, type Logger } from 'pino';
import type { LlamaEngine } from '../../src/engine/llama-engine.js';
import { silentLogger } from '../../src/logging/logger.js';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { SwarmNode, type SwarmNodeOptions } from '../../src/network/swarm-node.js';
import { Scheduler } from '../../src/scheduler/scheduler.js';
import { tinyModelHandle } from './tiny-model.js';
import type { RoutingProfile } from '../../src/core/directory/expert-advert.js';

export type TestTransport = 'tcp' | 'quic';

export interface TestNodeOptions {
  engine: LlamaEngine;
  name: string;
  transport?: TestTransport;
  bootstrap?: string[];
  privateSwarmKey?: string;
  /** Listen on both TCP and QUIC (to show a private node drops QUIC). */
  listenBoth?: boolean;
  description?: string;
  /** The routing profile its advert carries. */
  routing?: RoutingProfile;
  /** Learn adverts by gossip and on connect (default true). */
  followAdverts?: boolean;
  /**
   * A large in-process swarm: accept many connections from 127.0.0.1 at once, and skip the latency and keep-alive
   * pings that 50 nodes x 50 connections would send through the one event loop they share.
   */
  manyLocalPeers?: boolean;
  /** The node's key (default: a new one). */
  privateKey?: PrivateKey;
  /** Listen on this TCP port of 127.0.0.1 (default: any free one). */
  tcpPort?: number;
  /** Default: silent. */
  logger?: Logger;
  bootstrapBackoff?: SwarmNodeOptions['bootstrapBackoff'];
}

const LISTEN: Record<TestTransport, string> = {
  tcp: '/ip4/127.0.0.1/tcp/0',
  quic: '/ip4/127.0.0.1/udp/0/quic-v1',
};

/** A real libp2p swarm node on 127.0.0.1 (random port) serving the real tiny model through a real scheduler. */
export async function startTestNode(options: TestNodeOptions): Promise<SwarmNode> {
  const transport = options.transport ?? 'tcp';
  const scheduler = new Scheduler(options.engine, { maxQueue: 8, maxConcurrentPerModel: 1, rateLimit: { perMinute: 0, burst: 1 } });
  const expertModel = tinyModelHandle();
  return SwarmNode.start({
    privateKey: options.privateKey ?? (await generateKeyPair('Ed25519')),
    listen: options.tcpPort !== undefined ? [`/ip4/127.0.0.1/tcp/${options.tcpPort}`] : options.listenBoth ? [LISTEN.tcp, LISTEN.quic] : [LISTEN[transport]],
    bootstrap: options.bootstrap ?? [],
    privateSwarmKey: options.privateSwarmKey,
    mdns: false,
    relayServer: false,
    advertTtlMs: 60_000,
    scheduler,
    expertModel,
    advertContent: () => ({
      name: options.name,
      description: options.description ?? `test expert ${options.name}`,
      ...(options.routing === undefined ? {} : { routing: options.routing }),
      modelSha256: expertModel.sha256,
      modelName: expertModel.name,
      contextSize: 512,
      activeGenerations: scheduler.stats().running,
      queueDepth: scheduler.stats().queued,
      softwareVersion: 'test',
    }),
    logger: options.logger ?? silentLogger(),
    ...(options.bootstrapBackoff === undefined ? {} : { bootstrapBackoff: options.bootstrapBackoff }),
    followAdverts: options.followAdverts ?? true,
    ...(options.manyLocalPeers === true ? { inboundLimits: { perHostPerSecond: 10_000, pending: 1_000 }, maintenancePings: false } : {}),
  });
}

/** A real pino logger that keeps its JSON lines in memory, for tests that check what a node logs. */
export function recordingLogger(level: 'debug' | 'info' = 'debug'): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level, base: undefined }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

/** The part of kad-dht's routing table class that tests use (its service interface names only `size`). */
export interface KadRoutingTable {
  readonly size: number;
  closestPeers(kadId: Uint8Array, options: { count: number }): PeerId[];
  add(peer: PeerId): Promise<void>;
  remove(peer: PeerId): Promise<void>;
}

export const routingTableOf = (node: SwarmNode): KadRoutingTable => (node.libp2p.services.dht as unknown as { routingTable: KadRoutingTable }).routingTable;

/** The node's address on one transport, with /p2p/<peer-id>. */
export function addressOf(node: SwarmNode, transport: TestTransport): string {
  const address = node.multiaddrs().find((a) => (transport === 'quic' ? a.includes('/quic-v1') : a.includes('/tcp/')));
  if (address === undefined) throw new Error(`node ${node.peerId} has no ${transport} address: ${node.multiaddrs().join(', ')}`);
  return address;
}

/** Polls until the condition holds; fails with a description after the timeout. No fixed sleeps in tests. */
export async function eventually<T>(
  description: string,
  probe: () => T | Promise<T>,
  timeoutMs = 30_000,
): Promise<Exclude<T, false | null | undefined>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== false && value !== undefined && value !== null) return value as Exclude<T, false | null | undefined>;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${description}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
