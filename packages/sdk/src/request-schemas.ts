/**
 * The JSON schemas of the request bodies a node accepts. They are the one definition of each request: the node
 * validates with them (Ajv, no coercion, unknown fields refused), and the request types below are derived from them.
 */
import { DECOMPOSE_MODES } from './decomposition.js';
import type { FromSchema } from 'json-schema-to-ts';
import { AGGREGATION_REQUESTS, MAX_AGGREGATED_EXPERTS } from './aggregation.js';
import { LIMITS } from './limits.js';

const contentPartSchema = {
  type: 'object',
  required: ['type'],
  properties: { type: { type: 'string' }, text: { type: 'string' } },
} as const;

const chatMessageSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['role'],
  properties: {
    role: { type: 'string', enum: ['system', 'developer', 'user', 'assistant'] },
    content: { anyOf: [{ type: 'string' }, { type: 'array', items: contentPartSchema }, { type: 'null' }] },
    name: { type: 'string' },
    refusal: { type: ['string', 'null'] },
    tool_calls: { type: 'array' },
    annotations: { type: 'array' },
    // Only on `tool` messages, which are refused by `role`: listed so that the error names the role.
    tool_call_id: { type: 'string' },
  },
} as const;

const stopSchema = {
  anyOf: [
    { type: 'string', minLength: 1, maxLength: LIMITS.maxStopSequenceChars },
    { type: 'array', maxItems: LIMITS.maxStopSequences, items: { type: 'string', minLength: 1, maxLength: LIMITS.maxStopSequenceChars } },
    { type: 'null' },
  ],
} as const;

/** `POST /v1/chat/completions`: OpenAI's chat completion body (the fields a node reads, plus those it accepts and ignores). */
export const chatCompletionBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['messages'],
  properties: {
    model: { type: 'string', minLength: 1, maxLength: LIMITS.maxModelNameChars },
    messages: { type: 'array', minItems: 1, maxItems: LIMITS.maxMessages, items: chatMessageSchema },
    stream: { type: ['boolean', 'null'] },
    stream_options: {
      type: ['object', 'null'],
      additionalProperties: false,
      properties: { include_usage: { type: 'boolean' }, include_obfuscation: { type: 'boolean' } },
    },
    max_tokens: { type: ['integer', 'null'], minimum: 1, maximum: LIMITS.maxTokens },
    max_completion_tokens: { type: ['integer', 'null'], minimum: 1, maximum: LIMITS.maxTokens },
    temperature: { type: ['number', 'null'], minimum: 0, maximum: LIMITS.maxTemperature },
    top_p: { type: ['number', 'null'], minimum: 0, maximum: 1 },
    n: { type: ['integer', 'null'], minimum: 1, maximum: 128 },
    stop: stopSchema,
    seed: { type: ['integer', 'null'] },
    logprobs: { type: ['boolean', 'null'] },
    top_logprobs: { type: ['integer', 'null'], minimum: 0, maximum: LIMITS.maxTopLogprobs },
    response_format: { type: ['object', 'null'], required: ['type'], properties: { type: { type: 'string' } } },
    tools: { type: ['array', 'null'] },
    tool_choice: { anyOf: [{ type: 'string' }, { type: 'object' }, { type: 'null' }] },
    functions: { type: ['array', 'null'] },
    function_call: { anyOf: [{ type: 'string' }, { type: 'object' }, { type: 'null' }] },
    modalities: { type: ['array', 'null'], items: { type: 'string' } },
    audio: { type: ['object', 'null'] },
    prediction: { type: ['object', 'null'] },
    web_search_options: { type: ['object', 'null'] },
    frequency_penalty: { type: ['number', 'null'], minimum: -2, maximum: 2 },
    presence_penalty: { type: ['number', 'null'], minimum: -2, maximum: 2 },
    logit_bias: { type: ['object', 'null'], additionalProperties: { type: 'number', minimum: -100, maximum: 100 } },
    user: { type: 'string' },
    safety_identifier: { type: 'string' },
    prompt_cache_key: { type: 'string' },
    metadata: { type: ['object', 'null'], additionalProperties: { type: 'string' } },
    store: { type: ['boolean', 'null'] },
    service_tier: { type: ['string', 'null'] },
    parallel_tool_calls: { type: ['boolean', 'null'] },
    reasoning_effort: { type: ['string', 'null'] },
    verbosity: { type: ['string', 'null'] },
    /** Democritus's own options, unknown to OpenAI (its clients send them as an extra body field). */
    democritus: {
      type: 'object',
      additionalProperties: false,
      properties: {
        /** How many experts answer; more than 1 aggregates their answers (model "swarm" only). */
        experts: { type: 'integer', minimum: 1, maximum: MAX_AGGREGATED_EXPERTS },
        aggregation: { type: 'string', enum: AGGREGATION_REQUESTS },
        /** Split a complex prompt into sub-tasks run across the swarm (model "swarm" only); the node's config by default. */
        decompose: { type: 'string', enum: DECOMPOSE_MODES },
        /**
         * Live progress (a decomposed chat's tasks, several experts' answers) on a REST stream (SSE comments, see
         * PROGRESS_SSE_COMMENT); WebSocket and gRPC always send it as typed events.
         */
        progress: { type: 'boolean' },
      },
    },
  },
} as const;

/** Fields of a chat completion body that are accepted for compatibility and have no effect on the generation. */
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

/** The fields of a WebSocket `chat` frame and of a gRPC `ChatRequest`: a subset of the chat completion body. */
export const STREAM_CHAT_FIELDS = ['model', 'messages', 'max_tokens', 'temperature', 'top_p', 'seed', 'stop', 'top_logprobs', 'democritus'] as const;

/** `POST /api/generate`: one generation on this node or on a named peer, streamed as NDJSON. */
export const generateBodySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    prompt: { type: 'string', minLength: 1 },
    messages: {
      type: 'array',
      minItems: 1,
      maxItems: LIMITS.maxMessages,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['role', 'content'],
        properties: {
          role: { type: 'string', enum: ['system', 'user', 'assistant'] },
          content: { type: 'string' },
        },
      },
    },
    /** Peer ID of the expert that runs the generation; absent (or the node's own ID) means the node itself. */
    peer: { type: 'string', minLength: 1, maxLength: 128 },
    max_tokens: { type: 'integer', minimum: 1, maximum: LIMITS.maxTokens },
    temperature: { type: 'number', minimum: 0, maximum: LIMITS.maxTemperature },
    top_p: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
    seed: { type: 'integer', minimum: 0, maximum: 0xffff_ffff },
    stop: { type: 'array', maxItems: LIMITS.maxStopSequences, items: { type: 'string', minLength: 1, maxLength: LIMITS.maxStopSequenceChars } },
    top_logprobs: { type: 'integer', minimum: 0, maximum: LIMITS.maxTopLogprobs },
  },
} as const;

/** `POST /api/route`: where the node would send a prompt (nothing is generated). */
export const routeBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['prompt'],
  properties: {
    prompt: { type: 'string', minLength: 1 },
    /** Experts listed; all of them when absent. */
    top: { type: 'integer', minimum: 1, maximum: LIMITS.maxExperts },
  },
} as const;

/** `GET /api/route?prompt=...&top=N`: query values are strings as written (no coercion), so `top` is checked by pattern. */
export const routeQuerySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['prompt'],
  properties: {
    prompt: { type: 'string', minLength: 1 },
    top: { type: 'string', pattern: '^[0-9]{1,9}$' },
  },
} as const;

/** `POST /api/plan`: what the coordinator would do with a prompt (nothing is generated). */
export const planBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['prompt'],
  properties: {
    prompt: { type: 'string', minLength: 1 },
    /** The planner to use; the node's `coordinator.planner` when absent. */
    planner: { type: 'string', enum: ['rules', 'model'] },
  },
} as const;

/** `POST /v1/embeddings`: OpenAI's embeddings body. */
export const embeddingsBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['input'],
  properties: {
    input: {
      anyOf: [
        { type: 'string', minLength: 1 },
        { type: 'array', minItems: 1, maxItems: LIMITS.maxEmbeddingInputs, items: { type: 'string', minLength: 1 } },
        // Token arrays are valid OpenAI input; a node refuses them with a clear message.
        { type: 'array', minItems: 1, items: { type: 'integer' } },
        { type: 'array', minItems: 1, items: { type: 'array', items: { type: 'integer' } } },
      ],
    },
    model: { type: 'string', minLength: 1, maxLength: LIMITS.maxModelNameChars },
    encoding_format: { type: 'string', enum: ['float', 'base64'] },
    dimensions: { type: 'integer', minimum: 1 },
    user: { type: 'string' },
  },
} as const;

export type ChatCompletionBody = FromSchema<typeof chatCompletionBodySchema>;
export type ChatCompletionMessage = ChatCompletionBody['messages'][number];
/** The request's `democritus` object: Democritus's own options (decompose, experts, aggregation, progress). */
export type DemocritusOptions = NonNullable<ChatCompletionBody['democritus']>;
export type GenerateBody = FromSchema<typeof generateBodySchema>;
export type RouteBody = FromSchema<typeof routeBodySchema>;
export type PlanBody = FromSchema<typeof planBodySchema>;
export type RouteQuery = FromSchema<typeof routeQuerySchema>;
export type EmbeddingsBody = FromSchema<typeof embeddingsBodySchema>;
