import type { AdvertProfile } from '../routing/profile.js';

/** What a node tells the swarm about the expert it serves. Signed by the node's key on the wire. */
export interface ExpertAdvert {
  peerId: string;
  name: string;
  description: string;
  modelSha256: string;
  modelName: string;
  contextSize: number;
  activeGenerations: number;
  queueDepth: number;
  softwareVersion: string;
  timestampMs: number;
  expiresAtMs: number;
  addresses: string[];
  /** Increases with each advert of the same node; a lower one is an old message arriving late. */
  sequence: number;
  /** What routing matches prompts against; absent when the node advertises no capability profile. */
  routing?: RoutingProfile;
}

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
export type AdvertSource = 'gossip' | 'direct' | 'dht';
