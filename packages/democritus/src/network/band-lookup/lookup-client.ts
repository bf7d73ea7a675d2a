/**
 * The asking side of the band protocols: Kademlia lookups and provides for many keys at once.
 *
 * A walk starts from the routing table's closest peers to each key (this node included), asks each peer one message
 * with every key it is among the closest known peers of, follows the closer peers the answers name, and stops when
 * every key's `width` closest peers have answered (see core/dht/key-lookup-plan.ts). A lookup walks with width 5 and
 * collects the providers the answers name; a provide walks with width 10 and then asks those 10 peers per key, one
 * message per peer, to record this node as a provider.
 */
import { setMaxListeners } from 'node:events';
import type { PeerId } from '@libp2p/interface';
import { lpStream } from '@libp2p/utils';
import type { CID } from 'multiformats/cid';
import { KeyLookupPlan, type KadPeer } from '../../core/dht/key-lookup-plan.js';
import { ProvideResponse } from '../../protocol/proto.js';
import type { SwarmLibp2p } from '../create-libp2p.js';
import {
  decodeLookupResponse,
  encodeLookupRequest,
  encodeProvideRequest,
  MAX_LOOKUP_KEYS,
  MAX_LOOKUP_RESPONSE_BYTES,
  MAX_PROVIDER_ADDRESSES,
  type KeyAnswer,
  type LookupPeerInfo,
} from './band-wire.js';
import type { BandRecords } from './band-records.js';
import { kadIdOfKey, kadIdOfPeer } from './kad-internals.js';

export interface BandProtocols {
  lookup: string;
  provide: string;
}

export interface BandWalkOptions {
  records: BandRecords;
  protocols: BandProtocols;
  keys: readonly CID[];
  signal: AbortSignal;
  /** Longest wait for one peer's answer (default 2 s). */
  requestTimeoutMs?: number;
}

export interface BandLookupResult {
  /** Peers asked (this node included) and how many of them answered. */
  asked: number;
  answered: number;
}

export interface BandProvideResult {
  /** Keys (CID strings) at least one peer other than this node recorded. */
  providedKeys: string[];
}

/**
 * Peers per key a lookup must hear from. Records sit at the 10 peers a provider's walk found closest, which are not
 * always the 10 truly closest; with 3, the 50-expert scale test missed the best expert for 2 of 11 prompts.
 */
const LOOKUP_WIDTH = 5;
/** Peers per key that hold a provider record (kad-dht's provide reaches about as many). */
const PROVIDE_WIDTH = 10;
const START_PEERS_PER_KEY = 20;
const CLOSER_PER_KEY = 10;
const DEFAULT_REQUEST_TIMEOUT_MS = 2_000;

/** Finds the providers of the keys; `onProvider` hears of each one (this node excluded) as soon as an answer names it. */
export async function lookupBandProviders(options: BandWalkOptions & { onProvider?: (peerId: PeerId) => void }): Promise<BandLookupResult> {
  const reported = new Set<string>([options.records.libp2p.peerId.toString()]);
  const walk = await walkKeys(options, LOOKUP_WIDTH, (answer) => {
    for (const provider of answer.providers) {
      const id = provider.id.toString();
      if (reported.has(id)) continue;
      reported.add(id);
      options.onProvider?.(provider.id);
    }
  });
  return { asked: walk.asked, answered: walk.answered };
}

/** Records this node as a provider of every key at the peers closest to it, and in its own store. */
export async function provideBandKeys(options: BandWalkOptions): Promise<BandProvideResult> {
  const { records, signal } = options;
  const { libp2p } = records;
  const walk = await walkKeys(options, PROVIDE_WIDTH, () => undefined);
  const self = libp2p.peerId.toString();
  const keysByPeer = new Map<string, CID[]>();
  for (const key of options.keys) {
    await records.addProvider(key, libp2p.peerId);
    for (const peerId of walk.plan.closest(key.toString())) {
      if (peerId === self) continue;
      const keys = keysByPeer.get(peerId);
      if (keys === undefined) keysByPeer.set(peerId, [key]);
      else keys.push(key);
    }
  }
  const multiaddrs = libp2p
    .getMultiaddrs()
    .map((address) => address.decapsulateCode(421))
    .slice(0, MAX_PROVIDER_ADDRESSES);
  const storedKeys = new Set<string>();
  await Promise.all(
    [...keysByPeer].map(async ([peerId, keys]) => {
      for (let from = 0; from < keys.length; from += MAX_LOOKUP_KEYS) {
        const chunk = keys.slice(from, from + MAX_LOOKUP_KEYS);
        const recorded = await exchange(libp2p, options.protocols.provide, walk.peerIds.get(peerId)!, encodeProvideRequest({ keys: chunk, multiaddrs }), {
          signal: requestSignal(signal, options.requestTimeoutMs),
          maxResponseBytes: 64,
        })
          .then((bytes) => ProvideResponse.decode(bytes).stored)
          .catch(() => 0);
        if (recorded === chunk.length) {
          for (const key of chunk) storedKeys.add(key.toString());
        }
      }
    }),
  );
  return { providedKeys: [...storedKeys] };
}

interface Walk {
  plan: KeyLookupPlan;
  peerIds: Map<string, PeerId>;
  asked: number;
  answered: number;
}

async function walkKeys(options: BandWalkOptions, width: number, onAnswer: (answer: KeyAnswer) => void): Promise<Walk> {
  const { records, signal } = options;
  const { libp2p } = records;
  // Every request of the walk listens to the caller's signal.
  setMaxListeners(Math.max(64, options.keys.length * 16), signal);
  const keyById = new Map(options.keys.map((key) => [key.toString(), key]));
  const kadIds = await Promise.all(options.keys.map(kadIdOfKey));
  const plan = new KeyLookupPlan(
    options.keys.map((key, index) => ({ id: key.toString(), kadId: kadIds[index]! })),
    { width },
  );
  const peerIds = new Map<string, PeerId>();
  const kadPeer = async (peerId: PeerId): Promise<KadPeer> => {
    const id = peerId.toString();
    peerIds.set(id, peerId);
    return { id, kadId: await kadIdOfPeer(peerId) };
  };
  const self = await kadPeer(libp2p.peerId);
  for (const [index, key] of options.keys.entries()) {
    plan.addPeers(key.toString(), [self, ...(await Promise.all(records.closestPeers(kadIds[index]!, START_PEERS_PER_KEY).map(kadPeer)))]);
  }

  const asked = new Set<string>();
  const answered = new Set<string>();
  const ask = async (peerId: string, keyIds: string[]): Promise<void> => {
    asked.add(peerId);
    const keys = keyIds.map((id) => keyById.get(id)!);
    let answers: KeyAnswer[];
    try {
      if (peerId === self.id) {
        answers = await records.answer(keys, 0, null);
      } else {
        const bytes = await exchange(libp2p, options.protocols.lookup, peerIds.get(peerId)!, encodeLookupRequest({ keys, closerPerKey: CLOSER_PER_KEY }), {
          signal: requestSignal(signal, options.requestTimeoutMs),
          maxResponseBytes: MAX_LOOKUP_RESPONSE_BYTES,
        });
        answers = decodeLookupResponse(bytes, keys.length);
      }
    } catch {
      plan.failed(peerId, keyIds);
      return;
    }
    answered.add(peerId);
    for (const [index, answer] of answers.entries()) {
      await rememberAddresses(libp2p, [...answer.providers, ...answer.closer]);
      const closer = await Promise.all(answer.closer.map((peer) => kadPeer(peer.id)));
      plan.answered(peerId, keyIds[index]!, closer);
      onAnswer(answer);
    }
  };

  await new Promise<void>((resolve) => {
    let inFlight = 0;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      signal.removeEventListener('abort', finish);
      resolve();
    };
    const pump = () => {
      if (finished) return;
      if (signal.aborted) return finish();
      for (const [peerId, keyIds] of plan.assign()) {
        for (let from = 0; from < keyIds.length; from += MAX_LOOKUP_KEYS) {
          inFlight++;
          void ask(peerId, keyIds.slice(from, from + MAX_LOOKUP_KEYS)).finally(() => {
            inFlight--;
            pump();
          });
        }
      }
      if (inFlight === 0) finish();
    };
    signal.addEventListener('abort', finish, { once: true });
    pump();
  });
  return { plan, peerIds, asked: asked.size, answered: answered.size };
}

function requestSignal(signal: AbortSignal, timeoutMs: number | undefined): AbortSignal {
  return AbortSignal.any([signal, AbortSignal.timeout(timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS)]);
}

/** One request message, one response message, on a new stream (on an open connection when there is one). */
async function exchange(libp2p: SwarmLibp2p, protocol: string, peerId: PeerId, request: Uint8Array, options: { signal: AbortSignal; maxResponseBytes: number }): Promise<Uint8Array> {
  const { signal } = options;
  const open = libp2p.getConnections(peerId).find((connection) => connection.status === 'open');
  // An open connection takes the stream directly; the dialler's queue and peer-store lookups are for new connections.
  const stream = open === undefined ? await libp2p.dialProtocol(peerId, protocol, { signal }) : await open.newStream(protocol, { signal });
  try {
    const framed = lpStream(stream, { maxDataLength: options.maxResponseBytes });
    await framed.write(request, { signal });
    const response = (await framed.read({ signal })).subarray();
    // The answer is complete; closing our side need not hold up the caller.
    stream.close().catch(() => undefined);
    return response;
  } catch (error) {
    stream.abort(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
}

/** Peers named in answers become dialable (their advert, a closer-peer query or a generation may need them). */
async function rememberAddresses(libp2p: SwarmLibp2p, peers: readonly LookupPeerInfo[]): Promise<void> {
  for (const peer of peers) {
    if (peer.multiaddrs.length === 0 || peer.id.equals(libp2p.peerId) || libp2p.getConnections(peer.id).length > 0) continue;
    await libp2p.peerStore.merge(peer.id, { multiaddrs: peer.multiaddrs }).catch(() => undefined);
  }
}
