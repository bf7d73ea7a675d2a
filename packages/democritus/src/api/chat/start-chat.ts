/**
 * One chat request on the control deps, shared by the WebSocket and gRPC APIs so that they check requests, pick
 * experts and fill in defaults exactly as REST does: the request is validated and converted by the OpenAI module
 * (`parseChatCompletionBody`), the expert resolved ("swarm" routes, a name or peer ID pins), then generated there.
 */
import type { GenerationEvent } from '../../engine/types.js';
import type { ControlServerDeps, ExpertChoice, GenerationDefaults } from '../control-server.js';
import { HttpError, httpFailureOf, invalidRequest } from '../http-errors.js';
import { generateRequestFor, parseChatCompletionBody, type ChatCompletionRequest } from '../openai/chat-request.js';

/** The fields of a WebSocket `chat` frame and of a gRPC `ChatRequest`: a subset of OpenAI's chat completion body. */
export const STREAM_CHAT_FIELDS = ['model', 'messages', 'max_tokens', 'temperature', 'top_p', 'seed', 'stop', 'top_logprobs'] as const;

/**
 * Checks a WebSocket/gRPC chat request (`{model?, messages, max_tokens?, temperature?, top_p?, seed?, stop?,
 * top_logprobs?}`) as an OpenAI chat completion body. These interfaces always report each token's log-probability, so
 * `top_logprobs` needs no `logprobs: true`. Fields other than STREAM_CHAT_FIELDS are refused. Throws HttpError 400
 * (`request/max_tokens must be <= 4096`, `param` `max_tokens`).
 */
export function parseStreamChat(fields: Record<string, unknown>, defaults: GenerationDefaults): ChatCompletionRequest {
  const unknown = Object.keys(fields).find((key) => !(STREAM_CHAT_FIELDS as readonly string[]).includes(key));
  if (unknown !== undefined) throw invalidRequest(`unknown field \`${unknown}\`; a chat request has ${STREAM_CHAT_FIELDS.join(', ')}`, unknown);
  return parseChatCompletionBody(fields.top_logprobs == null ? fields : { ...fields, logprobs: true }, defaults, 'request');
}

export interface StartedChat {
  expert: ExpertChoice;
  events: AsyncIterable<GenerationEvent>;
}

/** Rejects like the deps do (HttpError 404 for an unknown model, BusyError, ...); see `chatFailureOf`. */
export async function startChat(deps: ControlServerDeps, chat: ChatCompletionRequest, signal: AbortSignal): Promise<StartedChat> {
  const expert = await deps.resolveExpert(chat.model, chat.messages, signal);
  const events = await deps.generate(generateRequestFor(chat, expert), signal);
  return { expert, events };
}

/** A failed chat as every interface reports it: the HTTP status REST would answer, a code and a message. */
export interface ChatFailure {
  status: number;
  code: string;
  message: string;
  param: string | null;
  retryAfterSeconds?: number;
}

export function chatFailureOf(error: unknown, context: { remote: boolean } = { remote: false }): ChatFailure {
  const failure = httpFailureOf(error, context);
  return {
    status: failure.statusCode,
    code: failure.body.error.code,
    message: failure.body.error.message,
    param: failure.body.error.param,
    ...(failure.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: failure.retryAfterSeconds }),
  };
}

export const unauthorized = (): HttpError => new HttpError(401, 'invalid_request_error', 'invalid_api_key', 'missing or invalid API key');

/** The expert as the WebSocket and gRPC APIs report it. */
export function expertInfo(expert: ExpertChoice): { peer_id: string; name: string; model_name: string; how: string; local: boolean } {
  return { peer_id: expert.peerId, name: expert.name, model_name: expert.modelName, how: expert.how, local: expert.peer === null };
}
