/**
 * Mid-stream failover: when the expert serving an answer fails after its first token (the stream is reset or closed,
 * the peer reports a failure, a packet fails verification, the engine fails, or no token comes within the stall
 * timeout), the answer goes on on the next candidate: the same request with the answer so far as the assistant's own
 * prefix (core/failover). The events come out as one answer: no error, no text twice; the done event counts every
 * token. Never on cancellation (the caller's signal, which the sanitizer's own stop also aborts).
 */
import type { FailoverMetadata } from '@democritus/sdk';
import { continuationFor, nextCandidates } from '../core/failover/failover-plan.js';
import { InterTokenGaps } from '../core/failover/stall-timeout.js';
import type { Continuation, GenerationEvent } from '../engine/types.js';
import { DemocritusError, errorMessage } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import { InferenceProtocolError } from '../network/inference/errors.js';
import type { ExpertChoice } from './node-app.js';

/** An expert that may continue an answer, with the model it serves. */
export interface FailoverExpert {
  expert: ExpertChoice;
  modelSha256: string | undefined;
}

export interface FailoverOptions {
  requestId: string;
  /** The expert that started the answer. */
  first: FailoverExpert;
  /** Starts it; the signal is this attempt's (aborted when it is given up). */
  startFirst(signal: AbortSignal): Promise<AsyncIterable<GenerationEvent>>;
  /** The experts that may take over, best first (the failed ones are left out here). Empty: no failover. */
  candidates(): Promise<FailoverExpert[]>;
  /** Continues the answer on another expert with at most `maxTokens` new tokens. */
  startOn(next: FailoverExpert, continuation: Continuation, maxTokens: number, signal: AbortSignal): Promise<AsyncIterable<GenerationEvent>>;
  /** The answer's token budget. */
  maxTokens: number;
  /** At most this many switches (`coordinator.max_failovers`). */
  maxFailovers: number;
  /** The stall timeout's floor in ms (core/failover/stall-timeout.ts). */
  stallFloorMs?: number;
  /** The caller's signal: once aborted, a failure is a cancellation, never a failover. */
  signal: AbortSignal;
  logger: Logger;
}

/** The failover-capable generation: its events and the switches made (complete once the events ended). */
export interface FailoverGeneration {
  events: AsyncIterable<GenerationEvent>;
  failovers(): FailoverMetadata[];
}

/** The serving expert sent no token within the stall timeout. */
class StallError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no token for ${timeoutMs} ms`);
  }
}

/** Starts the first attempt (its failure before any token is the caller's, as without failover) and wraps it. */
export async function failoverGeneration(options: FailoverOptions): Promise<FailoverGeneration> {
  const firstAttempt = new AbortController();
  const firstEvents = await options.startFirst(AbortSignal.any([options.signal, firstAttempt.signal]));
  const records: FailoverMetadata[] = [];
  return { events: { [Symbol.asyncIterator]: () => failoverEvents(options, firstEvents, firstAttempt, records) }, failovers: () => records };
}

async function* failoverEvents(options: FailoverOptions, firstEvents: AsyncIterable<GenerationEvent>, firstAttempt: AbortController, records: FailoverMetadata[]): AsyncGenerator<GenerationEvent> {
  const { signal, logger } = options;
  const tokenIds: number[] = [];
  let text = '';
  let modelSha256: string | null = options.first.modelSha256 ?? null;
  let lastTokenAt = 0;
  const tried = new Set<string>([options.first.expert.peerId]);
  let serving = options.first;
  let attempt = firstAttempt;
  let events = firstEvents;
  for (;;) {
    const iterator = events[Symbol.asyncIterator]();
    const gaps = new InterTokenGaps();
    const tokensBefore = tokenIds.length;
    let pendingRecord: FailoverMetadata | null = records.at(-1) ?? null;
    if (pendingRecord !== null && pendingRecord.gap_ms !== null) pendingRecord = null;
    let failure: unknown;
    try {
      for (;;) {
        const timeout = serving.expert.peer !== null && tokenIds.length > tokensBefore ? gaps.stallTimeoutMs(options.stallFloorMs) : null;
        const result = await nextWithin(iterator, timeout);
        if (result.done === true) return;
        const event = result.value;
        if (event.type === 'token') {
          const now = performance.now();
          if (pendingRecord !== null) {
            pendingRecord.gap_ms = Math.round((now - lastTokenAt) * 10) / 10;
            pendingRecord = null;
          }
          gaps.observe(now);
          lastTokenAt = now;
          if (event.tokenId >= 0) tokenIds.push(event.tokenId);
          text += event.text;
          yield event;
          continue;
        }
        if (event.finishReason === 'error' && tokenIds.length > 0 && !signal.aborted) throw new DemocritusError('engine_failure', event.error ?? 'the generation failed');
        yield records.length === 0 ? event : { ...event, usage: { ...event.usage, completionTokens: tokenIds.length } };
        return;
      }
    } catch (error) {
      failure = error;
    }
    attempt.abort(new DemocritusError('cancelled', 'given up for failover'));
    void iterator.return?.().catch(() => undefined);
    // Before the first token the caller sees the failure as before (the plan executor retries a sub-task then).
    if (signal.aborted || tokenIds.length === 0 || records.length >= options.maxFailovers) throw failure;
    const remaining = options.maxTokens - tokenIds.length;
    if (remaining < 1) throw failure;
    const reason = failoverReason(failure);
    let started: { next: FailoverExpert; events: AsyncIterable<GenerationEvent>; attempt: AbortController } | null = null;
    for (const next of nextCandidates((await options.candidates()).map((c) => ({ ...c, peerId: c.expert.peerId })), tried)) {
      tried.add(next.expert.peerId);
      const nextAttempt = new AbortController();
      const continuation = continuationFor({ tokenIds, text, modelSha256 }, next);
      try {
        started = { next, attempt: nextAttempt, events: await options.startOn(next, continuation, remaining, AbortSignal.any([signal, nextAttempt.signal])) };
        if ('text' in continuation || next.modelSha256 !== modelSha256) modelSha256 = null;
        break;
      } catch (error) {
        if (signal.aborted) throw error;
        logger.info({ requestId: options.requestId, peer: next.expert.peerId, err: errorMessage(error) }, 'failover candidate refused');
      }
    }
    if (started === null) throw failure;
    const record: FailoverMetadata = {
      from: serving.expert.peerId,
      to: started.next.expert.peerId,
      at_token: tokenIds.length,
      gap_ms: null,
      reason,
      continuation: modelSha256 === null ? 'text' : 'token_ids',
    };
    records.push(record);
    logger.warn({ requestId: options.requestId, from: record.from, to: record.to, atToken: record.at_token, reason, err: errorMessage(failure) }, 'failover');
    serving = started.next;
    attempt = started.attempt;
    events = started.events;
  }

}

/** The next event, or a StallError once `timeoutMs` passes without one (null: wait as long as it takes). */
async function nextWithin(iterator: AsyncIterator<GenerationEvent>, timeoutMs: number | null): Promise<IteratorResult<GenerationEvent>> {
  if (timeoutMs === null) return iterator.next();
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StallError(timeoutMs)), timeoutMs);
  });
  try {
    return await Promise.race([iterator.next(), stalled]);
  } finally {
    clearTimeout(timer);
  }
}

/** Why the serving expert was given up, for the metadata and the log. */
function failoverReason(error: unknown): FailoverMetadata['reason'] {
  if (error instanceof StallError) return 'stall';
  if (error instanceof InferenceProtocolError) return error.code === 'stream_ended' ? 'stream_ended' : 'bad_response';
  if (error instanceof DemocritusError && error.code === 'engine_failure') return 'engine_failure';
  return 'stream_error';
}
