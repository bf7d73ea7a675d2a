/**
 * Deterministic spherical k-means over unit vectors, pure: summarises an expert's exemplar vectors as k centroids for
 * its advert. k-means++ seeding from a seeded PRNG, Lloyd iterations on cosine similarity, L2-normalised centroids.
 * The same inputs and seed give the same centroids on every node.
 */
import { seededRandom } from '../sampling/prng.js';
import { centroid, dot, normalize, type Vector } from './scoring.js';

export interface KMeansOptions {
  /** PRNG seed for k-means++ seeding (default 1). */
  readonly seed?: number;
  /** Lloyd iterations at most (default 50); stops earlier when no assignment changes. */
  readonly maxIterations?: number;
}

export interface KMeansResult {
  /** L2-normalised centroids, at most k (fewer when there are fewer distinct vectors than k). */
  readonly centroids: Float32Array[];
  /** Index of the centroid each input vector belongs to. */
  readonly assignments: number[];
}

/** Spherical k-means of unit vectors. k is clamped to [1, vectors.length]. */
export function sphericalKMeans(vectors: readonly Vector[], k: number, options: KMeansOptions = {}): KMeansResult {
  if (vectors.length === 0) return { centroids: [], assignments: [] };
  const clusters = Math.max(1, Math.min(Math.floor(k), vectors.length));
  if (clusters === 1) return { centroids: [centroid(vectors)], assignments: vectors.map(() => 0) };
  const random = seededRandom(options.seed ?? 1);
  const centres: Float32Array[] = [normalize(vectors[Math.floor(random() * vectors.length)]!)];
  // k-means++: next centre drawn with probability proportional to its cosine distance to the nearest centre.
  while (centres.length < clusters) {
    const distances = vectors.map((v) => Math.max(0, 1 - Math.max(...centres.map((c) => dot(v, c)))));
    const total = distances.reduce((a, b) => a + b, 0);
    if (total <= 1e-12) break; // all remaining vectors coincide with a centre
    let target = random() * total;
    let chosen = distances.length - 1;
    for (let i = 0; i < distances.length; i++) {
      target -= distances[i]!;
      if (target < 0) {
        chosen = i;
        break;
      }
    }
    centres.push(normalize(vectors[chosen]!));
  }
  let assignments = vectors.map(() => -1);
  const maxIterations = options.maxIterations ?? 50;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const next = vectors.map((v) => nearest(v, centres));
    const changed = next.some((a, i) => a !== assignments[i]);
    assignments = next;
    if (!changed) break;
    for (let c = 0; c < centres.length; c++) {
      const members = vectors.filter((_, i) => assignments[i] === c);
      if (members.length > 0) centres[c] = centroid(members);
    }
  }
  return { centroids: centres, assignments };
}

function nearest(vector: Vector, centres: readonly Float32Array[]): number {
  let best = 0;
  let bestSimilarity = -Infinity;
  for (let c = 0; c < centres.length; c++) {
    const similarity = dot(vector, centres[c]!);
    if (similarity > bestSimilarity) {
      bestSimilarity = similarity;
      best = c;
    }
  }
  return best;
}
