/**
 * A generation's events as the app hands them out: failures turned into DemocritusErrors (a peer's failure is an
 * upstream failure, not this node's), and one log line when the request ends. The line holds the request id,
 * interface, client identity, expert, token counts, duration and outcome; never prompt or output text.
 */
import type { DoneEvent, GenerationEvent } from '../engine/types.js';
import { DemocritusError, errorMessage } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import type { Caller, ExpertChoice } from './node-app.js';
import type { SanitizerRecord } from './sanitizer-settings.js';

export interface RequestRecord {
  requestId: string;
  caller: Caller;
  expert: ExpertChoice | null;
  startedAt: number;
  /** What the sanitizer changed: counts on the log line, never text. */
  sanitizer?: SanitizerRecord;
}

/** A failure of a generation as a DemocritusError; `remote` says it ran on a peer. */
export function generationFailure(error: unknown, remote: boolean): DemocritusError {
  if (error instanceof DemocritusError) return error;
  return new DemocritusError(remote ? 'remote_failure' : 'engine_failure', errorMessage(error), { cause: error });
}

/** Logs the end of a request that failed before its generation started. */
export function logRefused(logger: Logger, record: RequestRecord, error: DemocritusError): void {
  const level = error.kind === 'internal' || error.kind === 'upstream_failed' ? 'warn' : 'info';
  logger[level]({ ...fields(record), ...record.sanitizer?.logFields(), outcome: error.code, ms: Math.round(performance.now() - record.startedAt), err: error.message }, 'request refused');
}

/** The events with failures typed and one log line at the end, however it ends (done, failure, or the caller left). */
export function observedGeneration(events: AsyncIterable<GenerationEvent>, record: RequestRecord, logger: Logger, signal: AbortSignal): AsyncIterable<GenerationEvent> {
  const remote = record.expert?.peer !== null && record.expert?.peer !== undefined;
  return {
    [Symbol.asyncIterator]: () => {
      const inner = events[Symbol.asyncIterator]();
      let completionTokens = 0;
      let done: DoneEvent | null = null;
      let failure: DemocritusError | null = null;
      let logged = false;
      const log = () => {
        if (logged) return;
        logged = true;
        const outcome = failure !== null ? failure.code : done !== null ? done.finishReason : signal.aborted ? 'cancelled' : 'abandoned';
        const level = failure !== null && (failure.kind === 'internal' || failure.kind === 'upstream_failed') ? 'warn' : 'info';
        logger[level](
          {
            ...fields(record),
            promptTokens: done?.usage.promptTokens ?? null,
            completionTokens: done?.usage.completionTokens ?? completionTokens,
            ms: Math.round(performance.now() - record.startedAt),
            outcome,
            ...record.sanitizer?.logFields(),
            ...(failure === null ? {} : { err: failure.message }),
          },
          'request',
        );
      };
      return {
        async next(): Promise<IteratorResult<GenerationEvent>> {
          try {
            const result = await inner.next();
            if (result.done === true) log();
            else if (result.value.type === 'token') completionTokens += 1;
            else {
              done = result.value;
              log();
            }
            return result;
          } catch (error) {
            failure = signal.aborted && !(error instanceof DemocritusError) ? new DemocritusError('cancelled', 'cancelled') : generationFailure(error, remote);
            log();
            throw failure;
          }
        },
        async return(): Promise<IteratorResult<GenerationEvent>> {
          try {
            return (await inner.return?.()) ?? { done: true, value: undefined };
          } finally {
            log();
          }
        },
      };
    },
  };
}

function fields(record: RequestRecord): Record<string, unknown> {
  return {
    requestId: record.requestId,
    interface: record.caller.interface,
    client: record.caller.clientId,
    expert: record.expert?.name ?? null,
    peer: record.expert?.peer ?? null,
  };
}
