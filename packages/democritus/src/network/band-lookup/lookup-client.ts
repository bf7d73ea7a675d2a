/**
 * The asking side of the band protocols: Kademlia lookups and provides for many keys at once.
 *
 * A walk starts from the routing table's closest peers to each key (this node included), asks each peer one message
 * with every key it is asked about, follows the closer peers the answers name, and stops when enough of each key's
 * closest peers have answered (see core/dht/key-lookup-plan.ts). A provide walks until each key's 10 closest peers
 * answered, then asks those 10 to record this node as a provider, one message per peer. A lookup needs 2 answers per
 * key from any of its 10 closest peers, chosen to cover many keys per message, and collects the providers they name.
 */
import { setMaxListeners } from 'node:events';
import type { PeerId } from '@libp2p/interface';
import type { CID } from 'multiformats/cid';
import pRetry from 'p-retry';
import { KeyLookupPlan, type KadPeer } from '../../core/dht/key-lookup-plan.js';
import { ProvideResponse } from '../../protocol/proto.js';
import type { SwarmHost } from '../host.js';
import {
  decodeLookupResponse,
  encodeLookupRequest,
  encodeProvideRequest,
  MAX_LOOKUP_KEYS,
  MAX_LOOKUP_RESPONSE_BYTES,
  MAX_PROVIDER_ADDRESSES,
  type KeyAnswer,
} from './band-wire.js';
import type { BandRecords } from './band-records.js';
import { kadIdOfKey, kadIdOfPeer } from '../../patches/kad-dht-internals.js';
import { DEFAULT_REQUEST_TIMEOUT_MS, requestSignal, type RequestStreams } from './request-exchange.js';

export interface BandProtocols {
  lookup: string;
  provide: string;
}

export interface BandWalkOptions {
  records: BandRecords;
  /** The node's band request streams (kept open between requests). */
  streams: RequestStreams;
  protocols: BandProtocols;
  keys: readonly CID[];
  signal: AbortSignal;
  /** Longest wait for one peer's answer (default 2 s). */
  requestTimeoutMs?: number;
}

export interface BandLookupResult {
  /** Peers asked (this node included, when it is among a key's closest) and how many of them answered. */
  asked: number;
  answered: number;
  /** The same for other peers only: none answering while some were asked means that none speaks the protocol. */
  remoteAsked: number;
  remoteAnswered: number;
  /** Provider (peer ID string) -> the peers whose answers named it (this node included): they hold its records. */
  holders: Map<string, PeerId[]>;
}

/** Peer ID string -> the peer chosen to hold records of `keys`. */
export type BandHolders = Map<string, { peerId: PeerId; keys: CID[] }>;

export interface BandProvideResult {
  /** Keys (CID strings) at least one peer other than this node recorded. */
  providedKeys: string[];
  /** Where the records went: what a refresh sends to. */
  holders: BandHolders;
}

/**
 * Answers per key a lookup needs, from any of the key's PROVIDE_WIDTH closest known peers (which hold its records):
 * the walk picks those peers to cover many keys per message. A key is done at the first answer that names providers
 * of it; only empty answers make it ask again, up to LOOKUP_WIDTH of them (the second covers a holder that lost its
 * records or joined after the provide). In the 50-expert benchmark swarm, 16 band keys take about 5 peers this way,
 * 9 with two answers per key, and 40 when each key's 5 closest were asked.
 */
const LOOKUP_WIDTH = 2;
/** Peers per key that hold a provider record (kad-dht's provide reaches about as many). */
const PROVIDE_WIDTH = 10;
/**
 * A provide is not in a hurry, but a peer it skips loses the record to a farther peer where lookups may not look: on a
 * busy machine 443 of a 50-expert swarm's provide requests timed out once, and a key's closest peer then held 17 of
 * its 22 records. Each retry waits longer than the last.
 */
const PROVIDE_ATTEMPTS = 3;
/** A request that failed is sent again at once (each try waits longer for its answer than the last). */
const AT_ONCE = { minTimeout: 0 } as const;
const START_PEERS_PER_KEY = 20;
const CLOSER_PER_KEY = 10;

/**
 * Finds the providers of the keys; `onProvider` hears of each one (this node excluded) as soon as an answer names it,
 * and `onNamed` of every answer that names one (first or again), with the peer that answered (this node when its own
 * records did).
 */
export async function lookupBandProviders(
  options: BandWalkOptions & { onProvider?: (peerId: PeerId) => void; onNamed?: (provider: PeerId, holder: PeerId) => void },
): Promise<BandLookupResult> {
  const self = options.records.host.peerId.toString();
  const holders = new Map<string, PeerId[]>();
  const walk = await walkKeys(options, { width: LOOKUP_WIDTH, spread: PROVIDE_WIDTH, settleOnFind: true }, (answer, from) => {
    for (const provider of answer.providers) {
      const id = provider.id.toString();
      if (id === self) continue;
      const named = holders.get(id);
      if (named === undefined) {
        holders.set(id, [from]);
        options.onProvider?.(provider.id);
      } else if (named.some((peer) => peer.equals(from))) {
        continue;
      } else {
        named.push(from);
      }
      options.onNamed?.(provider.id, from);
    }
  });
  return { asked: walk.asked, answered: walk.answered, remoteAsked: walk.remoteAsked, remoteAnswered: walk.remoteAnswered, holders };
}

/** Records this node as a provider of every key at the peers closest to it, and in its own store. */
export async function provideBandKeys(options: BandWalkOptions & { advert: Uint8Array | null }): Promise<BandProvideResult> {
  const { records } = options;
  const { host } = records;
  const walk = await walkKeys(options, { width: PROVIDE_WIDTH, attempts: PROVIDE_ATTEMPTS }, () => undefined);
  const self = host.peerId.toString();
  const holders: BandHolders = new Map();
  for (const key of options.keys) {
    await records.addProvider(key, host.peerId);
    for (const peerId of walk.plan.closest(key.toString())) {
      if (peerId === self) continue;
      const held = holders.get(peerId);
      if (held === undefined) holders.set(peerId, { peerId: walk.peerIds.get(peerId)!, keys: [key] });
      else held.keys.push(key);
    }
  }
  return recordAtHolders({ ...options, holders });
}

/**
 * Sends the provide messages to the peers chosen to hold the records, with this node's current advert: the second half
 * of a provide. With `advertOnly`, one message per holder with the advert and no key: a refresh of the advert the
 * records hand out.
 */
export async function recordAtHolders(options: {
  records: BandRecords;
  streams: RequestStreams;
  protocols: BandProtocols;
  holders: BandHolders;
  advert: Uint8Array | null;
  advertOnly?: boolean;
  signal: AbortSignal;
  requestTimeoutMs?: number;
}): Promise<BandProvideResult> {
  const { records, signal, advert } = options;
  const { host } = records;
  if (advert !== null) {
    await records.adverts.put(host.peerId.toString(), advert).catch(() => undefined);
  }
  const multiaddrs = host
    .getMultiaddrs()
    .map((address) => address.decapsulateCode(421))
    .slice(0, MAX_PROVIDER_ADDRESSES);
  const storedKeys = new Set<string>();
  await Promise.all(
    [...options.holders.values()].map(async ({ peerId, keys }) => {
      if (options.advertOnly === true) {
        if (advert === null) return;
        const request = encodeProvideRequest({ keys: [], multiaddrs, advert });
        await options.streams
          .request(peerId, options.protocols.provide, request, { signal: requestSignal(signal, options.requestTimeoutMs), maxResponseBytes: 64 })
          .catch(() => undefined);
        return;
      }
      for (let from = 0; from < keys.length; from += MAX_LOOKUP_KEYS) {
        const chunk = keys.slice(from, from + MAX_LOOKUP_KEYS);
        const request = encodeProvideRequest({ keys: chunk, multiaddrs, advert });
        const recorded = await pRetry(
          (attempt) =>
            options.streams.request(peerId, options.protocols.provide, request, {
              signal: requestSignal(signal, attempt * (options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS)),
              maxResponseBytes: 64,
            }),
          { ...AT_ONCE, retries: PROVIDE_ATTEMPTS - 1, signal },
        )
          .then((bytes) => ProvideResponse.decode(bytes).stored)
          .catch(() => 0);
        if (recorded === chunk.length) {
          for (const key of chunk) storedKeys.add(key.toString());
        }
      }
    }),
  );
  return { providedKeys: [...storedKeys], holders: options.holders };
}

interface WalkShape {
  width: number;
  spread?: number;
  /** A key is done at the first answer that names providers of it (see KeyLookupPlan). */
  settleOnFind?: boolean;
  /** Tries per request, each with a longer timeout than the last (default 1). */
  attempts?: number;
}

interface Walk {
  plan: KeyLookupPlan;
  peerIds: Map<string, PeerId>;
  asked: number;
  answered: number;
  remoteAsked: number;
  remoteAnswered: number;
}

async function walkKeys(options: BandWalkOptions, shape: WalkShape, onAnswer: (answer: KeyAnswer, from: PeerId) => void): Promise<Walk> {
  const { records, signal } = options;
  const { host } = records;
  // Every request of the walk listens to the caller's signal.
  setMaxListeners(Math.max(64, options.keys.length * 16), signal);
  const keyById = new Map(options.keys.map((key) => [key.toString(), key]));
  const kadIds = await Promise.all(options.keys.map(kadIdOfKey));
  const plan = new KeyLookupPlan(
    options.keys.map((key, index) => ({ id: key.toString(), kadId: kadIds[index]! })),
    shape,
  );
  const peerIds = new Map<string, PeerId>();
  const kadPeer = async (peerId: PeerId): Promise<KadPeer> => {
    const id = peerId.toString();
    peerIds.set(id, peerId);
    return { id, kadId: await kadIdOfPeer(peerId) };
  };
  const self = await kadPeer(host.peerId);
  for (const [index, key] of options.keys.entries()) {
    plan.addPeers(key.toString(), [self, ...(await Promise.all(records.closestPeers(kadIds[index]!, START_PEERS_PER_KEY).map(kadPeer)))]);
  }

  const asked = new Set<string>();
  const answered = new Set<string>();
  const remembered = new Set<string>([self.id]);
  const ask = async (peerId: string, keyIds: string[]): Promise<void> => {
    asked.add(peerId);
    const keys = keyIds.map((id) => keyById.get(id)!);
    let answers: KeyAnswer[];
    try {
      if (peerId === self.id) {
        answers = await records.answer(keys, 0, null);
      } else {
        const request = encodeLookupRequest({ keys, closerPerKey: CLOSER_PER_KEY });
        const bytes = await pRetry(
          (attempt) =>
            options.streams.request(peerIds.get(peerId)!, options.protocols.lookup, request, {
              signal: requestSignal(signal, attempt * (options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS)),
              maxResponseBytes: MAX_LOOKUP_RESPONSE_BYTES,
            }),
          { ...AT_ONCE, retries: (shape.attempts ?? 1) - 1, signal },
        );
        answers = decodeLookupResponse(bytes, keys.length);
      }
    } catch {
      plan.failed(peerId, keyIds);
      return;
    }
    answered.add(peerId);
    await rememberAddresses(host, answers, remembered);
    for (const [index, answer] of answers.entries()) {
      const closer = await Promise.all(answer.closer.map((peer) => kadPeer(peer.id)));
      plan.answered(peerId, keyIds[index]!, closer, answer.providers.length > 0);
      onAnswer(answer, peerIds.get(peerId)!);
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
  const remote = (peers: ReadonlySet<string>): number => peers.size - (peers.has(self.id) ? 1 : 0);
  return { plan, peerIds, asked: asked.size, answered: answered.size, remoteAsked: remote(asked), remoteAnswered: remote(answered) };
}

/** Peers named in answers become dialable (their advert, a closer-peer query or a generation may need them). */
async function rememberAddresses(host: SwarmHost, answers: readonly KeyAnswer[], remembered: Set<string>): Promise<void> {
  for (const answer of answers) {
    for (const peer of [...answer.providers, ...answer.closer]) {
      // Once per peer and walk: answers name the same peers many times over.
      const id = peer.id.toString();
      if (remembered.has(id)) continue;
      remembered.add(id);
      if (peer.multiaddrs.length === 0 || host.getConnections(peer.id).length > 0) continue;
      await host.peerStore.merge(peer.id, { multiaddrs: peer.multiaddrs }).catch(() => undefined);
    }
  }
}
