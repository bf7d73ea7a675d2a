/**
 * Mixture-of-Agents aggregation of N answers to one prompt: resolves `auto` (auto-method.ts), runs the method
 * (consensus.ts, vote.ts; synthesis only reports, its prompt is synthesis-prompt.ts), detects conflicts (conflict.ts)
 * and returns one outcome. Pure: the caller embeds the answers, and runs the aggregator expert for `synthesis`.
 */
import type { Intent } from '../intent/intents.js';
import { answerRef, answerWeights } from './answer-weights.js';
import { chooseMethod } from './auto-method.js';
import { clusterAnswers, DEFAULT_AGREEMENT_SIMILARITY } from './conflict.js';
import { consensus } from './consensus.js';
import { finalAnswer } from './final-answer.js';
import { finalAnswerKey } from './normalize-answer.js';
import type { AggregationAnswer, AggregationMethod, AggregationOutcome, AggregationRequest, AnswerCluster } from './types.js';
import { vote } from './vote.js';

export interface AggregateOptions {
  readonly method: AggregationRequest;
  /** The prompt's intent, for `auto`; null or absent when unknown. */
  readonly intent?: Intent | null;
  /** Cosine at or above which two free-text answers agree (default DEFAULT_AGREEMENT_SIMILARITY), in [-1, 1]. */
  readonly agreementSimilarity?: number;
}

/** Throws a RangeError naming the problem for no answers, a bad weight, mixed embedding sizes or a bad threshold. */
export function aggregate(answers: readonly AggregationAnswer[], options: AggregateOptions): AggregationOutcome {
  const threshold = options.agreementSimilarity ?? DEFAULT_AGREEMENT_SIMILARITY;
  if (!(threshold >= -1 && threshold <= 1)) throw new RangeError(`the agreement similarity is ${threshold}; it must be in [-1, 1]`);
  const weights = answerWeights(answers);
  const finals = answers.map((answer) => finalAnswer(answer.text));
  const votable = finals.filter((final) => final !== null).length;
  const reasons: string[] = [];
  let method: AggregationMethod = options.method === 'auto' ? 'consensus' : options.method;
  if (options.method === 'auto') {
    const choice = chooseMethod(options.intent ?? null, votable, answers.length);
    method = choice.method;
    reasons.push(choice.reason);
  }
  if (method === 'vote' && votable === 0) {
    method = 'consensus';
    reasons.push('vote: no answer has a closed final answer, consensus instead');
  }
  const clusters = clusterAnswers(answers, finals, weights, threshold);
  const conflict = clusters.length > 1;
  const common = { method, requested: options.method, conflict, clusters };
  const withConflict = (decision: string): string => [...reasons, decision, ...(conflict ? [conflictNote(clusters)] : [])].join('; ');
  const name = (index: number): string => `answer ${index} (${answers[index]!.expert.name})`;

  if (method === 'vote') {
    const { winner, tally, tie } = vote(finals, weights);
    const [first, second] = tally;
    const total = tally.reduce((sum, entry) => sum + entry.weight, 0);
    const abstained = answers.length - votable;
    const decision =
      `vote: ${finalAnswerKey(first!.answer)} won with weight ${round(first!.weight)} of ${round(total)} ` +
      `(${first!.count} of ${answers.length} answers${abstained > 0 ? `, ${abstained} abstained` : ''}), ${name(winner!)}` +
      (tie ? `; a tie with ${finalAnswerKey(second!.answer)}, broken by the earliest answer` : '');
    return { ...common, winner: answerRef(answers, winner!), tally, tie, reason: withConflict(decision) };
  }
  if (method === 'consensus') {
    const { winner, similarities, byWeightOnly } = consensus(answers, weights);
    const decision = byWeightOnly
      ? `consensus: no answer has an embedding, ${name(winner)} has the highest weight`
      : `consensus: ${name(winner)} is nearest the weighted centroid (cosine ${round(similarities[winner]!)})`;
    return { ...common, winner: answerRef(answers, winner), similarities, reason: withConflict(decision) };
  }
  return { ...common, winner: null, reason: withConflict(`synthesis: the aggregator merges ${answers.length} answers`) };
}

function conflictNote(clusters: readonly AnswerCluster[]): string {
  const described = clusters.map((cluster) => `${cluster.answer ?? 'free text'} [${cluster.members.map((m) => m.index).join(', ')}]`);
  return `conflict: ${clusters.length} clusters: ${described.join(' vs ')}`;
}

function round(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
