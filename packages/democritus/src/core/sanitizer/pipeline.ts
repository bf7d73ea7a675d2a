/**
 * The sanitizer's pipelines: which rules run on a prompt's texts as they enter the node, and on an output stream as it
 * leaves, with what was changed collected per rule. Pure.
 */
import { stripAnsi, unfinishedAnsiStart } from './ansi.js';
import { dropActiveHtml, escapeHtml, unfinishedEntityStart, unfinishedTagStart, type HtmlMode } from './html.js';
import type { RepetitionOptions } from './repetition.js';
import { mergeChanges, type RuleResult, type SanitizerChange, type SanitizerRefusal, type SanitizerRuleName } from './types.js';
import { unicodeFence, type UnicodeMode } from './unicode.js';

export interface InputRules {
  ansi: boolean;
  unicode: UnicodeMode;
  html: HtmlMode;
}

export interface OutputRules {
  ansi: boolean;
  html: HtmlMode;
  /** Null: no repetition detector. */
  repetition: RepetitionOptions | null;
  /** Most characters a stream holds back while an escape sequence, entity or tag may still be coming. */
  carryChars: number;
}

export interface SanitizedTexts {
  texts: string[];
  changes: SanitizerChange[];
  /** The first text refused, by its index in `texts`. */
  refusal: (SanitizerRefusal & { index: number }) | null;
}

/**
 * Runs the input rules on each text, in turn and again until nothing changes: removing a piece for one rule can join
 * a piece for another (`<scr\u202Eipt>`), and every removal shortens the text, so this ends, and applying it twice is
 * applying it once.
 */
export function sanitizeInput(texts: readonly string[], rules: InputRules): SanitizedTexts {
  const changes: SanitizerChange[] = [];
  const out: string[] = [];
  const steps = inputSteps(rules);
  for (const [index, text] of texts.entries()) {
    let current = text;
    for (let previous: string | null = null; previous !== current; ) {
      previous = current;
      for (const rule of steps) {
        const result = rule(current);
        if (result.refusal !== undefined) return { texts: [...texts], changes, refusal: { ...result.refusal, index } };
        mergeChanges(changes, result.changes);
        current = result.text;
      }
    }
    out.push(current);
  }
  return { texts: out, changes, refusal: null };
}

function inputSteps(rules: InputRules): ((text: string) => RuleResult)[] {
  const steps: ((text: string) => RuleResult)[] = [];
  if (rules.ansi) steps.push(stripAnsi);
  if (rules.unicode !== 'off') steps.push((text) => unicodeFence(text, { mode: rules.unicode }));
  const html = htmlRule(rules.html);
  if (html !== null) steps.push(html);
  return steps;
}

function htmlRule(mode: HtmlMode): ((text: string) => RuleResult) | null {
  return mode === 'escape' ? escapeHtml : mode === 'drop' ? dropActiveHtml : null;
}

/** One filter of a stream: the batch rule, and where an unfinished piece that the next text may complete begins. */
interface StreamStep {
  name: SanitizerRuleName;
  rule: (text: string) => RuleResult;
  unfinishedStart: (text: string) => number;
  /** What to do with an unfinished piece when the stream ends. */
  atEnd: 'drop' | 'apply';
}

/**
 * The output rules over a stream of texts (token by token). Text that may be the start of an escape sequence, entity
 * or tag split across tokens is held back, at most `carryChars` characters; everything else passes at once.
 *
 * ```ts
 * const filter = new OutputFilter(rules);
 * for (const token of tokens) send(filter.push(token.text));
 * send(filter.end());  // an unfinished escape sequence at the very end is dropped
 * ```
 */
export class OutputFilter {
  private readonly steps: StreamStep[] = [];
  private readonly carries: string[];
  readonly changes: SanitizerChange[] = [];

  constructor(private readonly rules: Pick<OutputRules, 'ansi' | 'html' | 'carryChars'>) {
    if (rules.ansi) this.steps.push({ name: 'ansi', rule: stripAnsi, unfinishedStart: unfinishedAnsiStart, atEnd: 'drop' });
    if (rules.html === 'escape') this.steps.push({ name: 'html_escape', rule: escapeHtml, unfinishedStart: unfinishedEntityStart, atEnd: 'apply' });
    if (rules.html === 'drop') this.steps.push({ name: 'html_drop', rule: dropActiveHtml, unfinishedStart: unfinishedTagStart, atEnd: 'apply' });
    this.carries = this.steps.map(() => '');
  }

  get active(): boolean {
    return this.steps.length > 0;
  }

  /** The text that can leave now. */
  push(text: string): string {
    let current = text;
    this.steps.forEach((step, index) => {
      const buffered = (this.carries[index] ?? '') + current;
      let cut = step.unfinishedStart(buffered);
      if (cut !== -1 && buffered.length - cut > this.rules.carryChars) cut = -1;
      const ready = cut === -1 ? buffered : buffered.slice(0, cut);
      this.carries[index] = cut === -1 ? '' : buffered.slice(cut);
      current = this.apply(step, ready);
    });
    return current;
  }

  /** What is left when the stream ends. */
  end(): string {
    let current = '';
    this.steps.forEach((step, index) => {
      const carry = this.carries[index] ?? '';
      this.carries[index] = '';
      // The carry came before what the earlier steps let out now.
      if (step.atEnd === 'drop' && carry.length > 0) {
        mergeChanges(this.changes, [{ rule: step.name, count: 1 }]);
        current = this.apply(step, current);
      } else current = this.apply(step, carry + current);
    });
    return current;
  }

  private apply(step: StreamStep, text: string): string {
    if (text.length === 0) return text;
    const result = step.rule(text);
    mergeChanges(this.changes, result.changes);
    return result.text;
  }
}
