/**
 * The weights aggregation counts with, after checking the input: at least one answer, every weight finite and >= 0,
 * every embedding of the same length. When every weight is 0 (nothing known about any expert), all count 1, so the
 * answers still decide by their number.
 */
import type { AggregationAnswer, AnswerRef } from './types.js';

/** Throws a RangeError naming the first bad answer; returns the weights to count with, by input index. */
export function answerWeights(answers: readonly AggregationAnswer[]): number[] {
  if (answers.length === 0) throw new RangeError('aggregation needs at least one answer');
  let dimensions: number | undefined;
  answers.forEach((answer, index) => {
    if (!Number.isFinite(answer.weight) || answer.weight < 0) {
      throw new RangeError(`answer ${index} (${answer.expert.name}) has weight ${answer.weight}; weights must be finite and >= 0`);
    }
    const length = answer.embedding?.length;
    if (length === undefined) return;
    dimensions ??= length;
    if (length !== dimensions) {
      throw new RangeError(`answer ${index} (${answer.expert.name}) has a ${length}-dimensional embedding; the others have ${dimensions}`);
    }
  });
  const total = answers.reduce((sum, answer) => sum + answer.weight, 0);
  return answers.map((answer) => (total > 0 ? answer.weight : 1));
}

export function answerRef(answers: readonly AggregationAnswer[], index: number): AnswerRef {
  return { index, expert: answers[index]!.expert };
}

/**
 * Compares two candidates by a score, then by weight, then by input order: negative when `a` wins. Scores within
 * `scoreTolerance` and weights within EPSILON are equal, so float noise does not decide a tie.
 */
export function byScoreThenWeightThenOrder(
  a: { score: number; weight: number; index: number },
  b: { score: number; weight: number; index: number },
  scoreTolerance = EPSILON,
): number {
  if (Math.abs(a.score - b.score) > scoreTolerance) return b.score - a.score;
  if (Math.abs(a.weight - b.weight) > EPSILON) return b.weight - a.weight;
  return a.index - b.index;
}

/** Sums of weights closer than this are equal. */
export const EPSILON = 1e-9;
/** Cosines closer than this are equal: embeddings are float32, about 7 significant digits. */
export const SIMILARITY_EPSILON = 1e-6;
