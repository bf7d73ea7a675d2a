/** Conversions between the engine's types and the inference protocol's wire messages, and error <-> ErrorFrame. */
import type { ChatMessage, Continuation, SamplingParameters, TokenEvent, TokenLogprob } from '../../engine/types.js';
import { BusyError, DemocritusError, RateLimitedError } from '../../errors.js';
import {
  ErrorCode,
  type ErrorFrameFields,
  type GeneratedTokenFields,
  type InferenceRequestFields,
} from '../../protocol/proto.js';
import { RemoteInferenceError } from './errors.js';

/** A generation request for a remote expert: GenerateRequest without the local model handle. */
export interface RemoteInferenceRequest {
  /** Bound into every signature of the response; a random UUID when absent. */
  requestId?: string;
  messages: ChatMessage[];
  sampling: SamplingParameters;
  maxTokens: number;
  stop?: string[];
  topLogprobs?: number;
  /** Absolute deadline in Unix milliseconds. */
  deadlineUnixMs?: number;
  /** The model to run; absent or empty for the serving node's expert model. */
  modelSha256?: string;
  /** The answer so far, written by an expert that failed mid-answer: the serving expert goes on from there. */
  continuation?: Continuation;
}

export function toWireRequest(request: RemoteInferenceRequest, requestId: string): InferenceRequestFields {
  return {
    requestId,
    messages: request.messages.map(({ role, content }) => ({ role, content })),
    sampling: { ...request.sampling },
    maxTokens: request.maxTokens,
    stop: request.stop ?? [],
    deadlineUnixMs: request.deadlineUnixMs ?? 0,
    topLogprobs: request.topLogprobs ?? 0,
    modelSha256: request.modelSha256 ?? '',
    ...(request.continuation === undefined ? {} : { continuation: 'text' in request.continuation ? { text: request.continuation.text } : { tokenIds: request.continuation.tokenIds } }),
  };
}

export function toWireToken(event: TokenEvent): GeneratedTokenFields {
  return {
    tokenId: event.tokenId,
    text: event.text,
    logprob: event.logprob,
    topLogprobs: event.topLogprobs.map(({ tokenId, text, logprob }) => ({ tokenId, text, logprob })),
  };
}

export function fromWireToken(token: GeneratedTokenFields): TokenEvent {
  return {
    type: 'token',
    text: token.text ?? '',
    tokenId: token.tokenId ?? 0,
    logprob: token.logprob ?? 0,
    topLogprobs: (token.topLogprobs ?? []).map(
      (alternative): TokenLogprob => ({ tokenId: alternative.tokenId ?? 0, text: alternative.text ?? '', logprob: alternative.logprob ?? 0 }),
    ),
  };
}

/** The error frame that tells a requester why its request failed. Internal details stay in the server's log. */
export function errorFrameFor(error: unknown): ErrorFrameFields {
  if (error instanceof BusyError) return { code: ErrorCode.BUSY, message: error.message, retryAfterMs: error.retryAfterMs };
  if (error instanceof RateLimitedError) return { code: ErrorCode.RATE_LIMITED, message: error.message, retryAfterMs: error.retryAfterMs };
  if (error instanceof DemocritusError) {
    if (error.code.startsWith('model_')) return { code: ErrorCode.MODEL_UNAVAILABLE, message: error.message };
    if (error.kind === 'bad_request') return { code: ErrorCode.BAD_REQUEST, message: error.message };
  }
  return { code: ErrorCode.INTERNAL, message: 'internal error' };
}

export function deadlineExceededFrame(): ErrorFrameFields {
  return { code: ErrorCode.DEADLINE_EXCEEDED, message: 'deadline exceeded' };
}

/** The typed error a requester throws for an error frame: BusyError and RateLimitedError as the local scheduler does. */
export function errorFromFrame(frame: ErrorFrameFields, peerId: string): Error {
  const message = frame.message ?? '';
  const retryAfterMs = frame.retryAfterMs ?? 0;
  switch (frame.code) {
    case ErrorCode.BUSY:
      return new BusyError(retryAfterMs);
    case ErrorCode.RATE_LIMITED:
      // The limited client is this node; the name says who limits it.
      return new RateLimitedError(`this node at ${peerId}`, retryAfterMs);
    case ErrorCode.MODEL_UNAVAILABLE:
      return new RemoteInferenceError('model_unavailable', peerId, message);
    case ErrorCode.BAD_REQUEST:
      return new RemoteInferenceError('bad_request', peerId, message);
    case ErrorCode.DEADLINE_EXCEEDED:
      return new RemoteInferenceError('deadline_exceeded', peerId, message);
    case ErrorCode.INTERNAL:
      return new RemoteInferenceError('internal', peerId, message);
    default:
      return new RemoteInferenceError('unspecified', peerId, message || `error code ${String(frame.code ?? 0)}`);
  }
}
