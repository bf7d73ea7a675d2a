/**
 * Ranking of candidate experts for a prompt: semantic match first, then load, latency and reputation, with a minimum
 * similarity below which nothing counts as a match and a fallback for that case. Pure: all inputs are plain data.
 */

export interface RankingWeights {
  /** Weight of the semantic match (0..1 similarity). */
  similarity: number;
  /** Penalty per unit of load (active generations + queued requests), scaled by `loadScale`. */
  load: number;
  /** Penalty for latency, scaled by `latencyScaleMs`. */
  latency: number;
  /** Bonus for reputation (0..1, 0.5 when unknown). */
  reputation: number;
  /** Load at which the load term reaches half its weight. */
  loadScale: number;
  /** Latency at which the latency term reaches half its weight. */
  latencyScaleMs: number;
  /** Candidates whose similarity is below this are not matches. */
  minSimilarity: number;
}

export const DEFAULT_RANKING_WEIGHTS: RankingWeights = {
  similarity: 1,
  load: 0.15,
  latency: 0.05,
  reputation: 0.1,
  loadScale: 4,
  latencyScaleMs: 200,
  minSimilarity: 0.2,
};

export interface RankingCandidate {
  peerId: string;
  /** Semantic match in [0, 1] (or cosine in [-1, 1]; values below minSimilarity never match). */
  similarity: number;
  activeGenerations: number;
  queueDepth: number;
  latencyMs: number | null;
  /** 0..1; null when no reputation exists yet. */
  reputation: number | null;
  isLocal: boolean;
}

export interface RankedExpert extends RankingCandidate {
  score: number;
  /** The parts of the score, for `democritus route` explanations. */
  factors: { similarity: number; load: number; latency: number; reputation: number };
}

export type RankingOutcome =
  | { kind: 'matched'; ranked: RankedExpert[] }
  /** Nothing reached minSimilarity: the chosen fallback first, then the rest by score. */
  | { kind: 'fallback'; reason: 'no-match' | 'no-candidates'; ranked: RankedExpert[] };

/** A saturating penalty: 0 at 0, half the weight at `scale`, approaching the weight beyond. */
function saturate(value: number, scale: number): number {
  return value <= 0 ? 0 : value / (value + scale);
}

export function scoreCandidate(candidate: RankingCandidate, weights: RankingWeights): RankedExpert {
  const factors = {
    similarity: weights.similarity * candidate.similarity,
    load: -weights.load * saturate(candidate.activeGenerations + candidate.queueDepth, weights.loadScale),
    latency: -weights.latency * saturate(candidate.latencyMs ?? 0, weights.latencyScaleMs),
    reputation: weights.reputation * ((candidate.reputation ?? 0.5) - 0.5),
  };
  return { ...candidate, factors, score: factors.similarity + factors.load + factors.latency + factors.reputation };
}

/**
 * Ranks candidates by score among those that match. When none matches, falls back to the local expert if there is
 * one, else to the least-loaded candidate; the caller still sees every candidate, scored.
 */
export function rankExperts(candidates: readonly RankingCandidate[], weights: RankingWeights = DEFAULT_RANKING_WEIGHTS): RankingOutcome {
  const scored = candidates.map((candidate) => scoreCandidate(candidate, weights)).sort(byScoreThenPeer);
  if (scored.length === 0) return { kind: 'fallback', reason: 'no-candidates', ranked: [] };
  const matches = scored.filter((expert) => expert.similarity >= weights.minSimilarity);
  if (matches.length > 0) return { kind: 'matched', ranked: matches };
  const fallback = scored.find((expert) => expert.isLocal) ?? [...scored].sort(byLoadThenScore)[0];
  const rest = scored.filter((expert) => expert !== fallback);
  return { kind: 'fallback', reason: 'no-match', ranked: fallback === undefined ? rest : [fallback, ...rest] };
}

function byScoreThenPeer(a: RankedExpert, b: RankedExpert): number {
  return b.score - a.score || a.peerId.localeCompare(b.peerId);
}

function byLoadThenScore(a: RankedExpert, b: RankedExpert): number {
  return a.activeGenerations + a.queueDepth - (b.activeGenerations + b.queueDepth) || byScoreThenPeer(a, b);
}
