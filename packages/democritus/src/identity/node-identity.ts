import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import type { PrivateKey, PeerId } from '@libp2p/interface';
import { chmod, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../state/state-dir.js';

export const IDENTITY_FILE = 'identity.key';

export interface NodeIdentity {
  privateKey: PrivateKey;
  peerId: PeerId;
  /** Whether the key was created by this call (first start). */
  created: boolean;
}

/**
 * Loads the node's Ed25519 key from `state_dir/identity.key` (libp2p protobuf encoding), creating it on first start.
 * The key is the node's identity: its libp2p peer ID and the key behind every signature it makes.
 */
export async function loadOrCreateIdentity(stateDir: string): Promise<NodeIdentity> {
  const path = join(stateDir, IDENTITY_FILE);
  const existing = await readKeyFile(path);
  if (existing !== null) {
    if (((await stat(path)).mode & 0o077) !== 0) await chmod(path, 0o600);
    const privateKey = decodeKey(existing, path);
    return { privateKey, peerId: peerIdFromPrivateKey(privateKey), created: false };
  }
  const privateKey = await generateKeyPair('Ed25519');
  await writeFileAtomic(path, privateKeyToProtobuf(privateKey), 0o600);
  return { privateKey, peerId: peerIdFromPrivateKey(privateKey), created: true };
}

async function readKeyFile(path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function decodeKey(bytes: Uint8Array, path: string): PrivateKey {
  let key: PrivateKey;
  try {
    key = privateKeyFromProtobuf(bytes);
  } catch (error) {
    throw new Error(`${path}: not a valid libp2p private key (${String(error)}); move it away to create a new identity`, { cause: error });
  }
  if (key.type !== 'Ed25519') throw new Error(`${path}: expected an Ed25519 key, found ${key.type}`);
  return key;
}
