import type { AuditTolerances } from './audit-tolerances.js';
import { positionKl, type PositionView } from './token-distribution.js';

/** What the auditor found, per answer: the figures a report carries and the checks that failed. */
export interface AnswerComparison {
  tokens: number;
  klMean: number;
  /** KL at the tolerance's percentile. */
  klHigh: number;
  klMax: number;
  /** Chosen tokens outside the auditor's top-k and below its plausibility floor. */
  implausibleTokens: number;
  /** Chosen tokens whose log-probability differs from the auditor's by more than the tolerance. */
  logprobDisagreements: number;
  maxLogprobDelta: number;
  /** Greedy requests: chosen tokens that are not the auditor's argmax and not within the near-tie margin. */
  argmaxMismatches: number;
  /** The checks that failed, e.g. ["kl_mean", "implausible_token"]; empty when the answer passes. */
  failed: AuditCheck[];
}

export type AuditCheck = 'length' | 'token_mismatch' | 'kl_mean' | 'kl_high' | 'implausible_token' | 'logprob' | 'argmax';

/**
 * Compares what an expert signed for each generated token with what the auditor's model gives the same positions
 * when it teacher-forces prompt + answer. `auditor[i].tokenId` is the forced token, so it must equal `expert[i].tokenId`.
 */
export function compareAnswer(expert: readonly PositionView[], auditor: readonly PositionView[], options: { greedy: boolean; tolerances: AuditTolerances }): AnswerComparison {
  const { tolerances } = options;
  const failed = new Set<AuditCheck>();
  if (expert.length !== auditor.length) failed.add('length');
  const count = Math.min(expert.length, auditor.length);
  const kls: number[] = [];
  let implausibleTokens = 0;
  let logprobDisagreements = 0;
  let maxLogprobDelta = 0;
  let argmaxMismatches = 0;
  for (let i = 0; i < count; i += 1) {
    const claimed = expert[i] as PositionView;
    const scored = auditor[i] as PositionView;
    if (claimed.tokenId !== scored.tokenId) failed.add('token_mismatch');
    kls.push(positionKl(claimed, scored));
    const inAuditorTopK = scored.topLogprobs.some((alternative) => alternative.tokenId === claimed.tokenId);
    if (!inAuditorTopK && Math.exp(scored.logprob) < tolerances.plausibleFloor) implausibleTokens += 1;
    const delta = Math.abs(claimed.logprob - scored.logprob);
    maxLogprobDelta = Math.max(maxLogprobDelta, delta);
    if (delta > tolerances.logprobDelta) logprobDisagreements += 1;
    if (options.greedy) {
      const best = scored.topLogprobs.reduce((top, alternative) => Math.max(top, alternative.logprob), scored.logprob);
      if (best - scored.logprob > tolerances.argmaxNearTie) argmaxMismatches += 1;
    }
  }
  const sorted = [...kls].sort((a, b) => a - b);
  const klMean = kls.length === 0 ? 0 : kls.reduce((sum, kl) => sum + kl, 0) / kls.length;
  const klHigh = sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor(tolerances.klPercentile * sorted.length))] ?? 0);
  const klMax = sorted.at(-1) ?? 0;
  if (klMean > tolerances.klMean) failed.add('kl_mean');
  if (klHigh > tolerances.klHigh) failed.add('kl_high');
  if (implausibleTokens > 0) failed.add('implausible_token');
  if (count > 0 && logprobDisagreements / count > tolerances.logprobDisagreementShare) failed.add('logprob');
  if (argmaxMismatches > 0) failed.add('argmax');
  return { tokens: count, klMean, klHigh, klMax, implausibleTokens, logprobDisagreements, maxLogprobDelta, argmaxMismatches, failed: [...failed] };
}
