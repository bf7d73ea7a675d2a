/**
 * Consensus: the answer nearest the weighted centroid of the answers' embeddings wins (cosine). The centroid is
 * normalize(sum of weight_i * embedding_i) over the answers that have an embedding. Cosines within 1e-6 are equal
 * (float32 embeddings); ties go to the heavier answer, then to the earlier one. Without any embedding, the heaviest
 * answer (then the earliest) wins.
 */
import { cosine, normalize } from '../routing/scoring.js';
import { byScoreThenWeightThenOrder, SIMILARITY_EPSILON } from './answer-weights.js';
import type { AggregationAnswer } from './types.js';

export interface ConsensusResult {
  /** Index of the winning answer. */
  readonly winner: number;
  /** Each answer's cosine to the centroid, by input index; null for an answer without an embedding. */
  readonly similarities: (number | null)[];
  /** True when no answer had an embedding (the winner is then the heaviest). */
  readonly byWeightOnly: boolean;
}

/** `weights` are the checked weights (answer-weights.ts), by input index. */
export function consensus(answers: readonly AggregationAnswer[], weights: readonly number[]): ConsensusResult {
  const centre = weightedCentroid(answers, weights);
  const similarities = answers.map((answer) => (answer.embedding === undefined || centre === null ? null : cosine(answer.embedding, centre)));
  const candidates = answers.flatMap((_, index) => {
    const similarity = similarities[index] ?? null;
    if (centre !== null && similarity === null) return [];
    return [{ index, weight: weights[index]!, score: similarity ?? 0 }];
  });
  const winner = candidates.sort((a, b) => byScoreThenWeightThenOrder(a, b, SIMILARITY_EPSILON))[0]!;
  return { winner: winner.index, similarities, byWeightOnly: centre === null };
}

/** The unit weighted centroid of the answers' embeddings; null when no answer has one. */
export function weightedCentroid(answers: readonly AggregationAnswer[], weights: readonly number[]): Float32Array | null {
  let sum: Float64Array | null = null;
  for (const [index, answer] of answers.entries()) {
    if (answer.embedding === undefined) continue;
    sum ??= new Float64Array(answer.embedding.length);
    const weight = weights[index]!;
    for (let i = 0; i < answer.embedding.length; i++) sum[i]! += weight * answer.embedding[i]!;
  }
  return sum === null ? null : normalize(sum);
}
