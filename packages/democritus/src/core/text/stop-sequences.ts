export interface StopScanResult {
  /** Text that can be released to the caller now. */
  emit: string;
  /** True once a stop sequence was found; `emit` then holds the text before it. */
  stopped: boolean;
}

/**
 * Finds stop sequences in streamed text. Text that might be the start of a stop sequence is held back until the next
 * piece shows whether it is one, so the caller never streams part of a stop sequence.
 */
export class StopSequenceScanner {
  private held = '';
  /** The end of the text already released, as long as a stop sequence could reach back into it. */
  private released = '';
  private readonly stops: string[];
  private readonly reach: number;

  constructor(stops: readonly string[]) {
    this.stops = stops.filter((s) => s.length > 0);
    this.reach = Math.max(0, ...this.stops.map((s) => s.length - 1));
  }

  /**
   * Starts from text that was already released (the answer so far, when another expert continues it): none of it is
   * emitted again, but its end still counts towards a stop sequence that the next pieces complete.
   */
  prime(released: string): void {
    this.released = this.tail(this.released + this.held + released);
    this.held = '';
  }

  push(piece: string): StopScanResult {
    if (this.stops.length === 0) return { emit: piece, stopped: false };
    const text = this.held + piece;
    const search = this.released + text;
    const from = this.released.length;
    let firstStop = -1;
    for (const stop of this.stops) {
      // Only a stop sequence that ends in the new text: one wholly in released text was seen before.
      const at = search.indexOf(stop, Math.max(0, from - stop.length + 1));
      if (at !== -1 && (firstStop === -1 || at < firstStop)) firstStop = at;
    }
    if (firstStop !== -1) {
      this.held = '';
      this.released = '';
      return { emit: text.slice(0, Math.max(0, firstStop - from)), stopped: true };
    }
    const keep = Math.min(text.length, this.longestPendingPrefix(search));
    const emit = text.slice(0, text.length - keep);
    this.held = text.slice(text.length - keep);
    this.released = this.tail(this.released + emit);
    return { emit, stopped: false };
  }

  /** Releases held text at the end of generation (it did not turn into a stop sequence). */
  flush(): string {
    const rest = this.held;
    this.held = '';
    return rest;
  }

  private tail(text: string): string {
    return this.reach === 0 ? '' : text.slice(-this.reach);
  }

  private longestPendingPrefix(text: string): number {
    let longest = 0;
    for (const stop of this.stops) {
      for (let len = Math.min(stop.length - 1, text.length); len > longest; len--) {
        if (text.endsWith(stop.slice(0, len))) {
          longest = len;
          break;
        }
      }
    }
    return longest;
  }
}
