/**
 * Random-hyperplane LSH (SimHash) for routing, pure.
 *
 * Every node derives the same 64 Gaussian hyperplanes from the embedding space id, so a vector hashes to the same
 * 64-bit signature everywhere. The signature is cut into bands; each (band, value) pair is a key that an expert
 * provides in the DHT for each of its advert vectors. A lookup queries the prompt's own band keys and then multi-probe
 * neighbours: band values with the least certain bits flipped (bits whose projection lies closest to the hyperplane),
 * ordered globally by the summed |projection| of the flipped bits, cheapest first.
 */
import { seededRandom } from '../sampling/prng.js';

export const LSH_BITS = 64;

export interface BandLayout {
  readonly bands: number;
  readonly bitsPerBand: number;
}

/**
 * 16 bands of 4 bits: 16 values per band. Sentence embeddings of prompts crowd together, so wide bands rarely match
 * exactly: with 50 experts and USE-lite, a prompt's own 16 band keys already find the exhaustive best expert for 99% of
 * MMLU prompts (8 x 8 bits needs about 128 multi-probe keys for 97%), which keeps a DHT lookup to a handful of queries.
 */
export const DEFAULT_BAND_LAYOUT: BandLayout = { bands: 16, bitsPerBand: 4 };

export interface LshHyperplanes {
  readonly spaceId: string;
  readonly dimensions: number;
  readonly bits: number;
  /** Row-major, `bits` rows of `dimensions` values. */
  readonly normals: Float32Array;
}

/** One band key: `value` is the band's bits, most significant bit = the band's first hyperplane. */
export interface BandKey {
  readonly band: number;
  readonly value: number;
}

export interface LshProbe extends BandKey {
  /** Sum of |projection| over the flipped bits: 0 for the prompt's own band value. */
  readonly cost: number;
  /** Number of flipped bits. */
  readonly flips: number;
}

/**
 * 32-bit seed from an embedding space id: the first 8 hex digits when the id is hex (a sha256 in practice), else an
 * FNV-1a hash of the id's UTF-16 code units.
 */
export function seedFromSpaceId(spaceId: string): number {
  if (/^[0-9a-f]{8}/i.test(spaceId)) return Number.parseInt(spaceId.slice(0, 8), 16) >>> 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < spaceId.length; i++) {
    hash ^= spaceId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The `bits` hyperplane normals of a space: standard Gaussian entries (Box-Muller over the seeded xoshiro128**). */
export function createHyperplanes(spaceId: string, dimensions: number, bits: number = LSH_BITS): LshHyperplanes {
  if (!Number.isInteger(dimensions) || dimensions <= 0) throw new RangeError(`dimensions must be a positive integer, got ${dimensions}`);
  if (!Number.isInteger(bits) || bits <= 0 || bits > 64) throw new RangeError(`bits must be an integer in 1..64, got ${bits}`);
  const random = seededRandom(seedFromSpaceId(spaceId));
  const normals = new Float32Array(bits * dimensions);
  for (let i = 0; i < normals.length; i += 2) {
    const u1 = 1 - random(); // (0, 1]: log stays finite
    const u2 = random();
    const radius = Math.sqrt(-2 * Math.log(u1));
    normals[i] = radius * Math.cos(2 * Math.PI * u2);
    if (i + 1 < normals.length) normals[i + 1] = radius * Math.sin(2 * Math.PI * u2);
  }
  return { spaceId, dimensions, bits, normals };
}

/** Signed projections of `vector` on each hyperplane normal (the bit is 1 when the projection is > 0). */
export function project(planes: LshHyperplanes, vector: ArrayLike<number>): Float64Array {
  if (vector.length !== planes.dimensions) {
    throw new RangeError(`vector has ${vector.length} dimensions, the LSH space ${planes.dimensions}`);
  }
  const out = new Float64Array(planes.bits);
  const dims = planes.dimensions;
  for (let b = 0; b < planes.bits; b++) {
    let sum = 0;
    const offset = b * dims;
    for (let d = 0; d < dims; d++) sum += planes.normals[offset + d]! * vector[d]!;
    out[b] = sum;
  }
  return out;
}

/** The signature as a bigint: bit (bits-1-i) is hyperplane i, so hyperplane 0 is the most significant bit. */
export function signatureFromProjections(projections: ArrayLike<number>): bigint {
  let signature = 0n;
  for (let i = 0; i < projections.length; i++) signature = (signature << 1n) | (projections[i]! > 0 ? 1n : 0n);
  return signature;
}

export function signature(planes: LshHyperplanes, vector: ArrayLike<number>): bigint {
  return signatureFromProjections(project(planes, vector));
}

/** 16 lower-case hex digits of a 64-bit signature. */
export function signatureHex(sig: bigint): string {
  return BigInt.asUintN(64, sig).toString(16).padStart(16, '0');
}

export function hammingDistance(a: bigint, b: bigint): number {
  let x = BigInt.asUintN(64, a ^ b);
  let count = 0;
  while (x !== 0n) {
    x &= x - 1n;
    count++;
  }
  return count;
}

function checkLayout(layout: BandLayout, bits: number): void {
  const { bands, bitsPerBand } = layout;
  if (!Number.isInteger(bands) || bands <= 0 || !Number.isInteger(bitsPerBand) || bitsPerBand <= 0 || bitsPerBand > 24) {
    throw new RangeError(`invalid band layout ${bands}x${bitsPerBand}`);
  }
  if (bands * bitsPerBand > bits) throw new RangeError(`band layout ${bands}x${bitsPerBand} needs more than ${bits} bits`);
}

/** The band keys of a signature of `bits` bits (64 unless told): band i holds bits [i*w, (i+1)*w) from the top. */
export function bandKeys(sig: bigint, layout: BandLayout = DEFAULT_BAND_LAYOUT, bits: number = LSH_BITS): BandKey[] {
  checkLayout(layout, bits);
  const mask = (1n << BigInt(layout.bitsPerBand)) - 1n;
  const keys: BandKey[] = [];
  for (let band = 0; band < layout.bands; band++) {
    const shift = BigInt(bits - (band + 1) * layout.bitsPerBand);
    keys.push({ band, value: Number((sig >> shift) & mask) });
  }
  return keys;
}

/** A band key as a string, scoped to its embedding space: `lsh/<spaceId>/<band>/<value hex>`. */
export function bandKeyString(spaceId: string, key: BandKey, layout: BandLayout = DEFAULT_BAND_LAYOUT): string {
  const digits = Math.ceil(layout.bitsPerBand / 4);
  return `lsh/${spaceId}/${key.band}/${key.value.toString(16).padStart(digits, '0')}`;
}

/**
 * Multi-probe sequence for a query's projections: every band's own value (cost 0) first, then neighbours with up to
 * `maxFlips` of the band's least certain bits flipped, all bands merged and sorted by cost (ties: band, then value),
 * cut to `maxProbes`. Only the `candidateBits` least certain bits of each band are considered for flipping.
 */
export function multiProbe(
  projections: ArrayLike<number>,
  options: { layout?: BandLayout; maxProbes: number; maxFlips?: number; candidateBits?: number },
): LshProbe[] {
  const layout = options.layout ?? DEFAULT_BAND_LAYOUT;
  const bits = projections.length;
  checkLayout(layout, bits);
  const maxFlips = options.maxFlips ?? 3;
  const candidateBits = Math.min(options.candidateBits ?? 8, layout.bitsPerBand);
  const probes: LshProbe[] = [];
  for (let band = 0; band < layout.bands; band++) {
    const start = band * layout.bitsPerBand;
    let value = 0;
    const positions: { mask: number; margin: number }[] = [];
    for (let i = 0; i < layout.bitsPerBand; i++) {
      const p = projections[start + i]!;
      value = (value << 1) | (p > 0 ? 1 : 0);
      positions.push({ mask: 1 << (layout.bitsPerBand - 1 - i), margin: Math.abs(p) });
    }
    positions.sort((a, b) => a.margin - b.margin || b.mask - a.mask);
    const flippable = positions.slice(0, candidateBits);
    // Every subset of the flippable bits with at most maxFlips members (at most 2^candidateBits per band).
    const subsets = 1 << flippable.length;
    for (let subset = 0; subset < subsets; subset++) {
      let flips = 0;
      let cost = 0;
      let flipped = value;
      for (let j = 0; j < flippable.length; j++) {
        if ((subset & (1 << j)) === 0) continue;
        flips++;
        cost += flippable[j]!.margin;
        flipped ^= flippable[j]!.mask;
      }
      if (flips <= maxFlips) probes.push({ band, value: flipped >>> 0, cost, flips });
    }
  }
  probes.sort((a, b) => a.cost - b.cost || a.band - b.band || a.value - b.value);
  return probes.slice(0, Math.max(0, options.maxProbes));
}
