/**
 * The batched band-key protocols on 12 real libp2p nodes (TCP, 127.0.0.1): a batched provide stores its records at
 * the peers closest to each key, a batched lookup finds exactly the providers of each key, kad-dht's own walk finds
 * the same records, a malformed request is refused without harming the node, and the record holders hand out the
 * adverts providers left with their records, even once the provider is gone.
 */
import '../src/polyfills.js';
import { lpStream } from '@libp2p/utils';
import { peerIdFromString } from '@libp2p/peer-id';
import { multiaddr } from '@multiformats/multiaddr';
import type { CID } from 'multiformats/cid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareXorDistance } from '../src/core/dht/key-lookup-plan.js';
import type { LlamaEngine } from '../src/engine/llama-engine.js';
import { kadIdOfKey, kadIdOfPeer, kadInternals } from '../src/patches/kad-dht-internals.js';
import { kadRoutingTable } from '../src/patches/kad-dht-routing-table.js';
import { bandProviderKey } from '../src/network/dht-keys.js';
import { DISABLE_PATCHES_ENV, KAD_DHT_CLOSEST_PEERS, KAD_DHT_INTERNALS } from '../src/patches/registry.js';
import type { SwarmNode } from '../src/network/swarm-node.js';
import { createTestEngine } from './support/engine.js';
import { addressOf, eventually, routingTableOf, startTestNode } from './support/swarm.js';

const NODES = 12;
async function holders(nodes: SwarmNode[], key: CID, provider: SwarmNode): Promise<string[]> {
  const held: string[] = [];
  for (const node of nodes) {
    const providers = await kadInternals(node.libp2p.services.dht)!.providersOf(key);
    if (providers.some((p) => p.toString() === provider.peerId)) held.push(node.peerId);
  }
  return held;
}

async function closestNodes(nodes: SwarmNode[], key: CID, count: number): Promise<string[]> {
  const target = await kadIdOfKey(key);
  const withIds = await Promise.all(nodes.map(async (node) => ({ id: node.peerId, kadId: await kadIdOfPeer(node.libp2p.peerId) })));
  return withIds
    .sort((a, b) => compareXorDistance(target, a.kadId, b.kadId))
    .slice(0, count)
    .map((n) => n.id);
}

describe(`batched band-key provide and lookup on ${NODES} nodes`, () => {
  let engine: LlamaEngine;
  let nodes: SwarmNode[] = [];
  let shared: CID;
  let own: CID;
  let nobody: CID;

  beforeAll(async () => {
    engine = await createTestEngine();
    const first = await startTestNode({ engine, name: 'node-0', followAdverts: false, manyLocalPeers: true });
    nodes = [first];
    for (let i = 1; i < NODES; i++) {
      nodes.push(await startTestNode({ engine, name: `node-${i}`, bootstrap: [addressOf(first, 'tcp')], followAdverts: false, manyLocalPeers: true }));
    }
    // Every node dials every other, so that each routing table holds the whole swarm and "the closest peers" is exact.
    await Promise.all(
      nodes.map(async (node, i) => {
        for (const other of nodes.slice(i + 1)) {
          await eventually(`${node.peerId.slice(-4)} dialled ${other.peerId.slice(-4)}`, () =>
            node.libp2p.dial(multiaddr(addressOf(other, 'tcp')), { signal: AbortSignal.timeout(10_000) }).then(() => true, () => false),
          60_000);
        }
      }),
    );
    // Each node keeps its connected DHT peers in its routing table itself (peers/dht-contacts.ts), also when identify or
    // kad-dht's first ping timed out on a busy machine.
    await eventually('complete routing tables', () => nodes.every((node) => routingTableOf(node).size === NODES - 1), 90_000);
    shared = await bandProviderKey(first.swarmId, 'lsh/test-space/0/5');
    own = await bandProviderKey(first.swarmId, 'lsh/test-space/1/9');
    nobody = await bandProviderKey(first.swarmId, 'lsh/test-space/2/2');
  }, 240_000);

  afterAll(async () => {
    await Promise.all(nodes.map((node) => node.stop()));
    await engine?.close();
  }, 60_000);

  it("picks the closest routing-table peers exactly as kad-dht's own routing table does, also after the table changes", async () => {
    const node = nodes[3]!;
    const routingTable = routingTableOf(node);
    const internals = kadInternals(node.libp2p.services.dht)!;
    const targets = Array.from({ length: 20 }, () => Uint8Array.from({ length: 32 }, () => Math.floor(Math.random() * 256)));
    const agree = () => {
      for (const target of targets) {
        // Larger and smaller counts for the same ID, so that kept answers are asked again.
        for (const count of [1, 5, 11, 20, 5]) {
          expect(internals.closestPeers(target, count).map(String)).toEqual(routingTable.closestPeers(target, { count }).map(String));
        }
      }
    };
    agree();
    const leaving = routingTable.closestPeers(targets[0]!, { count: 1 })[0]!;
    await routingTable.remove(leaving);
    expect(internals.closestPeers(targets[0]!, 20).map(String)).not.toContain(leaving.toString());
    agree();
    await routingTable.add(leaving);
    expect(internals.closestPeers(targets[0]!, 1).map(String)).toEqual([leaving.toString()]);
    agree();
  });

  it('a batched provide stores each record at the ten peers closest to its key', async () => {
    for (const provider of nodes.slice(1, 5)) expect(await provider.provideKeys([shared])).toBe(1);
    expect(await nodes[5]!.provideKeys([own])).toBe(1);
    for (const provider of nodes.slice(1, 5)) {
      const held = await holders(nodes, shared, provider);
      for (const id of await closestNodes(nodes, shared, 10)) expect(held).toContain(id);
    }
    const held = await holders(nodes, own, nodes[5]!);
    for (const id of await closestNodes(nodes, own, 10)) expect(held).toContain(id);
  }, 60_000);

  it('a batched lookup reports exactly the providers of each key', async () => {
    const seeker = nodes[NODES - 1]!;
    const reported: string[] = [];
    const report = await seeker.findBandProviders([shared, own, nobody], { signal: AbortSignal.timeout(20_000), onProvider: (id) => reported.push(id) });
    expect(report.method).toBe('batched');
    // Remote peers answered (with only the seeker's own answer, the node would have fallen back to kad-dht walks).
    expect(report.peersAsked).toBeGreaterThan(1);
    expect(reported.sort()).toEqual([...nodes.slice(1, 6).map((n) => n.peerId)].sort());
  }, 30_000);

  it("kad-dht's own walk finds the records a batched provide stored", async () => {
    const found = await nodes[NODES - 1]!.findProviders(shared, { signal: AbortSignal.timeout(20_000) });
    expect(found.sort()).toEqual(nodes.slice(1, 5).map((n) => n.peerId).sort());
  }, 30_000);

  it('with another kad-dht version the patches stand aside: the routing table answers closest peers itself', () => {
    const node = nodes[3]!;
    const dht = node.libp2p.services.dht;
    expect(kadInternals(dht, { installedVersion: '16.4.6' })).toBeNull();
    expect(kadRoutingTable(dht, { installedVersion: '16.4.6' })).toBeNull();
    expect(kadRoutingTable(dht, { installedVersion: '16.4.5' })).not.toBeNull();
    const routingTable = routingTableOf(node);
    const withoutIndex = kadInternals(dht, { env: { [DISABLE_PATCHES_ENV]: KAD_DHT_CLOSEST_PEERS.name } })!;
    const target = Uint8Array.from({ length: 32 }, (_, i) => i * 7);
    expect(withoutIndex.closestPeers(target, 5).map(String)).toEqual(routingTable.closestPeers(target, { count: 5 }).map(String));
  });

  it('a node without the kad-dht-internals patch finds the providers with kad-dht walks', async () => {
    const previous = process.env[DISABLE_PATCHES_ENV];
    process.env[DISABLE_PATCHES_ENV] = KAD_DHT_INTERNALS.name;
    let seeker: SwarmNode;
    try {
      seeker = await startTestNode({ engine, name: 'unpatched', bootstrap: [addressOf(nodes[0]!, 'tcp')], followAdverts: false, manyLocalPeers: true });
    } finally {
      if (previous === undefined) delete process.env[DISABLE_PATCHES_ENV];
      else process.env[DISABLE_PATCHES_ENV] = previous;
    }
    try {
      expect(seeker.bandLookupMethod).toBe('walks');
      await eventually('the unpatched node knows the swarm', () => routingTableOf(seeker).size >= NODES - 2, 60_000);
      const reported: string[] = [];
      const report = await seeker.findBandProviders([shared, own], { signal: AbortSignal.timeout(20_000), onProvider: (id) => reported.push(id) });
      expect(report.method).toBe('walks');
      expect(reported.sort()).toEqual(nodes.slice(1, 6).map((n) => n.peerId).sort());
    } finally {
      await seeker.stop();
    }
  }, 90_000);

  it('refuses a malformed request and keeps answering good ones', async () => {
    const [asker, server] = [nodes[NODES - 1]!, nodes[6]!];
    const stream = await asker.libp2p.dialProtocol(peerIdFromString(server.peerId), server.protocols.bandLookup);
    const framed = lpStream(stream);
    await framed.write(Uint8Array.from([0x0a, 0x03, 0xff, 0xff, 0xff]));
    await expect(framed.read({ signal: AbortSignal.timeout(10_000) })).rejects.toThrow();
    const reported: string[] = [];
    await asker.findBandProviders([own], { signal: AbortSignal.timeout(20_000), onProvider: (id) => reported.push(id) });
    expect(reported).toEqual([nodes[5]!.peerId]);
  }, 30_000);

  it('fetches the adverts of the providers it wants from their record holders while the lookup runs', async () => {
    // A newcomer holds no records, so every advert has to come from a remote holder.
    const seeker = await startTestNode({ engine, name: 'newcomer', bootstrap: [addressOf(nodes[0]!, 'tcp')], followAdverts: false, manyLocalPeers: true });
    try {
      await eventually('the newcomer knows the swarm', () => routingTableOf(seeker).size >= NODES - 2, 60_000);
      const reported: string[] = [];
      const wantedOnes = new Set(nodes.slice(1, 4).map((n) => n.peerId));
      const report = await seeker.findBandProviders([shared, own], {
        signal: AbortSignal.timeout(20_000),
        onProvider: (id) => reported.push(id),
        advertsOf: (id) => wantedOnes.has(id),
        earlyAdverts: { batch: 1, minRttMs: 0 },
      });
      expect(reported.sort()).toEqual(nodes.slice(1, 6).map((n) => n.peerId).sort());
      const adverts = report.adverts!;
      expect([...adverts.received].sort()).toEqual([...wantedOnes].sort());
      expect(adverts.missing).toEqual([]);
      // Asked as the answers came in (early batches of one, however near the holder), not only after the walk.
      expect(adverts.earlyRequests).toBeGreaterThan(0);
      expect(report.walkMs).toBeGreaterThan(0);
      for (const id of wantedOnes) expect(seeker.directory.get(id, Date.now())?.source).toBe('dht');
    } finally {
      await seeker.stop();
    }
  }, 90_000);

  it('a provider refreshes the advert its records hand out, with a keyless provide', async () => {
    const [provider, seeker] = [nodes[1]!, nodes[NODES - 1]!];
    await provider.provideKeys([shared]);
    // A new advert (a new sequence) that the holders do not have yet, until the refresh.
    const republished = await provider.refreshAdvert();
    await provider.refreshHeldAdvert();
    seeker.directory.remove(provider.peerId);
    const report = await seeker.findBandProviders([shared], {
      signal: AbortSignal.timeout(20_000),
      onProvider: () => undefined,
      advertsOf: (id) => id === provider.peerId,
    });
    expect(report.adverts!.received).toEqual([provider.peerId]);
    expect(seeker.directory.get(provider.peerId, Date.now())!.advert.sequence).toBe(republished.sequence);
  }, 30_000);

  it('hands out the adverts providers left with their records, even once the provider is gone', async () => {
    const seeker = nodes[NODES - 1]!;
    const gone = nodes[5]!;
    await gone.stop();
    const reported: string[] = [];
    for (const node of nodes) seeker.directory.remove(node.peerId);
    const report = await seeker.findBandProviders([shared, own], {
      signal: AbortSignal.timeout(20_000),
      onProvider: (id) => reported.push(id),
      advertsOf: () => true,
    });
    expect(reported.sort()).toEqual(nodes.slice(1, 6).map((n) => n.peerId).sort());
    for (const provider of reported) expect(report.holders.get(provider)?.length ?? 0).toBeGreaterThan(0);
    const held = report.adverts!;
    expect([...held.received].sort()).toEqual([...reported].sort());
    expect(held.missing).toEqual([]);
    // Five adverts from the holders the lookup asked (this node among them), in fewer messages than adverts.
    expect(held.requests).toBeLessThan(reported.length);
    const entry = seeker.directory.get(gone.peerId, Date.now());
    expect(entry?.source).toBe('dht');
    expect(entry?.advert.name).toBe('node-5');
  }, 30_000);
});
