import { randomInt } from 'node:crypto';
import { peerIdFromString } from '@libp2p/peer-id';
import type { FastifyPluginAsync } from 'fastify';
import { errorMessage } from '../../errors.js';
import type { GenerationEvent } from '../../engine/types.js';
import type { Logger } from '../../logging/logger.js';
import type { ControlGenerateRequest, ControlServerDeps } from '../control-server.js';
import { responseGenerations, sendFailure } from '../generation-stream.js';
import { formatSchemaErrors, HttpError, invalidRequest, streamErrorCode } from '../http-errors.js';
import type { GenerateBody, StreamErrorLine } from '../types.js';

export const MAX_TOKENS_LIMIT = 4096;
export const TOP_LOGPROBS_LIMIT = 20;
const TOP_K = 40;

/** `POST /api/generate` body, checked by Fastify before the handler runs. */
export const generateBodySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    prompt: { type: 'string', minLength: 1 },
    messages: {
      type: 'array',
      minItems: 1,
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
    peer: { type: 'string', minLength: 1, maxLength: 128 },
    max_tokens: { type: 'integer', minimum: 1, maximum: MAX_TOKENS_LIMIT },
    temperature: { type: 'number', minimum: 0, maximum: 2 },
    top_p: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
    seed: { type: 'integer', minimum: 0, maximum: 0xffff_ffff },
    stop: { type: 'array', maxItems: 4, items: { type: 'string', minLength: 1 } },
    top_logprobs: { type: 'integer', minimum: 0, maximum: TOP_LOGPROBS_LIMIT },
  },
} as const;

interface GenerateRouteOptions {
  deps: ControlServerDeps;
  logger: Logger;
}

/**
 * `POST /api/generate`: one generation, here or on a peer, streamed as NDJSON (one GenerationEvent per line).
 * The response starts with the first event, so that a refusal (busy, unknown or failing peer) is still an HTTP
 * status; a failure after that is the stream's last line, `{"type":"error","code","message"}`.
 */
export const generateRoutes: FastifyPluginAsync<GenerateRouteOptions> = async (server, { deps, logger }) => {
  const generations = responseGenerations(server);

  server.post<{ Body: GenerateBody }>('/api/generate', { schema: { body: generateBodySchema }, schemaErrorFormatter: formatSchemaErrors }, async (request, reply) => {
    const generation = toControlRequest(request.body, deps);
    const remote = generation.peer !== null;
    if (generation.peer !== null) await checkKnownPeer(generation.peer, deps);

    const started = await generations.start(reply, (signal) => deps.generate(generation, signal), { remote });
    if (!started.ok) {
      if (started.failure.statusCode >= 500 && !started.aborted) {
        logger.warn({ err: errorMessage(started.error), peer: generation.peer }, 'generation failed before streaming');
      }
      return sendFailure(reply, started.failure);
    }
    const { first, events, signal } = started.generation;
    const lines = started.generation.pipe(ndjsonLines(first, events, { signal, remote, logger, peer: generation.peer }));
    return reply.type('application/x-ndjson').header('cache-control', 'no-store').send(lines);
  });
};

async function* ndjsonLines(
  first: IteratorResult<GenerationEvent>,
  events: AsyncIterator<GenerationEvent>,
  context: { signal: AbortSignal; remote: boolean; logger: Logger; peer: string | null },
): AsyncGenerator<string> {
  let result = first;
  let sawDone = false;
  try {
    while (result.done !== true) {
      sawDone ||= result.value.type === 'done';
      yield `${JSON.stringify(result.value)}\n`;
      result = await events.next();
    }
    if (!sawDone && !context.signal.aborted) {
      yield errorLine({ type: 'error', code: context.remote ? 'remote_failure' : 'internal_error', message: 'the generation ended without a result' });
    }
  } catch (error) {
    if (context.signal.aborted) return;
    context.logger.warn({ err: errorMessage(error), peer: context.peer }, 'generation failed while streaming');
    yield errorLine({ type: 'error', code: streamErrorCode(error, context), message: errorMessage(error) });
  }
}

function errorLine(line: StreamErrorLine): string {
  return `${JSON.stringify(line)}\n`;
}

function toControlRequest(body: GenerateBody, deps: ControlServerDeps): ControlGenerateRequest {
  const invalid = (message: string, param: string | null = null) => invalidRequest(message, param);
  let input: ControlGenerateRequest['input'];
  if (body.prompt !== undefined && body.messages === undefined) input = { prompt: body.prompt };
  else if (body.messages !== undefined && body.prompt === undefined) input = { messages: body.messages };
  else throw invalid('body must have exactly one of `prompt` (a string) and `messages` (a list of {role, content})');

  let peer: string | null = null;
  if (body.peer !== undefined) {
    try {
      peer = peerIdFromString(body.peer).toString();
    } catch {
      throw invalid(`body/peer is not a peer ID: ${JSON.stringify(body.peer)}`, 'peer');
    }
    if (peer === deps.node.peerId) peer = null;
  }

  return {
    peer,
    input,
    maxTokens: body.max_tokens ?? deps.defaults.maxTokens,
    sampling: {
      temperature: body.temperature ?? deps.defaults.temperature,
      topP: body.top_p ?? deps.defaults.topP,
      topK: TOP_K,
      seed: body.seed ?? randomInt(0, 0x1_0000_0000),
    },
    stop: body.stop ?? [],
    topLogprobs: body.top_logprobs ?? 0,
  };
}

async function checkKnownPeer(peer: string, deps: ControlServerDeps): Promise<void> {
  const peers = await deps.peers();
  if (!peers.some((view) => view.peerId === peer)) {
    throw new HttpError(404, 'not_found_error', 'peer_not_found', `unknown peer ${peer}: not in this node's peer directory (GET /api/peers)`);
  }
}
