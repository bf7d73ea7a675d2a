/**
 * Domain-separated Ed25519 signatures with the node key. The signed message is
 *
 *   "democritus/v1/" <domain> 0x00 <context length, 4 bytes big-endian> <context> <payload>
 *
 * The domain keeps a signature made for one kind of record from verifying as another; the context (the request id
 * for token packets and summaries, empty for adverts) binds a signature to one request, so a packet cannot be
 * replayed into another. The context is length-prefixed so that no (context, payload) pair can pose as another.
 */
import { createPrivateKey, createPublicKey, sign as cryptoSign, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { peerIdFromString } from '@libp2p/peer-id';
import type { PeerId, PrivateKey, PublicKey } from '@libp2p/interface';
import { concat } from 'uint8arrays/concat';
import { fromString } from 'uint8arrays/from-string';

export type SignatureDomain = 'token-packet' | 'final-summary' | 'expert-advert' | 'audit-report';

const PREFIX = 'democritus/v1/';

export function signedMessage(domain: SignatureDomain, context: Uint8Array, payload: Uint8Array): Uint8Array {
  const header = fromString(`${PREFIX}${domain}\0`);
  const contextLength = new Uint8Array(4);
  new DataView(contextLength.buffer).setUint32(0, context.byteLength);
  return concat([header, contextLength, context, payload]);
}

export async function signPayload(
  privateKey: PrivateKey,
  domain: SignatureDomain,
  context: Uint8Array,
  payload: Uint8Array,
): Promise<Uint8Array> {
  const key = privateKeyObject(privateKey);
  const message = signedMessage(domain, context, payload);
  return key === null ? privateKey.sign(message) : new Uint8Array(cryptoSign(null, message, key));
}

/**
 * Checks a signature. `offThread` verifies in libuv's thread pool instead of on the event loop: for records that
 * arrive many at once (a band lookup receives about 40 adverts), where the pool's threads use every core; a lone
 * token packet is checked faster in place.
 */
export async function verifyPayload(
  publicKey: PublicKey,
  domain: SignatureDomain,
  context: Uint8Array,
  payload: Uint8Array,
  signature: Uint8Array,
  options: { offThread?: boolean } = {},
): Promise<boolean> {
  try {
    const key = publicKeyObject(publicKey);
    const message = signedMessage(domain, context, payload);
    if (key === null) return await publicKey.verify(message, signature);
    if (options.offThread !== true) return cryptoVerify(null, message, key, signature);
    return await new Promise<boolean>((resolve) => cryptoVerify(null, message, key, signature, (error, valid) => resolve(error === null && valid)));
  } catch {
    // A malformed signature (wrong length) is just a bad signature.
    return false;
  }
}

/** The public key embedded in an Ed25519 peer ID. Nodes sign with Ed25519 keys, so any other peer ID is refused. */
export function publicKeyOfPeer(peerId: string | PeerId): PublicKey {
  let parsed: PeerId;
  try {
    parsed = typeof peerId === 'string' ? peerIdFromString(peerId) : peerId;
  } catch (error) {
    throw new Error(`not a valid peer ID: ${JSON.stringify(peerId)}`, { cause: error });
  }
  if (parsed.type !== 'Ed25519') {
    throw new Error(`peer ${parsed.toString()} has a ${parsed.type} peer ID: only Ed25519 peer IDs carry the key that signs their records`);
  }
  return parsed.publicKey;
}

// libp2p's Ed25519 keys import their raw bytes into a Node KeyObject (via JWK) on every sign and verify, which costs
// more than the signature itself (a node signs every token packet; a requester verifies every one). The KeyObjects
// are made once here; Ed25519 is deterministic, so the signatures are the same bytes.
const privateKeyObjects = new WeakMap<PrivateKey, KeyObject>();
const publicKeyObjects = new Map<string, KeyObject>();
/** Public keys kept (peers whose packets or adverts were verified lately); the oldest is dropped beyond. */
const MAX_PUBLIC_KEY_OBJECTS = 1024;

function privateKeyObject(privateKey: PrivateKey): KeyObject | null {
  if (privateKey.type !== 'Ed25519' || privateKey.raw.byteLength !== 64) return null;
  let key = privateKeyObjects.get(privateKey);
  if (key === undefined) {
    const raw = Buffer.from(privateKey.raw);
    key = createPrivateKey({
      format: 'jwk',
      key: { kty: 'OKP', crv: 'Ed25519', d: raw.subarray(0, 32).toString('base64url'), x: raw.subarray(32).toString('base64url') },
    });
    privateKeyObjects.set(privateKey, key);
  }
  return key;
}

function publicKeyObject(publicKey: PublicKey): KeyObject | null {
  if (publicKey.type !== 'Ed25519' || publicKey.raw.byteLength !== 32) return null;
  const x = Buffer.from(publicKey.raw).toString('base64url');
  let key = publicKeyObjects.get(x);
  if (key === undefined) {
    key = createPublicKey({ format: 'jwk', key: { kty: 'OKP', crv: 'Ed25519', x } });
    if (publicKeyObjects.size >= MAX_PUBLIC_KEY_OBJECTS) publicKeyObjects.delete(publicKeyObjects.keys().next().value ?? '');
    publicKeyObjects.set(x, key);
  }
  return key;
}
