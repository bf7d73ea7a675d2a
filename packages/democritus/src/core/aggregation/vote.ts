/**
 * Weighted vote over closed final answers (final-answer.ts): each votable answer adds its weight to its final answer;
 * the heaviest final answer wins. Equal top weights (within 1e-9) are a tie, reported and broken by the final answer
 * whose first voter came earliest. Within the winning final answer, the heaviest voter (then the earliest) is the
 * winning answer. Answers without a closed final answer abstain.
 */
import { byScoreThenWeightThenOrder, EPSILON } from './answer-weights.js';
import { finalAnswerKey } from './normalize-answer.js';
import type { FinalAnswer, TallyEntry } from './types.js';

export interface VoteResult {
  /** Index of the winning answer; null when no answer was votable. */
  readonly winner: number | null;
  /** Heaviest first; ties: the final answer whose first voter came earliest first. */
  readonly tally: TallyEntry[];
  readonly tie: boolean;
}

/** `finals[i]` is answer i's final answer (null: abstains); `weights` are the checked weights by input index. */
export function vote(finals: readonly (FinalAnswer | null)[], weights: readonly number[]): VoteResult {
  const entries = new Map<string, { answer: FinalAnswer; weight: number; voters: number[] }>();
  finals.forEach((answer, index) => {
    if (answer === null) return;
    const key = finalAnswerKey(answer);
    const entry = entries.get(key) ?? { answer, weight: 0, voters: [] };
    entry.weight += weights[index]!;
    entry.voters.push(index);
    entries.set(key, entry);
  });
  const tally = [...entries.values()]
    .sort((a, b) => byScoreThenWeightThenOrder({ score: a.weight, weight: 0, index: a.voters[0]! }, { score: b.weight, weight: 0, index: b.voters[0]! }))
    .map((entry) => ({ answer: entry.answer, weight: entry.weight, count: entry.voters.length, voters: entry.voters }));
  const [first, second] = tally;
  if (first === undefined) return { winner: null, tally, tie: false };
  const winner = first.voters
    .map((index) => ({ index, weight: weights[index]!, score: 0 }))
    .sort(byScoreThenWeightThenOrder)[0]!.index;
  return { winner, tally, tie: second !== undefined && first.weight - second.weight <= EPSILON };
}
