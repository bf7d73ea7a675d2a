/** The adverts record holders keep for lookups (network/band-lookup/record-adverts.ts) and the advert-batch messages. */
import { generateKeyPair } from '@libp2p/crypto/keys';
import type { PrivateKey } from '@libp2p/interface';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { describe, expect, it } from 'vitest';
import type { ExpertAdvert } from '../src/core/directory/expert-advert.js';
import { encodeSignedAdvert } from '../src/network/adverts/advert-codec.js';
import {
  decodeAdvertBatchRequest,
  decodeAdvertBatchResponse,
  decodeProvideRequest,
  encodeAdvertBatchRequest,
  encodeAdvertBatchResponse,
  encodeProvideRequest,
  MAX_ADVERT_BATCH_PEERS,
} from '../src/network/band-lookup/band-wire.js';
import { RecordAdverts } from '../src/network/band-lookup/record-adverts.js';
import { bandProviderKey } from '../src/network/dht-keys.js';
import { AdvertBatchRequest, AdvertBatchResponse, ProvideRequest } from '../src/protocol/proto.js';

const NOW = 1_000_000;

async function signedAdvert(key: PrivateKey, fields: { sequence: number; expiresAtMs?: number; name?: string; description?: string }): Promise<Uint8Array> {
  const advert: ExpertAdvert = {
    peerId: peerIdFromPrivateKey(key).toString(),
    name: fields.name ?? 'expert',
    description: fields.description ?? 'answers questions',
    modelSha256: 'ab'.repeat(32),
    modelName: 'stories260K',
    contextSize: 512,
    activeGenerations: 0,
    queueDepth: 0,
    softwareVersion: 'test',
    timestampMs: NOW,
    expiresAtMs: fields.expiresAtMs ?? NOW + 300_000,
    addresses: [],
    sequence: fields.sequence,
  };
  return encodeSignedAdvert(key, advert);
}

describe('RecordAdverts', () => {
  it('keeps the newest advert of each provider until it expires', async () => {
    let now = NOW;
    const store = new RecordAdverts({ now: () => now });
    const key = await generateKeyPair('Ed25519');
    const provider = peerIdFromPrivateKey(key).toString();
    const first = await signedAdvert(key, { sequence: 1 });
    const second = await signedAdvert(key, { sequence: 2, expiresAtMs: NOW + 10_000 });
    expect(await store.put(provider, first)).toBe('stored');
    expect(await store.put(provider, second)).toBe('stored');
    expect(await store.put(provider, first)).toBe('stale');
    expect(store.get(provider)).toEqual(second);
    now = NOW + 10_000;
    expect(store.get(provider)).toBeUndefined();
    expect(store.size).toBe(0);
    expect(await store.put(provider, await signedAdvert(key, { sequence: 3, expiresAtMs: NOW }))).toBe('expired');
  });

  it("refuses an advert that is not the provider's own or whose signature does not hold", async () => {
    const store = new RecordAdverts({ now: () => NOW });
    const [key, other] = await Promise.all([generateKeyPair('Ed25519'), generateKeyPair('Ed25519')]);
    const provider = peerIdFromPrivateKey(key).toString();
    await expect(store.put(provider, await signedAdvert(other, { sequence: 1 }))).rejects.toThrow(/left the advert of/);
    const tampered = await signedAdvert(key, { sequence: 1, name: 'honest' });
    const at = Buffer.from(tampered).indexOf('honest');
    tampered.set(Buffer.from('forged'), at);
    await expect(store.put(provider, tampered)).rejects.toThrow(/bad signature/);
    await expect(store.put(provider, Uint8Array.from([1, 2, 3]))).rejects.toThrow(/malformed advert/);
    expect(store.size).toBe(0);
  });

  it('stays within its byte bound, forgetting the least recently provided first', async () => {
    const keys = await Promise.all([0, 1, 2].map(() => generateKeyPair('Ed25519')));
    const adverts = await Promise.all(keys.map((key) => signedAdvert(key, { sequence: 1, description: 'x'.repeat(400) })));
    const store = new RecordAdverts({ now: () => NOW, maxBytes: adverts[0]!.length * 2 + 10 });
    const ids = keys.map((key) => peerIdFromPrivateKey(key).toString());
    for (const [index, id] of ids.entries()) await store.put(id, adverts[index]!);
    expect(store.size).toBe(2);
    expect(store.get(ids[0]!)).toBeUndefined();
    expect(store.get(ids[2]!)).toEqual(adverts[2]);
  });
});

describe('advert-batch and provide messages', async () => {
  const key = await bandProviderKey('public', 'lsh/space/0/3');

  it('round-trip, the provide with the advert it carries', async () => {
    const peers = await Promise.all([0, 1].map(async () => peerIdFromPrivateKey(await generateKeyPair('Ed25519'))));
    expect(decodeAdvertBatchRequest(encodeAdvertBatchRequest(peers)).map(String)).toEqual(peers.map(String));
    const adverts = [Uint8Array.from([1, 2]), Uint8Array.from([3])];
    expect(decodeAdvertBatchResponse(encodeAdvertBatchResponse(adverts), 2).map((advert) => [...advert])).toEqual([[1, 2], [3]]);
    const provide = decodeProvideRequest(encodeProvideRequest({ keys: [key], multiaddrs: [], advert: Uint8Array.from([7, 7]) }));
    expect([...provide.advert!]).toEqual([7, 7]);
    expect(decodeProvideRequest(encodeProvideRequest({ keys: [key], multiaddrs: [], advert: null })).advert).toBeNull();
    // No key with an advert: a refresh of the advert; no key and no advert: nothing to do, refused.
    expect(decodeProvideRequest(encodeProvideRequest({ keys: [], multiaddrs: [], advert: Uint8Array.from([1]) })).keys).toEqual([]);
    expect(() => decodeProvideRequest(encodeProvideRequest({ keys: [], multiaddrs: [], advert: null }))).toThrow(/names no key/);
  });

  it('names what is wrong with a bad one', () => {
    expect(() => decodeAdvertBatchRequest(Uint8Array.from([0xff, 0xff]))).toThrow(/not a valid AdvertBatchRequest/);
    expect(() => decodeAdvertBatchRequest(AdvertBatchRequest.encode({ peers: [] }).finish())).toThrow(/names no peer/);
    expect(() => decodeAdvertBatchRequest(AdvertBatchRequest.encode({ peers: [Uint8Array.from([9, 9])] }).finish())).toThrow(/peer 0 is not a peer ID/);
    const tooMany = AdvertBatchRequest.encode({ peers: Array.from({ length: MAX_ADVERT_BATCH_PEERS + 1 }, () => Uint8Array.from([0, 1, 0])) }).finish();
    expect(() => decodeAdvertBatchRequest(tooMany)).toThrow(/65 peers \(at most 64\)/);
    const extra = AdvertBatchResponse.encode({ adverts: [Uint8Array.from([1]), Uint8Array.from([2])] }).finish();
    expect(() => decodeAdvertBatchResponse(extra, 1)).toThrow(/2 adverts for 1 peers/);
    const huge = ProvideRequest.encode({ keys: [key.bytes], advert: new Uint8Array(70 * 1024) }).finish();
    expect(() => decodeProvideRequest(huge)).toThrow(/advert of 71680 bytes \(at most 65536\)/);
  });
});
