import type { AdvertSource, ExpertAdvert } from './expert-advert.js';

export interface DirectoryEntry {
  advert: ExpertAdvert;
  source: AdvertSource;
  receivedAtMs: number;
}

export type UpsertOutcome = 'added' | 'updated' | 'stale' | 'expired';

export type DirectoryChange = { kind: 'added' | 'updated' | 'removed'; peerId: string };

/**
 * The adverts this node knows, one per peer: the newest (highest sequence) wins, expired adverts are dropped.
 * Verification happens before anything reaches the directory; here only the ordering and expiry rules live.
 */
export class PeerDirectory {
  private readonly entries = new Map<string, DirectoryEntry>();
  private readonly listeners = new Set<(change: DirectoryChange) => void>();

  upsert(advert: ExpertAdvert, source: AdvertSource, nowMs: number): UpsertOutcome {
    if (advert.expiresAtMs <= nowMs) return 'expired';
    const existing = this.entries.get(advert.peerId);
    if (existing !== undefined && existing.advert.sequence >= advert.sequence) return 'stale';
    this.entries.set(advert.peerId, { advert, source, receivedAtMs: nowMs });
    const kind = existing === undefined ? 'added' : 'updated';
    this.emit({ kind, peerId: advert.peerId });
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

  remove(peerId: string): boolean {
    const removed = this.entries.delete(peerId);
    if (removed) this.emit({ kind: 'removed', peerId });
    return removed;
  }

  /** Drops expired adverts; returns the peers removed. */
  prune(nowMs: number): string[] {
    const expired = [...this.entries.values()].filter((e) => e.advert.expiresAtMs <= nowMs).map((e) => e.advert.peerId);
    expired.forEach((peerId) => this.remove(peerId));
    return expired;
  }

  onChange(listener: (change: DirectoryChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: DirectoryChange): void {
    this.listeners.forEach((listener) => listener(change));
  }
}
