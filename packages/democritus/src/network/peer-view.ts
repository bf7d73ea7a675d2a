import type { ExpertAdvert } from '../core/directory/expert-advert.js';
import type { DirectoryEntry } from '../core/directory/peer-directory.js';

/** An advert's routing profile as the API shows it: what it holds, without the vectors. */
export interface RoutingSummary {
  spaceId: string;
  dimensions: number;
  hasDescriptionVector: boolean;
  exemplars: number;
  signatures: string[];
  terms: number;
}

/** An advert as the API shows it. */
export type AdvertView = Omit<ExpertAdvert, 'routing'> & { routing: RoutingSummary | null };

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

/** One row of the peer directory as the control API and `democritus peers list` show it. */
export interface PeerView {
  peerId: string;
  name: string | null;
  connected: boolean;
  /**
   * False from the moment the peer's connections closed or a dial to it failed until it connects again or sends a newer
   * advert: routing leaves it out meanwhile.
   */
  reachable: boolean;
  addresses: string[];
  /** Transports of the open connections: tcp, quic, relay. */
  transports: string[];
  latencyMs: number | null;
  model: { name: string; sha256: string } | null;
  description: string | null;
  advertAgeMs: number | null;
  advertSource: DirectoryEntry['source'] | null;
  protocols: string[];
  advert: AdvertView | null;
}

export function transportOf(remoteAddr: string): string {
  if (remoteAddr.includes('/p2p-circuit')) return 'relay';
  if (remoteAddr.includes('/quic')) return 'quic';
  if (remoteAddr.includes('/tcp/')) return 'tcp';
  if (remoteAddr.includes('/memory/')) return 'memory';
  return 'other';
}
