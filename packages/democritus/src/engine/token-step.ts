import type { ControlledEvaluateInputItem, LlamaContextSequence, Token } from 'node-llama-cpp';
import type { CandidateList } from '../core/sampling/sampler.js';
import { DemocritusError } from '../errors.js';

/**
 * One generation step: append tokens to a context sequence and read what llama.cpp says about the next position —
 * its argmax, the softmax normaliser over the whole vocabulary (`totalLogitWeight`, the sum of exp(logit - maxLogit)),
 * and optionally the top raw logits, best first.
 *
 * Two implementations give bit-identical answers:
 * - `DirectTokenStepper` keeps one llama.cpp sampler (plain argmax) for the whole generation and feeds the sequence's
 *   decode queue directly. It relies on internals of node-llama-cpp 3.22.1 (pinned exactly in package.json), found by
 *   feature detection at creation.
 * - `ControlledTokenStepper` uses the public `LlamaContextSequence.controlledEvaluate`, which on every call creates and
 *   disposes a native sampler, resolves and applies a sampler configuration, takes two locks and revives the logits into
 *   a Map: about 50-60 us per token, a sixth of a token's time on the tiny model. It is the fallback when the
 *   internals are not there (another node-llama-cpp version).
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

export interface TokenStepperOptions {
  /** Set false to force the public-API implementation. */
  direct?: boolean;
  /** Whether `step` is ever called with candidates; sizes the top-logits request. */
  topCount: number;
}

export function createTokenStepper(sequence: LlamaContextSequence, options: TokenStepperOptions): TokenStepper {
  if (options.direct !== false) {
    const internals = probeInternals(sequence);
    if (internals !== null) return new DirectTokenStepper(internals, options.topCount);
  }
  return new ControlledTokenStepper(sequence, options.topCount);
}

/** True when this node-llama-cpp build exposes what `DirectTokenStepper` needs. */
export function directSteppingAvailable(sequence: LlamaContextSequence): boolean {
  return probeInternals(sequence) !== null;
}

// ---------------------------------------------------------------------------------------------------------------
// node-llama-cpp 3.22.1 internals used by the direct stepper (see dist/evaluator/LlamaContext/LlamaContext.js:
// `_evaluate` and `controlledEvaluate` make the same calls).

/** Raw result of the addon's `sampleToken` when asked for an array: [token, probabilities, confidence, logits, total]. */
type SampleResult = [number, unknown, unknown, number[] | undefined, number | undefined];
type LogitsRequest = false | [filterTokens: number[], includeMax: boolean, includeMin: boolean, includeSelected: boolean, includeTop: number];

interface AddonSampler {
  applyConfig(config: object): unknown;
  dispose(): void;
}

interface AddonContext {
  sampleToken(
    batchLogitIndex: number,
    sampler: AddonSampler,
    probabilities: boolean,
    confidence: boolean,
    logits: LogitsRequest,
    totalLogitWeight: boolean,
  ): Promise<SampleResult>;
}

interface SequenceInternals {
  _decodeTokens(
    tokens: Token[],
    logits: boolean[],
    evaluationPriority: number,
    tokenMeter: unknown,
    contextShiftOptions: unknown,
    logitDataMapper: (batchLogitIndex: number, tokenIndex: number) => Promise<SampleResult>,
    afterBatchAction?: unknown,
  ): Promise<(SampleResult | undefined)[]>;
  _resolveSamplerConfig(options: { temperature: number }): object;
  _ensureNotDisposed(): void;
  _tokenMeter: unknown;
  _contextShift: { size: unknown; strategy: unknown };
  _takeIntervalCheckpointIfNeededAfterBatch?: unknown;
  /** Hybrid, recurrent and sliding-window models keep state checkpoints; a property of the model, fixed per sequence. */
  readonly needsCheckpoints?: boolean;
  _tokenPredictor?: unknown;
  context: { _ctx?: AddonContext };
  model: { _model?: unknown; _llama?: { _bindings?: { AddonSampler?: new (model: unknown) => AddonSampler } } };
}

interface Internals {
  sequence: SequenceInternals;
  addonContext: AddonContext;
  createSampler: () => AddonSampler;
}

function probeInternals(sequence: LlamaContextSequence): Internals | null {
  const s = sequence as unknown as Partial<SequenceInternals>;
  const addonContext = s.context?._ctx;
  const SamplerClass = s.model?._llama?._bindings?.AddonSampler;
  const nativeModel = s.model?._model;
  if (
    typeof s._decodeTokens !== 'function' ||
    typeof s._resolveSamplerConfig !== 'function' ||
    typeof s._ensureNotDisposed !== 'function' ||
    typeof s._contextShift !== 'object' ||
    s._contextShift === null ||
    // A token predictor (speculative decoding) keeps predicted tokens in the sequence; controlledEvaluate aborts it.
    s._tokenPredictor != null ||
    typeof s.needsCheckpoints !== 'boolean' ||
    (s.needsCheckpoints && typeof s._takeIntervalCheckpointIfNeededAfterBatch !== 'function') ||
    typeof addonContext?.sampleToken !== 'function' ||
    typeof SamplerClass !== 'function' ||
    nativeModel == null
  ) {
    return null;
  }
  return { sequence: s as SequenceInternals, addonContext, createSampler: () => new SamplerClass(nativeModel) };
}

/** node-llama-cpp's default evaluation priority. */
const EVALUATION_PRIORITY = 5;
const NO_FILTER: number[] = [];

class DirectTokenStepper implements TokenStepper {
  readonly kind = 'direct';
  argmax: Token | null = null;
  private readonly sampler: AddonSampler;
  private readonly contextShift: { size: unknown; strategy: unknown };
  private readonly afterBatch: unknown;
  private readonly plainRequest: LogitsRequest = false;
  private readonly topRequest: LogitsRequest;
  private readonly singleLogits: boolean[] = [true];
  private readonly singleInput: Token[] = [0 as Token];
  private logitsRequest: LogitsRequest = false;
  private disposed = false;
  private readonly mapper = (batchLogitIndex: number): Promise<SampleResult> =>
    this.internals.addonContext.sampleToken(batchLogitIndex, this.sampler, false, false, this.logitsRequest, true);

  constructor(
    private readonly internals: Internals,
    topCount: number,
  ) {
    const { sequence } = internals;
    sequence._ensureNotDisposed();
    // A plain argmax chain: the same one controlledEvaluate builds for a `generateNext` without sampling options. It
    // holds no per-token state (no repeat penalty, no grammar), so keeping it across tokens changes nothing.
    this.sampler = internals.createSampler();
    this.sampler.applyConfig(sequence._resolveSamplerConfig({ temperature: 0 }));
    this.contextShift = { size: sequence._contextShift.size, strategy: sequence._contextShift.strategy };
    // What public evaluation passes after every batch; it does nothing (but ask the model's architecture, several
    // native calls) unless the model needs checkpoints, so it is looked up once here.
    this.afterBatch = sequence.needsCheckpoints === true ? sequence._takeIntervalCheckpointIfNeededAfterBatch : undefined;
    // An (empty) filter array is what makes llama.cpp return the top logits at all (as controlledEvaluate sends it).
    this.topRequest = [NO_FILTER, false, false, false, Math.max(1, topCount)];
  }

  async step(input: readonly Token[], candidates: CandidateList | null): Promise<number> {
    if (this.disposed) throw new DemocritusError('engine_closed', 'the token stepper is disposed');
    const { sequence } = this.internals;
    let tokens: Token[];
    let logits: boolean[];
    if (input.length === 1) {
      // The steady state: one token in, one position out, no per-token arrays.
      tokens = this.singleInput;
      tokens[0] = input[0] as Token;
      logits = this.singleLogits;
    } else {
      tokens = input.slice();
      logits = [];
      logits[input.length - 1] = true;
    }
    this.logitsRequest = candidates === null ? this.plainRequest : this.topRequest;
    const results = await sequence._decodeTokens(
      tokens,
      logits,
      EVALUATION_PRIORITY,
      sequence._tokenMeter,
      this.contextShift,
      this.mapper,
      this.afterBatch,
    );
    const result = results[input.length - 1];
    if (result === undefined) throw noLogits('no result');
    const [token, , , top, total] = result;
    this.argmax = token === -1 ? null : (token as Token);
    if (total === undefined) throw noLogits('no totalLogitWeight');
    if (candidates !== null) {
      if (top === undefined) throw noLogits('no logits');
      candidates.fillPairs(top);
    }
    return total;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.sampler.dispose();
  }
}

type GenerateNextOptions = Extract<ControlledEvaluateInputItem, unknown[]>[1];

class ControlledTokenStepper implements TokenStepper {
  readonly kind = 'controlled';
  argmax: Token | null = null;
  private readonly plainOptions: GenerateNextOptions = { generateNext: { token: true, totalLogitWeight: true } };
  private readonly topOptions: GenerateNextOptions;

  constructor(
    private readonly sequence: LlamaContextSequence,
    topCount: number,
  ) {
    // `includeMax` is broken in 3.22.1; `includeTop >= 1` returns the maximum.
    this.topOptions = {
      generateNext: { token: true, totalLogitWeight: true, logits: { filter: { tokens: [], includeTop: Math.max(1, topCount) } } },
    };
  }

  async step(input: readonly Token[], candidates: CandidateList | null): Promise<number> {
    const options = candidates === null ? this.plainOptions : this.topOptions;
    const last = input.length - 1;
    const items = input.map((token, index): ControlledEvaluateInputItem => (index === last ? [token, options] : token));
    const next = (await this.sequence.controlledEvaluate(items))[last]?.next;
    if (next?.totalLogitWeight === undefined) throw noLogits('no totalLogitWeight');
    this.argmax = next.token ?? null;
    if (candidates !== null) {
      if (next.logits === undefined) throw noLogits('no logits');
      candidates.fill(next.logits);
    }
    return next.totalLogitWeight;
  }

  dispose(): void {}
}

function noLogits(what: string): DemocritusError {
  return new DemocritusError('bad_request', `llama.cpp returned ${what} for the next token`);
}
