import { centroid, dot, type Vector } from '../routing/scoring.js';
import { INTENTS, type Intent } from './intents.js';

/** The embedded examples of every intent and their centroids: what a prompt's vector is compared to. */
export interface IntentPrototypes {
  readonly centroids: Readonly<Record<Intent, Float32Array>>;
  readonly examples: Readonly<Record<Intent, readonly Vector[]>>;
}

export interface SimilarityOptions {
  /** Share of the nearest-examples term in [0, 1]; the rest is the cosine to the class centroid. */
  readonly knnShare: number;
  /** How many of a class's nearest examples are averaged. */
  readonly k: number;
}

/** Unit vectors of each intent's examples (every intent needs at least one). */
export function buildIntentPrototypes(examples: Readonly<Record<Intent, readonly Vector[]>>): IntentPrototypes {
  const centroids = {} as Record<Intent, Float32Array>;
  for (const intent of INTENTS) {
    const vectors = examples[intent];
    if (vectors.length === 0) throw new RangeError(`intent ${intent} has no example vectors`);
    centroids[intent] = centroid(vectors);
  }
  return { centroids, examples };
}

/**
 * Each intent's similarity to a unit query vector: the cosine to its centroid blended with the mean cosine of its k
 * nearest examples (a class whose examples spread over several kinds of request is matched by the nearest kind).
 */
export function intentSimilarities(query: Vector, prototypes: IntentPrototypes, options: SimilarityOptions): Record<Intent, number> {
  const similarities = {} as Record<Intent, number>;
  for (const intent of INTENTS) {
    const toCentroid = dot(query, prototypes.centroids[intent]);
    const nearest = prototypes.examples[intent]
      .map((v) => dot(query, v))
      .sort((a, b) => b - a)
      .slice(0, Math.max(1, options.k));
    const knn = nearest.reduce((sum, s) => sum + s, 0) / nearest.length;
    similarities[intent] = (1 - options.knnShare) * toCentroid + options.knnShare * knn;
  }
  return similarities;
}
