import { LRUCache } from 'lru-cache';

export interface CachedDecision<T> {
  decision: T;
  /** Adverts the decision relied on: peer ID -> advert sequence. */
  reliedOn: ReadonlyMap<string, number>;
}

export interface RoutingCacheOptions {
  maxEntries: number;
  ttlMs: number;
  /** Clock for the TTL; injectable so expiry is testable without waiting. */
  now?: () => number;
}

/**
 * Recent routing decisions keyed by the prompt's LSH signature. An entry expires after its TTL and is dropped as soon
 * as an advert it relied on changes (new sequence) or disappears.
 */
export class RoutingCache<T extends object> {
  private readonly entries: LRUCache<string, CachedDecision<T>>;
  /** peer ID -> cache keys whose decision relied on that peer's advert. */
  private readonly dependents = new Map<string, Set<string>>();

  constructor(options: RoutingCacheOptions) {
    const now = options.now;
    this.entries = new LRUCache<string, CachedDecision<T>>({
      max: options.maxEntries,
      ttl: options.ttlMs,
      // With an injected clock the TTL check must read it every time instead of caching it for a real millisecond.
      ...(now === undefined ? {} : { perf: { now }, ttlResolution: 0 }),
      dispose: (value, key) => this.forget(key, value),
    });
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): CachedDecision<T> | undefined {
    return this.entries.get(key);
  }

  set(key: string, decision: T, reliedOn: ReadonlyMap<string, number>): void {
    this.entries.set(key, { decision, reliedOn });
    for (const peerId of reliedOn.keys()) {
      let keys = this.dependents.get(peerId);
      if (keys === undefined) this.dependents.set(peerId, (keys = new Set()));
      keys.add(key);
    }
  }

  /** An advert changed (new sequence) or went away (sequence undefined): drop the decisions that relied on another one. */
  advertChanged(peerId: string, sequence?: number): number {
    let dropped = 0;
    for (const key of [...(this.dependents.get(peerId) ?? [])]) {
      const entry = this.entries.peek(key, { allowStale: true });
      if (entry === undefined || entry.reliedOn.get(peerId) !== sequence) {
        this.entries.delete(key);
        dropped += 1;
      }
    }
    return dropped;
  }

  /** A new expert appeared: any decision may now be stale, since it could be the better match. */
  clear(): void {
    this.entries.clear();
  }

  private forget(key: string, value: CachedDecision<T>): void {
    for (const peerId of value.reliedOn.keys()) {
      const keys = this.dependents.get(peerId);
      keys?.delete(key);
      if (keys?.size === 0) this.dependents.delete(peerId);
    }
  }
}
