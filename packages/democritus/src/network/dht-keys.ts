import { CID } from 'multiformats/cid';
import * as raw from 'multiformats/codecs/raw';
import { sha256 } from 'multiformats/hashes/sha2';

/**
 * Content IDs under which experts publish Kademlia provider records. A provider record can hold many peers per key
 * (a DHT `put` keeps one value per key), which is what a directory of experts needs.
 */
export async function providerKey(swarmId: string, name: string): Promise<CID> {
  const digest = await sha256.digest(new TextEncoder().encode(`democritus/${swarmId}/${name}`));
  return CID.createV1(raw.code, digest);
}

/** Every expert of the swarm provides this key; the routing layer adds keys per LSH band. */
export function allExpertsKey(swarmId: string): Promise<CID> {
  return providerKey(swarmId, 'experts');
}

/** The provider key of one LSH band value in one embedding space (see core/routing/lsh.ts `bandKeyString`). */
export function bandProviderKey(swarmId: string, bandKey: string): Promise<CID> {
  return providerKey(swarmId, bandKey);
}
