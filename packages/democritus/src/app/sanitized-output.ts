/**
 * A generation's events with the output rules applied as they stream: each token's text through the output filter
 * (an escape sequence or tag split over tokens is held back, at most the filter's carry), and the raw texts through the
 * repetition detector. When the detector trips, the generation is cancelled (which frees its slot, here or on the peer)
 * and the events end with a done event whose finish reason is `stop`; the record says `repetition`.
 */
import { OutputFilter, type OutputRules } from '../core/sanitizer/pipeline.js';
import { RepetitionDetector } from '../core/sanitizer/repetition.js';
import { mergeChanges } from '../core/sanitizer/types.js';
import type { DoneEvent, GenerationEvent, TokenEvent } from '../engine/types.js';
import type { SanitizerRecord } from './sanitizer-settings.js';

export function sanitizedOutput(
  events: AsyncIterable<GenerationEvent>,
  rules: OutputRules,
  record: SanitizerRecord,
  /** Cancels the generation (the signal it was started with). */
  stop: AbortController,
): AsyncIterable<GenerationEvent> {
  const filter = new OutputFilter(rules);
  if (!filter.active && rules.repetition === null) return events;
  return {
    async *[Symbol.asyncIterator]() {
      const inner = events[Symbol.asyncIterator]();
      const detector = rules.repetition === null ? null : new RepetitionDetector(rules.repetition);
      let completionTokens = 0;
      /** The held-back text, and what the filter changed, before the done event (the request's log line is written on it). */
      const finish = function* (): Generator<TokenEvent> {
        const rest = filter.end();
        mergeChanges(record.output, filter.changes);
        if (rest.length > 0) yield leftover(rest);
      };
      try {
        for (let result = await inner.next(); result.done !== true; result = await inner.next()) {
          const event = result.value;
          if (event.type === 'done') {
            yield* finish();
            yield event;
            return;
          }
          completionTokens += 1;
          yield filter.active ? { ...event, text: filter.push(event.text) } : event;
          if (detector?.push(event.text) == null) continue;
          // A degenerate loop: cancel the generation, then wait for the engine's own end (a local engine still
          // reports the prompt's token count; a peer's stream ends with its cancellation).
          record.repetition = true;
          stop.abort();
          const done = await drainedDone(inner);
          yield* finish();
          yield {
            type: 'done',
            finishReason: 'stop',
            usage: { promptTokens: done?.usage.promptTokens ?? 0, completionTokens },
            modelSha256: done?.modelSha256 ?? '',
            timings: done?.timings ?? { firstTokenMs: null, totalMs: 0 },
          };
          return;
        }
      } finally {
        await inner.return?.();
      }
    },
  };
}

/** Reads a cancelled generation to its end: its done event, if it sends one. */
async function drainedDone(inner: AsyncIterator<GenerationEvent>): Promise<DoneEvent | null> {
  try {
    for (let result = await inner.next(); result.done !== true; result = await inner.next()) {
      if (result.value.type === 'done') return result.value;
    }
  } catch {
    // A peer's cancelled stream fails with the cancellation: nothing to report.
  }
  return null;
}

/** The text the filter held back until the end, as one more token event (not a token of the model: id -1). */
function leftover(text: string): TokenEvent {
  return { type: 'token', text, tokenId: -1, logprob: 0, topLogprobs: [] };
}
