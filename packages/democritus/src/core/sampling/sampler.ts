import type { RandomSource } from './prng.js';

export interface SamplerSettings {
  temperature: number;
  topK: number;
  topP: number;
}

/**
 * Next-token candidates sorted by raw (unscaled) logit, highest first. Parallel typed arrays refilled for every
 * token, because generation runs at thousands of tokens per second on small models and per-token garbage shows up.
 */
export class CandidateList {
  readonly tokenIds: Int32Array;
  readonly logits: Float64Array;
  length = 0;
  /** Scratch space for the sampler's weights. */
  readonly weights: Float64Array;

  constructor(capacity: number) {
    this.tokenIds = new Int32Array(capacity);
    this.logits = new Float64Array(capacity);
    this.weights = new Float64Array(capacity);
  }

  /** Refills the list from a token -> logit map already sorted by logit, highest first (as node-llama-cpp returns it). */
  fill(sortedLogits: ReadonlyMap<number, number>): void {
    let count = 0;
    const capacity = this.tokenIds.length;
    sortedLogits.forEach((logit, tokenId) => {
      if (count >= capacity) return;
      this.tokenIds[count] = tokenId;
      this.logits[count] = logit;
      count += 1;
    });
    this.length = count;
  }

  /** Refills the list from flat `[tokenId, logit, tokenId, logit, ...]` pairs sorted by logit, highest first. */
  fillPairs(pairs: ArrayLike<number>): void {
    const count = Math.min(this.tokenIds.length, pairs.length >> 1);
    for (let i = 0; i < count; i++) {
      this.tokenIds[i] = pairs[2 * i] ?? 0;
      this.logits[i] = pairs[2 * i + 1] ?? 0;
    }
    this.length = count;
  }
}

/**
 * Picks the next token and returns its index in `candidates`, following llama.cpp's default chain: top-k, then
 * top-p over the untempered probabilities, then temperature, then a weighted draw. Temperature 0 is greedy.
 * The candidates need only cover the top-k (the rest of the vocabulary cannot be drawn).
 */
export function sampleCandidate(candidates: CandidateList, settings: SamplerSettings, random: RandomSource): number {
  const { logits, weights } = candidates;
  if (candidates.length === 0) throw new Error('sampleCandidate: no candidates');
  if (settings.temperature <= 0 || candidates.length === 1) return 0;

  const kept = Math.max(1, Math.min(settings.topK > 0 ? settings.topK : candidates.length, candidates.length));
  const maxLogit = logits[0] ?? 0;
  const cutoff = settings.topP < 1 ? topPCutoff(candidates, kept, maxLogit, settings.topP) : kept;

  let temperedTotal = 0;
  for (let i = 0; i < cutoff; i++) {
    const weight = Math.exp(((logits[i] ?? 0) - maxLogit) / settings.temperature);
    weights[i] = weight;
    temperedTotal += weight;
  }
  let draw = random() * temperedTotal;
  for (let i = 0; i < cutoff; i++) {
    draw -= weights[i] ?? 0;
    if (draw < 0) return i;
  }
  return cutoff - 1;
}

/** How many of the first `kept` candidates make up probability mass `topP` (renormalised over those `kept`). */
function topPCutoff(candidates: CandidateList, kept: number, maxLogit: number, topP: number): number {
  const { logits, weights } = candidates;
  let total = 0;
  for (let i = 0; i < kept; i++) {
    const weight = Math.exp((logits[i] ?? 0) - maxLogit);
    weights[i] = weight;
    total += weight;
  }
  let mass = 0;
  for (let i = 0; i < kept; i++) {
    mass += (weights[i] ?? 0) / total;
    if (mass >= topP) return i + 1;
  }
  return kept;
}

/** Natural-log probability of a logit, given the maximum logit and the sum of exp(logit - maxLogit) over the vocabulary. */
export function logprobOfLogit(logit: number, maxLogit: number, totalLogitWeight: number): number {
  return logit - maxLogit - Math.log(totalLogitWeight);
}
