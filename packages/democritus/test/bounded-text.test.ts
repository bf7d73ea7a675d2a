// Pure helpers that bound the work spent on a long text: prefixes, NFKC over a prefix, the prompt-length check.
import { describe, expect, it } from 'vitest';
import { boundedNfkc, NFKC_MAX_UNITS_PER_CODE_POINT, prefixWithinCodePoints, prefixWithinUnits, readGrowingPrefix } from '../src/core/text/bounded-nfkc.js';
import { checkPromptLength } from '../src/core/text/prompt-length.js';

describe('prefixes', () => {
  it('never end inside a surrogate pair', () => {
    expect(prefixWithinUnits('ab🧮cd', 3)).toBe('ab');
    expect(prefixWithinUnits('ab🧮cd', 4)).toBe('ab🧮');
    expect(prefixWithinUnits('abc', 10)).toBe('abc');
    expect(prefixWithinCodePoints('🧮🧮🧮x', 2)).toBe('🧮🧮');
    expect(prefixWithinCodePoints('ab', 5)).toBe('ab');
    expect(prefixWithinCodePoints('\ud800x', 1)).toBe('\ud800');
  });

  it('readGrowingPrefix doubles the prefix until the reader has enough', () => {
    const read: number[] = [];
    const result = readGrowingPrefix('x'.repeat(100), 10, (prefix) => (read.push(prefix.length), prefix.length), (length) => length >= 35);
    expect(result).toBe(40);
    expect(read).toEqual([10, 20, 40]);
    expect(readGrowingPrefix('short', 10, (prefix) => prefix, () => false)).toBe('short');
  });
});

describe('boundedNfkc', () => {
  it('gives the first code points of the whole text normalised', () => {
    const texts = [
      '\ufdfa'.repeat(20_000),
      'ﬁ½² café '.repeat(1_000),
      'e\u0301\u0323 '.repeat(3_000),
      'a\u0301\u0301\u0301\u0301'.repeat(2_000),
      '🧮 数学 '.repeat(2_000),
      '\u1100\u1161\u11a8'.repeat(5_000),
      'ｶﾞｷﾞ ｸﾞ'.repeat(2_000),
      'น้ำ ทำ'.repeat(2_000),
    ];
    for (const text of texts) {
      for (const wanted of [1, 2, 3, 5, 7, 11, 100, 4096]) {
        expect(boundedNfkc(text, wanted)).toBe(prefixWithinCodePoints(text.normalize('NFKC'), wanted));
      }
    }
    expect(boundedNfkc('', 10)).toBe('');
    expect(boundedNfkc('ﬁ', 10)).toBe('fi');
  });

  it('reads at most NFKC_MAX_UNITS_PER_CODE_POINT units of input per code point of output', () => {
    // Hangul jamo triples compose to one syllable each: 3 units per code point, so the prefix grows past the first try.
    const jamo = '\u1100\u1161\u11a8'.repeat(5_000);
    expect([...boundedNfkc(jamo, 1000)]).toHaveLength(1000);
    expect(NFKC_MAX_UNITS_PER_CODE_POINT).toBe(8);
  });

  it('cuts a run of combining marks longer than Unicode allows, and still reads only a bounded prefix', () => {
    const zalgo = `a${'\u0301'.repeat(100_000)}`;
    expect([...boundedNfkc(zalgo, 10)]).toHaveLength(10);
  });
});

describe('checkPromptLength', () => {
  it('passes a prompt within the limit and names the length and the limit of one past it', () => {
    expect(checkPromptLength(['hello', 'world'], 10)).toBeNull();
    const problem = checkPromptLength(['hello', 'world!'], 10, 'messages');
    expect(problem).toEqual({ length: 11, maxLength: 10, message: 'messages is 11 characters long; this node accepts at most 10' });
  });
});
