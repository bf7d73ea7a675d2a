/**
 * The swarm's protocol names and gossip topic, one place for all of them: `/democritus/<swarm-id>/<name>/<version>`.
 * The swarm ID keeps swarms apart (see swarm-identity.ts).
 */
export interface SwarmProtocols {
  swarmId: string;
  infer: string;
  advert: string;
  kad: string;
  bandLookup: string;
  bandProvide: string;
  advertBatch: string;
  advertTopic: string;
}

export function swarmProtocols(swarmId: string): SwarmProtocols {
  const prefix = `/democritus/${swarmId}`;
  return {
    swarmId,
    infer: `${prefix}/infer/1.0.0`,
    advert: `${prefix}/advert/1.0.0`,
    kad: `${prefix}/kad/1.0.0`,
    bandLookup: `${prefix}/band-lookup/1.0.0`,
    bandProvide: `${prefix}/band-provide/1.0.0`,
    advertBatch: `${prefix}/advert-batch/1.0.0`,
    advertTopic: `${prefix}/adverts/1.0.0`,
  };
}
