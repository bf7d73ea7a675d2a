/**
 * The LSH side of an advert's routing profile, pure: the hyperplanes of an embedding space (derived from its id, so
 * every node has the same ones), and the 64-bit signature of each advertised vector.
 */
import type { RoutingProfile } from '../directory/expert-advert.js';
import { createHyperplanes, signature, signatureHex, type LshHyperplanes } from './lsh.js';
import { advertVectors, type AdvertProfile } from './profile.js';

const hyperplaneCache = new Map<string, LshHyperplanes>();

/** The hyperplanes of a space, computed once per space and dimension count. */
export function hyperplanesFor(spaceId: string, dimensions: number): LshHyperplanes {
  const key = `${spaceId}/${dimensions}`;
  let planes = hyperplaneCache.get(key);
  if (planes === undefined) hyperplaneCache.set(key, (planes = createHyperplanes(spaceId, dimensions)));
  return planes;
}

/** An advert's routing profile: the matching profile plus the signature of each of its vectors (advertVectors order). */
export function routingProfile(spaceId: string, dimensions: number, profile: AdvertProfile): RoutingProfile {
  const planes = hyperplanesFor(spaceId, dimensions);
  return { spaceId, dimensions, profile, signatures: advertVectors(profile).map((v) => signatureHex(signature(planes, v))) };
}

/** The signatures of a profile as bigints. */
export function profileSignatures(profile: RoutingProfile): bigint[] {
  return profile.signatures.map((hex) => BigInt(`0x${hex}`));
}
