/**
 * An answer cut to a character budget for the synthesis prompt, so that N answers cost at most N budgets of the
 * aggregator's context whatever the experts wrote. A longer answer keeps its first two thirds and its last third (a
 * conclusion or final answer is often at the end) around a marker saying how much was left out; the result, marker
 * included, has at most `budget` UTF-16 units and never splits a surrogate pair.
 */
import { prefixWithinUnits } from '../text/bounded-nfkc.js';

/** The default budget per answer in the synthesis prompt, in UTF-16 units (about 1,000 tokens of English). */
export const DEFAULT_SYNTHESIS_ANSWER_CHARS = 4_000;
/** The smallest budget accepted: room for the marker and some text on both sides. */
export const MIN_SYNTHESIS_ANSWER_CHARS = 200;

export function boundAnswer(text: string, budget: number): string {
  if (!Number.isInteger(budget) || budget < MIN_SYNTHESIS_ANSWER_CHARS) {
    throw new RangeError(`the budget per answer is ${budget}; it must be an integer of at least ${MIN_SYNTHESIS_ANSWER_CHARS} characters`);
  }
  if (text.length <= budget) return text;
  // Sized for the largest count it can show, so the real marker is never longer.
  const kept = budget - omissionMarker(text.length).length;
  const head = prefixWithinUnits(text, Math.ceil((kept * 2) / 3));
  const tail = suffixWithinUnits(text, kept - head.length);
  return head + omissionMarker(text.length - head.length - tail.length) + tail;
}

function omissionMarker(omitted: number): string {
  return `\n[... ${omitted} characters left out ...]\n`;
}

/** The longest suffix of `text` with at most `maxUnits` UTF-16 units that does not start inside a surrogate pair. */
function suffixWithinUnits(text: string, maxUnits: number): string {
  if (maxUnits <= 0) return '';
  let start = Math.max(0, text.length - maxUnits);
  const unit = text.charCodeAt(start);
  if (start > 0 && unit >= 0xdc00 && unit <= 0xdfff && isHighSurrogate(text.charCodeAt(start - 1))) start += 1;
  return text.slice(start);
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}
