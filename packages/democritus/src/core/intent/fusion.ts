import { cueScores, matchCues, type LexicalCue, LEXICAL_CUES } from './cues.js';
import { INTENTS, type Intent, type IntentResult } from './intents.js';

/** The general parameters of the fusion (documented with how they were chosen in docs/benchmarks.md). */
export interface FusionParameters {
  /** Weight of a class's cue score (at most 1) against its embedding similarity (a cosine). */
  readonly cueWeight: number;
  /** Softmax temperature over the fused scores: lower is more confident. */
  readonly temperature: number;
  /**
   * Added to a class's score before the softmax: how much more often that kind of prompt comes than the others. Only
   * plain knowledge questions get one by default (most prompts are questions).
   */
  readonly priors: Readonly<Partial<Record<Intent, number>>>;
}

export const DEFAULT_FUSION: FusionParameters = { cueWeight: 0.4, temperature: 0.05, priors: { knowledge_qa: 0.06 } };

/**
 * Fuses per-intent embedding similarities with the cues that fired: score = similarity + prior + cueWeight x cue score, then a
 * softmax with the temperature turns the scores into confidences that sum to 1. Ties go to the earlier intent of
 * `INTENTS`.
 */
export function fuseIntentScores(
  similarities: Readonly<Record<Intent, number>>,
  fired: readonly LexicalCue[],
  parameters: FusionParameters = DEFAULT_FUSION,
): IntentResult {
  if (!(parameters.temperature > 0)) throw new RangeError(`temperature must be positive, got ${parameters.temperature}`);
  const cues = cueScores(fired);
  const fused = INTENTS.map((intent) => similarities[intent] + (parameters.priors[intent] ?? 0) + parameters.cueWeight * (cues[intent] ?? 0));
  const top = Math.max(...fused);
  const exps = fused.map((s) => Math.exp((s - top) / parameters.temperature));
  const total = exps.reduce((sum, e) => sum + e, 0);
  const scores = {} as Record<Intent, number>;
  INTENTS.forEach((intent, i) => (scores[intent] = exps[i]! / total));
  const ranked = [...INTENTS].sort((a, b) => scores[b] - scores[a] || INTENTS.indexOf(a) - INTENTS.indexOf(b));
  const [first, second] = [ranked[0]!, ranked[1]!];
  return {
    intent: first,
    confidence: scores[first],
    runnerUp: { intent: second, confidence: scores[second] },
    scores,
    cues: fired.map((cue) => cue.name),
  };
}

/** Cues alone, without embeddings (an ablation): every class starts at similarity 0. */
export function classifyByCues(prompt: string, cues: readonly LexicalCue[] = LEXICAL_CUES, parameters: FusionParameters = DEFAULT_FUSION): IntentResult {
  const zero = Object.fromEntries(INTENTS.map((intent) => [intent, 0])) as Record<Intent, number>;
  return fuseIntentScores(zero, matchCues(prompt, cues), parameters);
}
