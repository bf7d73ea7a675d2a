import type { DirectoryEntry } from '../core/directory/peer-directory.js';

/** One row of the peer directory as the control API and `democritus peers list` show it. */
export interface PeerView {
  peerId: string;
  name: string | null;
  connected: boolean;
  addresses: string[];
  /** Transports of the open connections: tcp, quic, relay. */
  transports: string[];
  latencyMs: number | null;
  model: { name: string; sha256: string } | null;
  description: string | null;
  advertAgeMs: number | null;
  advertSource: DirectoryEntry['source'] | null;
  protocols: string[];
  advert: DirectoryEntry['advert'] | null;
}

export function transportOf(remoteAddr: string): string {
  if (remoteAddr.includes('/p2p-circuit')) return 'relay';
  if (remoteAddr.includes('/quic')) return 'quic';
  if (remoteAddr.includes('/tcp/')) return 'tcp';
  if (remoteAddr.includes('/memory/')) return 'memory';
  return 'other';
}
