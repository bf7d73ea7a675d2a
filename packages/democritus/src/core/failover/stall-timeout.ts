/**
 * When a serving expert counts as stalled: no token for longer than `max(floorMs, STALL_GAP_FACTOR x the longest gap
 * between its tokens so far)`. The longest gap rather than the mean, so an expert whose tokens come in bursts (packets,
 * a busy machine) is measured by its own worst pause; the floor keeps a slow but alive expert from being dropped
 * after a few fast tokens. Pure: the caller passes the clock.
 */
export const STALL_GAP_FACTOR = 10;

/** The floor of the stall timeout, in ms: below it no expert counts as stalled. */
export const STALL_FLOOR_MS = 2_000;

/** The gaps between one expert's tokens, as they arrive. */
export class InterTokenGaps {
  private last: number | null = null;
  private longest = 0;

  /** A token arrived at `nowMs`. */
  observe(nowMs: number): void {
    if (this.last !== null) this.longest = Math.max(this.longest, nowMs - this.last);
    this.last = nowMs;
  }

  /** The longest gap so far, in ms (0 before the second token). */
  get longestGapMs(): number {
    return this.longest;
  }

  /** How long to wait for the next token before the expert counts as stalled. */
  stallTimeoutMs(floorMs = STALL_FLOOR_MS): number {
    return Math.max(floorMs, STALL_GAP_FACTOR * this.longest);
  }
}
