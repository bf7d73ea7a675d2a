/** The band-lookup and band-provide messages (proto/democritus.proto) <-> plain keys and peer records, checked. */
import type { PeerId } from '@libp2p/interface';
import { peerIdFromMultihash } from '@libp2p/peer-id';
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr';
import { LRUCache } from 'lru-cache';
import { CID } from 'multiformats/cid';
import * as Digest from 'multiformats/hashes/digest';
import { DemocritusError, errorMessage } from '../../errors.js';
import { MAX_ADVERT_BYTES } from '../adverts/advert-codec.js';
import {
  AdvertBatchRequest,
  AdvertBatchResponse,
  decodeMessage,
  ProvideRequest,
  ProviderLookupRequest,
  ProviderLookupResponse,
  type ProviderLookupResponseFields,
} from '../../protocol/proto.js';

/** Keys per request: a routing decision probes 16-32 band keys. */
export const MAX_LOOKUP_KEYS = 64;
export const MAX_CLOSER_PER_KEY = 20;
/** Provider records returned per key: enough for a band value shared by a large share of a big swarm. */
export const MAX_PROVIDERS_PER_KEY = 100;
export const MAX_LOOKUP_REQUEST_BYTES = 16 * 1024;
export const MAX_PROVIDER_ADDRESSES = 32;
export const MAX_LOOKUP_RESPONSE_BYTES = 1024 * 1024;
/** A provide carries up to 64 keys, 32 addresses and the provider's advert. */
export const MAX_PROVIDE_REQUEST_BYTES = MAX_ADVERT_BYTES + 32 * 1024;
/** Peers per advert-batch request. */
export const MAX_ADVERT_BATCH_PEERS = 64;
export const MAX_ADVERT_BATCH_RESPONSE_BYTES = MAX_ADVERT_BATCH_PEERS * (MAX_ADVERT_BYTES + 16);

export class BandLookupError extends DemocritusError {
  constructor(message: string) {
    super('bad_request', message);
  }
}

/**
 * Answers name the same few hundred peers and addresses over and over: decoding each once keeps one PeerId object per
 * peer (whose string form is then computed once) and spares the multiaddr parser, a sixth of a lookup's decoding.
 */
const decodedPeerIds = new LRUCache<string, PeerId>({ max: 4096 });
const decodedAddresses = new LRUCache<string, Multiaddr>({ max: 16_384 });

function decodePeerId(bytes: Uint8Array): PeerId {
  const key = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let peerId = decodedPeerIds.get(key);
  if (peerId === undefined) {
    peerId = peerIdFromMultihash(Digest.decode(bytes));
    decodedPeerIds.set(key, peerId);
  }
  return peerId;
}

function decodeAddress(bytes: Uint8Array): Multiaddr {
  const key = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let address = decodedAddresses.get(key);
  if (address === undefined) {
    address = multiaddr(bytes);
    decodedAddresses.set(key, address);
  }
  return address;
}

export interface LookupPeerInfo {
  id: PeerId;
  multiaddrs: Multiaddr[];
}

export interface KeyAnswer {
  providers: LookupPeerInfo[];
  closer: LookupPeerInfo[];
}

export interface LookupRequest {
  keys: CID[];
  closerPerKey: number;
}

function decodeKeys(raw: readonly Uint8Array[], what: string): CID[] {
  if (raw.length === 0) throw new BandLookupError(`${what} names no key`);
  if (raw.length > MAX_LOOKUP_KEYS) throw new BandLookupError(`${what} names ${raw.length} keys (at most ${MAX_LOOKUP_KEYS})`);
  return raw.map((bytes, index) => {
    try {
      return CID.decode(bytes);
    } catch {
      throw new BandLookupError(`${what} key ${index} is not a CID`);
    }
  });
}

export function encodeLookupRequest(request: LookupRequest): Uint8Array {
  return ProviderLookupRequest.encode({ keys: request.keys.map((key) => key.bytes), closerPerKey: request.closerPerKey }).finish();
}

export function decodeLookupRequest(bytes: Uint8Array): LookupRequest {
  const message = decodeMessage(ProviderLookupRequest, bytes, (reason) => new BandLookupError(`band lookup request is not a valid ProviderLookupRequest: ${reason}`));
  return { keys: decodeKeys(message.keys, 'band lookup request'), closerPerKey: Math.min(MAX_CLOSER_PER_KEY, message.closerPerKey) };
}

export function encodeLookupResponse(answers: readonly KeyAnswer[]): Uint8Array {
  const peers: NonNullable<ProviderLookupResponseFields['peers']> = [];
  const indexOf = new Map<string, number>();
  const index = (info: LookupPeerInfo): number => {
    const id = info.id.toString();
    let at = indexOf.get(id);
    if (at === undefined) {
      at = peers.length;
      indexOf.set(id, at);
      peers.push({ id: info.id.toMultihash().bytes, multiaddrs: info.multiaddrs.map((address) => address.bytes) });
    }
    return at;
  };
  const results = answers.map((answer) => ({ providers: answer.providers.map(index), closer: answer.closer.map(index) }));
  return ProviderLookupResponse.encode({ peers, results }).finish();
}

/** Decodes an answer to a request for `keyCount` keys; names what is wrong with a malformed one. */
export function decodeLookupResponse(bytes: Uint8Array, keyCount: number): KeyAnswer[] {
  const message = decodeMessage(ProviderLookupResponse, bytes, (reason) => new BandLookupError(`band lookup response is not a valid ProviderLookupResponse: ${reason}`));
  if (message.results.length !== keyCount) {
    throw new BandLookupError(`band lookup response has ${message.results.length} results for ${keyCount} keys`);
  }
  const peers = message.peers.map((peer, index): LookupPeerInfo => {
    try {
      return { id: decodePeerId(peer.id ?? new Uint8Array(0)), multiaddrs: (peer.multiaddrs ?? []).map(decodeAddress) };
    } catch (error) {
      throw new BandLookupError(`band lookup response peer ${index} is malformed: ${errorMessage(error)}`);
    }
  });
  const pick = (indexes: readonly number[], what: string, key: number): LookupPeerInfo[] =>
    indexes.map((at) => {
      const peer = peers[at];
      if (peer === undefined) throw new BandLookupError(`band lookup response result ${key} names ${what} ${at} of ${peers.length} peers`);
      return peer;
    });
  return message.results.map((result, key) => {
    const providers = result.providers ?? [];
    if (providers.length > MAX_PROVIDERS_PER_KEY) throw new BandLookupError(`band lookup response result ${key} has ${providers.length} providers`);
    return { providers: pick(providers, 'provider', key), closer: pick(result.closer ?? [], 'closer peer', key) };
  });
}

export interface ProvideMessage {
  keys: CID[];
  multiaddrs: Multiaddr[];
  /** The provider's signed advert, left with the records (null: none). */
  advert: Uint8Array | null;
}

export function encodeProvideRequest(request: ProvideMessage): Uint8Array {
  return ProvideRequest.encode({
    keys: request.keys.map((key) => key.bytes),
    multiaddrs: request.multiaddrs.map((address) => address.bytes),
    ...(request.advert === null ? {} : { advert: request.advert }),
  }).finish();
}

export function decodeProvideRequest(bytes: Uint8Array): ProvideMessage {
  const message = decodeMessage(ProvideRequest, bytes, (reason) => new BandLookupError(`band provide request is not a valid ProvideRequest: ${reason}`));
  if (message.multiaddrs.length > MAX_PROVIDER_ADDRESSES) {
    throw new BandLookupError(`band provide request lists ${message.multiaddrs.length} addresses (at most ${MAX_PROVIDER_ADDRESSES})`);
  }
  const multiaddrs = message.multiaddrs.map((raw, index) => {
    try {
      return multiaddr(raw);
    } catch {
      throw new BandLookupError(`band provide request address ${index} is not a multiaddr`);
    }
  });
  if (message.advert.length > MAX_ADVERT_BYTES) throw new BandLookupError(`band provide request carries an advert of ${message.advert.length} bytes (at most ${MAX_ADVERT_BYTES})`);
  const advert = message.advert.length === 0 ? null : message.advert;
  // No key but an advert: a provider refreshing the advert its records hand out.
  const keys = message.keys.length === 0 && advert !== null ? [] : decodeKeys(message.keys, 'band provide request');
  return { keys, multiaddrs, advert };
}

export function encodeAdvertBatchRequest(peers: readonly PeerId[]): Uint8Array {
  return AdvertBatchRequest.encode({ peers: peers.map((peer) => peer.toMultihash().bytes) }).finish();
}

export function decodeAdvertBatchRequest(bytes: Uint8Array): PeerId[] {
  const message = decodeMessage(AdvertBatchRequest, bytes, (reason) => new BandLookupError(`advert batch request is not a valid AdvertBatchRequest: ${reason}`));
  if (message.peers.length === 0) throw new BandLookupError('advert batch request names no peer');
  if (message.peers.length > MAX_ADVERT_BATCH_PEERS) throw new BandLookupError(`advert batch request names ${message.peers.length} peers (at most ${MAX_ADVERT_BATCH_PEERS})`);
  return message.peers.map((raw, index) => {
    try {
      return decodePeerId(raw);
    } catch {
      throw new BandLookupError(`advert batch request peer ${index} is not a peer ID`);
    }
  });
}

export function encodeAdvertBatchResponse(adverts: readonly Uint8Array[]): Uint8Array {
  return AdvertBatchResponse.encode({ adverts: [...adverts] }).finish();
}

/** The signed adverts of an answer to a request for `peerCount` peers, not yet verified (the caller checks each). */
export function decodeAdvertBatchResponse(bytes: Uint8Array, peerCount: number): Uint8Array[] {
  const message = decodeMessage(AdvertBatchResponse, bytes, (reason) => new BandLookupError(`advert batch response is not a valid AdvertBatchResponse: ${reason}`));
  if (message.adverts.length > peerCount) throw new BandLookupError(`advert batch response has ${message.adverts.length} adverts for ${peerCount} peers`);
  return message.adverts;
}
