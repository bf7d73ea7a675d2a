/**
 * What an expert puts in its advert for matching, built on the expert's own node from its operator-written description
 * and a few exemplar prompts (and later, prompts it served well). Pure: the caller embeds the texts.
 *
 * The advert carries, in one embedding space:
 *   description  1 int8 unit vector of the description;
 *   centroid     1 int8 unit vector, the spherical centroid of all exemplar vectors;
 *   exemplars    up to MAX_ADVERT_EXEMPLARS int8 unit vectors: the exemplar vectors themselves, or their seeded
 *                spherical k-means centroids when there are more (deterministic, so every node rebuilds the same advert);
 *   terms        up to MAX_ADVERT_TERMS (16-bit term id, count <= 255) pairs from the description and exemplar texts.
 * At 512 dims that is at most 18 x 516 B = 9.3 KiB of vectors plus 1.5 KiB of terms.
 */
import { sphericalKMeans } from './centroids.js';
import { quantizeInt8, dequantizeInt8, type Int8Vector } from './quantize.js';
import { centroid, type ExpertProfile, type Vector } from './scoring.js';
import { hashTerms, termCounts } from './tfidf.js';

export const MAX_ADVERT_EXEMPLARS = 16;
export const MAX_ADVERT_TERMS = 512;

export interface EmbeddedText {
  readonly text: string;
  /** Unit vector of `text` in the advert's embedding space. */
  readonly vector: Vector;
}

/** The matching part of an expert advert (plain data; the network layer serialises and signs it). */
export interface AdvertProfile {
  readonly description?: Int8Vector;
  readonly centroid?: Int8Vector;
  readonly exemplars: readonly Int8Vector[];
  /** [16-bit term id, count] pairs, most frequent first. */
  readonly terms: readonly (readonly [number, number])[];
}

export interface AdvertProfileOptions {
  /** Exemplar vectors kept at most (default MAX_ADVERT_EXEMPLARS). */
  readonly maxExemplars?: number;
  /** Lexical terms kept at most (default MAX_ADVERT_TERMS). */
  readonly maxTerms?: number;
  /** k-means seed (default 1). */
  readonly seed?: number;
}

/** Expert side: the advert profile from the embedded description (optional) and exemplars (may be empty). */
export function buildAdvertProfile(
  description: EmbeddedText | undefined,
  exemplars: readonly EmbeddedText[],
  options: AdvertProfileOptions = {},
): AdvertProfile {
  const max = options.maxExemplars ?? MAX_ADVERT_EXEMPLARS;
  const vectors = exemplars.map((e) => e.vector);
  const kept = vectors.length <= max ? vectors : sphericalKMeans(vectors, max, { seed: options.seed ?? 1 }).centroids;
  const texts = [...(description === undefined ? [] : [description.text]), ...exemplars.map((e) => e.text)];
  const terms = hashTerms(termCounts(texts), options.maxTerms ?? MAX_ADVERT_TERMS);
  return {
    ...(description === undefined ? {} : { description: quantizeInt8(description.vector) }),
    ...(vectors.length === 0 ? {} : { centroid: quantizeInt8(centroid(vectors)) }),
    exemplars: kept.map((v) => quantizeInt8(v)),
    terms: [...terms],
  };
}

const scoringProfiles = new WeakMap<AdvertProfile, ExpertProfile>();

/**
 * Router side: the scoring profile of a received advert (see scoring.ts `ExpertProfile`), made once per advert.
 * The exemplar vectors are dequantized when first read: the default score uses only the description and the centroid,
 * and the exemplars are 16 of an advert's 18 vectors.
 */
export function profileFromAdvert(id: string, advert: AdvertProfile): ExpertProfile {
  const known = scoringProfiles.get(advert);
  if (known?.id === id) return known;
  let exemplars: readonly Float32Array[] | undefined;
  const profile: ExpertProfile = {
    id,
    ...(advert.description === undefined ? {} : { description: dequantizeInt8(advert.description) }),
    centroids: advert.centroid === undefined ? [] : [dequantizeInt8(advert.centroid)],
    get exemplars() {
      return (exemplars ??= advert.exemplars.map(dequantizeInt8));
    },
    terms: new Map(advert.terms.map(([term, count]) => [term, count])),
  };
  scoringProfiles.set(advert, profile);
  return profile;
}

/** Every vector of an advert profile, description first: the ones whose LSH band keys the expert provides. */
export function advertVectors(advert: AdvertProfile): Float32Array[] {
  return [advert.description, advert.centroid, ...advert.exemplars].filter((v) => v !== undefined).map(dequantizeInt8);
}

/** Bytes of the advert profile's vectors and terms at `dimensions` (int8 + scale per vector, 3 bytes per term). */
export function advertProfileBytes(advert: AdvertProfile): { vectors: number; terms: number } {
  const all = [advert.description, advert.centroid, ...advert.exemplars].filter((v) => v !== undefined);
  return { vectors: all.reduce((sum, v) => sum + v.values.length + 4, 0), terms: advert.terms.length * 3 };
}
