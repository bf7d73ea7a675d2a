import { hkdfSync } from 'node:crypto';

export const PUBLIC_SWARM_ID = 'public';

/**
 * The swarm ID salts every protocol name, gossip topic and the DHT protocol, so nodes of different swarms never
 * exchange application data. A private swarm's ID is derived from its key (HKDF) and reveals nothing about it.
 */
export function swarmIdFor(privateSwarmKeyHex: string | undefined): string {
  if (privateSwarmKeyHex === undefined) return PUBLIC_SWARM_ID;
  return derive(privateSwarmKeyHex, 'swarm-id', 16).toString('hex');
}

/**
 * The pre-shared key for libp2p's connection protector (@libp2p/pnet), in the swarm-key file format it expects.
 * Derived separately from the swarm ID, which is public.
 */
export function pnetSwarmKey(privateSwarmKeyHex: string): Uint8Array {
  const psk = derive(privateSwarmKeyHex, 'pnet-psk', 32).toString('hex');
  return new TextEncoder().encode(`/key/swarm/psk/1.0.0/\n/base16/\n${psk}`);
}

function derive(keyHex: string, purpose: string, length: number): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(keyHex, 'hex'), 'democritus', `democritus/v1/${purpose}`, length));
}
