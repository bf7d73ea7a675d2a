/** The sanitizer's rules as the `[sanitizer]` table sets them. Pure. */
import type { SanitizerMetadata } from '@democritus/sdk';
import type { InputRules, OutputRules } from '../core/sanitizer/pipeline.js';
import type { SanitizerChange } from '../core/sanitizer/types.js';
import { SANITIZER_DEFAULTS, type SanitizerConfig } from '../config/schema.js';

export interface SanitizerSettings {
  input: InputRules;
  /** Longest prompt in tokens where a token count is known (0: none). */
  maxPromptTokens: number;
  output: OutputRules;
}

export function sanitizerSettings(config: SanitizerConfig = SANITIZER_DEFAULTS): SanitizerSettings {
  const { input, output, repetition } = config;
  return {
    input: { ansi: input.ansi, unicode: input.unicode, html: input.html },
    maxPromptTokens: input.max_prompt_tokens,
    output: {
      ansi: output.ansi,
      html: output.html,
      carryChars: output.carry_chars,
      repetition: repetition.enabled ? { window: repetition.window, maxNgram: repetition.max_ngram, minRepeats: repetition.min_repeats } : null,
    },
  };
}

/** What the sanitizer did to one request, collected while it runs. */
export class SanitizerRecord {
  input: SanitizerChange[] = [];
  output: SanitizerChange[] = [];
  repetition = false;

  /** The response metadata: null when nothing was changed. */
  metadata(): SanitizerMetadata | null {
    if (this.input.length === 0 && this.output.length === 0 && !this.repetition) return null;
    return { input: this.input.map(({ rule, count }) => ({ rule, count })), output: this.output.map(({ rule, count }) => ({ rule, count })), repetition: this.repetition };
  }

  /** For the request's log line: counts only, never text (`{ansi: 2, unicode: 1}`). */
  logFields(): Record<string, unknown> {
    const counts = (changes: SanitizerChange[]) => Object.fromEntries(changes.map(({ rule, count }) => [rule, count]));
    return {
      ...(this.input.length > 0 ? { sanitizedInput: counts(this.input) } : {}),
      ...(this.output.length > 0 ? { sanitizedOutput: counts(this.output) } : {}),
      ...(this.repetition ? { repetition: true } : {}),
    };
  }
}
