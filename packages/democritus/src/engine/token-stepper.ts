import type { Token } from 'node-llama-cpp';
import type { CandidateList } from '../core/sampling/sampler.js';
import { DemocritusError } from '../errors.js';

/**
 * One generation step: append tokens to a context sequence and read what llama.cpp says about the next position —
 * its argmax, the softmax normaliser over the whole vocabulary (`totalLogitWeight`, the sum of exp(logit - maxLogit)),
 * and optionally the top raw logits, best first. Two implementations give bit-identical answers: the public
 * `controlledEvaluate` path (token-step.ts) and the direct path of the node-llama-cpp-direct-stepping patch
 * (patches/node-llama-cpp-direct-stepping.ts).
 */
export interface TokenStepper {
  /** Which implementation runs (tests and logs). */
  readonly kind: 'direct' | 'controlled';
  /**
   * Evaluates `input` (at least one token) and returns the totalLogitWeight of the next position. With `candidates`,
   * also refills it with the top logits (as many as its capacity). The argmax is left in `argmax`.
   */
  step(input: readonly Token[], candidates: CandidateList | null): Promise<number>;
  /** llama.cpp's greedy choice at the last step; null when it returned none. */
  readonly argmax: Token | null;
  dispose(): void;
}

export function noLogits(what: string): DemocritusError {
  return new DemocritusError('engine_failure', `llama.cpp returned ${what} for the next token`);
}
