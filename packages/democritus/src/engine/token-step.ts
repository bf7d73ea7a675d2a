import type { ControlledEvaluateInputItem, LlamaContextSequence, Token } from 'node-llama-cpp';
import type { CandidateList } from '../core/sampling/sampler.js';
import { createDirectTokenStepper } from '../patches/node-llama-cpp-direct-stepping.js';
import { NODE_LLAMA_CPP_DIRECT_STEPPING, patchEnabled, type PatchCheck } from '../patches/registry.js';
import { noLogits, type TokenStepper } from './token-stepper.js';

export interface TokenStepperOptions {
  /** Set false to force the public-API implementation. */
  direct?: boolean;
  /** Whether `step` is ever called with candidates; sizes the top-logits request. */
  topCount: number;
  /** How the node-llama-cpp-direct-stepping patch is checked (tests pass another installed version). */
  patchCheck?: PatchCheck;
}

/**
 * The direct stepper of the node-llama-cpp-direct-stepping patch where it applies (the pinned node-llama-cpp, its
 * internals present), else `controlledEvaluate`, node-llama-cpp's public API: about 50-60 us more per token, which
 * on every call creates and disposes a native sampler, resolves and applies a sampler configuration, takes two locks
 * and revives the logits into a Map.
 */
export function createTokenStepper(sequence: LlamaContextSequence, options: TokenStepperOptions): TokenStepper {
  if (options.direct !== false && patchEnabled(NODE_LLAMA_CPP_DIRECT_STEPPING, options.patchCheck)) {
    const direct = createDirectTokenStepper(sequence, options.topCount);
    if (direct !== null) return direct;
  }
  return new ControlledTokenStepper(sequence, options.topCount);
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
