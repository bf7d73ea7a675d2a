/**
 * What an audit lets pass. Honest experts differ slightly from the auditor (llama.cpp's logits change with thread
 * count, batch size and build), so every check has a tolerance; `[audit]` in the config overrides the KL threshold.
 */
export interface AuditTolerances {
  /** Mean KL(expert ‖ auditor) per token above which the answer fails (the seed's 0.15). */
  klMean: number;
  /** KL at the high percentile (`klPercentile`) above which the answer fails: one wildly different position is not noise. */
  klHigh: number;
  klPercentile: number;
  /** A chosen token is implausible under the auditor when it is outside the auditor's top-k and below this probability. */
  plausibleFloor: number;
  /** Largest |expert logprob - auditor logprob| of a chosen token that counts as agreement, in nats. */
  logprobDelta: number;
  /** Share of chosen tokens allowed to disagree on the log-probability (near-ties and rounding). */
  logprobDisagreementShare: number;
  /** Greedy: a chosen token that is not the auditor's argmax passes when within this many nats of it (a near-tie). */
  argmaxNearTie: number;
}

export const DEFAULT_AUDIT_TOLERANCES: AuditTolerances = {
  klMean: 0.15,
  klHigh: 1.0,
  klPercentile: 0.95,
  plausibleFloor: 1e-4,
  logprobDelta: 0.1,
  logprobDisagreementShare: 0.02,
  argmaxNearTie: 0.05,
};
