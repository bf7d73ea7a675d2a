/**
 * Evidence about a peer as a Beta posterior: `successes` and `failures` are pseudo-counts added to a prior, and they
 * decay toward the prior with a half-life, so old behaviour fades and a peer that stops being checked drifts back to
 * what a newcomer gets.
 */
export interface BetaEvidence {
  successes: number;
  failures: number;
  /** Unix milliseconds of the last update (decay runs from here). */
  updatedAt: number;
}

export interface BetaPrior {
  successes: number;
  failures: number;
}

export const EMPTY_EVIDENCE: BetaEvidence = { successes: 0, failures: 0, updatedAt: 0 };

/** The evidence as it stands at `now`: each count multiplied by 2^(-elapsed / halfLife). */
export function decayed(evidence: BetaEvidence, now: number, halfLifeMs: number): BetaEvidence {
  const elapsed = Math.max(0, now - evidence.updatedAt);
  if (evidence.updatedAt === 0 || elapsed === 0 || !Number.isFinite(halfLifeMs)) return { ...evidence, updatedAt: now };
  const factor = 2 ** (-elapsed / halfLifeMs);
  return { successes: evidence.successes * factor, failures: evidence.failures * factor, updatedAt: now };
}

/** Adds one observation of the given weight (>= 0) after decaying the old evidence to `now`. */
export function observe(evidence: BetaEvidence, outcome: 'success' | 'failure', weight: number, now: number, halfLifeMs: number): BetaEvidence {
  if (!(weight >= 0) || !Number.isFinite(weight)) throw new RangeError(`evidence weight must be a finite number >= 0, got ${weight}`);
  const current = decayed(evidence, now, halfLifeMs);
  return outcome === 'success' ? { ...current, successes: current.successes + weight } : { ...current, failures: current.failures + weight };
}

/** The posterior mean (prior + evidence), in [0, 1]. */
export function posteriorMean(evidence: BetaEvidence, prior: BetaPrior): number {
  const alpha = prior.successes + evidence.successes;
  const beta = prior.failures + evidence.failures;
  return alpha / (alpha + beta);
}
