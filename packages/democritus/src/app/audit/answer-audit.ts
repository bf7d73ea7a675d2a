/**
 * Re-evaluates an expert's answer on a model with the same SHA-256: the prompt and the answer's tokens are
 * teacher-forced in one batch, and what the expert signed for each token is compared with what the model gives
 * (core/audit). The auditor is the requester when it holds the model, else a peer that does.
 */
import { DEFAULT_AUDIT_TOLERANCES, type AuditTolerances } from '../../core/audit/audit-tolerances.js';
import { compareAnswer, type AnswerComparison } from '../../core/audit/compare-answer.js';
import type { ChatMessage, ScoredToken, TokenEvent } from '../../engine/types.js';
import { DemocritusError } from '../../errors.js';

export interface AuditedAnswer {
  input: { messages: ChatMessage[] } | { prompt: string };
  /** The answer's tokens as the expert signed them. */
  tokens: readonly TokenEvent[];
  /** Greedy requests (temperature 0) must get the auditor's argmax, near-ties aside. */
  greedy: boolean;
}

/** Teacher-forces the input and the given token ids on the audited model: one scored entry per token. */
export type ContinuationScorer = (input: AuditedAnswer['input'], tokenIds: number[], topLogprobs: number, signal?: AbortSignal) => Promise<ScoredToken[]>;

export interface AnswerAudit {
  passed: boolean;
  /** Why it failed: the comparison's failed checks, or `token_out_of_vocabulary` when the model has no such token. */
  failed: string[];
  comparison: AnswerComparison | null;
}

/** Alternatives asked of the auditor per token: at least as many as the expert signed, so both top-k can be compared. */
const MIN_AUDIT_TOP_LOGPROBS = 5;

export async function auditAnswer(answer: AuditedAnswer, score: ContinuationScorer, options: { tolerances?: AuditTolerances; signal?: AbortSignal } = {}): Promise<AnswerAudit> {
  const tolerances = options.tolerances ?? DEFAULT_AUDIT_TOLERANCES;
  const topLogprobs = Math.max(MIN_AUDIT_TOP_LOGPROBS, ...answer.tokens.map((token) => token.topLogprobs.length));
  let scored: ScoredToken[];
  try {
    scored = await score(answer.input, answer.tokens.map((token) => token.tokenId), topLogprobs, options.signal);
  } catch (error) {
    // Tokens the model does not have cannot have come from it: that is a verdict, not an auditor's failure.
    if (error instanceof DemocritusError && error.code === 'bad_request' && error.param === 'continuation') {
      return { passed: false, failed: ['token_out_of_vocabulary'], comparison: null };
    }
    throw error;
  }
  const comparison = compareAnswer(answer.tokens, scored, { greedy: answer.greedy, tolerances });
  return { passed: comparison.failed.length === 0, failed: comparison.failed, comparison };
}
