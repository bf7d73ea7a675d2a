import { randomInt } from 'node:crypto';
import { generateBodySchema, SAMPLING, type GenerateBody, type GenerateStreamLine, type StreamErrorLine } from '@democritus/sdk';
import { peerIdFromString } from '@libp2p/peer-id';
import type { FastifyPluginAsyncJsonSchemaToTs } from '@fastify/type-provider-json-schema-to-ts';
import type { GenerateCommand, NodeApp } from '../../app/node-app.js';
import { errorMessage, invalidRequest } from '../../errors.js';
import type { GenerationEvent } from '../../engine/types.js';
import { failureOf } from '../failures.js';
import { responseGenerations, sendFailure } from '../generation-stream.js';
import { callerOf } from '../http/caller.js';
import { formatSchemaErrors } from '../schema-errors.js';

/**
 * `POST /api/generate`: one generation, here or on a peer, streamed as NDJSON (one GenerationEvent per line).
 * The response starts with the first event, so that a refusal (busy, unknown or failing peer) is still an HTTP
 * status; a failure after that is the stream's last line, `{"type":"error","code","message"}`.
 */
export const generateRoutes: FastifyPluginAsyncJsonSchemaToTs<{ Options: { app: NodeApp } }> = async (server, { app }) => {
  const generations = responseGenerations(server);

  server.post('/api/generate', { schema: { body: generateBodySchema }, schemaErrorFormatter: formatSchemaErrors }, async (request, reply) => {
    const command = generateCommand(request.body, app);
    const started = await generations.start(reply, (signal) => app.generate(command, callerOf(request), signal));
    if (!started.ok) return sendFailure(reply, started.failure);
    const { first, events, signal } = started.generation;
    const lines = started.generation.pipe(ndjsonLines(first, events, signal));
    return reply.type('application/x-ndjson').header('cache-control', 'no-store').send(lines);
  });
};

async function* ndjsonLines(first: IteratorResult<GenerationEvent>, events: AsyncIterator<GenerationEvent>, signal: AbortSignal): AsyncGenerator<string> {
  let result = first;
  let sawDone = false;
  try {
    while (result.done !== true) {
      sawDone ||= result.value.type === 'done';
      yield line(result.value);
      result = await events.next();
    }
    if (!sawDone && !signal.aborted) yield line({ type: 'error', code: 'internal_error', message: 'the generation ended without a result' });
  } catch (error) {
    if (signal.aborted) return;
    const failure = failureOf(error);
    yield line({ type: 'error', code: failure.code, message: errorMessage(error) } satisfies StreamErrorLine);
  }
}

function line(value: GenerateStreamLine): string {
  return `${JSON.stringify(value)}\n`;
}

function generateCommand(body: GenerateBody, app: NodeApp): GenerateCommand {
  let input: GenerateCommand['input'];
  if (body.prompt !== undefined && body.messages === undefined) input = { prompt: body.prompt };
  else if (body.messages !== undefined && body.prompt === undefined) input = { messages: body.messages };
  else throw invalidRequest('body must have exactly one of `prompt` (a string) and `messages` (a list of {role, content})');

  let peer: string | null = null;
  if (body.peer !== undefined) {
    try {
      peer = peerIdFromString(body.peer).toString();
    } catch {
      throw invalidRequest(`body/peer is not a peer ID: ${JSON.stringify(body.peer)}`, 'peer');
    }
  }
  return {
    peer,
    input,
    generation: {
      maxTokens: body.max_tokens ?? app.defaults.maxTokens,
      sampling: {
        temperature: body.temperature ?? app.defaults.temperature,
        topP: body.top_p ?? app.defaults.topP,
        topK: SAMPLING.topK,
        seed: body.seed ?? randomInt(0, 0x1_0000_0000),
      },
      stop: body.stop ?? [],
      topLogprobs: body.top_logprobs ?? 0,
    },
  };
}
