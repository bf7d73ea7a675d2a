import type { AdvertView } from '@democritus/sdk';
import type { AdvertProfile } from '../routing/profile.js';

/**
 * What a node tells the swarm about the expert it serves, signed by the node's key on the wire: the fields the API
 * shows (the SDK's `AdvertView`; `sequence` increases with each advert of the same node, so a lower one is an old
 * message arriving late) and the full routing profile, absent when the node advertises no capability profile.
 */
export type ExpertAdvert = Omit<AdvertView, 'routing'> & { routing?: RoutingProfile };

/** An expert's capability profile in one embedding space. */
export interface RoutingProfile {
  /** Hex hash of the embedding model's files. */
  spaceId: string;
  dimensions: number;
  /** Description, exemplar vectors (int8) and lexical terms (see core/routing/profile.ts). */
  profile: AdvertProfile;
  /** 16-hex-digit 64-bit LSH signature of each vector, in `advertVectors` order. */
  signatures: string[];
}

/** How this node learnt an advert. */
export type { AdvertSource } from '@democritus/sdk';
