/**
 * Patch node-llama-cpp-direct-stepping: token steps that call node-llama-cpp 3.22.1's internals (see its
 * dist/evaluator/LlamaContext/LlamaContext.js: `_evaluate` and `controlledEvaluate` make the same calls) instead of the
 * public `controlledEvaluate`, with bit-identical answers.
 *
 * `DirectTokenStepper` keeps one llama.cpp sampler (plain argmax) for the whole generation and feeds the sequence's
 * decode queue directly. When the context has a single sequence (then nothing else can decode on it while the
 * generation holds that sequence), a one-token step skips node-llama-cpp's batch scheduler altogether and calls the
 * addon's initBatch/addToBatch/decodeBatch/sampleToken itself: the scheduler's locks, queues, prioritisation, dispose
 * guards and thread-reservation timer cost about a fifth of a token on the tiny model. The caller checks the installed
 * version (registry.ts); the internals are also probed here, and `createDirectTokenStepper` returns null without them.
 */
import type { LlamaContextSequence, Token } from 'node-llama-cpp';
import type { CandidateList } from '../core/sampling/sampler.js';
import { DemocritusError } from '../errors.js';
import { noLogits, type TokenStepper } from '../engine/token-stepper.js';

/** The direct stepper for this sequence, or null when this node-llama-cpp build lacks the internals it calls. */
export function createDirectTokenStepper(sequence: LlamaContextSequence, topCount: number): TokenStepper | null {
  const internals = probeInternals(sequence);
  return internals === null ? null : new DirectTokenStepper(internals, topCount);
}

/** True when this node-llama-cpp build exposes what `DirectTokenStepper` needs. */
export function directSteppingAvailable(sequence: LlamaContextSequence): boolean {
  return probeInternals(sequence) !== null;
}

/** True when one-token steps on this sequence bypass node-llama-cpp's batch scheduler (single-sequence contexts). */
export function singleTokenFastPathAvailable(sequence: LlamaContextSequence): boolean {
  return probeInternals(sequence)?.fastPath != null;
}

/** Raw result of the addon's `sampleToken` when asked for an array: [token, probabilities, confidence, logits, total]. */
type SampleResult = [number, unknown, unknown, number[] | undefined, number | undefined];
type LogitsRequest = false | [filterTokens: number[], includeMax: boolean, includeMin: boolean, includeSelected: boolean, includeTop: number];

interface AddonSampler {
  applyConfig(config: object): unknown;
  dispose(): void;
}

interface AddonContext {
  initBatch?(size: number): void;
  addToBatch?(sequenceId: number, firstTokenSequenceIndex: number, tokens: Uint32Array, logitIndexes: Uint32Array): Uint32Array;
  decodeBatch?(): Promise<void>;
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
  _sequenceId?: number;
  _nextTokenIndex?: number;
  _contextTokens?: Token[];
  context: { _ctx?: AddonContext; totalSequences?: number; contextSize?: number };
  model: { _model?: unknown; _llama?: { gpu?: unknown; _bindings?: { AddonSampler?: new (model: unknown) => AddonSampler } } };
}

/** The addon calls of one batch, for the single-token fast path (see `DirectTokenStepper`). */
interface BatchCalls {
  initBatch(size: number): void;
  addToBatch(sequenceId: number, firstTokenSequenceIndex: number, tokens: Uint32Array, logitIndexes: Uint32Array): Uint32Array;
  decodeBatch(): Promise<void>;
}

/** The sequence state node-llama-cpp keeps in step with the KV cache; the fast path advances it as `_decodeTokens` does. */
interface SequenceState {
  _sequenceId: number;
  _nextTokenIndex: number;
  _contextTokens: Token[];
}

interface Internals {
  sequence: SequenceInternals;
  addonContext: AddonContext;
  createSampler: () => AddonSampler;
  /** Present when one-token steps may bypass node-llama-cpp's batch scheduler. */
  fastPath: { batch: BatchCalls; state: SequenceState; contextSize: number } | null;
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
  return { sequence: s as SequenceInternals, addonContext, createSampler: () => new SamplerClass(nativeModel), fastPath: probeFastPath(s as SequenceInternals, addonContext) };
}

function probeFastPath(sequence: SequenceInternals, addonContext: AddonContext): Internals['fastPath'] {
  const { initBatch, addToBatch, decodeBatch } = addonContext;
  const { context } = sequence;
  if (
    typeof initBatch !== 'function' ||
    typeof addToBatch !== 'function' ||
    typeof decodeBatch !== 'function' ||
    typeof sequence._sequenceId !== 'number' ||
    typeof sequence._nextTokenIndex !== 'number' ||
    !Array.isArray(sequence._contextTokens) ||
    typeof context.contextSize !== 'number' ||
    // Another sequence could decode on the context between our decode and our sample; node-llama-cpp's scheduler
    // serialises (and batches) them.
    context.totalSequences !== 1 ||
    // Checkpointing models need the after-batch action; Vulkan builds serialise decodes across contexts.
    sequence.needsCheckpoints !== false ||
    sequence.model._llama?.gpu === 'vulkan'
  ) {
    return null;
  }
  return { batch: addonContext as BatchCalls, state: sequence as unknown as SequenceState, contextSize: context.contextSize };
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
  private readonly batchToken = new Uint32Array(1);
  /** The one token of a fast-path batch is also its one output. */
  private readonly batchLogits = new Uint32Array([0]);
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
    this.logitsRequest = candidates === null ? this.plainRequest : this.topRequest;
    const fast = this.internals.fastPath;
    // A full context needs a context shift, which only node-llama-cpp does; the engine stops generations before that,
    // so this guard only keeps the fast path from ever writing past the context.
    if (fast !== null && input.length === 1 && fast.state._nextTokenIndex < fast.contextSize - 1) {
      return this.read(await this.decodeOne(input[0] as Token, fast), candidates);
    }
    const { sequence } = this.internals;
    let tokens: Token[];
    let logits: boolean[];
    if (input.length === 1) {
      // One token in, one position out, no per-token arrays.
      tokens = this.singleInput;
      tokens[0] = input[0] as Token;
      logits = this.singleLogits;
    } else {
      tokens = input.slice();
      logits = [];
      logits[input.length - 1] = true;
    }
    const results = await sequence._decodeTokens(
      tokens,
      logits,
      EVALUATION_PRIORITY,
      sequence._tokenMeter,
      this.contextShift,
      this.mapper,
      this.afterBatch,
    );
    return this.read(results[input.length - 1], candidates);
  }

  /** What `_decodeTokens` does for one token on a single-sequence context, without its scheduler. */
  private async decodeOne(token: Token, fast: NonNullable<Internals['fastPath']>): Promise<SampleResult> {
    const { batch, state } = fast;
    this.internals.sequence._ensureNotDisposed();
    this.batchToken[0] = token;
    batch.initBatch(1);
    const [logitIndex = 0] = batch.addToBatch(state._sequenceId, state._nextTokenIndex, this.batchToken, this.batchLogits);
    await batch.decodeBatch();
    state._nextTokenIndex += 1;
    state._contextTokens.push(token);
    return this.mapper(logitIndex);
  }

  private read(result: SampleResult | undefined, candidates: CandidateList | null): number {
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
