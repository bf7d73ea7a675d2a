import type { FastifyPluginAsync } from 'fastify';
import type { DoneEvent, GenerationEvent, TokenEvent } from '../../engine/types.js';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';
import type { ControlServerDeps } from '../control-server.js';
import { responseGenerations, sendFailure, type StartedGeneration } from '../generation-stream.js';
import { formatSchemaErrors, HttpError, httpFailureOf, streamErrorCode } from '../http-errors.js';
import { chatCompletionBodySchema, generateRequestFor, toChatCompletionRequest, type ChatCompletionBody } from '../openai/chat-request.js';
import { chatCompletion, ChatChunkBuilder, EXPERT_HEADER, expertHeader, servedExpert, SSE_DONE, sseData } from '../openai/chat-response.js';
import type { ErrorBody } from '../types.js';

interface OpenAiChatOptions {
  deps: ControlServerDeps;
  logger: Logger;
}

/**
 * `POST /v1/chat/completions`, OpenAI's wire format. `model` "swarm" (the default) is routed by meaning, an expert's
 * name or peer ID pins the request to it. The answer (or the stream, as server-sent events) starts once the expert has
 * produced its first token, so that a refusal is still an HTTP status; a failure after that is an `{"error"}` event.
 */
export const openAiChatRoutes: FastifyPluginAsync<OpenAiChatOptions> = async (server, { deps, logger }) => {
  const generations = responseGenerations(server);

  server.post<{ Body: ChatCompletionBody }>(
    '/v1/chat/completions',
    { schema: { body: chatCompletionBodySchema }, schemaErrorFormatter: formatSchemaErrors },
    async (request, reply) => {
      const chat = toChatCompletionRequest(request.body, deps.defaults);
      const lookup = new AbortController();
      const leave = () => lookup.abort();
      reply.raw.once('close', leave);
      const expert = await deps.resolveExpert(chat.model, chat.messages, lookup.signal).finally(() => reply.raw.off('close', leave));
      const experts = [servedExpert(expert)];
      const remote = expert.peer !== null;
      void reply.header(EXPERT_HEADER, expertHeader(experts));

      const started = await generations.start(reply, (signal) => deps.generate(generateRequestFor(chat, expert), signal), { remote });
      if (!started.ok) {
        if (started.failure.statusCode >= 500 && !started.aborted) logger.warn({ err: errorMessage(started.error), peer: expert.peer }, 'chat completion failed');
        return sendFailure(reply, started.failure);
      }
      const context = { model: chat.model, experts, logprobs: chat.logprobs };
      const generation = started.generation;

      if (chat.stream) {
        const chunks = new ChatChunkBuilder({ ...context, includeUsage: chat.includeUsage });
        const body = generation.pipe(sseEvents(generation, chunks, { remote, logger, peer: expert.peer }));
        return reply.type('text/event-stream; charset=utf-8').header('cache-control', 'no-cache').header('x-accel-buffering', 'no').send(body);
      }

      try {
        const tokens: TokenEvent[] = [];
        let done: DoneEvent | undefined;
        for (let result = generation.first; result.done !== true; result = await generation.events.next()) {
          if (result.value.type === 'token') tokens.push(result.value);
          else done = result.value;
        }
        return reply.send(chatCompletion(context, tokens, completed(done, generation.signal, remote)));
      } catch (error) {
        const failure = httpFailureOf(error, { remote });
        if (failure.statusCode >= 500 && !generation.signal.aborted) logger.warn({ err: errorMessage(error), peer: expert.peer }, 'chat completion failed');
        return sendFailure(reply, failure);
      } finally {
        await generation.close();
      }
    },
  );
};

/** The done event of a generation that can be answered as a completion; HttpError if it failed, was cancelled or never ended. */
function completed(done: DoneEvent | undefined, signal: AbortSignal, remote: boolean): DoneEvent {
  const upstream = (message: string) =>
    remote ? new HttpError(502, 'upstream_error', 'remote_failure', message) : new HttpError(500, 'server_error', 'internal_error', message);
  if (done === undefined) throw upstream('the generation ended without a result');
  if (done.finishReason === 'error') throw upstream(done.error ?? 'the generation failed');
  if (done.finishReason === 'cancelled') {
    throw new HttpError(503, 'server_error', 'cancelled', signal.aborted ? 'the generation was cancelled: the node is shutting down' : 'the generation was cancelled');
  }
  return done;
}

/**
 * The stream: a role chunk, one chunk per token, the finish chunk, the usage chunk (include_usage), `[DONE]`. A failure
 * after the first chunk is one `data: {"error": {...}}` event and the end of the stream (no `[DONE]`).
 */
async function* sseEvents(
  generation: StartedGeneration,
  chunks: ChatChunkBuilder,
  context: { remote: boolean; logger: Logger; peer: string | null },
): AsyncGenerator<string> {
  yield sseData(chunks.roleChunk());
  let done: DoneEvent | undefined;
  try {
    let result: IteratorResult<GenerationEvent> = generation.first;
    while (result.done !== true) {
      const event = result.value;
      if (event.type === 'done') done = event;
      else {
        const chunk = chunks.tokenChunk(event);
        if (chunk !== null) yield sseData(chunk);
      }
      result = await generation.events.next();
    }
    yield sseData(chunks.finishChunk(completed(done, generation.signal, context.remote)));
  } catch (error) {
    // Cancelled: the client left (it reads nothing more) or the node is closing.
    if (generation.signal.aborted) {
      yield sseData(streamError('cancelled', 'the generation was cancelled', context.remote));
      return;
    }
    context.logger.warn({ err: errorMessage(error), peer: context.peer }, 'chat completion failed while streaming');
    const code = error instanceof HttpError ? error.code : streamErrorCode(error, context);
    yield sseData(streamError(code, errorMessage(error), context.remote));
    return;
  }
  if (chunks.includesUsage && done !== undefined) yield sseData(chunks.usageChunk(done));
  yield SSE_DONE;
}

function streamError(code: string, message: string, remote: boolean): ErrorBody {
  const type = code === 'cancelled' ? 'server_error' : remote ? 'upstream_error' : 'server_error';
  return { error: { message, type, param: null, code } };
}
