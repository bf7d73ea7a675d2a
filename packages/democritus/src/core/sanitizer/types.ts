/** The shapes every sanitizer rule shares. Pure. */

/** The rules' names, as logs and response metadata report them. */
export const SANITIZER_RULES = ['ansi', 'html_escape', 'html_drop', 'unicode', 'length', 'repetition'] as const;
export type SanitizerRuleName = (typeof SANITIZER_RULES)[number];

/** What a rule did to a text: how many pieces it changed. */
export interface SanitizerChange {
  rule: SanitizerRuleName;
  count: number;
}

/** A text the rule will not let through (refuse mode): what it found and where. */
export interface SanitizerRefusal {
  rule: SanitizerRuleName;
  /** Names the problem for the caller, e.g. as a 400 error's message. */
  message: string;
  /** The offending character as `U+202E`, when the refusal is about one. */
  character?: string;
  /** Its index in the text (UTF-16 code units, JavaScript's string index). */
  position?: number;
}

export interface RuleResult {
  text: string;
  /** Empty when the text came through unchanged. */
  changes: SanitizerChange[];
  /** Set when the rule refuses the text; `text` is then the input unchanged. */
  refusal?: SanitizerRefusal;
}

export type SanitizerRule<Options> = (text: string, options: Options) => RuleResult;

/** The result of a rule that changed `count` pieces (none: no change is reported). */
export function ruleResult(rule: SanitizerRuleName, text: string, count: number): RuleResult {
  return { text, changes: count > 0 ? [{ rule, count }] : [] };
}

/** Adds `more` into `into`, one entry per rule (counts summed). */
export function mergeChanges(into: SanitizerChange[], more: readonly SanitizerChange[]): void {
  for (const change of more) {
    const existing = into.find((entry) => entry.rule === change.rule);
    if (existing === undefined) into.push({ ...change });
    else existing.count += change.count;
  }
}
