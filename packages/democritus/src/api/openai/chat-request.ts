/**
 * OpenAI's chat completion request (`POST /v1/chat/completions`), checked and turned into what the node runs: the
 * app's ChatCommand (model, messages, generation settings) and how to answer (stream, usage, logprobs). Pure: no I/O,
 * reused by every interface that accepts OpenAI-shaped chat requests (REST, WebSocket, gRPC).
 *
 * ```ts
 * const chat = parseChatCompletionBody(JSON.parse(text), app.defaults); // throws DemocritusError 400 with `param`
 * const generation = await app.chat(chat.command, caller, signal);
 * ```
 *
 * Fastify validates with `chatCompletionBodySchema` at the edge and calls `toChatCompletionRequest` on the result;
 * `parseChatCompletionBody` does both for callers without Fastify.
 */
import { randomInt } from 'node:crypto';
import { chatCompletionBodySchema, SAMPLING, SWARM_MODEL, type ChatCompletionBody, type ChatCompletionMessage } from '@democritus/sdk';
import { Ajv, type ValidateFunction } from 'ajv';
import type { ChatCommand, GenerationDefaults } from '../../app/node-app.js';
import type { ChatMessage, SamplingParameters } from '../../engine/types.js';
import { DemocritusError, invalidRequest } from '../../errors.js';
import { formatSchemaErrors, schemaErrorParam, type SchemaValidationError } from '../schema-errors.js';

const UINT32 = 0x1_0000_0000;

/** A checked chat completion request, every default filled in. */
export interface ChatCompletionRequest {
  /** What the app runs: "swarm" or an expert's name, peer ID or model name; `developer` messages become `system`. */
  command: ChatCommand;
  stream: boolean;
  /** `stream_options.include_usage`: one more chunk with empty `choices` and the usage before `[DONE]`. */
  includeUsage: boolean;
  /** `logprobs`: report each token's log-probability (and `topLogprobs` alternatives). */
  logprobs: boolean;
  /** `democritus.progress`: send a decomposed chat's live progress on a REST stream (WebSocket and gRPC always do). */
  progress: boolean;
}

const unsupported = (message: string, param: string) => invalidRequest(message, param, 'unsupported_value');

/** Checks what the schema cannot say and fills in the defaults. Throws DemocritusError `bad_request` (with `param`). */
export function toChatCompletionRequest(body: ChatCompletionBody, defaults: GenerationDefaults): ChatCompletionRequest {
  if (body.n != null && body.n !== 1) throw unsupported('n > 1 is not supported: ask for one choice (n = 1)', 'n');
  if (body.response_format != null && body.response_format.type !== 'text') {
    throw unsupported(`response_format type ${JSON.stringify(body.response_format.type)} is not supported; only "text" is`, 'response_format.type');
  }
  if (body.tools != null && body.tools.length > 0) throw unsupported('tools are not supported by these experts', 'tools');
  if (body.functions != null && body.functions.length > 0) throw unsupported('functions are not supported by these experts', 'functions');
  for (const field of ['tool_choice', 'function_call'] as const) {
    const value = body[field];
    if (value != null && value !== 'none' && value !== 'auto') {
      throw unsupported(`${field} ${typeof value === 'string' ? JSON.stringify(value) : 'object'} is not supported (no tools)`, field);
    }
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
  const sampling: SamplingParameters = { temperature, topP, topK: SAMPLING.topK, seed: body.seed == null ? randomInt(0, UINT32) : toUint32(body.seed) };

  return {
    command: {
      model: body.model ?? SWARM_MODEL,
      messages: body.messages.map(toChatMessage),
      generation: {
        maxTokens: body.max_completion_tokens ?? body.max_tokens ?? defaults.maxTokens,
        sampling,
        stop: body.stop == null ? [] : typeof body.stop === 'string' ? [body.stop] : body.stop,
        topLogprobs: logprobs ? (body.top_logprobs ?? 0) : 0,
      },
      ...aggregationOf(body, defaults),
      ...(body.democritus?.decompose === undefined ? {} : { decompose: body.democritus.decompose }),
    },
    stream,
    includeUsage: stream && body.stream_options?.include_usage === true,
    logprobs,
    progress: body.democritus?.progress === true,
  };
}

/**
 * Several experts and how their answers are merged: the request's `democritus.experts` and `aggregation`, else the
 * node's defaults. The node's default applies to "swarm" chats only (a pinned chat has one expert); absent, one expert.
 */
function aggregationOf(body: ChatCompletionBody, defaults: GenerationDefaults): Pick<ChatCommand, 'aggregation'> {
  const method = body.democritus?.aggregation ?? defaults.aggregation ?? 'auto';
  if (body.democritus?.experts !== undefined) return { aggregation: { experts: body.democritus.experts, method } };
  const experts = defaults.experts ?? 1;
  return experts > 1 && (body.model ?? SWARM_MODEL) === SWARM_MODEL ? { aggregation: { experts, method } } : {};
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

let validator: ValidateFunction | undefined;

/**
 * Schema check and conversion in one, for interfaces without Fastify (WebSocket, gRPC). Throws DemocritusError
 * `validation_failed` whose message names the field from `dataVar` (`request/max_tokens must be <= 32768`).
 */
export function parseChatCompletionBody(value: unknown, defaults: GenerationDefaults, dataVar = 'body'): ChatCompletionRequest {
  validator ??= new Ajv({ coerceTypes: false, removeAdditional: false, useDefaults: false }).compile(chatCompletionBodySchema);
  if (!validator(value)) {
    const errors = (validator.errors ?? []) as SchemaValidationError[];
    throw new DemocritusError('validation_failed', formatSchemaErrors(errors, dataVar).message, { param: schemaErrorParam(errors) });
  }
  return toChatCompletionRequest(value as ChatCompletionBody, defaults);
}
