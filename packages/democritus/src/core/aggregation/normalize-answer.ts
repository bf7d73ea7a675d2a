/**
 * Canonical forms of a short final answer, so that answers which say the same thing compare equal. Tried in order:
 *
 *   option   `B`, `(b)`, `[B]`, `B)`, `B:` or `B.` (with or without text after), `option b`, `choice (B)`  -> `B`
 *            (letters A-J; a letter followed by a space and a word, `A cat`, is not an option)
 *   boolean  `yes`/`true` -> `yes`, `no`/`false` -> `no`, alone or followed by punctuation (`No, because ...`)
 *   number   `1,000` and `1000.00` -> `1000`, `$3.50` -> `3.5`, `3/4` -> `0.75`, `50%` -> `0.5`, `x = 5` -> `5`,
 *            `36 apples` -> `36` (one unit word at most); `−` (U+2212) is a minus; 12 significant digits
 *   span     anything else of at most MAX_SPAN_WORDS words: NFKC, lowercased, punctuation removed (SQuAD's rule:
 *            `D.C.` -> `dc`), the articles a/an/the dropped, whitespace collapsed
 *
 * A text longer than MAX_FINAL_ANSWER_CHARS, or a span of more words, is not a closed answer: null.
 */
import type { FinalAnswer } from './types.js';

/** Longest raw final answer that is normalised at all (in UTF-16 units); longer texts are free text. */
export const MAX_FINAL_ANSWER_CHARS = 200;
/** Most words in a span answer after normalisation. */
export const MAX_SPAN_WORDS = 8;

const WRAPPERS = /^[\s*_`"'“”‘’$]+|[\s*_`"'“”‘’$.,;:!?]+$/gu;
const OPTION = /^(?:(?:option|choice)\s+)?(?:\(([a-j])\)|\[([a-j])\]|([a-j])[).:]|([a-j])$)(?:\s.*)?$/isu;
const BOOLEAN = /^(yes|no|true|false)(?:[.,;:!?].*)?$/isu;
const VARIABLE = /^[a-z]\s*=\s*/iu;
const NUMBER = /^([+\-−])?[$€£¥]?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?:\s*(%))?(?:\s+\p{L}+)?$/u;
const FRACTION = /^([+\-−])?(\d+)\s*\/\s*(\d+)(?:\s*(%))?(?:\s+\p{L}+)?$/u;

/** The canonical form of a short answer, or null when it is not a closed answer (empty, too long, a long span). */
export function normalizeFinalAnswer(raw: string): FinalAnswer | null {
  if (raw.length > MAX_FINAL_ANSWER_CHARS) return null;
  const text = raw.normalize('NFKC').replace(WRAPPERS, '');
  if (text === '') return null;
  return option(text) ?? boolean(text) ?? number(text.replace(VARIABLE, '')) ?? span(text);
}

/** The `kind:value` key two agreeing answers share. */
export function finalAnswerKey(answer: FinalAnswer): string {
  return `${answer.kind}:${answer.value}`;
}

function option(text: string): FinalAnswer | null {
  const match = OPTION.exec(text);
  const letter = match?.slice(1).find((group) => group !== undefined);
  return letter === undefined ? null : { kind: 'option', value: letter.toUpperCase() };
}

function boolean(text: string): FinalAnswer | null {
  const word = BOOLEAN.exec(text)?.[1]?.toLowerCase();
  if (word === undefined) return null;
  return { kind: 'boolean', value: word === 'yes' || word === 'true' ? 'yes' : 'no' };
}

function number(text: string): FinalAnswer | null {
  const unbracketed = text.replace(/^\((.*)\)$/su, '$1').trim();
  const decimal = NUMBER.exec(unbracketed);
  if (decimal !== null) {
    const value = Number(decimal[2]!.replaceAll(',', ''));
    return canonicalNumber(signed(decimal[1], value), decimal[3] !== undefined);
  }
  const fraction = FRACTION.exec(unbracketed);
  if (fraction !== null) {
    const denominator = Number(fraction[3]);
    if (denominator === 0) return null;
    return canonicalNumber(signed(fraction[1], Number(fraction[2]) / denominator), fraction[4] !== undefined);
  }
  return null;
}

function signed(sign: string | undefined, value: number): number {
  return sign === '-' || sign === '−' ? -value : value;
}

function canonicalNumber(value: number, percent: boolean): FinalAnswer | null {
  const scaled = percent ? value / 100 : value;
  if (!Number.isFinite(scaled)) return null;
  // 12 significant digits: 0.1 + 0.2 and 0.3 agree; `+ 0` turns -0 into 0.
  return { kind: 'number', value: String(Number(scaled.toPrecision(12)) + 0) };
}

function span(text: string): FinalAnswer | null {
  const words = text
    .toLowerCase()
    .replace(/\p{P}+/gu, '')
    .split(/\s+/u)
    .filter((word) => word !== '' && word !== 'a' && word !== 'an' && word !== 'the');
  if (words.length === 0 || words.length > MAX_SPAN_WORDS) return null;
  return { kind: 'span', value: words.join(' ') };
}
