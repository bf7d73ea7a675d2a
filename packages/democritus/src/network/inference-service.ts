/**
 * @packageDocumentation
 *
 * The inference protocol `/democritus/<swarm-id>/infer/1.0.0` as a libp2p service: serves generations of this node's
 * expert to other peers through the scheduler (inference/inference-server.ts), and streams generations from other
 * experts, every token packet signature-checked (inference/inference-client.ts).
 *
 * @example
 *
 * ```ts
 * const node = await createLibp2p({
 *   services: {
 *     // ...directory and reachability, which this service uses
 *     inference: inference({ swarmId, scheduler, resolveModel: (sha256) => (sha256 === '' ? expertModel : null), logger }),
 *   },
 * })
 *
 * for await (const event of node.services.inference.generate(peerId, { messages, maxTokens: 40, sampling, topLogprobs: 0 })) {
 *   if (event.type === 'token') process.stdout.write(event.text)
 * }
 * ```
 */
import { serviceCapabilities, type AbortOptions, type PeerId, type PeerStore, type PrivateKey, type Startable, type Stream } from '@libp2p/interface';
import type { ConnectionManager, Registrar } from '@libp2p/interface-internal';
import { peerIdFromString } from '@libp2p/peer-id';
import { multiaddr } from '@multiformats/multiaddr';
import type { PeerDirectory } from '../core/directory/peer-directory.js';
import type { GenerationEvent } from '../engine/types.js';
import { swarmProtocols } from './constants.js';
import type { PeerReachability } from './peers/peer-reachability.js';
import { createInferenceHandler, INFERENCE_STREAM_LIMITS, InferenceStreamPool, requestInference, type InferenceHandlerOptions, type RemoteInferenceRequest } from './inference/index.js';

export interface InferenceServiceInit extends Pick<InferenceHandlerOptions, 'scheduler' | 'resolveModel' | 'logger'> {
  /** The swarm (`public`, or derived from the private swarm key): it names the protocol. */
  swarmId: string;
}

export interface InferenceServiceComponents {
  /** The node key: it signs every packet and summary this node serves. */
  privateKey: PrivateKey;
  registrar: Registrar;
  connectionManager: ConnectionManager;
  /** Where a peer known only from gossip listens goes here, from its advert in the directory. */
  peerStore: PeerStore;
  directory: PeerDirectory;
  /** Requests dial through it (a failed dial marks the peer unreachable). */
  reachability: PeerReachability;
}

export interface InferenceService {
  /** Streams a generation from another expert; every token packet is signature-checked. */
  generate(peerId: string, request: RemoteInferenceRequest, signal?: AbortSignal): AsyncGenerator<GenerationEvent>;
}

class InferenceProtocol implements InferenceService, Startable {
  readonly [Symbol.toStringTag] = '@democritus/inference';
  readonly [serviceCapabilities] = ['@democritus/inference'];
  private readonly protocol: string;
  /** Streams kept open for the next request to the same expert: it skips opening and negotiating one. */
  private readonly streams = new InferenceStreamPool();
  private started = false;

  constructor(
    private readonly components: InferenceServiceComponents,
    private readonly init: InferenceServiceInit,
  ) {
    this.protocol = swarmProtocols(init.swarmId).infer;
  }

  isStarted(): boolean {
    return this.started;
  }

  async start(): Promise<void> {
    const { scheduler, resolveModel, logger } = this.init;
    // Deliberate stream limits, so that concurrent requests reach the scheduler and get BUSY rather than a reset.
    await this.components.registrar.handle(
      this.protocol,
      createInferenceHandler({ privateKey: this.components.privateKey, scheduler, resolveModel, logger }),
      INFERENCE_STREAM_LIMITS,
    );
    this.started = true;
  }

  async stop(): Promise<void> {
    await this.components.registrar.unhandle(this.protocol).catch(() => undefined);
    this.streams.close();
    this.started = false;
  }

  async *generate(peerId: string, request: RemoteInferenceRequest, signal?: AbortSignal): AsyncGenerator<GenerationEvent> {
    const target = peerIdFromString(peerId);
    await this.rememberAdvertisedAddresses(target);
    // Dialled through peer reachability: a peer that cannot be dialled is marked unreachable.
    yield* requestInference({ libp2p: this.dialProtocol, peerId: target, protocol: this.protocol, request, signal, pool: this.streams });
  }

  private readonly dialProtocol = async (peerId: PeerId, protocol: string, options: AbortOptions): Promise<Stream> => {
    const connection = await this.components.reachability.connect(peerId, options);
    return connection.newStream(protocol, options);
  };

  /** A peer known only from gossip has no addresses in the peer store yet: its advert says where it listens. */
  private async rememberAdvertisedAddresses(peerId: PeerId): Promise<void> {
    if (this.components.connectionManager.getConnections(peerId).length > 0) return;
    const advert = this.components.directory.get(peerId.toString(), Date.now())?.advert;
    if (advert === undefined || advert.addresses.length === 0) return;
    await this.components.peerStore.merge(peerId, { multiaddrs: advert.addresses.map((address) => multiaddr(address)) });
  }
}

export function inference(init: InferenceServiceInit): (components: InferenceServiceComponents) => InferenceService {
  return (components) => new InferenceProtocol(components, init);
}
