/**
 * One routing decision, pure: the prompt's fused match against every candidate's advertised profile (scoring.ts),
 * then the ranking with load, latency and reputation, threshold and fallback (ranking.ts).
 */
import type { AdvertSource, RoutingProfile } from '../directory/expert-advert.js';
import { fnv1a32 } from './tfidf.js';
import { profileFromAdvert } from './profile.js';
import { rankExperts, type RankingWeights } from './ranking.js';
import { scoreExperts, type RoutingQuery, type ScoringWeights } from './scoring.js';

export interface RouteCandidate {
  peerId: string;
  name: string;
  isLocal: boolean;
  /** How this node knows the candidate: its own expert, or the advert's source. */
  source: 'local' | AdvertSource;
  profile: RoutingProfile;
  activeGenerations: number;
  queueDepth: number;
  latencyMs: number | null;
  reputation: number | null;
}

export interface RankedRoute {
  peerId: string;
  name: string;
  isLocal: boolean;
  source: RouteCandidate['source'];
  /** Embedding similarity (cosine scale). */
  embedding: number;
  /** Lexical TF-IDF cosine. */
  lexical: number;
  /** The fused match, compared with the minimum similarity. */
  similarity: number;
  activeGenerations: number;
  queueDepth: number;
  latencyMs: number | null;
  reputation: number | null;
  factors: { similarity: number; load: number; latency: number; reputation: number };
  score: number;
}

export interface RouteOutcome {
  kind: 'matched' | 'fallback';
  /** Why it fell back: nothing reached the minimum similarity, or there was no candidate in this space. */
  reason: 'no-match' | 'no-candidates' | null;
  /** Best first; on a fallback the chosen expert first. */
  ranked: RankedRoute[];
}

export interface DecisionWeights {
  scoring: ScoringWeights;
  ranking: RankingWeights;
}

/** A candidate's match with the prompt. */
export interface CandidateMatch {
  embedding: number;
  lexical: number;
  /** The fused match. */
  score: number;
}

/** Matches the prompt against the candidates whose profile is in `spaceId` (others cannot be compared: left out). */
export function matchCandidates(
  query: RoutingQuery,
  spaceId: string,
  candidates: readonly RouteCandidate[],
  weights: ScoringWeights,
): Map<string, CandidateMatch> {
  const comparable = candidates.filter((c) => c.profile.spaceId === spaceId && c.profile.dimensions === query.vector.length);
  const scores = scoreExperts(
    query,
    comparable.map((c) => profileFromAdvert(c.peerId, c.profile.profile)),
    weights,
  );
  return new Map(scores.map((s) => [s.id, { embedding: s.embedding, lexical: s.lexical, score: s.score }]));
}

/** Ranks the matched candidates with their current load, latency and reputation (candidates without a match are left out). */
export function rankMatches(candidates: readonly RouteCandidate[], matches: ReadonlyMap<string, CandidateMatch>, weights: RankingWeights): RouteOutcome {
  const matched = candidates.filter((c) => matches.has(c.peerId));
  const byId = new Map(matched.map((c) => [c.peerId, c]));
  const outcome = rankExperts(
    matched.map((c) => ({
      peerId: c.peerId,
      similarity: matches.get(c.peerId)!.score,
      activeGenerations: c.activeGenerations,
      queueDepth: c.queueDepth,
      latencyMs: c.latencyMs,
      reputation: c.reputation,
      isLocal: c.isLocal,
    })),
    weights,
  );
  const ranked = outcome.ranked.map((r): RankedRoute => {
    const candidate = byId.get(r.peerId)!;
    const match = matches.get(r.peerId)!;
    return {
      peerId: r.peerId,
      name: candidate.name,
      isLocal: r.isLocal,
      source: candidate.source,
      embedding: match.embedding,
      lexical: match.lexical,
      similarity: r.similarity,
      activeGenerations: r.activeGenerations,
      queueDepth: r.queueDepth,
      latencyMs: r.latencyMs,
      reputation: r.reputation,
      factors: r.factors,
      score: r.score,
    };
  });
  return { kind: outcome.kind, reason: outcome.kind === 'fallback' ? outcome.reason : null, ranked };
}

export function decideRoute(query: RoutingQuery, spaceId: string, candidates: readonly RouteCandidate[], weights: DecisionWeights): RouteOutcome {
  return rankMatches(candidates, matchCandidates(query, spaceId, candidates, weights.scoring), weights.ranking);
}

/**
 * A 32-bit fingerprint of what a decision depends on in an advert (space, signatures, lexical profile), so a cached
 * decision survives the frequent load-only refreshes of an advert but not a change of what the expert offers.
 */
export function profileFingerprint(profile: RoutingProfile, modelSha256: string): number {
  const terms = profile.profile.terms.map(([id, count]) => `${id}:${count}`).join(',');
  return fnv1a32(`${profile.spaceId}|${modelSha256}|${profile.signatures.join(',')}|${terms}`);
}
