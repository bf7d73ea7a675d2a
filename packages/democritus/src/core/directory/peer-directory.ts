import type { AdvertSource, ExpertAdvert } from './expert-advert.js';

export interface DirectoryEntry {
  advert: ExpertAdvert;
  source: AdvertSource;
  receivedAtMs: number;
}

export type UpsertOutcome = 'added' | 'updated' | 'stale' | 'expired';

/**
 * `unreachable`: the peer's connections closed or a dial to it failed; `reachable`: it reconnected or sent an advert
 * signed after that.
 */
export type DirectoryChange = { kind: 'added' | 'updated' | 'removed' | 'unreachable' | 'reachable'; peerId: string };

/** Unreachable marks kept for peers this node holds no advert of (the oldest go first). */
const MAX_MARKS_WITHOUT_ADVERT = 10_000;

/**
 * The adverts this node knows, one per peer: the newest (highest sequence) wins, expired adverts are dropped.
 * Verification happens before anything reaches the directory; here only the ordering, expiry and reachability rules
 * live.
 *
 * A peer is unreachable from the moment its connections close or a dial to it fails until it connects again or an
 * advert signed after that moment arrives (a record holder's older copy does not count). Its advert stays listed, so
 * that `peers list` shows it, but routing leaves it out.
 */
export class PeerDirectory {
  private readonly entries = new Map<string, DirectoryEntry>();
  /** Peer ID -> when it became unreachable (this node's clock). */
  private readonly unreachable = new Map<string, number>();
  private readonly listeners = new Set<(change: DirectoryChange) => void>();

  upsert(advert: ExpertAdvert, source: AdvertSource, nowMs: number): UpsertOutcome {
    if (advert.expiresAtMs <= nowMs) return 'expired';
    const existing = this.entries.get(advert.peerId);
    if (existing !== undefined && existing.advert.sequence >= advert.sequence) return 'stale';
    this.entries.set(advert.peerId, { advert, source, receivedAtMs: nowMs });
    const kind = existing === undefined ? 'added' : 'updated';
    this.emit({ kind, peerId: advert.peerId });
    const since = this.unreachable.get(advert.peerId);
    if (since !== undefined && advert.timestampMs > since) this.markReachable(advert.peerId);
    return kind;
  }

  get(peerId: string, nowMs: number): DirectoryEntry | undefined {
    const entry = this.entries.get(peerId);
    if (entry === undefined || entry.advert.expiresAtMs > nowMs) return entry;
    this.remove(peerId);
    return undefined;
  }

  /** Live entries, expired ones dropped on the way. */
  list(nowMs: number): DirectoryEntry[] {
    this.prune(nowMs);
    return [...this.entries.values()];
  }

  /** Live entries of the peers that are not marked unreachable: what routing may choose from. */
  listReachable(nowMs: number): DirectoryEntry[] {
    return this.list(nowMs).filter((entry) => !this.unreachable.has(entry.advert.peerId));
  }

  remove(peerId: string): boolean {
    const removed = this.entries.delete(peerId);
    if (removed) this.emit({ kind: 'removed', peerId });
    return removed;
  }

  /** Drops expired adverts (and the reachability marks of their peers); returns the peers removed. */
  prune(nowMs: number): string[] {
    const expired = [...this.entries.values()].filter((e) => e.advert.expiresAtMs <= nowMs).map((e) => e.advert.peerId);
    for (const peerId of expired) {
      this.unreachable.delete(peerId);
      this.remove(peerId);
    }
    return expired;
  }

  /** The peer's connections closed or a dial to it failed. Returns false when it was already marked. */
  markUnreachable(peerId: string, nowMs: number): boolean {
    if (this.unreachable.has(peerId)) return false;
    this.unreachable.set(peerId, nowMs);
    this.evictMarksWithoutAdvert();
    this.emit({ kind: 'unreachable', peerId });
    return true;
  }

  /** The peer connected again. Returns false when it was not marked. */
  markReachable(peerId: string): boolean {
    if (!this.unreachable.delete(peerId)) return false;
    this.emit({ kind: 'reachable', peerId });
    return true;
  }

  isReachable(peerId: string): boolean {
    return !this.unreachable.has(peerId);
  }

  /** When the peer became unreachable (this node's clock), or null if it is not marked. */
  unreachableSince(peerId: string): number | null {
    return this.unreachable.get(peerId) ?? null;
  }

  onChange(listener: (change: DirectoryChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private evictMarksWithoutAdvert(): void {
    if (this.unreachable.size <= MAX_MARKS_WITHOUT_ADVERT) return;
    for (const peerId of this.unreachable.keys()) {
      if (this.unreachable.size <= MAX_MARKS_WITHOUT_ADVERT) return;
      if (!this.entries.has(peerId)) this.unreachable.delete(peerId);
    }
  }

  private emit(change: DirectoryChange): void {
    this.listeners.forEach((listener) => listener(change));
  }
}
