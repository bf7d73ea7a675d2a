import type { RandomSource } from './prng.js';

/** One candidate for the next token, with its raw (unscaled) logit. */
export interface LogitCandidate {
  tokenId: number;
  logit: number;
}

export interface SamplerSettings {
  temperature: number;
  topK: number;
  topP: number;
}

/**
 * Picks the next token from candidates sorted by logit, highest first, following llama.cpp's default chain:
 * top-k, then top-p over the untempered probabilities, then temperature, then a weighted draw.
 * Temperature 0 is greedy. The candidates need only cover the top-k (the rest of the vocabulary cannot be drawn).
 */
export function sampleToken(candidates: readonly LogitCandidate[], settings: SamplerSettings, random: RandomSource): number {
  const first = candidates[0];
  if (first === undefined) throw new Error('sampleToken: no candidates');
  if (settings.temperature <= 0 || candidates.length === 1) return first.tokenId;

  const kept = candidates.slice(0, Math.max(1, Math.min(settings.topK > 0 ? settings.topK : candidates.length, candidates.length)));
  const maxLogit = first.logit;
  const weights = kept.map((c) => Math.exp(c.logit - maxLogit));
  const total = weights.reduce((sum, w) => sum + w, 0);

  let cutoff = kept.length;
  if (settings.topP < 1) {
    let mass = 0;
    for (let i = 0; i < kept.length; i++) {
      mass += (weights[i] ?? 0) / total;
      if (mass >= settings.topP) {
        cutoff = i + 1;
        break;
      }
    }
  }

  const tempered = kept.slice(0, cutoff).map((c) => Math.exp((c.logit - maxLogit) / settings.temperature));
  const temperedTotal = tempered.reduce((sum, w) => sum + w, 0);
  let draw = random() * temperedTotal;
  for (let i = 0; i < tempered.length; i++) {
    draw -= tempered[i] ?? 0;
    if (draw < 0) return kept[i]?.tokenId ?? first.tokenId;
  }
  return kept[cutoff - 1]?.tokenId ?? first.tokenId;
}

/** Natural-log probability of a logit, given the maximum logit and the sum of exp(logit - maxLogit) over the vocabulary. */
export function logprobOfLogit(logit: number, maxLogit: number, totalLogitWeight: number): number {
  return logit - maxLogit - Math.log(totalLogitWeight);
}
