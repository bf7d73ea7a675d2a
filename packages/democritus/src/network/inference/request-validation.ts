import { LIMITS } from '@democritus/sdk';
import type { ChatMessage, ChatRole, Continuation, SamplingParameters } from '../../engine/types.js';
import { DemocritusError } from '../../errors.js';
import { uint64ToNumber, type InferenceRequest } from '../../protocol/proto.js';

/**
 * What a remote peer may ask for: the wire contracts' limits (one definition, shared with every API). The frame size
 * bounds the prompt; these bound the work per token.
 */
export const REQUEST_LIMITS = {
  maxRequestIdBytes: LIMITS.maxRequestIdChars,
  maxMessages: LIMITS.maxMessages,
  maxTokens: LIMITS.maxTokens,
  maxTemperature: LIMITS.maxTemperature,
  maxTopK: LIMITS.maxTopK,
  maxTopLogprobs: LIMITS.maxTopLogprobs,
  maxStopSequences: LIMITS.maxStopSequences,
  maxStopSequenceLength: LIMITS.maxStopSequenceChars,
  /** A continuation is an answer so far: at most as many tokens as one answer may have. */
  maxContinuationTokens: LIMITS.maxTokens,
} as const;

const ROLES: ReadonlySet<string> = new Set<ChatRole>(['system', 'user', 'assistant']);
const SHA256_HEX = /^[0-9a-f]{64}$/;

export interface ValidInferenceRequest {
  requestId: string;
  messages: ChatMessage[];
  sampling: SamplingParameters;
  maxTokens: number;
  stop: string[];
  topLogprobs: number;
  /** Unix milliseconds; 0 means none. */
  deadlineUnixMs: number;
  /** Empty for the node's expert model. */
  modelSha256: string;
  /** The answer so far to go on from; absent for a new answer. */
  continuation?: Continuation;
}

/** Checks a decoded request at the boundary. Throws DemocritusError('bad_request') naming the first problem. */
export function validateInferenceRequest(request: InferenceRequest): ValidInferenceRequest {
  const requestId = request.requestId;
  if (requestId.length === 0) fail('request_id is empty');
  if (Buffer.byteLength(requestId) > REQUEST_LIMITS.maxRequestIdBytes) fail(`request_id is longer than ${REQUEST_LIMITS.maxRequestIdBytes} bytes`);

  if (request.messages.length === 0) fail('messages is empty');
  if (request.messages.length > REQUEST_LIMITS.maxMessages) fail(`more than ${REQUEST_LIMITS.maxMessages} messages`);
  const messages = request.messages.map((message, index): ChatMessage => {
    const role = message.role ?? '';
    if (!ROLES.has(role)) fail(`messages[${index}].role ${JSON.stringify(role)} is not system, user or assistant`);
    return { role: role as ChatRole, content: message.content ?? '' };
  });

  const maxTokens = request.maxTokens;
  if (maxTokens < 1 || maxTokens > REQUEST_LIMITS.maxTokens) fail(`max_tokens must be between 1 and ${REQUEST_LIMITS.maxTokens}`);

  const wire = request.sampling ?? {};
  const temperature = wire.temperature ?? 0;
  if (!Number.isFinite(temperature) || temperature < 0 || temperature > REQUEST_LIMITS.maxTemperature) {
    fail(`temperature must be between 0 and ${REQUEST_LIMITS.maxTemperature}`);
  }
  // proto3 cannot tell an unset top_p from 0, and 0 keeps nothing: read it as "no nucleus truncation".
  const topP = wire.topP === undefined || wire.topP === null || wire.topP === 0 ? 1 : wire.topP;
  if (!Number.isFinite(topP) || topP <= 0 || topP > 1) fail('top_p must be in (0, 1]');
  const topK = wire.topK ?? 0;
  if (topK > REQUEST_LIMITS.maxTopK) fail(`top_k must be at most ${REQUEST_LIMITS.maxTopK}`);
  const sampling: SamplingParameters = { temperature, topP, topK, seed: wire.seed ?? 0 };

  if (request.stop.length > REQUEST_LIMITS.maxStopSequences) fail(`more than ${REQUEST_LIMITS.maxStopSequences} stop sequences`);
  for (const stop of request.stop) {
    if (stop.length === 0 || stop.length > REQUEST_LIMITS.maxStopSequenceLength) {
      fail(`stop sequences must have 1 to ${REQUEST_LIMITS.maxStopSequenceLength} characters`);
    }
  }

  if (request.topLogprobs > REQUEST_LIMITS.maxTopLogprobs) fail(`top_logprobs must be at most ${REQUEST_LIMITS.maxTopLogprobs}`);

  const modelSha256 = request.modelSha256;
  if (modelSha256 !== '' && !SHA256_HEX.test(modelSha256)) fail('model_sha256 must be empty or 64 lowercase hex digits');

  const continuation = validContinuation(request.continuation);

  return {
    ...(continuation === undefined ? {} : { continuation }),
    requestId,
    messages,
    sampling,
    maxTokens,
    stop: [...request.stop],
    topLogprobs: request.topLogprobs,
    deadlineUnixMs: uint64ToNumber(request.deadlineUnixMs),
    modelSha256,
  };
}

/** Token ids or text, not both; unset or empty is none. The frame size bounds the text. */
function validContinuation(wire: InferenceRequest['continuation']): Continuation | undefined {
  if (wire === null || wire === undefined) return undefined;
  const tokenIds = wire.tokenIds ?? [];
  const text = wire.text ?? '';
  if (tokenIds.length > 0 && text.length > 0) fail('continuation has both token_ids and text; set one');
  if (tokenIds.length > REQUEST_LIMITS.maxContinuationTokens) fail(`continuation has more than ${REQUEST_LIMITS.maxContinuationTokens} token ids`);
  if (tokenIds.length > 0) return { tokenIds: [...tokenIds] };
  return text.length > 0 ? { text } : undefined;
}

function fail(message: string): never {
  throw new DemocritusError('bad_request', message);
}
