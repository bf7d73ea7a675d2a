/**
 * The limits and constants of Democritus's wire contracts, defined once and read by every side: the node's REST,
 * WebSocket and gRPC APIs, its peer-to-peer inference protocol, the CLI and this SDK. A request past a limit is refused
 * with a 400-class error naming the field and the limit, whichever way it arrives.
 */

/** The model name that asks a node to route a request by meaning across the swarm (also the default model). */
export const SWARM_MODEL = 'swarm';

export const LIMITS = {
  /** Tokens one generation may ask for (`max_tokens`, `max_completion_tokens`). */
  maxTokens: 32_768,
  /** Messages in one chat request. */
  maxMessages: 1_024,
  /** Stop sequences of one request (OpenAI's limit). */
  maxStopSequences: 4,
  /** Characters of one stop sequence. */
  maxStopSequenceChars: 256,
  /** Alternatives reported per token (`top_logprobs`). */
  maxTopLogprobs: 20,
  maxTemperature: 2,
  /** Candidates a peer may ask the sampler to keep before top-p. */
  maxTopK: 200,
  /** Characters of a model or expert name in a request. */
  maxModelNameChars: 256,
  /** Bytes of one request body (REST), one WebSocket frame and one gRPC message. */
  maxRequestBytes: 1_048_576,
  /** Experts one routing decision lists and one `ask` consults (`top`, `experts`). */
  maxExperts: 100,
  /** Texts in one `/v1/embeddings` request (OpenAI's limit). */
  maxEmbeddingInputs: 2_048,
  /** Characters of a request id (WebSocket `id`, the inference protocol's request id). */
  maxRequestIdChars: 128,
  /** Requests one WebSocket connection may run at once. */
  maxActiveRequestsPerSocket: 16,
  /** Nesting depth of a JSON request body: deeper bodies are refused before they are parsed. */
  maxJsonDepth: 64,
} as const;

/** Sampling settings a request cannot choose through the OpenAI API. */
export const SAMPLING = {
  /** Candidates kept before top-p (llama.cpp's default). */
  topK: 40,
} as const;
