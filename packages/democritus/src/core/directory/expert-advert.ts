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
}

/** How this node learnt an advert. */
export type AdvertSource = 'gossip' | 'direct' | 'dht';
