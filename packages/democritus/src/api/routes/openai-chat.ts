import type { Readable } from 'node:stream';
import { chatCompletionBodySchema } from '@democritus/sdk';
import type { FastifyPluginAsyncJsonSchemaToTs } from '@fastify/type-provider-json-schema-to-ts';
import type { FastifyReply } from 'fastify';
import type { ChatCommand, NodeApp } from '../../app/node-app.js';
import type { DoneEvent, GenerationEvent, TokenEvent } from '../../engine/types.js';
import { DemocritusError } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';
import { errorBodyOf, failureOf, httpFailure } from '../failures.js';
import { progressEvent } from '../chat-progress.js';
import { coalescedBody } from '../coalesced-body.js';
import { responseGenerations, sendFailure, type StartedGeneration, type StartResult } from '../generation-stream.js';
import { toChatCompletionRequest, type ChatCompletionRequest } from '../openai/chat-request.js';
import { ProgressQueue } from '../openai/progress-sse.js';
import {
  AGGREGATION_HEADER,
  aggregationHeader,
  aggregationMetadata,
  chatCompletion,
  ChatChunkBuilder,
  type CompletionContext,
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
    const progress = chat.stream && chat.progress ? new ProgressQueue() : null;
    const command: ChatCommand = progress === null ? chat.command : { ...chat.command, onProgress: (event) => progress.push(progressEvent(event)) };
    const starting = generations.start(reply, (signal) => app.chat(command, callerOf(request), signal));

    if (progress !== null && (await Promise.race([starting.then(() => false), progress.next().then(() => true)]))) {
      // The plan runs before the answer starts: the stream starts now with its progress, so a later failure is an
      // error event rather than a status.
      const plan = progress.first;
      if (plan?.type === 'plan') void reply.header(PLAN_HEADER, planHeader(plan.layers));
      const body = coalescedBody(progressFirst(starting, progress, chat));
      // However the response ends, the generation (once started) is closed: that frees the expert's slot.
      body.once('close', () => void starting.then((started) => (started.ok ? started.generation.close() : undefined)));
      return sendStream(reply, body);
    }

    const started = await starting;
    if (!started.ok) return sendFailure(reply, started.failure);
    const generation = started.generation;
    const context = completionContext(chat, generation);
    void reply.header(EXPERT_HEADER, expertHeader(context.experts));
    if (generation.plan !== undefined) void reply.header(PLAN_HEADER, planHeader(generation.plan.layers));
    if (context.aggregation !== undefined) void reply.header(AGGREGATION_HEADER, aggregationHeader(context.aggregation));

    if (chat.stream) {
      const chunks = new ChatChunkBuilder({ ...context, includeUsage: chat.includeUsage });
      return sendStream(reply, generation.pipe(sseEvents(generation, chunks, progress)));
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

function sendStream(reply: FastifyReply, body: Readable): FastifyReply {
  return reply.type('text/event-stream; charset=utf-8').header('cache-control', 'no-cache').header('x-accel-buffering', 'no').send(body);
}

/** What the answer reports about how it was made: the experts, the aggregation, the plan. */
function completionContext(chat: ChatCompletionRequest, generation: StartedGeneration): CompletionContext {
  const experts = (generation.experts ?? [generation.expert]).map(servedExpert);
  const aggregation = generation.aggregation === undefined ? undefined : aggregationMetadata(generation.aggregation);
  const { plan: planRun } = generation;
  const plan = planRun === undefined ? undefined : () => planMetadata(planRun);
  return { model: chat.command.model, experts, logprobs: chat.logprobs, aggregation, plan, failovers: generation.failovers, audit: generation.audit };
}

/**
 * A stream that started before its generation (progress asked for): the progress comments while the plan runs, then
 * the answer's chunks as `sseEvents` sends them, or one error event if the chat failed before its answer started.
 */
async function* progressFirst(starting: Promise<StartResult>, progress: ProgressQueue, chat: ChatCompletionRequest): AsyncGenerator<string> {
  const state: { result?: StartResult } = {};
  const settled = starting.then((result) => {
    state.result = result;
  });
  for (;;) {
    yield* progress.drain();
    if (state.result !== undefined) break;
    await Promise.race([settled, progress.next()]);
  }
  const { result } = state;
  if (!result.ok) {
    yield sseData(result.failure.body);
    return;
  }
  const chunks = new ChatChunkBuilder({ ...completionContext(chat, result.generation), includeUsage: chat.includeUsage });
  yield* sseEvents(result.generation, chunks, progress);
}

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
 * after the first chunk is one `data: {"error": {...}}` event and the end of the stream (no `[DONE]`). With `progress`,
 * the progress events that arrived meanwhile go out as SSE comments before each chunk.
 */
async function* sseEvents(generation: StartedGeneration, chunks: ChatChunkBuilder, progress: ProgressQueue | null): AsyncGenerator<string> {
  yield sseData(chunks.roleChunk());
  let done: DoneEvent | undefined;
  try {
    let result: IteratorResult<GenerationEvent> = generation.first;
    while (result.done !== true) {
      const event = result.value;
      if (progress !== null) yield* progress.drain();
      if (event.type === 'done') done = event;
      else {
        const chunk = chunks.tokenChunk(event);
        if (chunk !== null) yield sseData(chunk);
      }
      result = await generation.events.next();
    }
    if (progress !== null) yield* progress.drain();
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
