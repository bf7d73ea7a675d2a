/**
 * Expert-matching scores, pure functions over plain vectors and term maps.
 *
 * What an expert's profile holds (built by profile.ts from its advert): a description vector, the centroid of its
 * exemplar vectors, up to 16 exemplar vectors (k-means centroids when it has more), all unit vectors in the advert's
 * embedding space, and a small lexical profile (up to a few hundred 16-bit term ids with counts, see tfidf.ts).
 *
 *   exemplar(q, e)  = (1 - m) * max_c cos(q, centroid_c) + m * max_x cos(q, exemplar_x)     (m = weights.maxSim)
 *   embedding(q, e) = (1 - a) * exemplar(q, e) + a * cos(q, description)                 (a = weights.description;
 *                     description only when the expert has no exemplar vectors, exemplars only without a description)
 *   lexical(q, e)   = cosine of sublinear TF-IDF vectors, IDF over the lexical profiles of the experts being scored
 *   score(q, e)     = embedding(q, e) + weights.lexical * lexical(q, e)
 *
 * A weighted sum of raw cosines, not of per-query z-scores (3 points worse in cross-validation) or rank fusion, so an
 * expert's score does not depend on which other experts are candidates (only the IDF does, mildly). Defaults a = 0.2,
 * m = 0, lexical = 0.5 are the best mean leave-one-out top-1 over two dev sets, the 215 MMLU dev exemplars (topic
 * experts) and Vicuna-bench's 80 prompts (task-type experts), never test items (bench/routing.bench.ts --dev-only).
 * The nearest-exemplar term (m = 0.5) helps topic experts a little (MMLU dev +0-1 point) but hurts task-type experts
 * (Vicuna -2..4): their exemplars share a task, not a topic, so the nearest one matches on topic. It stays an option.
 */
import { buildTfidfIndex, tfidfScores } from './tfidf.js';

export type Vector = ArrayLike<number>;

export function dot(a: Vector, b: Vector): number {
  if (a.length !== b.length) throw new RangeError(`vector lengths differ: ${a.length} vs ${b.length}`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

export function l2Norm(v: Vector): number {
  return Math.sqrt(dot(v, v));
}

/** A unit-length copy (a zero vector stays zero). */
export function normalize(v: Vector): Float32Array {
  const norm = l2Norm(v);
  const out = new Float32Array(v.length);
  if (norm === 0) return out;
  for (let i = 0; i < v.length; i++) out[i] = v[i]! / norm;
  return out;
}

export function cosine(a: Vector, b: Vector): number {
  const denominator = l2Norm(a) * l2Norm(b);
  return denominator === 0 ? 0 : dot(a, b) / denominator;
}

/** The normalised mean of vectors (their spherical centroid). */
export function centroid(vectors: readonly Vector[]): Float32Array {
  const first = vectors[0];
  if (first === undefined) throw new RangeError('centroid of no vectors');
  const sum = new Float64Array(first.length);
  for (const v of vectors) {
    if (v.length !== sum.length) throw new RangeError('vectors of different lengths');
    for (let i = 0; i < v.length; i++) sum[i]! += v[i]!;
  }
  return normalize(sum);
}

/** Highest dot product of a unit query with any of the unit vectors (-Infinity for none). */
export function maxCosine(query: Vector, vectors: readonly Vector[]): number {
  let best = -Infinity;
  for (const v of vectors) best = Math.max(best, dot(query, v));
  return best;
}

/** What an expert's advert contributes to matching. */
export interface ExpertProfile {
  readonly id: string;
  /** Unit vector of the expert's one-sentence description. */
  readonly description?: Vector;
  /** Unit vector(s) summarising all its exemplar prompts (normally one: their spherical centroid). */
  readonly centroids: readonly Vector[];
  /** Unit vectors of individual exemplar prompts (or k-means centroids of them when there are many). */
  readonly exemplars?: readonly Vector[];
  /** Lexical profile: 16-bit term id -> count (see tfidf.ts `hashTerms`). */
  readonly terms?: ReadonlyMap<number, number>;
}

export interface ScoringWeights {
  /** Share of the description in the embedding similarity when the expert also has centroids, in [0, 1]. */
  readonly description: number;
  /** Share of the nearest exemplar vector (vs the centroid) in the exemplar similarity, in [0, 1]; 0 when omitted. */
  readonly maxSim?: number;
  /** Weight of the lexical cosine added to the embedding similarity (0 disables the lexical signal). */
  readonly lexical: number;
}

export const DEFAULT_SCORING_WEIGHTS: ScoringWeights = { description: 0.2, maxSim: 0, lexical: 0.5 };

export interface RoutingQuery {
  /** Unit vector of the prompt. */
  readonly vector: Vector;
  /** Hashed term counts of the prompt (tfidf.ts `hashedTermCounts`); omit to score by embedding only. */
  readonly terms?: ReadonlyMap<number, number>;
}

export interface ExpertScore {
  readonly id: string;
  /** Embedding similarity, a cosine-scale number in [-1, 1]. */
  readonly embedding: number;
  /** Lexical TF-IDF cosine in [0, 1] (0 without terms). */
  readonly lexical: number;
  /** embedding + weights.lexical * lexical. */
  readonly score: number;
}

/** Exemplar half of the embedding similarity (see the module comment); undefined without exemplar vectors. */
export function exemplarSimilarity(query: Vector, expert: ExpertProfile, maxSimWeight = 0): number | undefined {
  const exemplars = expert.exemplars ?? [];
  const byCentroid = expert.centroids.length > 0 ? maxCosine(query, expert.centroids) : undefined;
  const byExemplar = exemplars.length > 0 ? maxCosine(query, exemplars) : undefined;
  if (byCentroid === undefined) return byExemplar;
  if (byExemplar === undefined) return byCentroid;
  return (1 - maxSimWeight) * byCentroid + maxSimWeight * byExemplar;
}

/** Embedding half of the score (see the module comment); -Infinity for a profile with no vectors at all. */
export function embeddingSimilarity(query: Vector, expert: ExpertProfile, descriptionWeight: number, maxSimWeight = 0): number {
  const byExemplars = exemplarSimilarity(query, expert, maxSimWeight);
  const byDescription = expert.description === undefined ? undefined : dot(query, expert.description);
  if (byExemplars === undefined) return byDescription ?? -Infinity;
  if (byDescription === undefined) return byExemplars;
  return (1 - descriptionWeight) * byExemplars + descriptionWeight * byDescription;
}

/**
 * Scores every expert for a query on the vectors as given (no centring; routing-index.ts adds it and caches the IDF);
 * best first (ties: id ascending).
 */
export function scoreExperts(
  query: RoutingQuery,
  experts: readonly ExpertProfile[],
  weights: ScoringWeights = DEFAULT_SCORING_WEIGHTS,
): ExpertScore[] {
  let lexical: number[] = experts.map(() => 0);
  if (weights.lexical !== 0 && query.terms !== undefined && experts.some((e) => e.terms !== undefined)) {
    const empty: ReadonlyMap<number, number> = new Map();
    lexical = tfidfScores(buildTfidfIndex(experts.map((e) => e.terms ?? empty)), query.terms);
  }
  return fuseScores(query.vector, experts, lexical, weights);
}

/** The fused score of each expert from the query vector and precomputed lexical cosines; best first (ties: id). */
export function fuseScores(
  query: Vector,
  experts: readonly ExpertProfile[],
  lexical: readonly number[],
  weights: ScoringWeights = DEFAULT_SCORING_WEIGHTS,
): ExpertScore[] {
  const scores = experts.map((expert, i) => {
    const embedding = embeddingSimilarity(query, expert, weights.description, weights.maxSim ?? 0);
    const lex = lexical[i] ?? 0;
    return { id: expert.id, embedding, lexical: lex, score: embedding + weights.lexical * lex };
  });
  return scores.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface LabelledVector {
  readonly label: string;
  readonly vector: Vector;
}

/**
 * kNN voting: the k exemplars most similar to the query each add their similarity to their label's total.
 * Returned best first (ties: label ascending). Labels without a neighbour among the k are absent.
 */
export function knnVote(query: Vector, exemplars: readonly LabelledVector[], k: number): { label: string; votes: number }[] {
  const neighbours = exemplars
    .map((e) => ({ label: e.label, similarity: dot(query, e.vector) }))
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, Math.max(0, k));
  const totals = new Map<string, number>();
  for (const n of neighbours) totals.set(n.label, (totals.get(n.label) ?? 0) + n.similarity);
  return [...totals]
    .map(([label, votes]) => ({ label, votes }))
    .sort((a, b) => b.votes - a.votes || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/**
 * Reciprocal-rank fusion of several rankings of the same ids: sum over rankings of 1 / (k + rank), rank from 1.
 * Returned best first (ties: id ascending).
 */
export function reciprocalRankFusion(rankings: readonly (readonly string[])[], k = 60): { id: string; score: number }[] {
  const totals = new Map<string, number>();
  for (const ranking of rankings) ranking.forEach((id, index) => totals.set(id, (totals.get(id) ?? 0) + 1 / (k + index + 1)));
  return [...totals]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** 1-based rank of `id` in a best-first list of `{ id }` (Infinity when absent). */
export function rankOf(ranked: readonly { readonly id: string }[], id: string): number {
  const index = ranked.findIndex((r) => r.id === id);
  return index < 0 ? Infinity : index + 1;
}
