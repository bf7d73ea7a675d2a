/**
 * Chat requests of the WebSocket and gRPC APIs, checked exactly as REST checks them: the request is validated and
 * converted by the OpenAI module (`parseChatCompletionBody`), then the app runs it.
 */
import { STREAM_CHAT_FIELDS } from '@democritus/sdk';
import type { ExpertChoice, GenerationDefaults } from '../app/node-app.js';
import { invalidRequest } from '../errors.js';
import { parseChatCompletionBody, type ChatCompletionRequest } from './openai/chat-request.js';

/**
 * Checks a WebSocket/gRPC chat request (`{model?, messages, max_tokens?, temperature?, top_p?, seed?, stop?,
 * top_logprobs?, democritus?}`) as an OpenAI chat completion body (`democritus` as REST's). These interfaces always report each token's log-probability, so
 * `top_logprobs` needs no `logprobs: true`. Fields other than STREAM_CHAT_FIELDS are refused. Throws DemocritusError
 * `bad_request` (`request/max_tokens must be <= 32768`, `param` `max_tokens`).
 */
export function parseStreamChat(fields: Record<string, unknown>, defaults: GenerationDefaults): ChatCompletionRequest {
  const unknown = Object.keys(fields).find((key) => !(STREAM_CHAT_FIELDS as readonly string[]).includes(key));
  if (unknown !== undefined) throw invalidRequest(`unknown field \`${unknown}\`; a chat request has ${STREAM_CHAT_FIELDS.join(', ')}`, unknown);
  return parseChatCompletionBody(fields.top_logprobs == null ? fields : { ...fields, logprobs: true }, defaults, 'request');
}

/** An expert as the WebSocket and gRPC APIs report it. */
export interface ExpertInfo {
  peer_id: string;
  name: string;
  model_name: string;
  how: string;
  local: boolean;
}

export function expertInfo(expert: ExpertChoice): ExpertInfo {
  return { peer_id: expert.peerId, name: expert.name, model_name: expert.modelName, how: expert.how, local: expert.peer === null };
}
