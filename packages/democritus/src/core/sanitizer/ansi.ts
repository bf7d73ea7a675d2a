/**
 * Strips terminal control: ANSI escape sequences (CSI, OSC, DCS/SOS/PM/APC strings, two-byte escapes; matched by
 * `ansi-regex`) and then every other C0/C1 control character and DEL, except newline, tab and carriage return. Pure.
 *
 * Idempotent: every sequence starts with ESC or a C1 introducer, and the second step removes all of those, so the
 * result holds nothing the first step could match.
 */
import ansiRegex from 'ansi-regex';
import { ruleResult, type RuleResult } from './types.js';

const SEQUENCE = ansiRegex();
/** C0 controls but \t \n \r, DEL, and C1 controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is this rule's purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function stripAnsi(text: string): RuleResult {
  let count = 0;
  const withoutSequences = text.replace(SEQUENCE, () => {
    count += 1;
    return '';
  });
  const clean = withoutSequences.replace(CONTROL, () => {
    count += 1;
    return '';
  });
  return ruleResult('ansi', clean, count);
}

/**
 * Where an escape sequence may still be coming: the index of the earliest introducer in `text` whose tail (from it to
 * the end) is an unfinished sequence, or -1. A stream holds that tail back until the next piece completes it.
 */
export function unfinishedAnsiStart(text: string): number {
  for (let at = firstIntroducer(text, 0); at !== -1; at = firstIntroducer(text, at + 1)) {
    if (UNFINISHED.test(text.slice(at))) return at;
  }
  return -1;
}

/** ESC or a C1 introducer (CSI, OSC, DCS, SOS, PM, APC). */
// eslint-disable-next-line no-control-regex -- matching control characters is this rule's purpose
const INTRODUCER = /[\u001B\u0090\u0098\u009B\u009D\u009E\u009F]/g;

function firstIntroducer(text: string, from: number): number {
  INTRODUCER.lastIndex = from;
  return INTRODUCER.exec(text)?.index ?? -1;
}

/** The prefixes of what ansi-regex matches, up to the end of the text (see its patterns). */
const UNFINISHED = new RegExp(
  [
    String.raw`^\u001B$`,
    String.raw`^\u001B[\u0020-\u002F]+$`,
    String.raw`^(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*$`,
    String.raw`^(?:\u001B\]|\u009D)[^\u0007\u0018\u001A\u001B\u0080-\u009F]*\u001B?$`,
    String.raw`^(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^\u0018\u001A\u001B\u0080-\u009F]*\u001B?$`,
  ].join('|'),
);
