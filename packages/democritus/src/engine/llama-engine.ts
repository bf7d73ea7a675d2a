import { getLlama, LlamaCompletion, LlamaLogLevel, type Llama, type LlamaGrammar, type LlamaModel, type Token } from 'node-llama-cpp';
import { seededRandom } from '../core/sampling/prng.js';
import { logprobOfLogit } from '../core/sampling/sampler.js';
import { lengthGuard } from '../core/sanitizer/length-guard.js';
import { StopSequenceScanner } from '../core/text/stop-sequences.js';
import { DemocritusError, errorMessage } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import { ModelPool, type ModelPoolSettings } from './model-pool.js';
import { createNextTokenPicker, type Alternative, type NextToken, type NextTokenPicker } from './next-token.js';
import { renderPromptTokens } from './prompt-rendering.js';
import { TokenDecoder } from './token-decoder.js';
import type {
  Continuation,
  DoneEvent,
  FinishReason,
  GenerateRequest,
  GenerationEvent,
  InferenceEngine,
  JsonSchemaGrammar,
  LoadedModelInfo,
  ModelHandle,
  ScoredToken,
  TeacherForcingRequest,
  TokenEvent,
  TokenLogprob,
} from './types.js';

export type ComputeBackend = 'cpu' | 'cuda' | 'vulkan' | 'metal';

export interface LlamaEngineOptions extends ModelPoolSettings {
  backend: ComputeBackend;
  logger: Logger;
  /**
   * Drive llama.cpp through node-llama-cpp's internal decode queue with one sampler per generation (the default, when
   * the node-llama-cpp-direct-stepping patch applies: see patches/registry.ts) instead of the public
   * `controlledEvaluate`. Both give identical tokens and log-probabilities.
   */
  directStepping?: boolean;
  /** Longest prompt accepted, in tokens (`sanitizer.input.max_prompt_tokens`; 0 or absent: the context size alone). */
  maxPromptTokens?: number;
}

/**
 * The node-llama-cpp inference engine. Generation runs token by token through `controlledEvaluate`, which returns the
 * top logits and the softmax normaliser; sampling happens here (seeded, platform-independent), so every token comes
 * with its log-probability under the model's raw distribution whatever the temperature.
 */
export class LlamaEngine implements InferenceEngine {
  /** Grammars by their schema's JSON: building one compiles the schema, so each is made once. */
  private readonly grammars = new Map<string, Promise<LlamaGrammar>>();

  private constructor(
    private readonly llama: Llama,
    private readonly pool: ModelPool,
    private readonly logger: Logger,
    private readonly directStepping: boolean,
    private readonly maxPromptTokens: number,
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
    return new LlamaEngine(llama, new ModelPool(llama, options, options.logger), options.logger, options.directStepping ?? true, options.maxPromptTokens ?? 0);
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
    if (request.jsonSchema !== undefined) {
      yield* this.generateWithGrammar(request, request.jsonSchema);
      return;
    }
    const started = performance.now();
    const lease = await this.pool.acquire(request.model, request.signal);
    let done: DoneEvent;
    let picker: NextTokenPicker | undefined;
    // One generator for the whole generation (no inner generator re-yielded): every layer of `for await` + `yield`
    // costs a few promise hops per token.
    try {
      const { loaded, sequence } = lease;
      const { model } = loaded;
      const rendered = renderPromptTokens(model, loaded.chatWrapper, request.input);
      const continued = request.continuation === undefined ? [] : continuationTokens(model, request.continuation);
      const promptTokens = continued.length === 0 ? rendered : [...rendered, ...continued];
      const contextSize = sequence.contextSize;
      this.checkPromptTokens(promptTokens.length, contextSize);
      const maxTokens = Math.min(request.maxTokens, contextSize - promptTokens.length);
      const reported = Math.max(0, request.topLogprobs ?? 0);
      picker = createNextTokenPicker(sequence, request.sampling, reported, seededRandom(request.sampling.seed), {
        directStepping: this.directStepping,
      });
      const decoder = new TokenDecoder(model, promptTokens);
      const stopList = request.stop ?? [];
      const stops = stopList.some((stop) => stop.length > 0) ? new StopSequenceScanner(stopList) : null;
      // A stop sequence may span the seam. Text was released as it is; token ids are all the tokens the other expert
      // produced, including text its scanner still held back, which this scanner holds back the same way.
      const seamStopped = stops !== null && request.continuation !== undefined && continuedThroughStop(stops, request.continuation, model, continued, rendered);
      const { signal } = request;
      const aborted = (): boolean => signal?.aborted === true;

      let completionTokens = 0;
      let firstTokenMs: number | null = null;
      let finishReason: FinishReason = 'length';
      let failure: string | undefined;
      const single: Token[] = [0 as Token];
      // One token of look-ahead: as soon as a token is chosen, llama.cpp starts evaluating it (on its own thread) while
      // this thread streams the token to the consumer, instead of the two taking turns. The choices, their order and
      // the PRNG draws are exactly those of a strictly serial loop; a look-ahead that turns out not to be needed (stop
      // sequence, cancellation, the consumer leaving) is awaited before the sequence is released and its result dropped.
      let pending: Promise<Readonly<NextToken>> | null = null;

      try {
        if (seamStopped) finishReason = 'stop';
        else if (maxTokens > 0 && !aborted()) pending = lookAhead(picker.next(promptTokens));
        while (completionTokens < maxTokens) {
          if (aborted()) {
            finishReason = 'cancelled';
            break;
          }
          // Below the limit and not cancelled, a look-ahead is always running here.
          if (pending === null) break;
          const next = await pending;
          pending = null;
          // The picker reuses its result object: read it before asking for the next token.
          const token = next.token;
          const logprob = next.logprob;
          const alternatives = next.alternatives;
          if (model.isEogToken(token)) {
            finishReason = 'stop';
            break;
          }
          completionTokens += 1;
          firstTokenMs ??= performance.now() - started;
          if (completionTokens < maxTokens && !aborted()) {
            single[0] = token;
            pending = lookAhead(picker.next(single));
          }
          const piece = decoder.push(token);
          const topLogprobs = alternatives.length === 0 ? [] : withTexts(alternatives, decoder);
          if (stops === null) {
            yield { type: 'token', text: piece, tokenId: token, logprob, topLogprobs };
          } else {
            const scan = stops.push(piece);
            yield { type: 'token', text: scan.emit, tokenId: token, logprob, topLogprobs };
            if (scan.stopped) {
              finishReason = 'stop';
              break;
            }
          }
        }
      } catch (error) {
        finishReason = 'error';
        failure = errorMessage(error);
        this.logger.warn({ err: failure, model: loaded.handle.name }, 'generation failed');
      } finally {
        // Never release the sequence under a running evaluation (also when the consumer returns early).
        if (pending !== null) await pending.catch(() => undefined);
      }

      const rest = stops?.flush() ?? '';
      if (rest.length > 0 && finishReason !== 'stop') {
        // Text held back as a possible stop sequence turned out not to be one.
        yield { type: 'token', text: rest, tokenId: -1, logprob: 0, topLogprobs: [] };
      }
      done = {
        type: 'done',
        finishReason,
        usage: { promptTokens: rendered.length, completionTokens },
        modelSha256: loaded.handle.sha256,
        timings: { firstTokenMs, totalMs: performance.now() - started },
      };
      if (failure !== undefined) done.error = failure;
    } finally {
      picker?.dispose();
      lease.release();
    }
    // The model is free before the caller sees the end, even if it never asks for the end of the stream.
    yield done;
  }

  /**
   * A generation whose output the JSON schema's grammar constrains, through node-llama-cpp's completion API (its own
   * sampler applies the grammar). The tokens come once the output is complete: structured output is read whole.
   */
  private async *generateWithGrammar(request: GenerateRequest, jsonSchema: JsonSchemaGrammar): AsyncGenerator<GenerationEvent> {
    const started = performance.now();
    const grammar = await this.grammarFor(jsonSchema);
    const lease = await this.pool.acquire(request.model, request.signal);
    const tokens: TokenEvent[] = [];
    let done: DoneEvent;
    try {
      const { loaded, sequence } = lease;
      const promptTokens = renderPromptTokens(loaded.model, loaded.chatWrapper, request.input);
      this.checkPromptTokens(promptTokens.length, sequence.contextSize);
      const decoder = new TokenDecoder(loaded.model, promptTokens);
      const completion = new LlamaCompletion({ contextSequence: sequence, autoDisposeSequence: false });
      let firstTokenMs: number | null = null;
      let finishReason: FinishReason;
      let failure: string | undefined;
      try {
        const { metadata } = await completion.generateCompletionWithMeta(promptTokens, {
          grammar,
          maxTokens: Math.min(request.maxTokens, sequence.contextSize - promptTokens.length),
          temperature: request.sampling.temperature,
          topK: request.sampling.topK,
          topP: request.sampling.topP,
          seed: request.sampling.seed,
          ...(request.signal === undefined ? {} : { signal: request.signal, stopOnAbortSignal: true }),
          onToken: (chunk) => {
            firstTokenMs ??= performance.now() - started;
            for (const token of chunk) tokens.push({ type: 'token', text: decoder.push(token), tokenId: token, logprob: 0, topLogprobs: [] });
          },
        });
        finishReason = metadata.stopReason === 'maxTokens' ? 'length' : metadata.stopReason === 'abort' ? 'cancelled' : 'stop';
      } catch (error) {
        finishReason = request.signal?.aborted === true ? 'cancelled' : 'error';
        if (finishReason === 'error') failure = errorMessage(error);
      } finally {
        completion.dispose({ disposeSequence: false });
      }
      done = {
        type: 'done',
        finishReason,
        usage: { promptTokens: promptTokens.length, completionTokens: tokens.length },
        modelSha256: loaded.handle.sha256,
        timings: { firstTokenMs, totalMs: performance.now() - started },
      };
      if (failure !== undefined) done.error = failure;
    } finally {
      lease.release();
    }
    yield* tokens;
    yield done;
  }

  /** A prompt over this node's token limit, or too long to leave room for an answer, is the client's to shorten. */
  private checkPromptTokens(count: number, contextSize: number): void {
    const tooLong = lengthGuard([], { maxChars: Number.POSITIVE_INFINITY, maxTokens: this.maxPromptTokens }, 'the prompt', count);
    if (tooLong !== null) throw new DemocritusError('prompt_too_long', `${tooLong.message} (sanitizer.input.max_prompt_tokens)`, { param: 'messages' });
    if (count >= contextSize) throw new DemocritusError('bad_request', `prompt has ${count} tokens, the context holds ${contextSize}`);
  }

  private grammarFor(jsonSchema: JsonSchemaGrammar): Promise<LlamaGrammar> {
    const key = JSON.stringify(jsonSchema);
    let grammar = this.grammars.get(key);
    if (grammar === undefined) {
      grammar = this.llama.createGrammarForJsonSchema<JsonSchemaGrammar>(jsonSchema);
      // A schema node-llama-cpp cannot turn into a grammar is not kept: the next request gets the same error afresh.
      grammar.catch(() => this.grammars.delete(key));
      this.grammars.set(key, grammar);
    }
    return grammar;
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
      const vocabularySize = model.fileInfo.metadata.tokenizer.ggml.tokens.length;
      const outside = continuation.findIndex((token) => !Number.isInteger(token) || token < 0 || token >= vocabularySize);
      if (outside !== -1) {
        // llama.cpp refuses such a batch with an opaque "Eval has failed"; it is the input's fault, and an auditor reads it as evidence.
        throw new DemocritusError('bad_request', `continuation token ${outside} has id ${continuation[outside]}, outside this model's vocabulary of ${vocabularySize} tokens`, { param: 'continuation' });
      }
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
          throw new DemocritusError('engine_failure', `no logits returned for continuation token ${offset}`);
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

/**
 * A continuation as this model's tokens: ids as given (each checked against the vocabulary, since llama.cpp would read
 * out of bounds), text tokenized without a leading BOS.
 */
function continuationTokens(model: LlamaModel, continuation: Continuation): Token[] {
  if ('text' in continuation) return model.tokenize(continuation.text, false, 'trimLeadingSpace');
  const vocabulary = model.fileInfo.metadata.tokenizer.ggml.tokens.length;
  const bad = continuation.tokenIds.find((id) => !Number.isInteger(id) || id < 0 || id >= vocabulary);
  if (bad !== undefined) throw new DemocritusError('bad_request', `continuation token id ${bad} is not in the model's vocabulary of ${vocabulary} tokens`, { param: 'continuation' });
  return continuation.tokenIds as Token[];
}

/** Primes the scanner with the continuation; true when it already ends in a stop sequence (nothing is left to write). */
function continuedThroughStop(stops: StopSequenceScanner, continuation: Continuation, model: LlamaModel, continued: Token[], rendered: Token[]): boolean {
  if ('text' in continuation) {
    stops.prime(continuation.text);
    return false;
  }
  return stops.push(model.detokenize(continued, false, rendered)).stopped;
}

/** Marks a look-ahead as handled at once: it may fail while the generator waits at a `yield`; `await` still sees it. */
function lookAhead<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

function withTexts(alternatives: readonly Alternative[], decoder: TokenDecoder): TokenLogprob[] {
  return alternatives.map(({ tokenId, logprob }) => ({ tokenId, text: decoder.tokenText(tokenId as Token), logprob }));
}
