/**
 * A Kademlia provider lookup for many keys at once, pure: which peer to ask about which keys, and when a key is done.
 *
 * Each key keeps its known peers ordered by XOR distance to the key. Provider records sit at about the `spread`
 * closest peers of a key, so any of them can answer; a key is done once `width` of its `spread` closest known peers
 * (failed ones skipped) have answered. `assign()` hands out the queries that the current state makes necessary,
 * grouped by peer so that one message to a peer carries every key it is asked about, and, when `spread` exceeds
 * `width`, chooses the peers greedily to cover as many keys per message as it can (a set cover): a lookup of 16 keys
 * then asks a handful of peers instead of 16 x width. With `spread` equal to `width` (a provide, which must find the
 * truly closest peers) it is the plain Kademlia walk: ask the closest `width`, follow closer peers, until they answered.
 *
 * With `settleOnFind`, a key is also done as soon as one answer found records for it, and until then only one of its
 * peers is asked at a time: a lookup of keys that have providers then asks about half the peers, and a key whose first
 * answer is empty (a holder that lost its records, or joined after the provide) still gets `width` answers.
 */

export interface KadPeer {
  readonly id: string;
  /** SHA-256 of the peer ID's multihash bytes (kad-dht's DHT ID). */
  readonly kadId: Uint8Array;
}

export interface LookupKey {
  readonly id: string;
  /** SHA-256 of the key's multihash bytes. */
  readonly kadId: Uint8Array;
}

export interface KeyLookupOptions {
  /** Peers per key that must answer (3 by default). */
  width?: number;
  /** How many of a key's closest known peers may be the ones that answer (default and minimum: `width`). */
  spread?: number;
  /** Known peers kept per key (default 20, Kademlia's k). */
  keep?: number;
  /** Done at the first answer that found records; one query per key in flight until then (see the module comment). */
  settleOnFind?: boolean;
}

type PeerState = 'known' | 'asked' | 'answered' | 'found' | 'failed';

interface KeyState {
  readonly key: LookupKey;
  /** Closest first. */
  peers: KadPeer[];
  readonly states: Map<string, PeerState>;
}

/** -1, 0 or 1 as `a` is closer to, as close as, or farther from `target` than `b` (XOR metric). */
export function compareXorDistance(target: Uint8Array, a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(target.length, a.length, b.length);
  for (let i = 0; i < length; i++) {
    const da = (a[i]! ^ target[i]!) >>> 0;
    const db = (b[i]! ^ target[i]!) >>> 0;
    if (da !== db) return da < db ? -1 : 1;
  }
  return 0;
}

export class KeyLookupPlan {
  private readonly keys = new Map<string, KeyState>();
  private readonly width: number;
  private readonly spread: number;
  private readonly keep: number;
  private readonly settleOnFind: boolean;

  constructor(keys: readonly LookupKey[], options: KeyLookupOptions = {}) {
    this.settleOnFind = options.settleOnFind ?? false;
    this.width = Math.max(1, options.width ?? 3);
    this.spread = Math.max(this.width, options.spread ?? this.width);
    this.keep = Math.max(this.spread, options.keep ?? 20);
    for (const key of keys) this.keys.set(key.id, { key, peers: [], states: new Map() });
  }

  /** Adds peers as candidates for every key (the local routing table at the start). */
  addPeersForAll(peers: readonly KadPeer[]): void {
    for (const id of this.keys.keys()) this.addPeers(id, peers);
  }

  /** Adds peers as candidates for one key (closer peers named in an answer). Unknown keys are ignored. */
  addPeers(keyId: string, peers: readonly KadPeer[]): void {
    const state = this.keys.get(keyId);
    if (state === undefined) return;
    let changed = false;
    for (const peer of peers) {
      if (state.states.has(peer.id)) continue;
      state.states.set(peer.id, 'known');
      state.peers.push(peer);
      changed = true;
    }
    if (!changed) return;
    const target = state.key.kadId;
    state.peers.sort((a, b) => compareXorDistance(target, a.kadId, b.kadId));
    // Drop the farthest peers nobody asked: they can no longer be among the closest.
    if (state.peers.length > this.keep) {
      state.peers = state.peers.filter((peer, index) => index < this.keep || state.states.get(peer.id) !== 'known');
    }
  }

  /**
   * The queries to send now. For every key that is not done: how many more answers it needs from its `spread` closest
   * reachable peers (`width` minus those asked or answered), and which of those peers were not asked yet. Peers are
   * then picked greedily, the one that serves the most needy keys first (ties: the nearer one in rank, then by id), until
   * every need is met or no unasked peer is left. Grouped by peer; every assigned (peer, key) is marked asked.
   */
  assign(): Map<string, string[]> {
    const needs = new Map<string, number>();
    const keysOfCandidate = new Map<string, { keys: string[]; rankSum: number }>();
    for (const [keyId, state] of this.keys) {
      let inFlight = 0;
      let answered = 0;
      let found = false;
      let rank = 0;
      for (const peer of state.peers) {
        if (rank >= this.spread) break;
        const peerState = state.states.get(peer.id);
        if (peerState === 'failed') continue;
        rank++;
        if (peerState !== 'known') {
          if (peerState === 'asked') inFlight++;
          else answered++;
          found ||= peerState === 'found';
          continue;
        }
        const candidate = keysOfCandidate.get(peer.id);
        if (candidate === undefined) keysOfCandidate.set(peer.id, { keys: [keyId], rankSum: rank });
        else {
          candidate.keys.push(keyId);
          candidate.rankSum += rank;
        }
      }
      const need = !this.settleOnFind ? this.width - inFlight - answered : found || answered >= this.width || inFlight > 0 ? 0 : 1;
      if (need > 0) needs.set(keyId, need);
    }
    const byPeer = new Map<string, string[]>();
    for (;;) {
      let best: { peerId: string; keys: string[]; rankSum: number } | null = null;
      for (const [peerId, candidate] of keysOfCandidate) {
        const needy = candidate.keys.filter((keyId) => (needs.get(keyId) ?? 0) > 0);
        if (needy.length === 0) continue;
        const better =
          best === null ||
          needy.length > best.keys.length ||
          (needy.length === best.keys.length && (candidate.rankSum < best.rankSum || (candidate.rankSum === best.rankSum && peerId < best.peerId)));
        if (better) best = { peerId, keys: needy, rankSum: candidate.rankSum };
      }
      if (best === null) break;
      keysOfCandidate.delete(best.peerId);
      for (const keyId of best.keys) {
        needs.set(keyId, needs.get(keyId)! - 1);
        this.keys.get(keyId)!.states.set(best.peerId, 'asked');
      }
      byPeer.set(best.peerId, best.keys);
    }
    return byPeer;
  }

  /**
   * A peer answered for one key, naming the peers it knows closer to the key (the caller keeps what else it said);
   * `found`: the answer had records of the key.
   */
  answered(peerId: string, keyId: string, closer: readonly KadPeer[], found = false): void {
    const state = this.keys.get(keyId);
    if (state === undefined || state.states.get(peerId) !== 'asked') return;
    state.states.set(peerId, found ? 'found' : 'answered');
    this.addPeers(keyId, closer);
  }

  /** A peer that could not be asked (unreachable, timed out, a bad answer) for the given keys. */
  failed(peerId: string, keyIds: readonly string[]): void {
    for (const keyId of keyIds) {
      const state = this.keys.get(keyId);
      if (state?.states.get(peerId) === 'asked') state.states.set(peerId, 'failed');
    }
  }

  /**
   * True when `width` of the key's `spread` closest reachable peers have answered (with `settleOnFind`, or one that found
   * records), or no peer is left to ask.
   */
  isDone(keyId: string): boolean {
    const state = this.keys.get(keyId);
    if (state === undefined) return true;
    let rank = 0;
    let answered = 0;
    for (const peer of state.peers) {
      if (rank >= this.spread) break;
      const peerState = state.states.get(peer.id);
      if (peerState === 'failed') continue;
      rank++;
      if (peerState === 'found' && this.settleOnFind) return true;
      if ((peerState === 'answered' || peerState === 'found') && ++answered >= this.width) return true;
    }
    return answered === rank;
  }

  done(): boolean {
    for (const keyId of this.keys.keys()) if (!this.isDone(keyId)) return false;
    return true;
  }

  /** The key's closest `width` peers that did not fail: once the key is done, the peers that should hold its records. */
  closest(keyId: string): string[] {
    const state = this.keys.get(keyId);
    if (state === undefined) return [];
    return state.peers
      .filter((peer) => state.states.get(peer.id) !== 'failed')
      .slice(0, this.width)
      .map((peer) => peer.id);
  }
}
