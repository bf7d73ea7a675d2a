/**
 * Domain-separated Ed25519 signatures with the node key. The signed message is
 *
 *   "democritus/v1/" <domain> 0x00 <context length, 4 bytes big-endian> <context> <payload>
 *
 * The domain keeps a signature made for one kind of record from verifying as another; the context (the request id
 * for token packets and summaries, empty for adverts) binds a signature to one request, so a packet cannot be
 * replayed into another. The context is length-prefixed so that no (context, payload) pair can pose as another.
 */
import { peerIdFromString } from '@libp2p/peer-id';
import type { PrivateKey, PublicKey } from '@libp2p/interface';
import { concat } from 'uint8arrays/concat';
import { fromString } from 'uint8arrays/from-string';

export type SignatureDomain = 'token-packet' | 'final-summary' | 'expert-advert';

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
  return privateKey.sign(signedMessage(domain, context, payload));
}

export async function verifyPayload(
  publicKey: PublicKey,
  domain: SignatureDomain,
  context: Uint8Array,
  payload: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  try {
    return await publicKey.verify(signedMessage(domain, context, payload), signature);
  } catch {
    // A malformed signature (wrong length) is just a bad signature.
    return false;
  }
}

/** The public key embedded in an Ed25519 peer ID. Nodes sign with Ed25519 keys, so any other peer ID is refused. */
export function publicKeyOfPeer(peerId: string): PublicKey {
  let parsed: ReturnType<typeof peerIdFromString>;
  try {
    parsed = peerIdFromString(peerId);
  } catch (error) {
    throw new Error(`not a valid peer ID: ${JSON.stringify(peerId)}`, { cause: error });
  }
  if (parsed.type !== 'Ed25519') {
    throw new Error(`peer ${peerId} has a ${parsed.type} peer ID: only Ed25519 peer IDs carry the key that signs their records`);
  }
  return parsed.publicKey;
}
