/**
 * A Kademlia provider lookup for many keys at once, pure: which peer to ask about which keys, and when a key is done.
 *
 * Each key keeps its known peers ordered by XOR distance to the key. A key is done once its `width` closest known
 * peers (failed ones skipped) have answered: they are the peers that hold the key's provider records. Whenever an
 * answer brings closer peers, `assign()` hands out the queries it makes necessary, grouped by peer, so that one
 * message to a peer carries every key that peer should be asked about.
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
  /** The closest peers per key that must answer (Kademlia's alpha; 3 by default). */
  width?: number;
  /** Known peers kept per key (default 20, Kademlia's k). */
  keep?: number;
}

type PeerState = 'known' | 'asked' | 'answered' | 'failed';

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
  private readonly keep: number;

  constructor(keys: readonly LookupKey[], options: KeyLookupOptions = {}) {
    this.width = Math.max(1, options.width ?? 3);
    this.keep = Math.max(this.width, options.keep ?? 20);
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
   * The queries to send now: for every key that is not done, its closest peers that were not asked yet, up to the
   * width (failed peers make room for the next ones). Grouped by peer; every assigned (peer, key) is marked asked.
   */
  assign(): Map<string, string[]> {
    const byPeer = new Map<string, string[]>();
    for (const [keyId, state] of this.keys) {
      let counted = 0;
      for (const peer of state.peers) {
        if (counted >= this.width) break;
        const peerState = state.states.get(peer.id);
        if (peerState === 'failed') continue;
        counted++;
        if (peerState !== 'known') continue;
        state.states.set(peer.id, 'asked');
        const keysOfPeer = byPeer.get(peer.id);
        if (keysOfPeer === undefined) byPeer.set(peer.id, [keyId]);
        else keysOfPeer.push(keyId);
      }
    }
    return byPeer;
  }

  /** A peer answered for one key, naming the peers it knows closer to the key (the caller keeps what else it said). */
  answered(peerId: string, keyId: string, closer: readonly KadPeer[]): void {
    const state = this.keys.get(keyId);
    if (state === undefined || state.states.get(peerId) !== 'asked') return;
    state.states.set(peerId, 'answered');
    this.addPeers(keyId, closer);
  }

  /** A peer that could not be asked (unreachable, timed out, a bad answer) for the given keys. */
  failed(peerId: string, keyIds: readonly string[]): void {
    for (const keyId of keyIds) {
      const state = this.keys.get(keyId);
      if (state?.states.get(peerId) === 'asked') state.states.set(peerId, 'failed');
    }
  }

  /** True when the key's closest `width` reachable peers have answered, or no peer is left to ask. */
  isDone(keyId: string): boolean {
    const state = this.keys.get(keyId);
    if (state === undefined) return true;
    let counted = 0;
    for (const peer of state.peers) {
      if (counted >= this.width) break;
      const peerState = state.states.get(peer.id);
      if (peerState === 'failed') continue;
      if (peerState !== 'answered') return false;
      counted++;
    }
    return true;
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
