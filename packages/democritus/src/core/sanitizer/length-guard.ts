/**
 * The length guard: a prompt's characters against `inference.max_prompt_chars` (the check of core/text/prompt-length.ts,
 * one definition) and, where the caller knows it, its token count against a token limit. Pure; it refuses, it never
 * cuts.
 */
import { checkPromptLength } from '../text/prompt-length.js';
import type { SanitizerRefusal } from './types.js';

export interface LengthLimits {
  maxChars: number;
  /** 0: no token limit. */
  maxTokens: number;
}

export function lengthGuard(texts: readonly string[], limits: LengthLimits, what: string, tokenCount?: number): SanitizerRefusal | null {
  const tooLong = checkPromptLength(texts, limits.maxChars, what);
  if (tooLong !== null) return { rule: 'length', message: tooLong.message };
  if (tokenCount !== undefined && limits.maxTokens > 0 && tokenCount > limits.maxTokens) {
    return { rule: 'length', message: `${what} is ${tokenCount} tokens long; this node accepts at most ${limits.maxTokens}` };
  }
  return null;
}
