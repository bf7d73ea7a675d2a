import { describe, expect, it } from 'vitest';
import { DEFAULT_RANKING_WEIGHTS, rankExperts, type RankingCandidate } from '../src/core/routing/ranking.js';
import { RoutingCache } from '../src/core/routing/routing-cache.js';

const candidate = (peerId: string, similarity: number, extra: Partial<RankingCandidate> = {}): RankingCandidate => ({
  peerId,
  similarity,
  activeGenerations: 0,
  queueDepth: 0,
  latencyMs: 5,
  reputation: null,
  isLocal: false,
  ...extra,
});

describe('rankExperts', () => {
  it('orders matching experts by similarity when nothing else differs', () => {
    const outcome = rankExperts([candidate('a', 0.4), candidate('b', 0.8), candidate('c', 0.6)]);
    expect(outcome.kind).toBe('matched');
    expect(outcome.ranked.map((e) => e.peerId)).toEqual(['b', 'c', 'a']);
  });

  it('lets load break near-ties but not overturn a clearly better match', () => {
    const nearTie = rankExperts([candidate('busy', 0.71, { activeGenerations: 4, queueDepth: 4 }), candidate('idle', 0.7)]);
    expect(nearTie.ranked[0]?.peerId).toBe('idle');
    const clear = rankExperts([candidate('busy', 0.9, { activeGenerations: 4, queueDepth: 4 }), candidate('idle', 0.5)]);
    expect(clear.ranked[0]?.peerId).toBe('busy');
  });

  it('uses reputation and latency as small adjustments, explained per factor', () => {
    const outcome = rankExperts([candidate('slow', 0.7, { latencyMs: 2000, reputation: 0.2 }), candidate('good', 0.7, { reputation: 0.9 })]);
    expect(outcome.ranked.map((e) => e.peerId)).toEqual(['good', 'slow']);
    const slow = outcome.ranked[1];
    expect(slow?.factors.latency).toBeLessThan(0);
    expect(slow?.factors.reputation).toBeLessThan(0);
    expect(slow?.score).toBeCloseTo(
      (slow?.factors.similarity ?? 0) + (slow?.factors.load ?? 0) + (slow?.factors.latency ?? 0) + (slow?.factors.reputation ?? 0),
      12,
    );
  });

  it('drops candidates below the minimum similarity', () => {
    const outcome = rankExperts([candidate('a', 0.9), candidate('b', DEFAULT_RANKING_WEIGHTS.minSimilarity - 0.01)]);
    expect(outcome.ranked.map((e) => e.peerId)).toEqual(['a']);
  });

  it('falls back to the local expert, else the least loaded, when nothing matches', () => {
    const withLocal = rankExperts([candidate('remote', 0.1), candidate('local', 0.05, { isLocal: true })]);
    expect(withLocal).toMatchObject({ kind: 'fallback', reason: 'no-match' });
    expect(withLocal.ranked[0]?.peerId).toBe('local');
    const noLocal = rankExperts([candidate('busy', 0.1, { activeGenerations: 3 }), candidate('idle', 0.05)]);
    expect(noLocal.ranked[0]?.peerId).toBe('idle');
    expect(rankExperts([])).toEqual({ kind: 'fallback', reason: 'no-candidates', ranked: [] });
  });

  it('takes its weights as data', () => {
    const weights = { ...DEFAULT_RANKING_WEIGHTS, load: 10 };
    const outcome = rankExperts([candidate('busy', 0.9, { activeGenerations: 2 }), candidate('idle', 0.5)], weights);
    expect(outcome.ranked[0]?.peerId).toBe('idle');
  });
});

describe('RoutingCache', () => {
  const decision = { experts: ['a'] };

  it('returns a cached decision until its TTL expires', () => {
    let now = 1_000;
    const cache = new RoutingCache<typeof decision>({ maxEntries: 10, ttlMs: 500, now: () => now });
    cache.set('sig-1', decision, new Map([['a', 1]]));
    expect(cache.get('sig-1')?.decision).toBe(decision);
    now += 499;
    expect(cache.get('sig-1')).toBeDefined();
    now += 2;
    expect(cache.get('sig-1')).toBeUndefined();
  });

  it('drops decisions that relied on an advert that changed or went away, and keeps the others', () => {
    const cache = new RoutingCache<typeof decision>({ maxEntries: 10, ttlMs: 60_000 });
    cache.set('relies-on-a', decision, new Map([['a', 1]]));
    cache.set('relies-on-b', decision, new Map([['b', 7]]));
    expect(cache.advertChanged('a', 1)).toBe(0);
    expect(cache.get('relies-on-a')).toBeDefined();
    expect(cache.advertChanged('a', 2)).toBe(1);
    expect(cache.get('relies-on-a')).toBeUndefined();
    expect(cache.get('relies-on-b')).toBeDefined();
    expect(cache.advertChanged('b')).toBe(1);
    expect(cache.size).toBe(0);
  });

  it('evicts the least recently used decision beyond its size', () => {
    const cache = new RoutingCache<typeof decision>({ maxEntries: 2, ttlMs: 60_000 });
    cache.set('one', decision, new Map([['a', 1]]));
    cache.set('two', decision, new Map([['a', 1]]));
    cache.get('one');
    cache.set('three', decision, new Map([['a', 1]]));
    expect(cache.get('two')).toBeUndefined();
    expect(cache.get('one')).toBeDefined();
    expect(cache.advertChanged('a', 2)).toBe(2);
  });
});
