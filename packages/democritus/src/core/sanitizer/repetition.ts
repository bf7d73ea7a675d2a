/**
 * The repetition detector for streamed output: a small state machine fed one token text at a time. It trips when the
 * last `window` tokens are one n-gram (n <= `maxNgram`) repeated at least `minRepeats` times back to back, the shape
 * of a degenerate loop. O(maxNgram) per token: for each period n it counts how many tokens in a row equalled the token
 * n places before; the tail has period n once that run reaches `window - n`.
 */

export interface RepetitionOptions {
  /** Tokens that must form the loop. */
  window: number;
  /** Longest repeated n-gram looked for, in tokens. */
  maxNgram: number;
  /** Fewest repeats of the n-gram within the window. */
  minRepeats: number;
}

export interface RepetitionLoop {
  /** The repeated n-gram's length in tokens. */
  ngram: number;
  /** Its repeats within the window. */
  repeats: number;
}

export class RepetitionDetector {
  private readonly recent: string[] = [];
  /** runs[n - 1]: tokens in a row equal to the token n places before. */
  private readonly runs: number[];
  private loop: RepetitionLoop | null = null;

  constructor(private readonly options: RepetitionOptions) {
    this.runs = new Array<number>(options.maxNgram).fill(0);
  }

  /** The loop found so far, if any. */
  get found(): RepetitionLoop | null {
    return this.loop;
  }

  /** Feeds one token's text; returns the loop once the tail is one. */
  push(text: string): RepetitionLoop | null {
    if (this.loop !== null) return this.loop;
    const { window, maxNgram, minRepeats } = this.options;
    for (let n = 1; n <= maxNgram; n += 1) {
      const before = this.recent[this.recent.length - n];
      const run = before === text ? (this.runs[n - 1] ?? 0) + 1 : 0;
      this.runs[n - 1] = run;
      if (run >= window - n && Math.floor(window / n) >= minRepeats) {
        this.loop = { ngram: n, repeats: Math.floor(window / n) };
        break;
      }
    }
    this.recent.push(text);
    if (this.recent.length > maxNgram) this.recent.shift();
    return this.loop;
  }
}
