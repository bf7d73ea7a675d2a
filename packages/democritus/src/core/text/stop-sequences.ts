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
  private readonly stops: string[];

  constructor(stops: readonly string[]) {
    this.stops = stops.filter((s) => s.length > 0);
  }

  push(piece: string): StopScanResult {
    if (this.stops.length === 0) return { emit: piece, stopped: false };
    const text = this.held + piece;
    let firstStop = -1;
    for (const stop of this.stops) {
      const at = text.indexOf(stop);
      if (at !== -1 && (firstStop === -1 || at < firstStop)) firstStop = at;
    }
    if (firstStop !== -1) {
      this.held = '';
      return { emit: text.slice(0, firstStop), stopped: true };
    }
    const keep = this.longestPendingPrefix(text);
    this.held = text.slice(text.length - keep);
    return { emit: text.slice(0, text.length - keep), stopped: false };
  }

  /** Releases held text at the end of generation (it did not turn into a stop sequence). */
  flush(): string {
    const rest = this.held;
    this.held = '';
    return rest;
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
