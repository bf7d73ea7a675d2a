import type { GbnfJsonSchema } from 'node-llama-cpp';

/**
 * The inference engine contract. `LlamaEngine` implements it on node-llama-cpp; a second backend (another runtime,
 * a remote peer) implements the same interface.
 */

export type ChatRole = 'system' | 'user' | 'assistant';

export interface ChatMessage {
  role: ChatRole;
  content: string;
}

/** A model the engine can load: a verified file on disk. */
export interface ModelHandle {
  /** SHA-256 of the file, lowercase hex: the model's identity. */
  sha256: string;
  /** Absolute path of the verified file. */
  path: string;
  /** Display name (usually the file name). */
  name: string;
  sizeBytes: number;
}

export interface SamplingParameters {
  /** 0 means greedy decoding. */
  temperature: number;
  /** Nucleus sampling mass in (0, 1]. */
  topP: number;
  /** Candidates kept before top-p; llama.cpp's default is 40. */
  topK: number;
  /** Seed of the sampler's PRNG; the same seed and input give the same output. */
  seed: number;
}

export interface GenerateRequest {
  model: ModelHandle;
  /** Chat messages rendered with the model's chat template, or a raw prompt used verbatim. */
  input: { messages: ChatMessage[] } | { prompt: string };
  maxTokens: number;
  sampling: SamplingParameters;
  stop?: string[];
  /** How many alternatives to report per token (0 disables alternatives; the chosen token's log-prob is always there). */
  topLogprobs?: number;
  /**
   * Constrains the output to JSON that this schema accepts (llama.cpp grammar sampling; node-llama-cpp's JSON-schema
   * grammar). For the node's own structured tasks (the model-based planner), not offered to API clients: tokens then
   * carry no log-probabilities (0) and no alternatives, and sampling follows node-llama-cpp's sampler.
   */
  jsonSchema?: JsonSchemaGrammar;
  /**
   * The start of the answer, already written (by an expert that failed mid-answer): appended after the rendered prompt
   * as the assistant's own text, and the generation goes on from there. Token ids continue exactly (same model); text
   * is tokenized by this model. `maxTokens` counts only the new tokens, and so do the done event's completion tokens.
   */
  continuation?: Continuation;
  signal?: AbortSignal;
}

/** Text already written, as token ids of the same model (exact) or as text (tokenized after the prompt). */
export type Continuation = { tokenIds: number[] } | { text: string };

/** A JSON schema in the subset node-llama-cpp turns into a grammar. */
export type JsonSchemaGrammar = GbnfJsonSchema;

/**
 * The engine's events are the wire format of `POST /api/generate` (one NDJSON line each), so they are the SDK's types:
 * token events with the chosen token's log-probability under the model's raw distribution (temperature 1, no
 * truncation) and the most likely alternatives, then one done event.
 */
import type { DoneEvent, GenerationEvent, GenerationFinishReason, LoadedModel, TokenAlternative, TokenEvent } from '@democritus/sdk';

export type { DoneEvent, GenerationEvent, TokenEvent };
export type TokenLogprob = TokenAlternative;
export type FinishReason = GenerationFinishReason;
export type Usage = DoneEvent['usage'];


export interface TeacherForcingRequest {
  model: ModelHandle;
  input: { messages: ChatMessage[] } | { prompt: string };
  /** The continuation to score: token ids as generated (exact), or text (tokenized after the prompt). */
  continuation: Continuation;
  topLogprobs?: number;
  signal?: AbortSignal;
}

export interface ScoredToken extends TokenLogprob {
  topLogprobs: TokenLogprob[];
}

export interface InferenceEngine {
  /** Streams token events and ends with exactly one `done` event. */
  generate(request: GenerateRequest): AsyncIterable<GenerationEvent>;
  /** Log-probabilities of a given continuation, one entry per continuation token. */
  scoreContinuation(request: TeacherForcingRequest): Promise<ScoredToken[]>;
  /** Loads a model ahead of use (it may still be evicted later by the LRU policy). */
  preload(model: ModelHandle): Promise<void>;
  loadedModels(): LoadedModelInfo[];
  close(): Promise<void>;
}

/** A loaded model as `/health` reports it. */
export type LoadedModelInfo = LoadedModel;
