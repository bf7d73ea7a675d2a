import { SAMPLING } from '@democritus/sdk';
import type { LlamaContextSequence, Token } from 'node-llama-cpp';
import type { RandomSource } from '../core/sampling/prng.js';
import { CandidateList, logprobOfLogit, sampleCandidate } from '../core/sampling/sampler.js';
import { DemocritusError } from '../errors.js';
import { createTokenStepper } from './token-step.js';
import type { TokenStepper } from './token-stepper.js';
import type { SamplingParameters } from './types.js';

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
  /**
   * The returned object is reused: it is valid until the next call (generation runs at thousands of tokens per second
   * on small models, and per-token garbage shows up).
   */
  next(input: readonly Token[]): Promise<Readonly<NextToken>>;
  /** Frees the native sampler; call once generation is over. */
  dispose(): void;
  /** Which llama.cpp calling path runs (see token-step.ts). */
  readonly stepping: TokenStepper['kind'];
}

export interface NextTokenPickerOptions {
  /** False forces the public `controlledEvaluate` path instead of the direct one (tests compare the two). */
  directStepping?: boolean;
}

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
  options: NextTokenPickerOptions = {},
): NextTokenPicker {
  const greedy = sampling.temperature <= 0;
  if (greedy && reported === 0) return new GreedyPicker(createTokenStepper(sequence, { direct: options.directStepping, topCount: 1 }));
  const count = Math.max(1, reported, greedy ? 1 : sampling.topK || SAMPLING.topK);
  return new CandidatePicker(createTokenStepper(sequence, { direct: options.directStepping, topCount: count }), count, sampling, reported, random);
}

class GreedyPicker implements NextTokenPicker {
  private readonly result: NextToken = { token: 0 as Token, logprob: 0, alternatives: NO_ALTERNATIVES };

  constructor(private readonly stepper: TokenStepper) {}

  get stepping(): TokenStepper['kind'] {
    return this.stepper.kind;
  }

  async next(input: readonly Token[]): Promise<Readonly<NextToken>> {
    const total = await this.stepper.step(input, null);
    const token = this.stepper.argmax;
    if (token === null) throw noLogits();
    // The greedy choice holds the largest logit, so its log-probability is -ln(sum of exp(logit - maxLogit)).
    this.result.token = token;
    this.result.logprob = -Math.log(total);
    return this.result;
  }

  dispose(): void {
    this.stepper.dispose();
  }
}

/** Gets the top logits and samples in JS with the seeded PRNG, so a seed reproduces the output on any platform. */
class CandidatePicker implements NextTokenPicker {
  private readonly candidates: CandidateList;
  private readonly greedy: boolean;
  private readonly result: NextToken = { token: 0 as Token, logprob: 0, alternatives: NO_ALTERNATIVES };

  constructor(
    private readonly stepper: TokenStepper,
    count: number,
    private readonly sampling: SamplingParameters,
    private readonly reported: number,
    private readonly random: RandomSource,
  ) {
    this.greedy = sampling.temperature <= 0;
    this.candidates = new CandidateList(count);
  }

  get stepping(): TokenStepper['kind'] {
    return this.stepper.kind;
  }

  async next(input: readonly Token[]): Promise<Readonly<NextToken>> {
    const { candidates, result } = this;
    const total = await this.stepper.step(input, candidates);
    if (candidates.length === 0) throw noLogits();
    const maxLogit = candidates.logits[0] ?? 0;
    result.alternatives = this.alternatives(maxLogit, total);
    if (this.greedy) {
      // The same choice as GreedyPicker (llama.cpp's argmax), whether or not alternatives are reported.
      const token = this.stepper.argmax;
      if (token === null) throw noLogits();
      result.token = token;
      result.logprob = -Math.log(total);
      return result;
    }
    const chosen = sampleCandidate(candidates, this.sampling, this.random);
    result.token = (candidates.tokenIds[chosen] ?? 0) as Token;
    result.logprob = logprobOfLogit(candidates.logits[chosen] ?? 0, maxLogit, total);
    return result;
  }

  dispose(): void {
    this.stepper.dispose();
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

function noLogits(): DemocritusError {
  return new DemocritusError('engine_failure', 'llama.cpp returned no logits for the next token');
}
