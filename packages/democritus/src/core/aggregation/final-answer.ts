/**
 * An answer's final answer, for voting: what a text says its answer is, normalised (normalize-answer.ts). Read in
 * order, the first that gives a closed answer wins:
 *
 *   1. the last marker in the text: `\boxed{...}`, a `#### ...` line (GSM8K), `answer: ...` / `the answer is ...` /
 *      `final answer: ...`, up to the end of its sentence or line;
 *   2. the whole text, when it is short (see MAX_FINAL_ANSWER_CHARS and MAX_SPAN_WORDS);
 *   3. a leading yes/no/true/false followed by punctuation (`Yes, because ...`), whatever follows.
 *
 * Anything else (a long free text) is not votable: null. The regular expressions are linear in the text's length.
 */
import { normalizeFinalAnswer } from './normalize-answer.js';
import type { FinalAnswer } from './types.js';

const MARKERS: readonly RegExp[] = [
  /\\boxed\{([^{}\n]*)\}/gu,
  /^#{4}[ \t]*([^\n]+)$/gmu,
  // A lookahead, so a later marker on the same line is found too; bounded, so that stays linear.
  /\b(?:final[ \t]+)?answer[ \t]*(?:is[ \t]*:?|:)[ \t]*(?=([^\n]{1,256}))/giu,
];
/** A sentence ends at . ! or ? followed by a space or the end (so `3.50` and `D.C` are not cut). */
const SENTENCE_END = /[.!?](?=\s|$)/u;
const LEADING_BOOLEAN = /^[\s*_"'“‘]*(yes|no|true|false)[.,;:!]/iu;

export function finalAnswer(text: string): FinalAnswer | null {
  const marked = lastMarker(text);
  if (marked !== null) {
    const answer = normalizeFinalAnswer(firstSentence(marked));
    if (answer !== null) return answer;
  }
  const whole = normalizeFinalAnswer(text.trim());
  if (whole !== null) return whole;
  const leading = LEADING_BOOLEAN.exec(text.slice(0, 32))?.[1];
  return leading === undefined ? null : normalizeFinalAnswer(leading);
}

/** The content of the marker that starts last in the text, or null when there is none. */
function lastMarker(text: string): string | null {
  let last: { at: number; content: string } | null = null;
  for (const marker of MARKERS) {
    for (const match of text.matchAll(marker)) {
      if (last === null || match.index > last.at) last = { at: match.index, content: match[1]! };
    }
  }
  return last?.content ?? null;
}

function firstSentence(text: string): string {
  const end = SENTENCE_END.exec(text);
  return end === null ? text : text.slice(0, end.index);
}
