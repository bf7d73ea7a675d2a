/**
 * Ties a generation to the HTTP response that answers it, for every route that streams one (`/api/generate`,
 * `/v1/chat/completions`): the generation is cancelled when the client goes away or the server closes, its stream is
 * closed however the response ends (which frees the scheduler slot), and a refusal before the first event is still an
 * HTTP status.
 *
 * ```ts
 * const generations = responseGenerations(server);         // once per plugin: registers the preClose hook
 * const started = await generations.start(reply, (signal) => app.chat(command, request.caller, signal));
 * if (!started.ok) return sendFailure(reply, started.failure);
 * return reply.type('text/event-stream').send(started.generation.pipe(sseLines(started.generation)));
 * ```
 */
import type { Readable } from 'node:stream';
import type { AuditMetadata, FailoverMetadata, SanitizerMetadata } from '@democritus/sdk';
import { setTimeout as delay } from 'node:timers/promises';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { PlanRunReport } from '../app/coordinator/planned-chat.js';
import type { AggregationReport } from '../app/coordinator/multi-expert.js';
import type { ExpertChoice, Generation } from '../app/node-app.js';
import type { GenerationEvent } from '../engine/types.js';
import { coalescedBody } from './coalesced-body.js';
import { failureOf, httpFailure, type HttpFailure } from './failures.js';

const CLOSE_GRACE_MS = 2_000;

/** A generation that produced its first event; the response has not started yet. */
export interface StartedGeneration {
  requestId: string;
  expert: ExpertChoice;
  /** Every expert that took part when several answered (Generation's `experts`). */
  experts?: ExpertChoice[];
  /** How several answers became this one (Generation's `aggregation`). */
  aggregation?: AggregationReport;
  /** How a decomposed chat ran (Generation's `plan`). */
  plan?: PlanRunReport;
  /** The switches of a mid-answer failover (Generation's `failovers`). */
  failovers?: () => FailoverMetadata[];
  /** The spot-check audit of the answer (Generation's `audit`). */
  audit?: () => AuditMetadata | null;
  first: IteratorResult<GenerationEvent>;
  /** The rest of the events (iterate after `first`). */
  events: AsyncIterator<GenerationEvent>;
  /** What the sanitizer changed (complete once the events ended); null when nothing. */
  sanitizer(): SanitizerMetadata | null;
  /** Aborts when the client disconnected or the server is closing. */
  signal: AbortSignal;
  /** The response body made of `chunks`; when it closes (finished, failed or the client left) the generation's stream is closed. */
  pipe(chunks: AsyncIterable<string>): Readable;
  /** Closes the generation's stream (for responses that are not piped, e.g. a collected JSON answer). */
  close(): Promise<void>;
}

export type StartResult = { ok: true; generation: StartedGeneration } | { ok: false; failure: HttpFailure; error: unknown; aborted: boolean };

export interface ResponseGenerations {
  /** Runs `run` (the app's chat or generate) and waits for the first event, so that a refusal is still an HTTP status. */
  start(reply: FastifyReply, run: (signal: AbortSignal) => Promise<Generation>): Promise<StartResult>;
}

/** The generations a server's routes are answering; on close they are cancelled and given a moment to end cleanly. */
export function responseGenerations(server: FastifyInstance): ResponseGenerations {
  /** Generations being answered, each with a promise that settles when its response has closed. */
  const streaming = new Map<AbortController, Promise<void>>();
  // On close: cancel them and give their streams a moment to end with their last line, before the server cuts every
  // connection that is left (forceCloseConnections).
  server.addHook('preClose', async () => {
    streaming.forEach((_, controller) => controller.abort());
    await Promise.race([Promise.all(streaming.values()), delay(CLOSE_GRACE_MS, undefined, { ref: false })]);
  });

  return {
    async start(reply, run) {
      // The response's 'close' comes after its last byte went out, or when the client went away: only the latter
      // cancels the generation.
      const controller = new AbortController();
      const response = reply.raw;
      const responseClosed = new Promise<void>((resolve) => {
        const closed = () => {
          if (!response.writableFinished) controller.abort();
          streaming.delete(controller);
          resolve();
        };
        // The client may have left already, while the route was still looking things up.
        if (response.destroyed) closed();
        else response.once('close', closed);
      });
      if (!controller.signal.aborted) streaming.set(controller, responseClosed);

      let events: AsyncIterator<GenerationEvent> | undefined;
      let first: IteratorResult<GenerationEvent>;
      let started: Generation;
      try {
        started = await run(controller.signal);
        events = started.events[Symbol.asyncIterator]();
        first = await events.next();
      } catch (error) {
        await events?.return?.().catch(() => undefined);
        return { ok: false, failure: httpFailure(failureOf(error)), error, aborted: controller.signal.aborted };
      }
      const iterator = events;
      const close = async () => void (await iterator.return?.().catch(() => undefined));
      return {
        ok: true,
        generation: {
          requestId: started.requestId,
          expert: started.expert,
          ...(started.experts === undefined ? {} : { experts: started.experts }),
          ...(started.aggregation === undefined ? {} : { aggregation: started.aggregation }),
          ...(started.plan === undefined ? {} : { plan: started.plan }),
          ...(started.failovers === undefined ? {} : { failovers: started.failovers }),
          ...(started.audit === undefined ? {} : { audit: started.audit }),
          first,
          events: iterator,
          sanitizer: () => started.sanitizer(),
          signal: controller.signal,
          close,
          pipe(chunks) {
            // Several chunks per socket write (see coalesced-body.ts); the bytes are those of the chunks in order.
            const body = coalescedBody(chunks);
            // However the response ends (done, error line, client gone), the generation's stream is closed: that frees
            // the scheduler slot even if the client left before the first chunk was written.
            body.once('close', () => void close());
            return body;
          },
        },
      };
    },
  };
}

/** Answers with an error before the response started (status, Retry-After for 429, `{error}` body). */
export function sendFailure(reply: FastifyReply, failure: HttpFailure): FastifyReply {
  if (failure.retryAfterSeconds !== undefined) void reply.header('retry-after', String(failure.retryAfterSeconds));
  return reply.code(failure.statusCode).send(failure.body);
}
