/**
 * OpenAI's chat completion request (`POST /v1/chat/completions`), checked and turned into what the node runs: the
 * `model` to resolve, the chat messages, and the generation settings. Pure: no I/O, reusable by every interface that
 * accepts OpenAI-shaped chat requests (REST, WebSocket, gRPC).
 *
 * ```ts
 * const chat = parseChatCompletionBody(JSON.parse(text), deps.defaults); // throws HttpError 400 with `param`
 * const expert = await deps.resolveExpert(chat.model, chat.messages, signal);
 * const events = await deps.generate(generateRequestFor(chat, expert), signal);
 * ```
 *
 * Fastify validates with `chatCompletionBodySchema` at the edge and calls `toChatCompletionRequest` on the result;
 * `parseChatCompletionBody` does both for callers without Fastify.
 */
import { randomInt } from 'node:crypto';
import { Ajv, type ValidateFunction } from 'ajv';
import type { ChatMessage, SamplingParameters } from '../../engine/types.js';
import type { ControlGenerateRequest, ExpertChoice, GenerationDefaults } from '../control-server.js';
import { formatSchemaErrors, HttpError, invalidRequest, schemaErrorParam, type SchemaValidationError } from '../http-errors.js';
import { MAX_TOKENS_LIMIT, TOP_LOGPROBS_LIMIT } from '../routes/generate.js';

/** The model that asks for semantic routing across the swarm; also the default when a request names none. */
export const SWARM_MODEL_ID = 'swarm';
/** OpenAI's limits: at most 4 stop sequences. */
export const MAX_STOP_SEQUENCES = 4;
export const MAX_MESSAGES = 1024;
const TOP_K = 40;
const UINT32 = 0x1_0000_0000;

/** A text part of a message's `content` (the only part type the experts read). */
export interface ChatContentPart {
  type: string;
  text?: string;
  [other: string]: unknown;
}

export interface ChatCompletionMessage {
  role: 'system' | 'developer' | 'user' | 'assistant';
  content?: string | ChatContentPart[] | null;
  name?: string;
  refusal?: string | null;
  tool_calls?: unknown[];
  annotations?: unknown[];
  tool_call_id?: string;
}

/** The request body as OpenAI defines it (the fields this node reads or accepts). */
export interface ChatCompletionBody {
  model?: string;
  messages: ChatCompletionMessage[];
  stream?: boolean | null;
  stream_options?: { include_usage?: boolean; include_obfuscation?: boolean } | null;
  max_tokens?: number | null;
  max_completion_tokens?: number | null;
  temperature?: number | null;
  top_p?: number | null;
  n?: number | null;
  stop?: string | string[] | null;
  seed?: number | null;
  logprobs?: boolean | null;
  top_logprobs?: number | null;
  response_format?: { type: string; [other: string]: unknown } | null;
  tools?: unknown[] | null;
  tool_choice?: string | Record<string, unknown> | null;
  functions?: unknown[] | null;
  function_call?: string | Record<string, unknown> | null;
  modalities?: string[] | null;
  audio?: Record<string, unknown> | null;
  prediction?: Record<string, unknown> | null;
  web_search_options?: Record<string, unknown> | null;
  /** Accepted and ignored. */
  frequency_penalty?: number | null;
  presence_penalty?: number | null;
  logit_bias?: Record<string, number> | null;
  user?: string;
  safety_identifier?: string;
  prompt_cache_key?: string;
  metadata?: Record<string, string> | null;
  store?: boolean | null;
  service_tier?: string | null;
  parallel_tool_calls?: boolean | null;
  reasoning_effort?: string | null;
  verbosity?: string | null;
}

/** A checked chat completion request, every default filled in. */
export interface ChatCompletionRequest {
  /** "swarm" or an expert's name, peer ID or model name. */
  model: string;
  /** `developer` messages become `system`; text parts are joined with newlines. */
  messages: ChatMessage[];
  stream: boolean;
  /** `stream_options.include_usage`: one more chunk with empty `choices` and the usage before `[DONE]`. */
  includeUsage: boolean;
  /** `logprobs`: report each token's log-probability (and `topLogprobs` alternatives). */
  logprobs: boolean;
  generation: Omit<ControlGenerateRequest, 'peer' | 'input'>;
}

const nullable = <T extends object>(schema: T) => ({ ...schema, nullable: true }) as const;
const ignoredObject = nullable({ type: 'object' } as const);

const contentPartSchema = {
  type: 'object',
  required: ['type'],
  properties: { type: { type: 'string' }, text: { type: 'string' } },
} as const;

const messageSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['role'],
  properties: {
    role: { type: 'string', enum: ['system', 'developer', 'user', 'assistant'] },
    content: { anyOf: [{ type: 'string' }, { type: 'array', items: contentPartSchema }, { type: 'null' }] },
    name: { type: 'string' },
    refusal: nullable({ type: 'string' } as const),
    tool_calls: { type: 'array' },
    annotations: { type: 'array' },
    // Only on `tool` messages, which are refused by `role`: listed so that the error names the role.
    tool_call_id: { type: 'string' },
  },
} as const;

/** The JSON schema of the body (Ajv, as Fastify runs it: no coercion, unknown fields refused). */
export const chatCompletionBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['messages'],
  properties: {
    model: { type: 'string', minLength: 1, maxLength: 256 },
    messages: { type: 'array', minItems: 1, maxItems: MAX_MESSAGES, items: messageSchema },
    stream: nullable({ type: 'boolean' } as const),
    stream_options: nullable({
      type: 'object',
      additionalProperties: false,
      properties: { include_usage: { type: 'boolean' }, include_obfuscation: { type: 'boolean' } },
    } as const),
    max_tokens: nullable({ type: 'integer', minimum: 1, maximum: MAX_TOKENS_LIMIT } as const),
    max_completion_tokens: nullable({ type: 'integer', minimum: 1, maximum: MAX_TOKENS_LIMIT } as const),
    temperature: nullable({ type: 'number', minimum: 0, maximum: 2 } as const),
    top_p: nullable({ type: 'number', minimum: 0, maximum: 1 } as const),
    n: nullable({ type: 'integer', minimum: 1, maximum: 128 } as const),
    stop: {
      anyOf: [
        { type: 'string', minLength: 1 },
        { type: 'array', maxItems: MAX_STOP_SEQUENCES, items: { type: 'string', minLength: 1 } },
        { type: 'null' },
      ],
    },
    seed: nullable({ type: 'integer' } as const),
    logprobs: nullable({ type: 'boolean' } as const),
    top_logprobs: nullable({ type: 'integer', minimum: 0, maximum: TOP_LOGPROBS_LIMIT } as const),
    response_format: nullable({ type: 'object', required: ['type'], properties: { type: { type: 'string' } } } as const),
    tools: nullable({ type: 'array' } as const),
    tool_choice: { anyOf: [{ type: 'string' }, { type: 'object' }, { type: 'null' }] },
    functions: nullable({ type: 'array' } as const),
    function_call: { anyOf: [{ type: 'string' }, { type: 'object' }, { type: 'null' }] },
    modalities: nullable({ type: 'array', items: { type: 'string' } } as const),
    audio: ignoredObject,
    prediction: ignoredObject,
    web_search_options: ignoredObject,
    frequency_penalty: nullable({ type: 'number', minimum: -2, maximum: 2 } as const),
    presence_penalty: nullable({ type: 'number', minimum: -2, maximum: 2 } as const),
    logit_bias: nullable({ type: 'object', additionalProperties: { type: 'number', minimum: -100, maximum: 100 } } as const),
    user: { type: 'string' },
    safety_identifier: { type: 'string' },
    prompt_cache_key: { type: 'string' },
    metadata: nullable({ type: 'object', additionalProperties: { type: 'string' } } as const),
    store: nullable({ type: 'boolean' } as const),
    service_tier: nullable({ type: 'string' } as const),
    parallel_tool_calls: nullable({ type: 'boolean' } as const),
    reasoning_effort: nullable({ type: 'string' } as const),
    verbosity: nullable({ type: 'string' } as const),
  },
} as const;

/** Accepted for compatibility, with no effect on the generation (docs/api-reference.md lists them). */
export const IGNORED_CHAT_FIELDS = [
  'frequency_penalty',
  'presence_penalty',
  'logit_bias',
  'user',
  'safety_identifier',
  'prompt_cache_key',
  'metadata',
  'store',
  'service_tier',
  'parallel_tool_calls',
  'reasoning_effort',
  'verbosity',
] as const;

const unsupported = (message: string, param: string) => invalidRequest(message, param, 'unsupported_value');

/** Checks what the schema cannot say and fills in the defaults. Throws HttpError 400 (with `param`). */
export function toChatCompletionRequest(body: ChatCompletionBody, defaults: GenerationDefaults): ChatCompletionRequest {
  if (body.n !== undefined && body.n !== null && body.n !== 1) throw unsupported('n > 1 is not supported: ask for one choice (n = 1)', 'n');
  if (body.response_format != null && body.response_format.type !== 'text') {
    throw unsupported(`response_format type ${JSON.stringify(body.response_format.type)} is not supported; only "text" is`, 'response_format.type');
  }
  if (body.tools != null && body.tools.length > 0) throw unsupported('tools are not supported by these experts', 'tools');
  if (body.functions != null && body.functions.length > 0) throw unsupported('functions are not supported by these experts', 'functions');
  for (const field of ['tool_choice', 'function_call'] as const) {
    const value = body[field];
    if (value != null && value !== 'none' && value !== 'auto') throw unsupported(`${field} ${JSON.stringify(value)} is not supported (no tools)`, field);
  }
  if (body.modalities != null && body.modalities.some((modality) => modality !== 'text')) {
    throw unsupported('only the "text" modality is supported', 'modalities');
  }
  for (const field of ['audio', 'prediction', 'web_search_options'] as const) {
    if (body[field] != null) throw unsupported(`${field} is not supported by these experts`, field);
  }
  const stream = body.stream === true;
  if (body.stream_options != null && !stream) {
    throw invalidRequest("The 'stream_options' parameter is only allowed when 'stream' is enabled.", 'stream_options');
  }
  const logprobs = body.logprobs === true;
  if (body.top_logprobs != null && !logprobs) throw invalidRequest('logprobs must be true when top_logprobs is set', 'top_logprobs');

  let temperature = body.temperature ?? defaults.temperature;
  let topP = body.top_p ?? defaults.topP;
  // top_p = 0 keeps only the most likely token: greedy decoding.
  if (topP === 0) [temperature, topP] = [0, 1];
  const sampling: SamplingParameters = { temperature, topP, topK: TOP_K, seed: body.seed == null ? randomInt(0, UINT32) : toUint32(body.seed) };

  return {
    model: body.model ?? SWARM_MODEL_ID,
    messages: body.messages.map(toChatMessage),
    stream,
    includeUsage: stream && body.stream_options?.include_usage === true,
    logprobs,
    generation: {
      maxTokens: body.max_completion_tokens ?? body.max_tokens ?? defaults.maxTokens,
      sampling,
      stop: body.stop == null ? [] : typeof body.stop === 'string' ? [body.stop] : body.stop,
      topLogprobs: logprobs ? (body.top_logprobs ?? 0) : 0,
    },
  };
}

/** OpenAI seeds are any integer; the sampler's is 32-bit. */
function toUint32(seed: number): number {
  return ((seed % UINT32) + UINT32) % UINT32;
}

function toChatMessage(message: ChatCompletionMessage, index: number): ChatMessage {
  const param = `messages[${index}].content`;
  const role = message.role === 'developer' ? 'system' : message.role;
  if (message.tool_calls !== undefined && message.tool_calls.length > 0) {
    throw unsupported('tool calls are not supported by these experts', `messages[${index}].tool_calls`);
  }
  const { content } = message;
  if (content === undefined || content === null) {
    if (role !== 'assistant') throw invalidRequest(`messages[${index}] (${message.role}) must have a content`, param);
    return { role, content: '' };
  }
  if (typeof content === 'string') return { role, content };
  const texts = content.map((part, partIndex) => {
    if (part.type !== 'text') {
      throw unsupported(`content parts of type ${JSON.stringify(part.type)} are not supported: these experts read text only`, `${param}[${partIndex}].type`);
    }
    if (typeof part.text !== 'string') throw invalidRequest('a text content part must have a string `text`', `${param}[${partIndex}].text`);
    return part.text;
  });
  return { role, content: texts.join('\n') };
}

/** The generation to start once the expert is chosen. */
export function generateRequestFor(chat: ChatCompletionRequest, expert: ExpertChoice): ControlGenerateRequest {
  return { peer: expert.peer, input: { messages: chat.messages }, ...chat.generation };
}

let validator: ValidateFunction | undefined;

/**
 * Schema check and conversion in one, for interfaces without Fastify (WebSocket, gRPC). Throws HttpError 400 whose
 * message names the field from `dataVar` (`body/max_tokens must be <= 4096`).
 */
export function parseChatCompletionBody(value: unknown, defaults: GenerationDefaults, dataVar = 'body'): ChatCompletionRequest {
  validator ??= new Ajv({ coerceTypes: false, removeAdditional: false, useDefaults: false }).compile(chatCompletionBodySchema);
  if (!validator(value)) {
    const errors = (validator.errors ?? []) as SchemaValidationError[];
    throw new HttpError(400, 'invalid_request_error', 'validation_failed', formatSchemaErrors(errors, dataVar).message, schemaErrorParam(errors));
  }
  return toChatCompletionRequest(value as ChatCompletionBody, defaults);
}
