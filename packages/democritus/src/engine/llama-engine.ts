import { getLlama, LlamaLogLevel, type Llama, type LlamaContextSequence, type Token } from 'node-llama-cpp';
import { seededRandom } from '../core/sampling/prng.js';
import { logprobOfLogit } from '../core/sampling/sampler.js';
import { StopSequenceScanner } from '../core/text/stop-sequences.js';
import { DemocritusError, errorMessage } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import { ModelPool, type LoadedModel, type ModelPoolSettings } from './model-pool.js';
import { createNextTokenPicker, type Alternative } from './next-token.js';
import { renderPromptTokens } from './prompt-rendering.js';
import { TokenDecoder } from './token-decoder.js';
import type {
  DoneEvent,
  FinishReason,
  GenerateRequest,
  GenerationEvent,
  InferenceEngine,
  LoadedModelInfo,
  ModelHandle,
  ScoredToken,
  TeacherForcingRequest,
  TokenLogprob,
} from './types.js';

export type ComputeBackend = 'cpu' | 'cuda' | 'vulkan' | 'metal';

export interface LlamaEngineOptions extends ModelPoolSettings {
  backend: ComputeBackend;
  logger: Logger;
}

/**
 * The node-llama-cpp inference engine. Generation runs token by token through `controlledEvaluate`, which returns the
 * top logits and the softmax normaliser; sampling happens here (seeded, platform-independent), so every token comes
 * with its log-probability under the model's raw distribution whatever the temperature.
 */
export class LlamaEngine implements InferenceEngine {
  private constructor(
    private readonly llama: Llama,
    private readonly pool: ModelPool,
    private readonly logger: Logger,
  ) {}

  static async create(options: LlamaEngineOptions): Promise<LlamaEngine> {
    const llama = await getLlama({
      gpu: options.backend === 'cpu' ? false : options.backend,
      // Use the prebuilt binary from npm; never try to compile or download one at run time.
      build: 'never',
      logLevel: LlamaLogLevel.error,
      logger: (level, message) => options.logger.debug({ llamaLevel: level }, message.trim()),
    });
    options.logger.debug({ backend: options.backend, threads: options.threads }, 'llama.cpp ready');
    return new LlamaEngine(llama, new ModelPool(llama, options, options.logger), options.logger);
  }

  async preload(model: ModelHandle): Promise<void> {
    const lease = await this.pool.acquire(model);
    lease.release();
  }

  loadedModels(): LoadedModelInfo[] {
    return this.pool.info();
  }

  async close(): Promise<void> {
    await this.pool.close();
    await this.llama.dispose();
  }

  async *generate(request: GenerateRequest): AsyncGenerator<GenerationEvent> {
    const started = performance.now();
    const lease = await this.pool.acquire(request.model, request.signal);
    let done: DoneEvent | undefined;
    try {
      for await (const event of this.runGeneration(lease.loaded, lease.sequence, request, started)) {
        if (event.type === 'done') {
          done = event;
          break;
        }
        yield event;
      }
    } finally {
      lease.release();
    }
    // The model is free before the caller sees the end, even if it never asks for the end of the stream.
    if (done !== undefined) yield done;
  }

  private async *runGeneration(
    loaded: LoadedModel,
    sequence: LlamaContextSequence,
    request: GenerateRequest,
    started: number,
  ): AsyncGenerator<GenerationEvent> {
    const { model } = loaded;
    const promptTokens = renderPromptTokens(model, loaded.chatWrapper, request.input);
    const contextSize = sequence.contextSize;
    if (promptTokens.length >= contextSize) {
      throw new DemocritusError('bad_request', `prompt has ${promptTokens.length} tokens, the context holds ${contextSize}`);
    }
    const maxTokens = Math.min(request.maxTokens, contextSize - promptTokens.length);
    const reported = Math.max(0, request.topLogprobs ?? 0);
    const picker = createNextTokenPicker(sequence, request.sampling, reported, seededRandom(request.sampling.seed));
    const decoder = new TokenDecoder(model, promptTokens);
    const stops = new StopSequenceScanner(request.stop ?? []);

    let input: Token[] = promptTokens;
    let completionTokens = 0;
    let firstTokenMs: number | null = null;
    let finishReason: FinishReason = 'length';
    let failure: string | undefined;

    try {
      while (completionTokens < maxTokens) {
        if (request.signal?.aborted) {
          finishReason = 'cancelled';
          break;
        }
        const { token, logprob, alternatives } = await picker.next(input);
        if (model.isEogToken(token)) {
          finishReason = 'stop';
          break;
        }
        completionTokens += 1;
        firstTokenMs ??= performance.now() - started;
        const scan = stops.push(decoder.push(token));
        yield { type: 'token', text: scan.emit, tokenId: token, logprob, topLogprobs: withTexts(alternatives, decoder) };
        if (scan.stopped) {
          finishReason = 'stop';
          break;
        }
        input = [token];
      }
    } catch (error) {
      finishReason = 'error';
      failure = errorMessage(error);
      this.logger.warn({ err: failure, model: loaded.handle.name }, 'generation failed');
    }

    const rest = stops.flush();
    if (rest.length > 0 && finishReason !== 'stop') {
      // Text held back as a possible stop sequence turned out not to be one.
      yield { type: 'token', text: rest, tokenId: -1, logprob: 0, topLogprobs: [] };
    }
    const done: DoneEvent = {
      type: 'done',
      finishReason,
      usage: { promptTokens: promptTokens.length, completionTokens },
      modelSha256: loaded.handle.sha256,
      timings: { firstTokenMs, totalMs: performance.now() - started },
    };
    if (failure !== undefined) done.error = failure;
    yield done;
  }

  async scoreContinuation(request: TeacherForcingRequest): Promise<ScoredToken[]> {
    const lease = await this.pool.acquire(request.model, request.signal);
    try {
      const { model } = lease.loaded;
      const promptTokens = renderPromptTokens(model, lease.loaded.chatWrapper, request.input);
      const continuation: Token[] =
        'tokenIds' in request.continuation
          ? (request.continuation.tokenIds as Token[])
          : model.tokenize(request.continuation.text, false, 'trimLeadingSpace');
      const all = [...promptTokens, ...continuation];
      if (all.length > lease.sequence.contextSize) {
        throw new DemocritusError('bad_request', `prompt and continuation have ${all.length} tokens, the context holds ${lease.sequence.contextSize}`);
      }
      const topK = Math.max(1, request.topLogprobs ?? 0);
      const first = promptTokens.length - 1;
      const results = await lease.sequence.controlledEvaluate(
        all.map((token, index) => {
          const next = all[index + 1];
          if (index < first || next === undefined) return token;
          return [token, { generateNext: { totalLogitWeight: true, logits: { filter: { tokens: [next], includeTop: topK } } } }];
        }),
      );
      const decoder = new TokenDecoder(model, promptTokens);
      return continuation.map((token, offset): ScoredToken => {
        const next = results[first + offset]?.next;
        const logits = next?.logits;
        if (logits === undefined || next?.totalLogitWeight === undefined) {
          throw new DemocritusError('bad_request', `no logits returned for continuation token ${offset}`);
        }
        const maxLogit = logits.values().next().value ?? 0;
        const logprobOf = (logit: number) => logprobOfLogit(logit, maxLogit, next.totalLogitWeight ?? 1);
        const top: TokenLogprob[] = [...logits.entries()].slice(0, request.topLogprobs ?? 0).map(([id, logit]) => ({
          tokenId: id,
          text: decoder.tokenText(id),
          logprob: logprobOf(logit),
        }));
        return { tokenId: token, text: decoder.push(token), logprob: logprobOf(logits.get(token) ?? Number.NEGATIVE_INFINITY), topLogprobs: top };
      });
    } finally {
      lease.release();
    }
  }
}

function withTexts(alternatives: readonly Alternative[], decoder: TokenDecoder): TokenLogprob[] {
  return alternatives.map(({ tokenId, logprob }) => ({ tokenId, text: decoder.tokenText(tokenId as Token), logprob }));
}
