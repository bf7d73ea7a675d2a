import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropActiveHtml, escapeHtml, OutputFilter, RepetitionDetector, sanitizeInput, stripAnsi, unicodeFence } from '../src/core/sanitizer/index.js';
import { lengthGuard } from '../src/core/sanitizer/length-guard.js';

const RUNS = { numRuns: 10_000 };

/** The pieces the rules look for, mixed with ordinary text and any Unicode (lone surrogates included). */
const DANGEROUS = [
  '\u001b', '\u001b[', '\u001b[31m', '\u001b[0m', '\u001b]0;title\u0007', '\u001b]8;;http://x\u001b\\', '\u009b', '\u009d', '\u009c',
  '\u001bP', '\u0007', '\u0000', '\u007f', '\u0085', '[', ']', ';', '31', 'm', '\\',
  '<', '>', '&', '"', "'", '&amp;', '&lt;', '&#39;', '<script>', '</script>', '<scr', 'ipt>', '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">', 'javascript:', ' onload=', '<style>', '<iframe ', '<embed>', '</object>',
  '\u202e', '\u202a', '\u2066', '\u2069', '\u200b', '\u200d', '\u2060', '\ufeff', '\ud800', '\udc00', '\ud83d\ude00',
  'a', ' ', '\n', '\t', '\r', 'é', '中',
];
const dangerous = fc.array(fc.constantFrom(...DANGEROUS), { maxLength: 24 }).map((pieces) => pieces.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 64 }), fc.string({ unit: 'grapheme', maxLength: 32 }), dangerous);

function checkRule(rule: (text: string) => { text: string }, options: { lengthens: boolean } = { lengthens: false }): void {
  fc.assert(
    fc.property(anyText, (text) => {
      const once = rule(text).text;
      expect(rule(once).text).toBe(once);
      if (!options.lengthens) expect(once.length).toBeLessThanOrEqual(text.length);
    }),
    RUNS,
  );
}

describe('sanitizer rules: properties over 10,000 random inputs each (never throws, idempotent, never lengthens)', () => {
  it('ansi', () => checkRule(stripAnsi));
  it('unicode remove', () => checkRule((text) => unicodeFence(text, { mode: 'remove' })));
  it('unicode refuse never throws and refuses exactly what remove would change', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const refused = unicodeFence(text, { mode: 'refuse' });
        expect(refused.refusal !== undefined).toBe(unicodeFence(text, { mode: 'remove' }).text !== text);
        expect(refused.text).toBe(text);
      }),
      RUNS,
    );
  });
  it('html drop', () => checkRule(dropActiveHtml));
  it('html escape: idempotent, and lengthens by exactly its entities', () => {
    checkRule(escapeHtml, { lengthens: true });
    const growth: Record<string, number> = { '<': 3, '>': 3, '&': 4, '"': 5, "'": 4 };
    fc.assert(
      fc.property(anyText, (text) => {
        const kept = text.replace(/&(?:amp|lt|gt|quot|#39);/g, '');
        const expected = [...kept].reduce((sum, char) => sum + (growth[char] ?? 0), 0);
        expect(escapeHtml(text).text.length - text.length).toBe(expected);
        expect(escapeHtml(text).text).not.toMatch(/[<>"']/);
      }),
      RUNS,
    );
  });
  it('input pipeline with every rule on', () => checkRule((text) => ({ text: sanitizeInput([text], { ansi: true, unicode: 'remove', html: 'drop' }).texts[0] ?? '' })));
  it('output filter: any split into tokens gives what the rules give on the whole text', () => {
    const split = fc.tuple(dangerous, fc.array(fc.nat(), { maxLength: 8 }));
    fc.assert(
      fc.property(split, ([text, cuts]) => {
        const positions = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...positions].map((from, i) => text.slice(from, [...positions, text.length][i]));
        const filter = new OutputFilter({ ansi: true, html: 'escape', carryChars: 256 });
        const streamed = pieces.map((piece) => filter.push(piece)).join('') + filter.end();
        const whole = new OutputFilter({ ansi: true, html: 'escape', carryChars: 256 });
        expect(streamed).toBe(whole.push(text) + whole.end());
        // eslint-disable-next-line no-control-regex -- no control character may be left
        expect(streamed).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f<>]/);
      }),
      RUNS,
    );
  });
  it('repetition detector never throws and trips only on a periodic tail', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', ' the', '.', ''), { maxLength: 80 }), (tokens) => {
        const detector = new RepetitionDetector({ window: 12, maxNgram: 4, minRepeats: 3 });
        tokens.forEach((token, i) => {
          const loop = detector.push(token);
          if (loop !== null && detector.found !== null && i === tokens.indexOf(token, i)) {
            const tail = tokens.slice(0, i + 1).slice(-12);
            expect(tail.length).toBe(12);
            tail.forEach((t, j) => j >= loop.ngram && expect(t).toBe(tail[j - loop.ngram]));
          }
        });
      }),
      RUNS,
    );
  });
});

describe('sanitizer rules: examples', () => {
  it('ansi strips colours, titles, hyperlinks and stray controls, keeps newlines and tabs', () => {
    expect(stripAnsi('\u001b[1;31mred\u001b[0m\tok\r\n')).toEqual({ text: 'red\tok\r\n', changes: [{ rule: 'ansi', count: 2 }] });
    expect(stripAnsi('\u001b]0;pwned\u0007title').text).toBe('title');
    expect(stripAnsi('\u001b]8;;http://evil\u001b\\link\u001b]8;;\u001b\\').text).toBe('link');
    expect(stripAnsi('bell\u0007 null\u0000 del\u007f').text).toBe('bell null del');
    expect(stripAnsi('plain').changes).toEqual([]);
  });
  it('output filter holds an escape sequence split over tokens, and only that', () => {
    const filter = new OutputFilter({ ansi: true, html: 'off', carryChars: 64 });
    expect(filter.push('Hello \u001b[3')).toBe('Hello ');
    expect(filter.push('1mworld')).toBe('world');
    expect(filter.push(' and \u001b')).toBe(' and ');
    expect(filter.end()).toBe('');
    expect(filter.changes).toEqual([{ rule: 'ansi', count: 2 }]);
  });
  it('output filter never holds more than its carry', () => {
    const filter = new OutputFilter({ ansi: true, html: 'off', carryChars: 8 });
    expect(filter.push('\u001b]0;')).toBe('');
    expect(filter.push('a long title without end')).toBe(']0;a long title without end');
  });
  it('html escape writes entities once', () => {
    expect(escapeHtml(`<b onclick="x">Tom & 'Jerry'</b>`).text).toBe('&lt;b onclick=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;');
    expect(escapeHtml('a &amp; b').text).toBe('a &amp; b');
  });
  it('html drop removes active elements, event handlers and javascript: URLs', () => {
    expect(dropActiveHtml('<p>hi<script>alert(1)</script></p>').text).toBe('<p>hi</p>');
    expect(dropActiveHtml('<img src=x onerror="alert(1)"> <a href="javascript:alert(1)">x</a>').text).toBe('<img src=x> <a href="alert(1)">x</a>');
    expect(dropActiveHtml('<scr<script></script>ipt>alert(1)</script>').text).toBe('alert(1)');
    expect(dropActiveHtml('<iframe src=x>').text).toBe('');
  });
  it('the unicode fence removes bidi controls, lone surrogates and zero-width runs, keeps a joiner', () => {
    const family = '\u{1F468}\u200d\u{1F469}';
    expect(unicodeFence(`abc\u202etxt.exe ${family} a\u200b\u200b\u200bb \ud800`, { mode: 'remove' })).toEqual({
      text: `abctxt.exe ${family} ab `,
      changes: [{ rule: 'unicode', count: 3 }],
    });
  });
  it('the unicode fence in refuse mode names the character and its position', () => {
    expect(unicodeFence('hello \u202eworld', { mode: 'refuse' }).refusal).toEqual({
      rule: 'unicode',
      message: 'contains U+202E RIGHT-TO-LEFT OVERRIDE at position 6',
      character: 'U+202E',
      position: 6,
    });
    expect(unicodeFence('x\u200b\u200cy', { mode: 'refuse' }).refusal?.message).toBe('contains a run of 2 zero-width characters starting with U+200B ZERO WIDTH SPACE at position 1');
    expect(unicodeFence('fine', { mode: 'refuse' }).refusal).toBeUndefined();
  });
  it('the input pipeline reports per rule and the first refused text', () => {
    expect(sanitizeInput(['\u001b[31mA\u202e', 'B\u001b[0m'], { ansi: true, unicode: 'remove', html: 'off' })).toEqual({
      texts: ['A', 'B'],
      changes: [{ rule: 'ansi', count: 2 }, { rule: 'unicode', count: 1 }],
      refusal: null,
    });
    expect(sanitizeInput(['ok', 'no\u2066'], { ansi: true, unicode: 'refuse', html: 'off' }).refusal).toMatchObject({ index: 1, position: 2 });
  });
  it('the length guard reuses the prompt length check and adds tokens', () => {
    expect(lengthGuard(['abcd', 'ef'], { maxChars: 5, maxTokens: 0 }, 'messages')?.message).toBe('messages is 6 characters long; this node accepts at most 5');
    expect(lengthGuard(['abc'], { maxChars: 5, maxTokens: 2 }, 'prompt', 3)?.message).toBe('prompt is 3 tokens long; this node accepts at most 2');
    expect(lengthGuard(['abc'], { maxChars: 5, maxTokens: 2 }, 'prompt')).toBeNull();
  });
  it('the repetition detector trips on a loop, not on varied text', () => {
    const options = { window: 12, maxNgram: 4, minRepeats: 3 };
    const loop = new RepetitionDetector(options);
    const tokens = ['Once', ' upon', ...Array.from({ length: 5 }, () => [' the', ' cat', ' sat']).flat()];
    const trippedAt = tokens.findIndex((token) => loop.push(token) !== null);
    expect(trippedAt).toBe(2 + 12 - 1);
    expect(loop.found).toEqual({ ngram: 3, repeats: 4 });
    const varied = new RepetitionDetector(options);
    expect('the quick brown fox jumps over the lazy dog and runs far away'.split(' ').some((token) => varied.push(token) !== null)).toBe(false);
  });
});
