/**
 * One chat request on the control deps, shared by the WebSocket and gRPC APIs so that they pick experts and fill in
 * defaults exactly as REST does: resolve the expert ("swarm" routes, a name or peer ID pins), then generate there.
 */
import { randomInt } from 'node:crypto';
import type { GenerationEvent } from '../../engine/types.js';
import type { ControlServerDeps, ExpertChoice } from '../control-server.js';
import { HttpError, httpFailureOf } from '../http-errors.js';
import { ChatParamsError, type ChatParams } from './chat-params.js';

const TOP_K = 40;

export interface StartedChat {
  expert: ExpertChoice;
  events: AsyncIterable<GenerationEvent>;
}

/** Rejects like the deps do (HttpError 404 for an unknown model, BusyError, ...); see `chatFailureOf`. */
export async function startChat(deps: ControlServerDeps, params: ChatParams, signal: AbortSignal): Promise<StartedChat> {
  const expert = await deps.resolveExpert(params.model, params.messages, signal);
  const events = await deps.generate(
    {
      peer: expert.peer,
      input: { messages: params.messages },
      maxTokens: params.maxTokens ?? deps.defaults.maxTokens,
      sampling: {
        temperature: params.temperature ?? deps.defaults.temperature,
        topP: params.topP ?? deps.defaults.topP,
        topK: TOP_K,
        seed: params.seed ?? randomInt(0, 0x1_0000_0000),
      },
      stop: params.stop,
      topLogprobs: params.topLogprobs,
    },
    signal,
  );
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
  if (error instanceof ChatParamsError) return { status: 400, code: 'invalid_request', message: error.message, param: error.param };
  const failure = httpFailureOf(error, context);
  return {
    status: failure.statusCode,
    code: failure.body.error.code,
    message: failure.body.error.message,
    param: null,
    ...(failure.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: failure.retryAfterSeconds }),
  };
}

export const unauthorized = (): HttpError => new HttpError(401, 'invalid_request_error', 'invalid_api_key', 'missing or invalid API key');

/** The expert as the WebSocket and gRPC APIs report it. */
export function expertInfo(expert: ExpertChoice): { peer_id: string; name: string; model_name: string; how: string; local: boolean } {
  return { peer_id: expert.peerId, name: expert.name, model_name: expert.modelName, how: expert.how, local: expert.peer === null };
}
