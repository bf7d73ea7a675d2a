import type { Vector } from '../routing/scoring.js';
import { LEXICAL_CUES, matchCues, type LexicalCue } from './cues.js';
import { DEFAULT_FUSION, fuseIntentScores, type FusionParameters } from './fusion.js';
import type { IntentResult } from './intents.js';
import { intentSimilarities, type IntentPrototypes, type SimilarityOptions } from './prototypes.js';

export interface IntentClassifierParameters extends FusionParameters, SimilarityOptions {}

export const DEFAULT_INTENT_PARAMETERS: IntentClassifierParameters = { ...DEFAULT_FUSION, knnShare: 0.5, k: 3 };

/** Classifies one prompt from its unit embedding vector and its text (for the cues). */
export function classifyIntent(
  prompt: string,
  vector: Vector,
  prototypes: IntentPrototypes,
  parameters: IntentClassifierParameters = DEFAULT_INTENT_PARAMETERS,
  cues: readonly LexicalCue[] = LEXICAL_CUES,
): IntentResult {
  return fuseIntentScores(intentSimilarities(vector, prototypes, parameters), matchCues(prompt, cues), parameters);
}
