/**
 * The contract of Mixture-of-Agents aggregation: N answers to the same prompt in, one outcome out. Plain data only (no
 * typed arrays in the outcome), so the API can put the outcome in a response's `democritus` object as it is (the API
 * renames fields to snake_case at its edge).
 */

/** Which expert gave an answer. */
export interface ExpertRef {
  readonly peerId: string;
  readonly name: string;
}

/** One expert's answer to the prompt being aggregated. */
export interface AggregationAnswer {
  readonly expert: ExpertRef;
  readonly text: string;
  /** How much the answer counts: the expert's routing score times its reputation, 1 when unknown; finite, >= 0. */
  readonly weight: number;
  /** Unit vector of `text` from the node's embedding engine (the caller embeds); all answers in one space. */
  readonly embedding?: Float32Array;
}

/** The method names are the wire contract's (`@democritus/sdk`), defined there once. */
export { AGGREGATION_METHODS, type AggregationMethod, type AggregationRequest } from '@democritus/sdk';
import type { AggregationMethod, AggregationRequest } from '@democritus/sdk';

/** A closed final answer in canonical form (see normalize-answer.ts); two answers agree when kind and value are equal. */
export interface FinalAnswer {
  readonly kind: 'number' | 'boolean' | 'option' | 'span';
  /** Canonical text: `1000`, `0.5`, `yes`/`no`, `B`, `eiffel tower`. */
  readonly value: string;
}

/** An answer's place in an outcome: its index in the input and who gave it. */
export interface AnswerRef {
  readonly index: number;
  readonly expert: ExpertRef;
}

/** Answers that agree with each other (conflict.ts says how they are grouped). */
export interface AnswerCluster {
  /** The final answer its members share (`kind:value` display, e.g. `number:36`); null for a cluster of free texts. */
  readonly answer: string | null;
  readonly members: AnswerRef[];
  /** The sum of its members' weights. */
  readonly weight: number;
}

/** One distinct final answer in a vote. */
export interface TallyEntry {
  readonly answer: FinalAnswer;
  /** The sum of its voters' weights. */
  readonly weight: number;
  readonly count: number;
  /** Indices of the answers that said it, in input order. */
  readonly voters: number[];
}

export interface AggregationOutcome {
  /** The method that decided (for `auto`, the one it chose). */
  readonly method: AggregationMethod;
  readonly requested: AggregationRequest;
  /** The chosen answer; null for `synthesis`, whose answer the aggregator expert writes afterwards. */
  readonly winner: AnswerRef | null;
  /** True when the answers fall into more than one cluster. */
  readonly conflict: boolean;
  /** Heaviest first (ties: the cluster whose first member came first). */
  readonly clusters: AnswerCluster[];
  /** `vote` only: every distinct final answer, heaviest first (ties: the earliest voter first). */
  readonly tally?: TallyEntry[];
  /** `vote` only: true when the top weights were equal and the tie was broken by the earliest answer. */
  readonly tie?: boolean;
  /** `consensus` only: each answer's cosine to the weighted centroid, by input index (null without an embedding). */
  readonly similarities?: (number | null)[];
  /** One line a person can read: why this method and this winner. */
  readonly reason: string;
}
