/**
 * A response body made of string chunks (SSE events, NDJSON lines) that writes several chunks at once: a generation
 * produces one chunk per token, thousands per second on a small model, and one socket write each costs the node more
 * than the token (and wakes the client as often). The bytes are the same; only how they are grouped into writes
 * changes.
 *
 * - Chunks produced in the same event-loop turn (a packet of tokens from a peer) go out in one write, at the end of
 *   that turn (`setImmediate`): the first chunk after a pause is not held back.
 * - After a write, the next one waits until `windowMs` have passed since it, gathering what comes meanwhile (tokens
 *   of the local engine, a few hundred microseconds apart): a chunk waits at most about `windowMs`.
 * - Backpressure as with `Readable.from`: the chunks are not pulled while the consumer is not reading.
 * - Destroying the body (the client left) stops waiting and closes the iterator, like `Readable.from`.
 */
import { Readable } from 'node:stream';

export const COALESCE_WINDOW_MS = 1;

/** How many chunks may wait for the next write before pulling pauses (a fast producer and a slow socket). */
const MAX_HELD_CHUNKS = 256;

export function coalescedBody(chunks: AsyncIterable<string>, options: { windowMs?: number } = {}): Readable {
  return new CoalescedBody(chunks[Symbol.asyncIterator](), options.windowMs ?? COALESCE_WINDOW_MS);
}

class CoalescedBody extends Readable {
  private held: string[] = [];
  private lastWriteAt = Number.NEGATIVE_INFINITY;
  private immediate: NodeJS.Immediate | undefined;
  private timer: NodeJS.Timeout | undefined;
  private pulling = false;
  /** The consumer wants data (the last push was below the high-water mark, or `_read` was called since). */
  private wanted = true;
  private finished = false;

  constructor(
    private readonly source: AsyncIterator<string>,
    private readonly windowMs: number,
  ) {
    super({ objectMode: false });
  }

  override _read(): void {
    this.wanted = true;
    if (!this.pulling && !this.finished) void this.pull();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.clearSchedule();
    this.held = [];
    const ended = this.finished;
    this.finished = true;
    if (ended) {
      callback(error);
      return;
    }
    // As Readable.from: the iterator is closed (its `finally` runs) before the body reports 'close'.
    Promise.resolve(this.source.return?.()).then(
      () => process.nextTick(callback, error),
      (closeError: unknown) => process.nextTick(callback, error ?? (closeError instanceof Error ? closeError : new Error(String(closeError)))),
    );
  }

  private async pull(): Promise<void> {
    this.pulling = true;
    try {
      while (this.wanted && this.held.length < MAX_HELD_CHUNKS && !this.finished) {
        const result = await this.source.next();
        if (this.destroyed) return;
        if (result.done === true) {
          this.finished = true;
          this.clearSchedule();
          this.write();
          this.push(null);
          return;
        }
        this.held.push(result.value);
        this.schedule();
      }
    } catch (error) {
      if (this.destroyed) return;
      this.finished = true;
      this.clearSchedule();
      this.write();
      this.destroy(error instanceof Error ? error : new Error(String(error)));
    } finally {
      this.pulling = false;
    }
  }

  private schedule(): void {
    if (this.immediate !== undefined || this.timer !== undefined) return;
    const wait = this.lastWriteAt + this.windowMs - performance.now();
    if (wait <= 0) this.immediate = setImmediate(this.flush);
    else this.timer = setTimeout(this.flush, wait);
  }

  private clearSchedule(): void {
    if (this.immediate !== undefined) clearImmediate(this.immediate);
    clearTimeout(this.timer);
    this.immediate = undefined;
    this.timer = undefined;
  }

  private readonly flush = (): void => {
    this.immediate = undefined;
    this.timer = undefined;
    if (this.destroyed) return;
    this.write();
    // Pulling paused on a full hold: resume it.
    if (this.wanted && !this.pulling && !this.finished) void this.pull();
  };

  private write(): void {
    if (this.held.length === 0) return;
    const text = this.held.length === 1 ? (this.held[0] ?? '') : this.held.join('');
    this.held = [];
    this.lastWriteAt = performance.now();
    this.wanted = this.push(text);
  }
}
