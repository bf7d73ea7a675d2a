import type { ControlledEvaluateInputItem, LlamaContextSequence, Token } from 'node-llama-cpp';
import type { RandomSource } from '../core/sampling/prng.js';
import { CandidateList, logprobOfLogit, sampleCandidate } from '../core/sampling/sampler.js';
import { DemocritusError } from '../errors.js';
import type { SamplingParameters } from './types.js';

/** llama.cpp's default top-k, used when a request leaves it at 0. */
const DEFAULT_TOP_K = 40;

export interface Alternative {
  tokenId: number;
  logprob: number;
}

export interface NextToken {
  token: Token;
  /** Log-probability of `token` under the model's raw distribution. */
  logprob: number;
  /** The most likely tokens, best first; as many as the request reports (often none). */
  alternatives: readonly Alternative[];
}

/** Appends tokens to a context sequence and picks the token that follows them. */
export interface NextTokenPicker {
  next(input: readonly Token[]): Promise<NextToken>;
}

type GenerateNextOptions = Extract<ControlledEvaluateInputItem, unknown[]>[1];

const NO_ALTERNATIVES: readonly Alternative[] = Object.freeze([]);

/**
 * Chooses how to ask llama.cpp for each token. Asking for the top logits makes llama.cpp sort the whole vocabulary
 * (about a tenth of a step on the tiny model, V log V on real vocabularies), so a greedy request that reports no
 * alternatives asks only for llama.cpp's argmax and the softmax normaliser.
 */
export function createNextTokenPicker(
  sequence: LlamaContextSequence,
  sampling: SamplingParameters,
  reported: number,
  random: RandomSource,
): NextTokenPicker {
  if (sampling.temperature <= 0 && reported === 0) return new GreedyPicker(sequence);
  return new CandidatePicker(sequence, sampling, reported, random);
}

class GreedyPicker implements NextTokenPicker {
  private readonly options: GenerateNextOptions = { generateNext: { token: true, totalLogitWeight: true } };

  constructor(private readonly sequence: LlamaContextSequence) {}

  async next(input: readonly Token[]): Promise<NextToken> {
    const next = (await this.sequence.controlledEvaluate(withOptionsOnLast(input, this.options)))[input.length - 1]?.next;
    if (next?.token == null || next.totalLogitWeight === undefined) throw noLogits();
    // The greedy choice holds the largest logit, so its log-probability is -ln(sum of exp(logit - maxLogit)).
    return { token: next.token, logprob: -Math.log(next.totalLogitWeight), alternatives: NO_ALTERNATIVES };
  }
}

/** Gets the top logits and samples in JS with the seeded PRNG, so a seed reproduces the output on any platform. */
class CandidatePicker implements NextTokenPicker {
  private readonly options: GenerateNextOptions;
  private readonly candidates: CandidateList;
  private readonly greedy: boolean;

  constructor(
    private readonly sequence: LlamaContextSequence,
    private readonly sampling: SamplingParameters,
    private readonly reported: number,
    private readonly random: RandomSource,
  ) {
    this.greedy = sampling.temperature <= 0;
    const count = Math.max(1, reported, this.greedy ? 1 : sampling.topK || DEFAULT_TOP_K);
    this.candidates = new CandidateList(count);
    this.options = { generateNext: { token: this.greedy, totalLogitWeight: true, logits: { filter: { tokens: [], includeTop: count } } } };
  }

  async next(input: readonly Token[]): Promise<NextToken> {
    const next = (await this.sequence.controlledEvaluate(withOptionsOnLast(input, this.options)))[input.length - 1]?.next;
    if (next?.logits === undefined || next.totalLogitWeight === undefined) throw noLogits();
    const { candidates } = this;
    candidates.fill(next.logits);
    if (candidates.length === 0) throw noLogits();
    const total = next.totalLogitWeight;
    const maxLogit = candidates.logits[0] ?? 0;
    const alternatives = this.alternatives(maxLogit, total);
    if (this.greedy) {
      // The same choice as GreedyPicker (llama.cpp's argmax), whether or not alternatives are reported.
      if (next.token == null) throw noLogits();
      return { token: next.token, logprob: -Math.log(total), alternatives };
    }
    const chosen = sampleCandidate(candidates, this.sampling, this.random);
    const token = (candidates.tokenIds[chosen] ?? 0) as Token;
    return { token, logprob: logprobOfLogit(candidates.logits[chosen] ?? 0, maxLogit, total), alternatives };
  }

  private alternatives(maxLogit: number, total: number): readonly Alternative[] {
    const count = Math.min(this.reported, this.candidates.length);
    if (count === 0) return NO_ALTERNATIVES;
    const { tokenIds, logits } = this.candidates;
    const result: Alternative[] = [];
    for (let i = 0; i < count; i++) {
      result.push({ tokenId: tokenIds[i] ?? 0, logprob: logprobOfLogit(logits[i] ?? 0, maxLogit, total) });
    }
    return result;
  }
}

function withOptionsOnLast(input: readonly Token[], options: GenerateNextOptions): ControlledEvaluateInputItem[] {
  const last = input.length - 1;
  return input.map((token, index): ControlledEvaluateInputItem => (index === last ? [token, options] : token));
}

function noLogits(): DemocritusError {
  return new DemocritusError('bad_request', 'llama.cpp returned no logits for the next token');
}

