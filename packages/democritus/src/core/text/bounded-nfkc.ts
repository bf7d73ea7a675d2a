/**
 * NFKC over only as much of a text as a reader needs. Normalising a whole text costs time and memory in proportion to
 * its length, and more: one character can become up to 18 (U+FDFA, a ligature of a whole Arabic phrase), so a 60 KB
 * prompt can normalise to a million characters. These helpers bound the work by the output wanted, not by the input.
 */

/**
 * Most UTF-16 units of input that NFKC can merge into one code point of output: a character's canonical decomposition
 * has at most 4 code points (e.g. U+1F82), and each input code point takes at most 2 units.
 */
export const NFKC_MAX_UNITS_PER_CODE_POINT = 8;

/** The longest prefix of `text` that has at most `maxUnits` UTF-16 units and does not end inside a surrogate pair. O(1). */
export function prefixWithinUnits(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  const end = Math.max(0, Math.floor(maxUnits));
  return isHighSurrogate(text.charCodeAt(end - 1)) && isLowSurrogate(text.charCodeAt(end)) ? text.slice(0, end - 1) : text.slice(0, end);
}

/** The first `maxCodePoints` code points of `text`; reads at most `2 * maxCodePoints` units of it. */
export function prefixWithinCodePoints(text: string, maxCodePoints: number): string {
  let end = 0;
  for (let count = 0; count < maxCodePoints && end < text.length; count++) {
    end += isHighSurrogate(text.charCodeAt(end)) && isLowSurrogate(text.charCodeAt(end + 1)) ? 2 : 1;
  }
  return text.slice(0, end);
}

/**
 * Applies `read` to ever longer prefixes of `text`, from `startUnits` UTF-16 units and doubling, until `enough` says
 * its result suffices or the whole text was read. The work is at most about twice that of the last read, so it is
 * bounded by what the reader needs, not by the text's length.
 */
export function readGrowingPrefix<T>(text: string, startUnits: number, read: (prefix: string) => T, enough: (result: T) => boolean): T {
  for (let units = Math.max(1, Math.floor(startUnits)); ; units *= 2) {
    const prefix = prefixWithinUnits(text, units);
    const result = read(prefix);
    if (prefix.length === text.length || enough(result)) return result;
  }
}

/**
 * The first `maxCodePoints` code points of `text.normalize('NFKC')`, normalising only a prefix of `text`: the work and
 * the memory are O(maxCodePoints) whatever the text's length. The prefix starts at `maxCodePoints` units and doubles
 * while its normal form is too short (characters merged), which ends by about `NFKC_MAX_UNITS_PER_CODE_POINT *
 * maxCodePoints` units. Each prefix ends where normalisation can be cut (before a character that cannot merge with the
 * ones before it), so the result is exact; only a run of more than `STREAM_SAFE_NON_STARTERS` combining marks, which
 * Unicode's stream-safe format does not allow, is cut inside.
 */
export function boundedNfkc(text: string, maxCodePoints: number): string {
  const wanted = Math.max(0, Math.floor(maxCodePoints));
  const { result } = readGrowingPrefix(
    text,
    wanted,
    (prefix) => {
      const normalized = text.slice(0, safeCut(text, prefix.length)).normalize('NFKC');
      return { normalized, result: prefixWithinCodePoints(normalized, wanted) };
    },
    ({ normalized, result }) => result.length < normalized.length || codePointCount(result) >= wanted,
  );
  return result;
}

/** Unicode's stream-safe text format allows at most 30 combining marks in a row. */
export const STREAM_SAFE_NON_STARTERS = 30;
/** A combining mark, or a Hangul vowel or final jamo: what NFKC can merge into the character before it. */
const NON_STARTER = /^[\p{M}\u1161-\u1175\u11a8-\u11c2]/u;

/**
 * The last index at or before `end` where NFKC of the text can be cut: normalising `text.slice(0, cut)` gives a prefix
 * of normalising the whole text. A character whose compatibility decomposition starts with a non-starter (a mark, a
 * vowel jamo, a halfwidth voiced-sound mark) can merge with what precedes it; any other can not.
 */
function safeCut(text: string, end: number): number {
  let at = end;
  for (let steps = 0; steps <= STREAM_SAFE_NON_STARTERS; steps++) {
    if (at <= 0 || at >= text.length) return at;
    const codePoint = text.codePointAt(at)!;
    if (!NON_STARTER.test(String.fromCodePoint(codePoint).normalize('NFKD'))) return at;
    at -= at >= 2 && isLowSurrogate(text.charCodeAt(at - 1)) && isHighSurrogate(text.charCodeAt(at - 2)) ? 2 : 1;
  }
  return end;
}

function codePointCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (!(isLowSurrogate(text.charCodeAt(i)) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) count++;
  }
  return count;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
