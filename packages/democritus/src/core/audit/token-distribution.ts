/**
 * A token position's distribution as one side of an audit knows it: the chosen token's log-probability and the top-k
 * alternatives, all under the model's raw distribution (temperature 1, no truncation). Each side knows only part of
 * the vocabulary (its top-k, which may be empty when the request asked for no alternatives), so the two are compared
 * on a partition both can fill exactly: every token both sides list, and one bucket for everything else. That KL is
 * a lower bound of the KL over the whole vocabulary (merging outcomes never increases it), and it is exact in what it
 * measures: an expert that claims other probabilities for the tokens the auditor also sees cannot hide it.
 */
export interface PositionView {
  tokenId: number;
  logprob: number;
  topLogprobs: readonly { tokenId: number; logprob: number }[];
}

/** Smallest probability a bucket gets, so that a bucket one side leaves empty costs a bounded penalty. */
export const PROBABILITY_FLOOR = 1e-6;

function knownProbabilities(side: PositionView): Map<number, number> {
  const known = new Map<number, number>();
  for (const alternative of side.topLogprobs) known.set(alternative.tokenId, Math.exp(alternative.logprob));
  if (!known.has(side.tokenId)) known.set(side.tokenId, Math.exp(side.logprob));
  return known;
}

/** The side's probabilities over [shared tokens..., everything else], floored and renormalised. */
function partitioned(shared: readonly number[], known: ReadonlyMap<number, number>): number[] {
  const listed = shared.map((tokenId) => known.get(tokenId) ?? 0);
  const rest = 1 - listed.reduce((sum, p) => sum + p, 0);
  const buckets = [...listed, rest].map((p) => Math.max(p, PROBABILITY_FLOOR));
  const total = buckets.reduce((sum, p) => sum + p, 0);
  return buckets.map((p) => p / total);
}

/** KL(expert ‖ auditor) in nats over the partition {tokens both list} + {the rest}. 0 when the two agree. */
export function positionKl(expert: PositionView, auditor: PositionView): number {
  const expertKnown = knownProbabilities(expert);
  const auditorKnown = knownProbabilities(auditor);
  const shared = [...expertKnown.keys()].filter((tokenId) => auditorKnown.has(tokenId));
  const p = partitioned(shared, expertKnown);
  const q = partitioned(shared, auditorKnown);
  let kl = 0;
  for (let i = 0; i < p.length; i += 1) {
    const pi = p[i] ?? 0;
    kl += pi * Math.log(pi / (q[i] ?? PROBABILITY_FLOOR));
  }
  return Math.max(0, kl);
}
