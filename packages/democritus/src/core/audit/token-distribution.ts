/**
 * A token position's distribution as one side of an audit knows it: the chosen token's log-probability and the top-k
 * alternatives, all under the model's raw distribution (temperature 1, no truncation). Only the top-k are known, so
 * the comparison works on the union of both sides' top-k, renormalised.
 */
export interface PositionView {
  tokenId: number;
  logprob: number;
  topLogprobs: readonly { tokenId: number; logprob: number }[];
}

/** Probabilities a side gives the union's tokens: known ones as they are; an unknown one gets what the side's top-k leaves. */
function probabilitiesOver(union: readonly number[], side: PositionView): number[] {
  const known = new Map<number, number>();
  for (const alternative of side.topLogprobs) known.set(alternative.tokenId, Math.exp(alternative.logprob));
  if (!known.has(side.tokenId)) known.set(side.tokenId, Math.exp(side.logprob));
  const knownMass = [...known.values()].reduce((sum, p) => sum + p, 0);
  const smallestKnown = Math.min(...known.values());
  const unknownCount = union.filter((tokenId) => !known.has(tokenId)).length;
  // A token outside the side's top-k is at most as likely as its least likely listed one, and all of them together
  // share what the listed ones leave; the floor keeps the logarithms finite.
  const residual = unknownCount === 0 ? 0 : Math.max(0, 1 - knownMass) / unknownCount;
  const unknownProbability = Math.max(Math.min(smallestKnown, residual), PROBABILITY_FLOOR);
  return union.map((tokenId) => known.get(tokenId) ?? unknownProbability);
}

/** Smallest probability any token gets in the comparison, so a token one side never listed costs a bounded penalty. */
export const PROBABILITY_FLOOR = 1e-6;

function normalised(values: readonly number[]): number[] {
  const total = values.reduce((sum, value) => sum + value, 0);
  return values.map((value) => value / total);
}

/**
 * KL(expert ‖ auditor) in nats over the union of both sides' top-k (and the chosen token), each side renormalised to
 * that union. 0 when the two agree; grows when the expert claims a distribution the auditor's model does not give.
 */
export function positionKl(expert: PositionView, auditor: PositionView): number {
  const union = [...new Set([expert.tokenId, ...expert.topLogprobs.map((t) => t.tokenId), ...auditor.topLogprobs.map((t) => t.tokenId)])];
  const p = normalised(probabilitiesOver(union, expert));
  const q = normalised(probabilitiesOver(union, auditor));
  let kl = 0;
  for (let i = 0; i < union.length; i += 1) {
    const pi = p[i] ?? 0;
    if (pi > 0) kl += pi * Math.log(pi / (q[i] ?? PROBABILITY_FLOOR));
  }
  return Math.max(0, kl);
}
