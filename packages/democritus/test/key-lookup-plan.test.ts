/** The batched Kademlia lookup plan (core/dht/key-lookup-plan.ts) and the band protocols' message checks, pure. */
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { multiaddr } from '@multiformats/multiaddr';
import { describe, expect, it } from 'vitest';
import { compareXorDistance, KeyLookupPlan, type KadPeer } from '../src/core/dht/key-lookup-plan.js';
import { decodeLookupRequest, decodeLookupResponse, decodeProvideRequest, encodeLookupRequest, encodeLookupResponse, MAX_LOOKUP_KEYS } from '../src/network/band-lookup/band-wire.js';
import { bandProviderKey } from '../src/network/dht-keys.js';
import { ProviderLookupRequest, ProviderLookupResponse, ProvideRequest } from '../src/protocol/proto.js';

const id = (...bytes: number[]) => Uint8Array.from(bytes);
const peer = (name: string, ...bytes: number[]): KadPeer => ({ id: name, kadId: id(...bytes) });

describe('XOR distance', () => {
  it('orders by the most significant differing byte', () => {
    const target = id(0b1010, 0);
    expect(compareXorDistance(target, id(0b1011, 255), id(0b1000, 0))).toBe(-1); // 1 < 2 in the first byte
    expect(compareXorDistance(target, id(0b1010, 5), id(0b1010, 3))).toBe(1);
    expect(compareXorDistance(target, id(7, 7), id(7, 7))).toBe(0);
  });
});

describe('KeyLookupPlan', () => {
  const near = peer('near', 0, 1);
  const mid = peer('mid', 0, 8);
  const far = peer('far', 0, 64);
  const farther = peer('farther', 200, 0);

  it('asks the closest `width` peers of each key, one message per peer for all its keys', () => {
    const plan = new KeyLookupPlan([{ id: 'k1', kadId: id(0, 0) }, { id: 'k2', kadId: id(0, 0) }], { width: 2 });
    plan.addPeersForAll([far, near, farther, mid]);
    const round = plan.assign();
    expect(Object.fromEntries(round)).toEqual({ near: ['k1', 'k2'], mid: ['k1', 'k2'] });
    // Nothing more to send until answers arrive.
    expect(plan.assign().size).toBe(0);
    expect(plan.done()).toBe(false);
  });

  it('follows closer peers from answers and is done when the closest known peers have answered', () => {
    const plan = new KeyLookupPlan([{ id: 'k', kadId: id(0, 0) }], { width: 2 });
    plan.addPeersForAll([far, farther]);
    expect([...plan.assign().keys()]).toEqual(['far', 'farther']);
    plan.answered('far', 'k', [near, mid]);
    // near and mid are closer than farther: they must answer before the key is done.
    expect([...plan.assign().keys()].sort()).toEqual(['mid', 'near']);
    plan.answered('farther', 'k', []);
    expect(plan.done()).toBe(false);
    plan.answered('near', 'k', []);
    plan.answered('mid', 'k', []);
    expect(plan.done()).toBe(true);
    expect(plan.closest('k')).toEqual(['near', 'mid']);
  });

  it('replaces a failed peer by the next closest one', () => {
    const plan = new KeyLookupPlan([{ id: 'k', kadId: id(0, 0) }], { width: 1 });
    plan.addPeersForAll([near, mid]);
    expect([...plan.assign().keys()]).toEqual(['near']);
    plan.failed('near', ['k']);
    expect([...plan.assign().keys()]).toEqual(['mid']);
    plan.answered('mid', 'k', []);
    expect(plan.done()).toBe(true);
    expect(plan.closest('k')).toEqual(['mid']);
  });

  it('is done when every known peer failed or answered, and ignores answers it did not ask for', () => {
    const plan = new KeyLookupPlan([{ id: 'k', kadId: id(0, 0) }], { width: 3 });
    plan.addPeersForAll([near]);
    // An answer from a peer it never asked cannot add peers to follow.
    plan.answered('mid', 'k', [far]);
    plan.answered('near', 'unknown-key', [far]);
    expect([...plan.assign().keys()]).toEqual(['near']);
    plan.failed('near', ['k']);
    expect(plan.assign().size).toBe(0);
    expect(plan.done()).toBe(true);
    expect(plan.closest('k')).toEqual([]);
  });
});

describe('KeyLookupPlan with a spread (a lookup: any of the closest peers may answer)', () => {
  // Four keys near 0; peers at increasing distance. `a` is among the 3 closest of k1..k3, `b` of k2..k4.
  const keys = ['k1', 'k2', 'k3', 'k4'].map((name) => ({ id: name, kadId: id(0, 0) }));

  it('covers every key with as few peers as it can, the peer that serves most keys first', () => {
    const plan = new KeyLookupPlan(keys, { width: 1, spread: 3 });
    const [p1, p2, p3, p4] = [peer('p1', 0, 1), peer('p2', 0, 2), peer('p3', 0, 3), peer('p4', 0, 4)];
    // Every key knows the same peers: one message to the closest serves all four keys.
    plan.addPeersForAll([p4, p3, p2, p1]);
    expect(Object.fromEntries(plan.assign())).toEqual({ p1: ['k1', 'k2', 'k3', 'k4'] });
    for (const key of keys) plan.answered('p1', key.id, []);
    expect(plan.done()).toBe(true);
  });

  it('picks peers that serve the most needy keys when the keys know different peers', () => {
    const plan = new KeyLookupPlan(keys, { width: 1, spread: 2 });
    const [a, b, c, d] = [peer('a', 0, 1), peer('b', 0, 2), peer('c', 0, 3), peer('d', 0, 4)];
    plan.addPeers('k1', [a, c]);
    plan.addPeers('k2', [a, b]);
    plan.addPeers('k3', [b, d]);
    plan.addPeers('k4', [b, c]);
    // b serves k2, k3, k4; a is then needed for k1 only. Two messages instead of four.
    expect(Object.fromEntries(plan.assign())).toEqual({ b: ['k2', 'k3', 'k4'], a: ['k1'] });
  });

  it('asks another of the closest peers when one fails, and needs `width` answers per key', () => {
    const plan = new KeyLookupPlan([keys[0]!], { width: 2, spread: 3 });
    plan.addPeersForAll([peer('a', 0, 1), peer('b', 0, 2), peer('c', 0, 3), peer('far', 9, 9)]);
    expect([...plan.assign().keys()].sort()).toEqual(['a', 'b']);
    plan.failed('a', ['k1']);
    // a failed: c (third closest) and then far (now within the 3 closest reachable) may answer.
    expect([...plan.assign().keys()]).toEqual(['c']);
    plan.answered('b', 'k1', []);
    expect(plan.done()).toBe(false);
    plan.answered('c', 'k1', []);
    expect(plan.done()).toBe(true);
  });

  it('follows closer peers an answer names: answers from peers pushed out of the closest no longer count', () => {
    const plan = new KeyLookupPlan([keys[0]!], { width: 1, spread: 2 });
    plan.addPeersForAll([peer('far1', 8, 0), peer('far2', 9, 0)]);
    expect([...plan.assign().keys()]).toEqual(['far1']);
    // far1 knows two peers closer than both: they are the key's closest now, so far1's answer does not finish it.
    plan.answered('far1', 'k1', [peer('near1', 0, 1), peer('near2', 0, 2)]);
    expect(plan.done()).toBe(false);
    expect([...plan.assign().keys()]).toEqual(['near1']);
    plan.answered('near1', 'k1', []);
    expect(plan.done()).toBe(true);
  });
});

describe('KeyLookupPlan settling on the first answer that found records', () => {
  const keys = ['k1', 'k2'].map((name) => ({ id: name, kadId: id(0, 0) }));
  const [a, b, c, d] = [peer('a', 0, 1), peer('b', 0, 2), peer('c', 0, 3), peer('d', 0, 4)];

  it('asks one peer per key at a time, and a key is done at the first answer that found records', () => {
    const plan = new KeyLookupPlan(keys, { width: 2, spread: 3, settleOnFind: true });
    plan.addPeers('k1', [a, b, c]);
    plan.addPeers('k2', [b, c, d]);
    // One peer covers both keys (b is among the 3 closest of each), instead of two peers per key.
    expect(Object.fromEntries(plan.assign())).toEqual({ b: ['k1', 'k2'] });
    expect(plan.assign().size).toBe(0); // nothing more while b's answer is awaited
    plan.answered('b', 'k1', [], true);
    plan.answered('b', 'k2', [], true);
    expect(plan.done()).toBe(true);
  });

  it('asks again after an empty answer, up to `width` answers, and after a failure', () => {
    const plan = new KeyLookupPlan([keys[0]!], { width: 2, spread: 3, settleOnFind: true });
    plan.addPeersForAll([a, b, c]);
    expect([...plan.assign().keys()]).toEqual(['a']);
    plan.answered('a', 'k1', [], false); // a holds nothing (lost its records, or joined after the provide)
    expect(plan.done()).toBe(false);
    expect([...plan.assign().keys()]).toEqual(['b']);
    plan.failed('b', ['k1']);
    expect([...plan.assign().keys()]).toEqual(['c']);
    plan.answered('c', 'k1', [], false);
    // Two empty answers: the key has no providers.
    expect(plan.done()).toBe(true);
  });

  it('keeps the full walk for a provide (no settling without the option)', () => {
    const plan = new KeyLookupPlan([keys[0]!], { width: 2, spread: 3 });
    plan.addPeersForAll([a, b, c]);
    expect([...plan.assign().keys()].sort()).toEqual(['a', 'b']);
    plan.answered('a', 'k1', [], true);
    expect(plan.done()).toBe(false);
  });
});

describe('band protocol messages', async () => {
  const key = await bandProviderKey('public', 'lsh/space/0/3');

  it('round-trips a lookup request and a response with a shared peer table', async () => {
    const request = decodeLookupRequest(encodeLookupRequest({ keys: [key, key], closerPerKey: 99 }));
    expect(request.keys.map(String)).toEqual([key.toString(), key.toString()]);
    expect(request.closerPerKey).toBe(20); // capped
    const a = { id: peerIdFromPrivateKey(await generateKeyPair('Ed25519')), multiaddrs: [multiaddr('/ip4/127.0.0.1/tcp/4001')] };
    const b = { id: peerIdFromPrivateKey(await generateKeyPair('Ed25519')), multiaddrs: [] };
    const bytes = encodeLookupResponse([{ providers: [a], closer: [b] }, { providers: [a, b], closer: [] }]);
    expect(ProviderLookupResponse.decode(bytes).peers).toHaveLength(2);
    const answers = decodeLookupResponse(bytes, 2);
    expect(answers[1]!.providers.map((p) => p.id.toString())).toEqual([a.id.toString(), b.id.toString()]);
    expect(answers[0]!.providers[0]!.multiaddrs.map(String)).toEqual(['/ip4/127.0.0.1/tcp/4001']);
  });

  it('names what is wrong with a bad message', () => {
    expect(() => decodeLookupRequest(Uint8Array.from([0xff, 0xff, 0xff]))).toThrow(/not a valid ProviderLookupRequest/);
    expect(() => decodeLookupRequest(ProviderLookupRequest.encode({ keys: [] }).finish())).toThrow(/names no key/);
    expect(() => decodeLookupRequest(ProviderLookupRequest.encode({ keys: [Uint8Array.from([1, 2, 3])] }).finish())).toThrow(/key 0 is not a CID/);
    const tooMany = ProviderLookupRequest.encode({ keys: Array.from({ length: MAX_LOOKUP_KEYS + 1 }, () => key.bytes) }).finish();
    expect(() => decodeLookupRequest(tooMany)).toThrow(/65 keys \(at most 64\)/);
    const badIndex = ProviderLookupResponse.encode({ peers: [], results: [{ providers: [3], closer: [] }] }).finish();
    expect(() => decodeLookupResponse(badIndex, 1)).toThrow(/names provider 3 of 0 peers/);
    expect(() => decodeLookupResponse(ProviderLookupResponse.encode({ peers: [], results: [] }).finish(), 2)).toThrow(/0 results for 2 keys/);
    const badPeer = ProviderLookupResponse.encode({ peers: [{ id: Uint8Array.from([9, 9]) }], results: [{ providers: [0] }] }).finish();
    expect(() => decodeLookupResponse(badPeer, 1)).toThrow(/peer 0 is malformed/);
    const badAddress = ProvideRequest.encode({ keys: [key.bytes], multiaddrs: [Uint8Array.from([0xee, 0xee])] }).finish();
    expect(() => decodeProvideRequest(badAddress)).toThrow(/address 0 is not a multiaddr/);
  });
});
