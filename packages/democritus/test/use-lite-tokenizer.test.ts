// USE-lite's tokenizer, ported to linear time: the same token ids as `@energetic-ai/embeddings` (the real package, on
// the real vocabulary), and a bounded cost for any text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../src/core/sampling/prng.js';
import { useLiteFiles } from '../src/embedding/use-lite-files.js';
import { USE_LITE_MAX_TOKENS } from '../src/embedding/use-lite-model.js';
import { USE_LITE_LONGEST_PIECE, UseLiteTokenizer, useLiteTextBudget, type UseLiteVocabulary } from '../src/embedding/use-lite-tokenizer.js';

interface EmbeddingsPackage {
  EmbeddingsModel: new (data: { vocabulary: UseLiteVocabulary; model: unknown }) => { tokenizer: { encode(text: string): number[] } };
}

const vocabulary = JSON.parse(readFileSync(useLiteFiles().vocab, 'utf8')) as [string, number | null][];
const { EmbeddingsModel } = createRequire(import.meta.url)('@energetic-ai/embeddings') as EmbeddingsPackage;
const reference = new EmbeddingsModel({ vocabulary, model: null }).tokenizer;
const tokenizer = new UseLiteTokenizer(vocabulary);

const SAMPLES = [
  '',
  ' ',
  'What is the speed of light in a vacuum?',
  '  two  spaces,\ttabs\tand\nnew lines\r\n',
  'Ünïcödé — 数学 🧮 café naïve Å Ω ﬁ ﬂ ½ ² ㎞ Ⅻ',
  'e\u0301 a\u0308 \u1100\u1161\u11a8 composed from marks',
  'meet at 10:30, or 11:00 :) :( :-) ://example.com',
  '\ufdfa\ufdfa \ufdfa',
  '😀😀😀 hello 😀 world 🧮🧮',
  'extra_token_id_1 <s> </s> \ufffd',
  'supercalifragilisticexpialidocious antidisestablishmentarianism',
  'Which of the following statements about the structure of the atom is correct? A. one B. two',
];

/** Random texts over a pool that mixes vocabulary pieces, spaces, marks, ligatures and characters the vocabulary lacks. */
function randomTexts(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const pool = [' ', '  ', 'e', 'the', 'ing', ':', '30', '\u0301', '\ufdfa', 'ﬁ', '😀', '数', '\t', 'Straße', 'x', '.', ',', '▁', "'s", '0'];
  return Array.from({ length: count }, () => {
    const parts = Array.from({ length: 1 + Math.floor(random() * 60) }, () => pool[Math.floor(random() * pool.length)]!);
    return parts.join('');
  });
}

describe('USE-lite tokenizer', () => {
  it('gives the token ids of @energetic-ai/embeddings for every text', () => {
    for (const text of [...SAMPLES, ...randomTexts(300, 7)]) expect(tokenizer.encodeAll(text), JSON.stringify(text)).toEqual(reference.encode(text));
  });

  it('reads the vocabulary, whose longest piece fits the budget', () => {
    const longest = Math.max(...vocabulary.slice(6).map(([piece]) => [...piece].length));
    expect(longest).toBeLessThanOrEqual(USE_LITE_LONGEST_PIECE);
    expect(() => new UseLiteTokenizer([...vocabulary, ['x'.repeat(USE_LITE_LONGEST_PIECE + 1), -20]])).toThrow(/budget/);
  });

  it('keeps the first tokens of a long text while reading only a bounded prefix of it', () => {
    const english = 'Which of the following statements about the structure of the atom is correct? '.repeat(500).slice(0, 32_000);
    const mixed = randomTexts(400, 11).join(' ');
    const ligatures = '\ufdfa'.repeat(20_000);
    const marks = 'e\u0301\u0302\u0323 '.repeat(5_000);
    for (const text of [english, mixed, ligatures, marks]) {
      const all = tokenizer.encodeAll(text);
      expect(all.length).toBeGreaterThan(USE_LITE_MAX_TOKENS);
      expect(tokenizer.encode(text, USE_LITE_MAX_TOKENS)).toEqual(all.slice(0, USE_LITE_MAX_TOKENS));
      expect(tokenizer.encode(text, 8)).toEqual(all.slice(0, 8));
    }
    expect(tokenizer.encode('a short text', USE_LITE_MAX_TOKENS)).toEqual(tokenizer.encodeAll('a short text'));
    expect(useLiteTextBudget(USE_LITE_MAX_TOKENS)).toBe(2 * USE_LITE_MAX_TOKENS * USE_LITE_LONGEST_PIECE);
  });
});
