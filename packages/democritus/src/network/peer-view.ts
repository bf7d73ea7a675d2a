import type { AdvertView, Peer as PeerView } from '@democritus/sdk';
import type { Libp2p } from '@libp2p/interface';
import { peerIdFromString } from '@libp2p/peer-id';
import type { ExpertAdvert } from '../core/directory/expert-advert.js';
import type { PeerDirectory } from '../core/directory/peer-directory.js';

/** An advert (`AdvertView`, its routing profile as a `RoutingSummary`) and a peer (`PeerView`) as the API shows them. */
export type { AdvertView, Peer as PeerView, RoutingSummary } from '@democritus/sdk';

export function advertView(advert: ExpertAdvert): AdvertView {
  const { routing, ...rest } = advert;
  return {
    ...rest,
    routing:
      routing === undefined
        ? null
        : {
            spaceId: routing.spaceId,
            dimensions: routing.dimensions,
            hasDescriptionVector: routing.profile.description !== undefined,
            exemplars: routing.profile.exemplars.length,
            signatures: routing.signatures,
            terms: routing.profile.terms.length,
          },
  };
}

export function transportOf(remoteAddr: string): string {
  if (remoteAddr.includes('/p2p-circuit')) return 'relay';
  if (remoteAddr.includes('/quic')) return 'quic';
  if (remoteAddr.includes('/tcp/')) return 'tcp';
  if (remoteAddr.includes('/memory/')) return 'memory';
  return 'other';
}

/** Every peer the directory has an advert of or the node a connection to, with what is known of it. */
export async function peerViews(
  libp2p: Pick<Libp2p, 'getConnections' | 'peerStore'>,
  directory: PeerDirectory,
  latencies: ReadonlyMap<string, number>,
): Promise<PeerView[]> {
  const now = Date.now();
  const connections = libp2p.getConnections();
  const ids = new Set<string>([...directory.list(now).map((entry) => entry.advert.peerId), ...connections.map((c) => c.remotePeer.toString())]);
  const views: PeerView[] = [];
  for (const id of ids) {
    const entry = directory.get(id, now);
    const peerConnections = connections.filter((c) => c.remotePeer.toString() === id);
    const stored = await libp2p.peerStore.get(peerIdFromString(id)).catch(() => null);
    views.push({
      peerId: id,
      name: entry?.advert.name ?? null,
      connected: peerConnections.length > 0,
      reachable: peerConnections.length > 0 || directory.isReachable(id),
      addresses: entry?.advert.addresses ?? stored?.addresses.map((a) => a.multiaddr.toString()) ?? [],
      transports: [...new Set(peerConnections.map((c) => transportOf(c.remoteAddr.toString())))],
      latencyMs: latencies.get(id) ?? null,
      model: entry ? { name: entry.advert.modelName, sha256: entry.advert.modelSha256 } : null,
      description: entry?.advert.description ?? null,
      advertAgeMs: entry ? now - entry.advert.timestampMs : null,
      advertSource: entry?.source ?? null,
      protocols: stored?.protocols ?? [],
      advert: entry ? advertView(entry.advert) : null,
    });
  }
  return views;
}
