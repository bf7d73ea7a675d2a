/**
 * The Unicode fence for prompts: lone surrogates, bidi embedding/override/isolate controls (U+202A-U+202E,
 * U+2066-U+2069) and runs of two or more zero-width characters (U+200B-U+200D, U+2060, U+FEFF) are removed (`remove`)
 * or refused (`refuse`). A single zero-width joiner stays (emoji sequences use it). Pure and idempotent: the surrogates
 * kept are pairs, and a maximal run removed leaves no zero-width neighbours to form a new one.
 *
 * Invalid UTF-8 never gets here: REST refuses such a body as `invalid_utf8` (api/rest-server.ts), `ws` closes a
 * WebSocket whose text frame is not UTF-8 (1007), and protobufjs decodes a gRPC string's invalid bytes as U+FFFD.
 */
import { ruleResult, type RuleResult } from './types.js';

export const UNICODE_MODES = ['off', 'remove', 'refuse'] as const;
export type UnicodeMode = (typeof UNICODE_MODES)[number];

const UNSAFE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u202A-\u202E\u2066-\u2069]/g;
const ZERO_WIDTH_RUN = /[\u200B-\u200D\u2060\uFEFF]{2,}/g;

const NAMES: Record<number, string> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x2060: 'WORD JOINER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

export function unicodeFence(text: string, options: { mode: UnicodeMode }): RuleResult {
  if (options.mode === 'off') return ruleResult('unicode', text, 0);
  if (options.mode === 'refuse') {
    const found = firstUnsafe(text);
    if (found === null) return ruleResult('unicode', text, 0);
    const character = `U+${found.code.toString(16).toUpperCase().padStart(4, '0')}`;
    const name = NAMES[found.code] ?? (found.code >= 0xdc00 ? 'LONE LOW SURROGATE' : 'LONE HIGH SURROGATE');
    const what = found.run > 1 ? `a run of ${found.run} zero-width characters starting with ${character} ${name}` : `${character} ${name}`;
    return { text, changes: [], refusal: { rule: 'unicode', message: `contains ${what} at position ${found.position}`, character, position: found.position } };
  }
  let count = 0;
  const count1 = () => {
    count += 1;
    return '';
  };
  return ruleResult('unicode', text.replace(UNSAFE, count1).replace(ZERO_WIDTH_RUN, count1), count);
}

function firstUnsafe(text: string): { code: number; position: number; run: number } | null {
  UNSAFE.lastIndex = 0;
  ZERO_WIDTH_RUN.lastIndex = 0;
  const unsafe = UNSAFE.exec(text);
  const run = ZERO_WIDTH_RUN.exec(text);
  UNSAFE.lastIndex = 0;
  ZERO_WIDTH_RUN.lastIndex = 0;
  const first = unsafe !== null && (run === null || unsafe.index < run.index) ? unsafe : run;
  if (first === null) return null;
  return { code: first[0].charCodeAt(0), position: first.index, run: first === run ? first[0].length : 1 };
}
