import { describe, expect, it } from 'vitest';
import { sphericalKMeans } from '../src/core/routing/centroids.js';
import {
  bandKeyString,
  bandKeys,
  createHyperplanes,
  hammingDistance,
  multiProbe,
  project,
  seedFromSpaceId,
  signature,
  signatureFromProjections,
  signatureHex,
} from '../src/core/routing/lsh.js';
import { advertProfileBytes, advertVectors, buildAdvertProfile, MAX_ADVERT_EXEMPLARS, profileFromAdvert } from '../src/core/routing/profile.js';
import { dequantizeInt8, quantizeInt8 } from '../src/core/routing/quantize.js';
import { buildRoutingIndex, centerVector, meanProfileVector, scorePrompt } from '../src/core/routing/routing-index.js';
import { seededRandom } from '../src/core/sampling/prng.js';
import {
  centroid,
  cosine,
  dot,
  embeddingSimilarity,
  exemplarSimilarity,
  knnVote,
  maxCosine,
  normalize,
  rankOf,
  reciprocalRankFusion,
  scoreExperts,
  type ExpertProfile,
} from '../src/core/routing/scoring.js';
import {
  buildTfidfIndex,
  hashTerms,
  hashedTermCounts,
  inverseDocumentFrequency,
  sparseDot,
  termCounts,
  termHash16,
  tfidfScores,
  tfidfVector,
  tokenize,
} from '../src/core/routing/tfidf.js';

const SPACE = 'c138bf9e5d8ca363aa00000000000000000000000000000000000000000000ff';
const DIMS = 64;

function randomUnit(seed: number, dims = DIMS): Float32Array {
  const random = seededRandom(seed);
  return normalize(Array.from({ length: dims }, () => random() - 0.5));
}

/** A unit vector at cosine ~`similarity` to `base`. */
function near(base: Float32Array, seed: number, similarity: number): Float32Array {
  const noise = randomUnit(seed, base.length);
  const ortho = normalize(noise.map((x, i) => x - dot(noise, base) * base[i]!));
  const s = Math.sqrt(1 - similarity * similarity);
  return normalize(base.map((x, i) => similarity * x + s * ortho[i]!));
}

/** 8 bands of 8 bits: narrow bands make the band-sharing and multi-probe properties easy to see. */
const BYTE_BANDS = { bands: 8, bitsPerBand: 8 };

describe('lsh', () => {
  it('derives the same hyperplanes and signatures from the same space id, different ones from another', () => {
    expect(seedFromSpaceId(SPACE)).toBe(0xc138bf9e);
    expect(seedFromSpaceId('not-hex')).toBe(seedFromSpaceId('not-hex'));
    const a = createHyperplanes(SPACE, DIMS);
    const b = createHyperplanes(SPACE, DIMS);
    const other = createHyperplanes(`ff${SPACE.slice(2)}`, DIMS);
    expect(a.bits).toBe(64);
    expect(a.normals).toEqual(b.normals);
    expect(a.normals).not.toEqual(other.normals);
    const v = randomUnit(7);
    expect(signature(a, v)).toBe(signature(b, v));
    expect(signatureHex(signature(a, v))).toMatch(/^[0-9a-f]{16}$/);
    // Gaussian normals: mean ~0, variance ~1.
    const values = [...a.normals];
    const mean = values.reduce((s, x) => s + x, 0) / values.length;
    const variance = values.reduce((s, x) => s + (x - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(variance).toBeGreaterThan(0.9);
    expect(variance).toBeLessThan(1.1);
  });

  it('maps hyperplane 0 to the most significant bit and cuts bands from the top', () => {
    const projections = new Float64Array(64);
    projections[0] = 1; // bit 63
    projections[9] = 1; // band 1, second bit
    const sig = signatureFromProjections(projections);
    expect(sig).toBe((1n << 63n) | (1n << 54n));
    const keys = bandKeys(sig, { bands: 8, bitsPerBand: 8 });
    expect(keys).toHaveLength(8);
    expect(keys[0]).toEqual({ band: 0, value: 0x80 });
    expect(keys[1]).toEqual({ band: 1, value: 0x40 });
    expect(keys.slice(2).every((k) => k.value === 0)).toBe(true);
    expect(bandKeys(sig)).toHaveLength(16);
    expect(bandKeys(sig)[0]).toEqual({ band: 0, value: 8 });
    expect(bandKeyString(SPACE, { band: 3, value: 10 }, { bands: 8, bitsPerBand: 8 })).toBe(`lsh/${SPACE}/3/0a`);
    expect(bandKeyString(SPACE, { band: 3, value: 10 })).toBe(`lsh/${SPACE}/3/a`);
    expect(() => bandKeys(sig, { bands: 9, bitsPerBand: 8 })).toThrow(RangeError);
  });

  it('gives nearby vectors close signatures and shared bands, unrelated vectors distant ones', () => {
    const planes = createHyperplanes(SPACE, DIMS);
    let nearShared = 0;
    let farShared = 0;
    let nearHamming = 0;
    let farHamming = 0;
    const trials = 40;
    for (let t = 0; t < trials; t++) {
      const base = randomUnit(100 + t);
      const close = near(base, 500 + t, 0.95);
      const far = randomUnit(900 + t);
      const sb = signature(planes, base);
      const sc = signature(planes, close);
      const sf = signature(planes, far);
      nearHamming += hammingDistance(sb, sc);
      farHamming += hammingDistance(sb, sf);
      const kb = bandKeys(sb, BYTE_BANDS);
      nearShared += bandKeys(sc, BYTE_BANDS).filter((k, i) => k.value === kb[i]!.value).length;
      farShared += bandKeys(sf, BYTE_BANDS).filter((k, i) => k.value === kb[i]!.value).length;
    }
    // cos 0.95 -> angle ~0.1 pi -> ~6.4 of 64 bits differ; unrelated -> ~32.
    expect(nearHamming / trials).toBeLessThan(10);
    expect(farHamming / trials).toBeGreaterThan(25);
    expect(nearShared / trials).toBeGreaterThan(3);
    expect(farShared / trials).toBeLessThan(0.5);
  });

  it('multi-probes own bands first, then flips of the least certain bits in cost order', () => {
    const projections = new Float64Array(64).map((_, i) => (i % 2 === 0 ? 1 : -1) * (1 + i));
    projections[5] = 0.01; // least certain bit of band 0
    projections[12] = -0.02; // least certain bit of band 1
    projections[6] = 0.03; // second least certain bit of band 0
    const probes = multiProbe(projections, { maxProbes: 12, layout: BYTE_BANDS });
    const own = bandKeys(signatureFromProjections(projections), BYTE_BANDS);
    expect(probes.slice(0, 8).map((p) => ({ band: p.band, value: p.value }))).toEqual(own);
    expect(probes.slice(0, 8).every((p) => p.cost === 0 && p.flips === 0)).toBe(true);
    // Then: band 0 bit 5 (0.01), band 1 bit 12 (0.02), band 0 bit 6 (0.03), band 0 bits 5+6 (0.04).
    expect(probes[8]).toMatchObject({ band: 0, value: own[0]!.value ^ (1 << 2), flips: 1 });
    expect(probes[9]).toMatchObject({ band: 1, value: own[1]!.value ^ (1 << 3), flips: 1 });
    expect(probes[10]).toMatchObject({ band: 0, value: own[0]!.value ^ (1 << 1), flips: 1 });
    expect(probes[11]).toMatchObject({ band: 0, value: own[0]!.value ^ (1 << 2) ^ (1 << 1), flips: 2 });
    for (let i = 1; i < probes.length; i++) expect(probes[i]!.cost).toBeGreaterThanOrEqual(probes[i - 1]!.cost);
    // Deterministic and never repeats a key.
    const more = multiProbe(projections, { maxProbes: 200, layout: BYTE_BANDS });
    expect(multiProbe(projections, { maxProbes: 200, layout: BYTE_BANDS })).toEqual(more);
    expect(new Set(more.map((p) => `${p.band}/${p.value}`)).size).toBe(more.length);
    expect(more.every((p) => p.flips <= 3)).toBe(true);
  });

  it('finds a near neighbour through multi-probing that the exact band keys miss', () => {
    const planes = createHyperplanes(SPACE, DIMS);
    let exactHits = 0;
    let probedHits = 0;
    const trials = 60;
    for (let t = 0; t < trials; t++) {
      const expert = randomUnit(2000 + t);
      const prompt = near(expert, 3000 + t, 0.7);
      const provided = new Set(bandKeys(signature(planes, expert), BYTE_BANDS).map((k) => `${k.band}/${k.value}`));
      const probes = multiProbe(project(planes, prompt), { maxProbes: 64, layout: BYTE_BANDS });
      if (probes.slice(0, 8).some((p) => provided.has(`${p.band}/${p.value}`))) exactHits++;
      if (probes.some((p) => provided.has(`${p.band}/${p.value}`))) probedHits++;
    }
    expect(probedHits).toBeGreaterThan(exactHits);
    expect(probedHits / trials).toBeGreaterThan(0.8);
  });
});

describe('tfidf', () => {
  it('tokenizes to lower-case content words with plural folding', () => {
    expect(tokenize('The Cells of the studies: DNA and 3 viruses; class, bus, basis!')).toEqual([
      'cell',
      'study',
      'dna',
      'viruse',
      'class',
      'bus',
      'basis',
    ]);
    expect(termCounts(['cell cells', 'Cell'])).toEqual(new Map([['cell', 3]]));
  });

  it('weights rare terms higher and scores the matching document first', () => {
    const docs = [termCounts(['enzyme protein cell membrane']), termCounts(['contract tort plaintiff court']), termCounts(['court protein'])];
    const idf = inverseDocumentFrequency(docs);
    expect(idf.get('enzyme')!).toBeGreaterThan(idf.get('protein')!);
    expect(idf.get('protein')).toBeCloseTo(Math.log(4 / 3) + 1, 10);
    const v = tfidfVector(docs[0]!, idf);
    expect(sparseDot(v, v)).toBeCloseTo(1, 10);
    const index = buildTfidfIndex(docs);
    const scores = tfidfScores(index, termCounts(['Which enzyme binds the protein?']));
    expect(scores[0]!).toBeGreaterThan(scores[2]!);
    expect(scores[1]).toBe(0);
    expect(tfidfScores(index, termCounts(['nothing known here']))).toEqual([0, 0, 0]);
  });

  it('hashes advert terms to 16-bit ids, keeps the most frequent and caps counts', () => {
    const counts = new Map([
      ['cell', 300],
      ['gene', 5],
      ['rna', 2],
    ]);
    const hashed = hashTerms(counts, 2);
    expect(hashed.size).toBe(2);
    expect(hashed.get(termHash16('cell'))).toBe(255);
    expect(hashed.get(termHash16('gene'))).toBe(5);
    expect(termHash16('cell')).toBeLessThan(65536);
    expect(hashedTermCounts('cells and genes')).toEqual(
      new Map([
        [termHash16('cell'), 1],
        [termHash16('gene'), 1],
      ]),
    );
  });
});

describe('scoring', () => {
  const bio = randomUnit(1);
  const law = randomUnit(2);
  const experts: ExpertProfile[] = [
    { id: 'biology', description: bio, centroids: [near(bio, 11, 0.9)], terms: hashTerms(termCounts(['cell enzyme protein gene']), 64) },
    { id: 'law', description: law, centroids: [near(law, 12, 0.9)], terms: hashTerms(termCounts(['contract tort court plaintiff']), 64) },
  ];

  it('has consistent vector helpers', () => {
    const v = normalize([3, 4]);
    expect([...v]).toEqual([0.6000000238418579, 0.800000011920929]);
    expect(cosine([1, 0], [0, 2])).toBe(0);
    expect(cosine([0, 0], [1, 0])).toBe(0);
    expect(dot(centroid([[1, 0], [0, 1]]), normalize([1, 1]))).toBeCloseTo(1, 6);
    expect(maxCosine([1, 0], [[0, 1], normalize([1, 1])])).toBeCloseTo(Math.SQRT1_2, 6);
    expect(() => dot([1], [1, 2])).toThrow(RangeError);
  });

  it('blends the best centroid with the description, and falls back to whichever exists', () => {
    const q = near(bio, 21, 0.8);
    const e = experts[0]!;
    const byCentroid = dot(q, e.centroids[0]!);
    const byDescription = dot(q, e.description!);
    expect(embeddingSimilarity(q, e, 0.2)).toBeCloseTo(0.8 * byCentroid + 0.2 * byDescription, 6);
    expect(embeddingSimilarity(q, { id: 'd', description: bio, centroids: [] }, 0.2)).toBeCloseTo(byDescription, 6);
    expect(embeddingSimilarity(q, { id: 'c', centroids: e.centroids }, 0.2)).toBeCloseTo(byCentroid, 6);
    expect(embeddingSimilarity(q, { id: 'none', centroids: [] }, 0.2)).toBe(-Infinity);
  });

  it('ranks by embedding plus weighted lexical cosine', () => {
    const neutral = normalize(bio.map((x, i) => x + law[i]!));
    const query = { vector: neutral, terms: hashedTermCounts('Is the plaintiff owed damages in tort?') };
    const embeddingOnly = scoreExperts({ vector: neutral }, experts, { description: 0.2, lexical: 0 });
    expect(embeddingOnly.every((s) => s.lexical === 0)).toBe(true);
    const fused = scoreExperts(query, experts, { description: 0.2, lexical: 1 });
    expect(fused[0]!.id).toBe('law');
    expect(fused[0]!.lexical).toBeGreaterThan(0);
    expect(fused[0]!.score).toBeCloseTo(fused[0]!.embedding + fused[0]!.lexical, 10);
    expect(rankOf(fused, 'biology')).toBe(2);
    expect(rankOf(fused, 'missing')).toBe(Infinity);
    // The lexical signal alone cannot override a clear embedding match at the default weights.
    expect(scoreExperts({ vector: near(bio, 31, 0.95), terms: hashedTermCounts('court') }, experts)[0]!.id).toBe('biology');
  });

  it('votes with the k nearest exemplars and fuses rankings by reciprocal rank', () => {
    const exemplars = [
      { label: 'biology', vector: near(bio, 41, 0.9) },
      { label: 'biology', vector: near(bio, 42, 0.9) },
      { label: 'law', vector: near(law, 43, 0.9) },
    ];
    const votes = knnVote(near(bio, 44, 0.9), exemplars, 2);
    expect(votes[0]!.label).toBe('biology');
    expect(knnVote(bio, exemplars, 0)).toEqual([]);
    const fused = reciprocalRankFusion([
      ['a', 'b', 'c'],
      ['b', 'a', 'c'],
    ]);
    expect(fused.map((f) => f.id)).toEqual(['a', 'b', 'c']);
    expect(fused[0]!.score).toBeCloseTo(1 / 61 + 1 / 62, 12);
  });

  it('clusters exemplars deterministically with seeded spherical k-means', () => {
    const a = randomUnit(51);
    const b = randomUnit(52);
    const points = [...[1, 2, 3, 4].map((s) => near(a, 60 + s, 0.95)), ...[1, 2, 3].map((s) => near(b, 70 + s, 0.95))];
    const first = sphericalKMeans(points, 2, { seed: 9 });
    const again = sphericalKMeans(points, 2, { seed: 9 });
    expect(again).toEqual(first);
    expect(first.centroids).toHaveLength(2);
    expect(new Set(first.assignments.slice(0, 4)).size).toBe(1);
    expect(new Set(first.assignments.slice(4)).size).toBe(1);
    expect(first.assignments[0]).not.toBe(first.assignments[4]);
    for (const c of first.centroids) expect(Math.sqrt(dot(c, c))).toBeCloseTo(1, 5);
    expect(sphericalKMeans(points, 1).centroids[0]).toEqual(centroid(points));
    expect(sphericalKMeans(points, 99).centroids.length).toBeLessThanOrEqual(points.length);
    expect(sphericalKMeans([], 3)).toEqual({ centroids: [], assignments: [] });
  });
});

describe('exemplar similarity', () => {
  const bio = randomUnit(101);
  it('blends the centroid with the nearest exemplar by maxSim, and falls back to whichever exists', () => {
    const centre = near(bio, 102, 0.9);
    const exemplar = near(bio, 103, 0.7);
    const q = near(bio, 104, 0.8);
    const e: ExpertProfile = { id: 'e', description: bio, centroids: [centre], exemplars: [exemplar, near(bio, 105, 0.2)] };
    const best = Math.max(dot(q, exemplar), dot(q, e.exemplars![1]!));
    expect(exemplarSimilarity(q, e, 0.5)).toBeCloseTo(0.5 * dot(q, centre) + 0.5 * best, 6);
    expect(exemplarSimilarity(q, e)).toBeCloseTo(dot(q, centre), 6);
    expect(exemplarSimilarity(q, { id: 'x', centroids: [], exemplars: [exemplar] }, 0.5)).toBeCloseTo(dot(q, exemplar), 6);
    expect(exemplarSimilarity(q, { id: 'none', centroids: [] }, 0.5)).toBeUndefined();
    expect(embeddingSimilarity(q, e, 0.1, 0.5)).toBeCloseTo(0.9 * exemplarSimilarity(q, e, 0.5)! + 0.1 * dot(q, bio), 6);
  });
});

describe('advert profile', () => {
  it('quantises unit vectors to int8 with one scale, and back to unit vectors at cosine > 0.9999', () => {
    const v = randomUnit(201, 512);
    const q = quantizeInt8(v);
    expect(q.values).toHaveLength(512);
    expect(Math.max(...[...q.values].map(Math.abs))).toBe(127);
    const back = dequantizeInt8(q);
    expect(dot(back, back)).toBeCloseTo(1, 5);
    expect(dot(back, v)).toBeGreaterThan(0.9999);
    expect([...dequantizeInt8(quantizeInt8(new Float32Array(4)))]).toEqual([0, 0, 0, 0]);
  });

  it('carries the description, the centroid, <= 16 exemplar vectors and bounded terms, and decodes for scoring', () => {
    const topic = randomUnit(210);
    const exemplars = Array.from({ length: 20 }, (_, i) => ({ text: `enzyme kinetics question ${i}`, vector: near(topic, 300 + i, 0.8) }));
    const advert = buildAdvertProfile({ text: 'A biochemistry expert', vector: topic }, exemplars);
    expect(advert.exemplars).toHaveLength(MAX_ADVERT_EXEMPLARS);
    expect(advertVectors(advert)).toHaveLength(2 + MAX_ADVERT_EXEMPLARS);
    expect(advertProfileBytes(advert).vectors).toBe((2 + MAX_ADVERT_EXEMPLARS) * (DIMS + 4));
    expect(buildAdvertProfile(undefined, exemplars, { maxExemplars: 4 })).toEqual(buildAdvertProfile(undefined, exemplars, { maxExemplars: 4 }));
    const profile = profileFromAdvert('bio', advert);
    expect(profile.centroids).toHaveLength(1);
    expect(dot(profile.centroids[0]!, centroid(exemplars.map((e) => e.vector)))).toBeGreaterThan(0.999);
    expect(dot(profile.description!, topic)).toBeGreaterThan(0.999);
    expect(profile.terms!.get(termHash16('enzyme'))).toBe(20);
    const few = buildAdvertProfile(undefined, exemplars.slice(0, 3), { maxTerms: 2 });
    expect(few.description).toBeUndefined();
    expect(few.exemplars).toHaveLength(3);
    expect(few.terms).toHaveLength(2);
    const none = buildAdvertProfile({ text: 'law', vector: randomUnit(211) }, []);
    expect(none.centroid).toBeUndefined();
    expect(profileFromAdvert('law', none).centroids).toEqual([]);
  });

  it('makes the scoring profile once per advert, with the exemplar vectors dequantized on first use', () => {
    const topic = randomUnit(212);
    const exemplars = Array.from({ length: 5 }, (_, i) => ({ text: `case ${i}`, vector: near(topic, 400 + i, 0.8) }));
    const advert = buildAdvertProfile({ text: 'A legal expert', vector: topic }, exemplars);
    const profile = profileFromAdvert('law', advert);
    expect(profileFromAdvert('law', advert)).toBe(profile);
    expect(profile.exemplars).toEqual(advert.exemplars.map(dequantizeInt8));
    expect(profile.exemplars).toBe(profile.exemplars);
    expect({ ...profile }.exemplars).toHaveLength(5);
    const renamed = profileFromAdvert('tort', advert);
    expect(renamed.id).toBe('tort');
    expect(renamed.description).toEqual(profile.description);
  });
});

describe('routing index', () => {
  it('centres on the mean of each profile\'s mean vector', () => {
    const a: ExpertProfile = { id: 'a', description: normalize([1, 0, 0]), centroids: [normalize([1, 0, 0])] };
    const b: ExpertProfile = { id: 'b', description: normalize([0, 1, 0]), centroids: [], exemplars: [normalize([0, 1, 0]), normalize([0, 1, 0])] };
    expect([...meanProfileVector([a, b])!]).toEqual([0.5, 0.5, 0]);
    expect(meanProfileVector([{ id: 'none', centroids: [] }])).toBeUndefined();
    expect([...centerVector([1, 1, 0], [0.5, 0.5, 0])].map((x) => Math.round(x * 1e6) / 1e6)).toEqual([0.707107, 0.707107, 0]);
  });

  it('separates experts that share a common direction once centred, and matches scoreExperts without centring', () => {
    const common = randomUnit(400);
    const mix = (seed: number): Float32Array => normalize(common.map((x, i) => 3 * x + randomUnit(seed)[i]!));
    const bio = mix(401);
    const law = mix(402);
    const experts: ExpertProfile[] = [
      { id: 'bio', description: bio, centroids: [bio], exemplars: [bio], terms: hashTerms(termCounts(['cell gene']), 16) },
      { id: 'law', description: law, centroids: [law], exemplars: [law], terms: hashTerms(termCounts(['court tort']), 16) },
    ];
    const query = { vector: normalize(bio.map((x, i) => x + 0.4 * law[i]!)), terms: hashedTermCounts('which cell?') };
    const centred = scorePrompt(buildRoutingIndex(experts, { center: true }), query);
    expect(centred[0]!.id).toBe('bio');
    const raw = scorePrompt(buildRoutingIndex(experts), query);
    expect(buildRoutingIndex(experts).mean).toBeUndefined();
    expect(centred[0]!.embedding - centred[1]!.embedding).toBeGreaterThan(raw[0]!.embedding - raw[1]!.embedding);
    const direct = scoreExperts(query, experts);
    raw.forEach((r, i) => expect(r.score).toBeCloseTo(direct[i]!.score, 10));
    expect(raw[0]!.lexical).toBeGreaterThan(0);
  });
});
