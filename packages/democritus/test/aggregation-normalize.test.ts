import { describe, expect, it } from 'vitest';
import { finalAnswer } from '../src/core/aggregation/final-answer.js';
import { MAX_FINAL_ANSWER_CHARS, normalizeFinalAnswer } from '../src/core/aggregation/normalize-answer.js';

const key = (text: string): string | null => {
  const answer = finalAnswer(text);
  return answer === null ? null : `${answer.kind}:${answer.value}`;
};

describe('normalizeFinalAnswer', () => {
  it.each([
    ['1000', 'number:1000'],
    ['1,000', 'number:1000'],
    ['1,000.00', 'number:1000'],
    ['3.50', 'number:3.5'],
    ['$3.50', 'number:3.5'],
    ['-$3', 'number:-3'],
    ['−4', 'number:-4'],
    ['+7', 'number:7'],
    ['.5', 'number:0.5'],
    ['-0', 'number:0'],
    ['3/4', 'number:0.75'],
    ['-1 / 2', 'number:-0.5'],
    ['1/3', 'number:0.333333333333'],
    ['50%', 'number:0.5'],
    ['12.5 %', 'number:0.125'],
    ['x = 5', 'number:5'],
    ['36 apples', 'number:36'],
    ['(42)', 'number:42'],
    ['**36**', 'number:36'],
    ['36.', 'number:36'],
  ])('number %j -> %s', (raw, expected) => expect(key(raw)).toBe(expected));

  it('keeps 12 significant digits, so float noise agrees and real differences do not', () => {
    expect(normalizeFinalAnswer(String(0.1 + 0.2))).toEqual(normalizeFinalAnswer('0.3'));
    expect(normalizeFinalAnswer('0.3001')).not.toEqual(normalizeFinalAnswer('0.3'));
  });

  it('is not a number: a zero denominator, a European decimal comma, several quantities', () => {
    expect(key('5/0')?.startsWith('number:')).toBe(false);
    expect(key('3,50')).toBe('span:350');
    expect(key('3 cats and 2 dogs')).toBe('span:3 cats and 2 dogs');
  });

  it.each([
    ['yes', 'boolean:yes'],
    ['Yes.', 'boolean:yes'],
    ['TRUE', 'boolean:yes'],
    ['true', 'boolean:yes'],
    ['No', 'boolean:no'],
    ['false!', 'boolean:no'],
    ['No, because it is smaller', 'boolean:no'],
    ['"Yes"', 'boolean:yes'],
  ])('boolean %j -> %s', (raw, expected) => expect(key(raw)).toBe(expected));

  it('is not a boolean when yes/no opens a phrase without punctuation', () => {
    expect(key('No one knows')).toBe('span:no one knows');
    expect(key('Yesterday')).toBe('span:yesterday');
  });

  it.each([
    ['(B)', 'option:B'],
    ['B)', 'option:B'],
    ['b', 'option:B'],
    ['[c]', 'option:C'],
    ['D.', 'option:D'],
    ['B: Paris', 'option:B'],
    ['(B) Paris', 'option:B'],
    ['B) Paris', 'option:B'],
    ['option b', 'option:B'],
    ['Choice (A)', 'option:A'],
    ['answer: b', 'option:B'],
    ['The answer is (B).', 'option:B'],
    ['**Answer: (C)**', 'option:C'],
  ])('option %j -> %s', (raw, expected) => expect(key(raw)).toBe(expected));

  it('is not an option: a letter followed by a word, a letter past J', () => {
    expect(key('A cat')).toBe('span:cat');
    expect(key('(K)')).toBe('span:k');
  });

  it.each([
    ['Paris', 'span:paris'],
    ['  The   Eiffel Tower. ', 'span:eiffel tower'],
    ['an apple', 'span:apple'],
    ['Washington, D.C.', 'span:washington dc'],
    ['C++', 'span:c++'],
    ['Ｐａｒｉｓ', 'span:paris'],
  ])('span %j -> %s', (raw, expected) => expect(key(raw)).toBe(expected));

  it('is not votable: empty, only punctuation or articles, more than 8 words, longer than the limit', () => {
    expect(key('')).toBeNull();
    expect(key('  ... ')).toBeNull();
    expect(key('The')).toBeNull();
    expect(key('one two three four five six seven eight nine')).toBeNull();
    expect(key('one two three four five six seven eight')).toBe('span:one two three four five six seven eight');
    expect(normalizeFinalAnswer('7'.padStart(MAX_FINAL_ANSWER_CHARS + 1, ' '))).toBeNull();
  });
});

describe('finalAnswer', () => {
  const essay =
    'Let us think step by step. The train travels 60 km in the first hour and 40 km in the second hour, ' +
    'so in total it covers a distance that we can compute by adding the two legs of the journey together.';

  it('reads the last marker of a long text', () => {
    expect(key(`${essay} The answer is 100.`)).toBe('number:100');
    expect(key(`${essay}\nFinal answer: 1,000 km`)).toBe('number:1000');
    expect(key(`${essay}\n#### 72`)).toBe('number:72');
    expect(key(`${essay} So $\\boxed{3/4}$.`)).toBe('number:0.75');
    expect(key(`Answer: 5. ${essay} Answer: 7.`)).toBe('number:7');
    expect(key(`Answer: B\n\nExplanation: ${essay}`)).toBe('option:B');
  });

  it('cuts a marker at the end of its sentence, not inside a decimal', () => {
    expect(key('The answer is 3.50. That is the price of one apple, as computed from the numbers given above.')).toBe('number:3.5');
  });

  it('reads a leading yes/no of a long text', () => {
    expect(key(`Yes, ${essay}`)).toBe('boolean:yes');
    expect(key(`No. ${essay}`)).toBe('boolean:no');
  });

  it('falls back to the whole text when a marker holds no closed answer', () => {
    expect(key('The answer is: it depends on the many different factors that one has to weigh here')).toBeNull();
  });

  it('finds no final answer in a long free text', () => {
    expect(key(essay)).toBeNull();
    expect(key('def reverse(s):\n    return s[::-1]\n\nThis function returns the string reversed using a slice with step -1.')).toBeNull();
  });

  it('reads a huge text in linear time', () => {
    expect(key(`answer ${'answer is '.repeat(50_000)}`)).toBeNull();
    expect(key(`${'#'.repeat(100_000)} 5`)).toBeNull();
  });
});
