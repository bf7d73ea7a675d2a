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
  return { events: { [Symbol.asyncIterator]: () => new FailoverStream(options, firstEvents, firstAttempt, records) }, failovers: () => records };
}

/**
 * The answer's events across switches. A hand-written iterator rather than an async generator: `return()` must close
 * the serving expert's stream at once, also while a `next()` is waiting for its next token (a generator would queue
 * the return behind it).
 */
class FailoverStream implements AsyncIterator<GenerationEvent> {
  private readonly tokenIds: number[] = [];
  private text = '';
  /** The model that wrote every token id so far; null once experts on different models (or text) took part. */
  private modelSha256: string | null;
  private lastTokenAt = 0;
  private readonly tried: Set<string>;
  private serving: FailoverExpert;
  private attempt: AbortController;
  private iterator: AsyncIterator<GenerationEvent>;
  private gaps = new InterTokenGaps();
  private tokensBefore = 0;
  /** A next() of the serving expert still pending after a stall with nobody to take over: awaited again. */
  private pending: Promise<IteratorResult<GenerationEvent>> | null = null;
  /** Null once known that no candidate is left (then a stall just keeps waiting). */
  private candidatesLeft: boolean | null = null;
  private finished = false;

  constructor(
    private readonly options: FailoverOptions,
    events: AsyncIterable<GenerationEvent>,
    attempt: AbortController,
    private readonly records: FailoverMetadata[],
  ) {
    this.modelSha256 = options.first.modelSha256 ?? null;
    this.tried = new Set([options.first.expert.peerId]);
    this.serving = options.first;
    this.attempt = attempt;
    this.iterator = events[Symbol.asyncIterator]();
  }

  async next(): Promise<IteratorResult<GenerationEvent>> {
    for (;;) {
      if (this.finished) return { done: true, value: undefined };
      let result: IteratorResult<GenerationEvent>;
      try {
        result = await this.nextOfServing();
      } catch (error) {
        await this.failOver(error);
        continue;
      }
      if (result.done === true) {
        this.finished = true;
        return result;
      }
      const event = result.value;
      if (event.type === 'token') {
        this.onToken(event.tokenId, event.text);
        return result;
      }
      if (event.finishReason === 'error' && this.tokenIds.length > 0 && !this.options.signal.aborted) {
        try {
          await this.failOver(new DemocritusError('engine_failure', event.error ?? 'the generation failed'));
          continue;
        } catch {
          // Nobody took over: the failed answer ends as it did.
          return result;
        }
      }
      this.finished = true;
      if (this.records.length === 0) return result;
      return { done: false, value: { ...event, usage: { ...event.usage, completionTokens: this.tokenIds.length } } };
    }
  }

  async return(): Promise<IteratorResult<GenerationEvent>> {
    this.finished = true;
    this.attempt.abort(new DemocritusError('cancelled', 'the answer was closed'));
    await this.iterator.return?.().catch(() => undefined);
    return { done: true, value: undefined };
  }

  /** The serving expert's next event; a StallError when a remote expert stalls and someone could take over. */
  private async nextOfServing(): Promise<IteratorResult<GenerationEvent>> {
    const next = this.pending ?? this.iterator.next();
    this.pending = null;
    const armed = this.serving.expert.peer !== null && this.tokenIds.length > this.tokensBefore && this.candidatesLeft !== false && this.records.length < this.options.maxFailovers;
    if (!armed) return next;
    const timeoutMs = this.gaps.stallTimeoutMs(this.options.stallFloorMs);
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StallError(timeoutMs)), timeoutMs);
    });
    try {
      return await Promise.race([next, stalled]);
    } catch (error) {
      if (error instanceof StallError) this.pending = next;
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private onToken(tokenId: number, text: string): void {
    const now = performance.now();
    const last = this.records.at(-1);
    if (last !== undefined && last.gap_ms === null && this.tokenIds.length === this.tokensBefore) last.gap_ms = Math.round((now - this.lastTokenAt) * 10) / 10;
    this.gaps.observe(now);
    this.lastTokenAt = now;
    if (tokenId >= 0) this.tokenIds.push(tokenId);
    this.text += text;
  }

  /** Moves the answer to the next candidate that starts, or rethrows `failure` when it cannot. */
  private async failOver(failure: unknown): Promise<void> {
    const { options, records, tokenIds } = this;
    const { signal, logger } = options;
    // Before the first token the caller sees the failure as before (the plan executor retries a sub-task then).
    const remaining = options.maxTokens - tokenIds.length;
    if (signal.aborted || tokenIds.length === 0 || records.length >= options.maxFailovers || remaining < 1) throw this.giveUp(failure);
    const candidates = nextCandidates((await options.candidates()).map((c) => ({ ...c, peerId: c.expert.peerId })), this.tried);
    if (failure instanceof StallError && candidates.length === 0) {
      // Nobody could take over: keep waiting for the slow expert rather than fail the answer.
      this.candidatesLeft = false;
      return;
    }
    const stalledNext = this.pending;
    this.pending = null;
    this.attempt.abort(new DemocritusError('cancelled', 'given up for failover'));
    void this.iterator.return?.().catch(() => undefined);
    void stalledNext?.catch(() => undefined);
    for (const next of candidates) {
      this.tried.add(next.expert.peerId);
      const attempt = new AbortController();
      const continuation = continuationFor({ tokenIds, text: this.text, modelSha256: this.modelSha256 }, next);
      let events: AsyncIterable<GenerationEvent>;
      try {
        events = await options.startOn(next, continuation, remaining, AbortSignal.any([signal, attempt.signal]));
      } catch (error) {
        if (signal.aborted) throw this.giveUp(error);
        logger.info({ requestId: options.requestId, peer: next.expert.peerId, err: errorMessage(error) }, 'failover candidate refused');
        continue;
      }
      if ('text' in continuation) this.modelSha256 = null;
      const record: FailoverMetadata = {
        from: this.serving.expert.peerId,
        to: next.expert.peerId,
        at_token: tokenIds.length,
        gap_ms: null,
        reason: failoverReason(failure),
        continuation: 'text' in continuation ? 'text' : 'token_ids',
      };
      records.push(record);
      logger.warn({ requestId: options.requestId, from: record.from, to: record.to, atToken: record.at_token, reason: record.reason, err: errorMessage(failure) }, 'failover');
      this.serving = next;
      this.attempt = attempt;
      this.iterator = events[Symbol.asyncIterator]();
      this.gaps = new InterTokenGaps();
      this.tokensBefore = tokenIds.length;
      this.candidatesLeft = null;
      return;
    }
    throw this.giveUp(failure);
  }

  private giveUp(failure: unknown): unknown {
    this.finished = true;
    this.attempt.abort(new DemocritusError('cancelled', 'the answer failed'));
    void this.iterator.return?.().catch(() => undefined);
    return failure;
  }
}

/** Why the serving expert was given up, for the metadata and the log. */
function failoverReason(error: unknown): FailoverMetadata['reason'] {
  if (error instanceof StallError) return 'stall';
  if (error instanceof InferenceProtocolError) return error.code === 'stream_ended' ? 'stream_ended' : 'bad_response';
  if (error instanceof DemocritusError && error.code === 'engine_failure') return 'engine_failure';
  return 'stream_error';
}
