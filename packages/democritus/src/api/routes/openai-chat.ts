import { chatCompletionBodySchema } from '@democritus/sdk';
import type { FastifyPluginAsyncJsonSchemaToTs } from '@fastify/type-provider-json-schema-to-ts';
import type { NodeApp } from '../../app/node-app.js';
import type { DoneEvent, GenerationEvent, TokenEvent } from '../../engine/types.js';
import { DemocritusError } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';
import { errorBodyOf, failureOf, httpFailure } from '../failures.js';
import { responseGenerations, sendFailure, type StartedGeneration } from '../generation-stream.js';
import { toChatCompletionRequest } from '../openai/chat-request.js';
import {
  aggregationMetadata,
  chatCompletion,
  ChatChunkBuilder,
  EXPERT_HEADER,
  expertHeader,
  FAILOVER_HEADER,
  failoverHeader,
  PLAN_HEADER,
  planHeader,
  planMetadata,
  servedExpert,
  SSE_DONE,
  sseData,
} from '../openai/chat-response.js';
import { callerOf } from '../http/caller.js';
import { formatSchemaErrors } from '../schema-errors.js';

/**
 * `POST /v1/chat/completions`, OpenAI's wire format. `model` "swarm" (the default) is routed by meaning, an expert's
 * name or peer ID pins the request to it. The answer (or the stream, as server-sent events) starts once the expert has
 * produced its first token, so that a refusal is still an HTTP status; a failure after that is an `{"error"}` event.
 */
export const openAiChatRoutes: FastifyPluginAsyncJsonSchemaToTs<{ Options: { app: NodeApp; logger: Logger } }> = async (server, { app }) => {
  const generations = responseGenerations(server);

  server.post('/v1/chat/completions', { schema: { body: chatCompletionBodySchema }, schemaErrorFormatter: formatSchemaErrors }, async (request, reply) => {
    const chat = toChatCompletionRequest(request.body, app.defaults);
    const started = await generations.start(reply, (signal) => app.chat(chat.command, callerOf(request), signal));
    if (!started.ok) return sendFailure(reply, started.failure);
    const generation = started.generation;
    const experts = (generation.experts ?? [generation.expert]).map(servedExpert);
    void reply.header(EXPERT_HEADER, expertHeader(experts));
    const aggregation = generation.aggregation === undefined ? undefined : aggregationMetadata(generation.aggregation);
    const { plan: planRun } = generation;
    if (planRun !== undefined) void reply.header(PLAN_HEADER, planHeader(planRun));
    const plan = planRun === undefined ? undefined : () => planMetadata(planRun);
    const context = { model: chat.command.model, experts, logprobs: chat.logprobs, aggregation, plan, failovers: generation.failovers };

    if (chat.stream) {
      const chunks = new ChatChunkBuilder({ ...context, includeUsage: chat.includeUsage });
      const body = generation.pipe(sseEvents(generation, chunks));
      return reply.type('text/event-stream; charset=utf-8').header('cache-control', 'no-cache').header('x-accel-buffering', 'no').send(body);
    }

    try {
      const tokens: TokenEvent[] = [];
      let done: DoneEvent | undefined;
      for (let result = generation.first; result.done !== true; result = await generation.events.next()) {
        if (result.value.type === 'token') tokens.push(result.value);
        else done = result.value;
      }
      const failovers = generation.failovers?.() ?? [];
      if (failovers.length > 0) void reply.header(FAILOVER_HEADER, failoverHeader(failovers));
      return reply.send(chatCompletion(context, tokens, completed(done, generation.signal), generation.sanitizer()));
    } catch (error) {
      return sendFailure(reply, httpFailure(failureOf(error)));
    } finally {
      await generation.close();
    }
  });
};

/** The done event of a generation that can be answered as a completion; a DemocritusError if it failed, was cancelled or never ended. */
function completed(done: DoneEvent | undefined, signal: AbortSignal): DoneEvent {
  if (done === undefined) throw new DemocritusError('internal_error', 'the generation ended without a result');
  if (done.finishReason === 'error') throw new DemocritusError('engine_failure', done.error ?? 'the generation failed');
  if (done.finishReason === 'cancelled') {
    throw new DemocritusError('cancelled', signal.aborted ? 'the generation was cancelled: the node is shutting down' : 'the generation was cancelled');
  }
  return done;
}

/**
 * The stream: a role chunk, one chunk per token, the finish chunk, the usage chunk (include_usage), `[DONE]`. A failure
 * after the first chunk is one `data: {"error": {...}}` event and the end of the stream (no `[DONE]`).
 */
async function* sseEvents(generation: StartedGeneration, chunks: ChatChunkBuilder): AsyncGenerator<string> {
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
    yield sseData(chunks.finishChunk(completed(done, generation.signal), generation.sanitizer()));
  } catch (error) {
    // Cancelled: the client left (it reads nothing more) or the node is closing.
    const failure = generation.signal.aborted ? failureOf(new DemocritusError('cancelled', 'the generation was cancelled')) : failureOf(error);
    yield sseData(errorBodyOf(failure));
    return;
  }
  if (chunks.includesUsage && done !== undefined) yield sseData(chunks.usageChunk(done));
  yield SSE_DONE;
}
