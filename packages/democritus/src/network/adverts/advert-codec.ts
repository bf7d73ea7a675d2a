import type { PeerId, PrivateKey } from '@libp2p/interface';
import { peerIdFromMultihash, peerIdFromString } from '@libp2p/peer-id';
import * as Digest from 'multiformats/hashes/digest';
import type { ExpertAdvert } from '../../core/directory/expert-advert.js';
import { DemocritusError } from '../../errors.js';
import { ExpertAdvert as ExpertAdvertMessage, Signed, uint64ToNumber } from '../../protocol/proto.js';
import { publicKeyOfPeer, signPayload, verifyPayload } from '../../protocol/signing.js';
import { decodeRoutingProfile, encodeRoutingProfile } from './routing-profile-codec.js';

const NO_CONTEXT = new Uint8Array(0);
/** Adverts ride on gossip messages: keep them small (a full routing profile of 17 int8 vectors is about 10 KiB). */
export const MAX_ADVERT_BYTES = 64 * 1024;

export class AdvertError extends DemocritusError {
  constructor(message: string) {
    super('bad_request', message);
  }
}

export async function encodeSignedAdvert(privateKey: PrivateKey, advert: ExpertAdvert): Promise<Uint8Array> {
  const payload = ExpertAdvertMessage.encode({
    peerId: peerIdFromString(advert.peerId).toMultihash().bytes,
    name: advert.name,
    description: advert.description,
    modelSha256: advert.modelSha256,
    modelName: advert.modelName,
    contextSize: advert.contextSize,
    activeGenerations: advert.activeGenerations,
    queueDepth: advert.queueDepth,
    softwareVersion: advert.softwareVersion,
    timestampMs: advert.timestampMs,
    expiresAtMs: advert.expiresAtMs,
    addresses: advert.addresses,
    sequence: advert.sequence,
    routing: advert.routing === undefined ? null : encodeRoutingProfile(advert.routing),
  }).finish();
  const signature = await signPayload(privateKey, 'expert-advert', NO_CONTEXT, payload);
  return Signed.encode({ payload, signature }).finish();
}

/** Decodes a signed advert and checks its signature against the advertising peer's own key. */
export async function decodeVerifiedAdvert(bytes: Uint8Array): Promise<ExpertAdvert> {
  if (bytes.length > MAX_ADVERT_BYTES) throw new AdvertError(`advert of ${bytes.length} bytes exceeds ${MAX_ADVERT_BYTES}`);
  let advert: ExpertAdvertMessage;
  let signed: Signed;
  try {
    signed = Signed.decode(bytes);
    advert = ExpertAdvertMessage.decode(signed.payload);
  } catch (error) {
    throw new AdvertError(`malformed advert: ${String(error)}`);
  }
  let signer: PeerId;
  try {
    signer = peerIdFromMultihash(Digest.decode(advert.peerId));
  } catch {
    throw new AdvertError('malformed advert: invalid peer id');
  }
  const peerId = signer.toString();
  const verified = await verifyPayload(publicKeyOfPeer(signer), 'expert-advert', NO_CONTEXT, signed.payload, signed.signature, { offThread: true });
  if (!verified) throw new AdvertError(`bad signature on the advert of ${peerId}`);
  const routing = advert.routing == null ? undefined : decodeRoutingProfile(advert.routing);
  if (typeof routing === 'string') throw new AdvertError(`malformed advert of ${peerId}: ${routing}`);
  return {
    peerId,
    ...(routing === undefined ? {} : { routing }),
    name: advert.name,
    description: advert.description,
    modelSha256: advert.modelSha256,
    modelName: advert.modelName,
    contextSize: advert.contextSize,
    activeGenerations: advert.activeGenerations,
    queueDepth: advert.queueDepth,
    softwareVersion: advert.softwareVersion,
    timestampMs: uint64ToNumber(advert.timestampMs),
    expiresAtMs: uint64ToNumber(advert.expiresAtMs),
    addresses: advert.addresses,
    sequence: uint64ToNumber(advert.sequence),
  };
}
