/**
 * A REST chat's progress events (`democritus.progress: true`) waiting for their place in the stream: the app reports
 * them as they happen, the SSE body writes them as comments (`: democritus.progress {...}`) between chunks.
 *
 * ```ts
 * const progress = new ProgressQueue();
 * app.chat({ ...command, onProgress: (event) => progress.push(progressEvent(event)) }, caller, signal);
 * await progress.next();            // the next event arrived
 * yield* progress.drain();          // its SSE comments
 * ```
 */
import { progressSseComment, type ChatProgressEvent } from '@democritus/sdk';

export class ProgressQueue {
  private readonly waiting: ChatProgressEvent[] = [];
  private wake: (() => void) | null = null;
  private arrival: Promise<void>;
  /** The first event (the plan, for a decomposed chat); undefined until one arrived. */
  first: ChatProgressEvent | undefined;

  constructor() {
    this.arrival = this.nextArrival();
  }

  push(event: ChatProgressEvent): void {
    this.first ??= event;
    this.waiting.push(event);
    const wake = this.wake;
    this.arrival = this.nextArrival();
    wake?.();
  }

  /** Resolves when an event is waiting (at once if one is). */
  next(): Promise<void> {
    return this.waiting.length > 0 ? Promise.resolve() : this.arrival;
  }

  /** The waiting events as SSE comments, oldest first; the queue is empty afterwards. */
  *drain(): Generator<string> {
    for (let event = this.waiting.shift(); event !== undefined; event = this.waiting.shift()) yield progressSseComment(event);
  }

  private nextArrival(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.wake = resolve;
    });
  }
}
