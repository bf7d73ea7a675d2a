/**
 * int8 quantisation of unit vectors for adverts: each component rounded to round(x / scale) in [-127, 127] with one
 * float32 scale per vector (max |x| / 127). A 512-dim vector costs 516 bytes instead of 2048, and cosines move by
 * ~1e-3, far below the gaps between experts, so routing accuracy is unchanged (the benchmark scores dequantised vectors).
 */

export interface Int8Vector {
  /** Multiply each value by this to get the original component back (0 for a zero vector). */
  readonly scale: number;
  readonly values: Int8Array;
}

export function quantizeInt8(vector: ArrayLike<number>): Int8Vector {
  let max = 0;
  for (let i = 0; i < vector.length; i++) max = Math.max(max, Math.abs(vector[i]!));
  const scale = Math.fround(max / 127);
  const values = new Int8Array(vector.length);
  if (scale > 0) for (let i = 0; i < vector.length; i++) values[i] = Math.max(-127, Math.min(127, Math.round(vector[i]! / scale)));
  return { scale, values };
}

/** The L2-normalised float vector of a quantised one (quantisation error removed from the length). */
export function dequantizeInt8(vector: Int8Vector): Float32Array {
  const out = new Float32Array(vector.values.length);
  let norm = 0;
  for (let i = 0; i < out.length; i++) {
    out[i] = vector.values[i]! * vector.scale;
    norm += out[i]! * out[i]!;
  }
  if (norm > 0) {
    const inverse = 1 / Math.sqrt(norm);
    for (let i = 0; i < out.length; i++) out[i]! *= inverse;
  }
  return out;
}

/** Bytes of an int8 vector on the wire: the values plus its float32 scale. */
export const int8VectorBytes = (dimensions: number): number => dimensions + 4;

/** Names used by the advert codec (network/adverts/routing-profile-codec.ts). */
export type QuantizedVector = Int8Vector;
export const quantize = quantizeInt8;
export const dequantize = dequantizeInt8;
