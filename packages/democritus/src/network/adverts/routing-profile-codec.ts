import type { RoutingProfile } from '../../core/directory/expert-advert.js';
import type { AdvertProfile } from '../../core/routing/profile.js';
import type { Int8Vector } from '../../core/routing/quantize.js';
import type { democritus } from '../../protocol/generated/democritus-proto.js';

type RoutingProfileMessage = democritus.v1.RoutingProfile.$Properties;
type QuantizedVectorMessage = democritus.v1.QuantizedVector.$Properties;

/** Bounds a decoder enforces on what a peer sends. */
export const MAX_PROFILE_DIMENSIONS = 4096;
export const MAX_PROFILE_EXEMPLARS = 64;
export const MAX_PROFILE_TERMS = 4096;
const SIGNATURE_HEX = /^[0-9a-f]{16}$/;

function encodeVector(v: Int8Vector): QuantizedVectorMessage {
  return { scale: v.scale, values: new Uint8Array(v.values.buffer, v.values.byteOffset, v.values.byteLength) };
}

export function encodeRoutingProfile(routing: RoutingProfile): RoutingProfileMessage {
  const { profile } = routing;
  return {
    spaceId: routing.spaceId,
    dimensions: routing.dimensions,
    description: profile.description === undefined ? null : encodeVector(profile.description),
    centroid: profile.centroid === undefined ? null : encodeVector(profile.centroid),
    exemplars: profile.exemplars.map(encodeVector),
    signatures: routing.signatures,
    termIds: profile.terms.map(([id]) => id),
    termCounts: profile.terms.map(([, count]) => count),
  };
}

/** Checks and decodes a profile from the wire; returns the problem as a string when it is malformed. */
export function decodeRoutingProfile(message: RoutingProfileMessage): RoutingProfile | string {
  const dimensions = message.dimensions ?? 0;
  const spaceId = message.spaceId ?? '';
  if (spaceId.length === 0 || spaceId.length > 128) return 'routing profile has no valid embedding space id';
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > MAX_PROFILE_DIMENSIONS) {
    return `routing profile has ${dimensions} dimensions (1..${MAX_PROFILE_DIMENSIONS} allowed)`;
  }
  const exemplarMessages = message.exemplars ?? [];
  if (exemplarMessages.length > MAX_PROFILE_EXEMPLARS) return `routing profile has ${exemplarMessages.length} exemplars (at most ${MAX_PROFILE_EXEMPLARS})`;
  const vector = (q: QuantizedVectorMessage, what: string): Int8Vector | string => {
    const bytes = q.values ?? new Uint8Array(0);
    const scale = q.scale ?? 0;
    if (bytes.length !== dimensions) return `routing profile ${what} has ${bytes.length} components, expected ${dimensions}`;
    if (!Number.isFinite(scale) || scale <= 0) return `routing profile ${what} has an invalid scale`;
    return { scale, values: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  };
  const optional = (q: QuantizedVectorMessage | null | undefined, what: string): Int8Vector | undefined | string =>
    q == null ? undefined : vector(q, what);
  const description = optional(message.description, 'description vector');
  if (typeof description === 'string') return description;
  const centroid = optional(message.centroid, 'centroid');
  if (typeof centroid === 'string') return centroid;
  const exemplars: Int8Vector[] = [];
  for (const [index, q] of exemplarMessages.entries()) {
    const decoded = vector(q, `exemplar ${index}`);
    if (typeof decoded === 'string') return decoded;
    exemplars.push(decoded);
  }
  const signatures = message.signatures ?? [];
  const vectors = exemplars.length + (description === undefined ? 0 : 1) + (centroid === undefined ? 0 : 1);
  if (signatures.length !== vectors) return `routing profile has ${signatures.length} LSH signatures for ${vectors} vectors`;
  if (!signatures.every((s) => SIGNATURE_HEX.test(s))) return 'routing profile has an LSH signature that is not 16 hex digits';
  const ids = message.termIds ?? [];
  const counts = message.termCounts ?? [];
  if (ids.length !== counts.length || ids.length > MAX_PROFILE_TERMS) return 'routing profile has a malformed lexical profile';
  const terms: [number, number][] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const count = counts[i]!;
    if (id > 0xffff || count < 1 || count > 255) return 'routing profile has a term id or count out of range';
    terms.push([id, count]);
  }
  const profile: AdvertProfile = {
    ...(description === undefined ? {} : { description }),
    ...(centroid === undefined ? {} : { centroid }),
    exemplars,
    terms,
  };
  return { spaceId, dimensions, profile, signatures };
}
