import '../src/polyfills.js';
import { multiaddr } from '@multiformats/multiaddr';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LlamaEngine } from '../src/engine/llama-engine.js';
import type { SwarmNode } from '../src/network/swarm-node.js';
import { collect, createTestEngine } from './support/engine.js';
import { addressOf, eventually, startTestNode } from './support/swarm.js';

describe('private swarm (pre-shared key)', () => {
  const key = randomBytes(32).toString('hex');
  const otherKey = randomBytes(32).toString('hex');
  let engine: LlamaEngine;
  let first: SwarmNode;
  let second: SwarmNode;
  let outsider: SwarmNode;
  let wrongKey: SwarmNode;

  beforeAll(async () => {
    engine = await createTestEngine();
    first = await startTestNode({ engine, name: 'member-1', privateSwarmKey: key, listenBoth: true });
    second = await startTestNode({ engine, name: 'member-2', privateSwarmKey: key, bootstrap: [addressOf(first, 'tcp')] });
    outsider = await startTestNode({ engine, name: 'outsider', listenBoth: true });
    wrongKey = await startTestNode({ engine, name: 'wrong-key', privateSwarmKey: otherKey });
  });
  afterAll(async () => {
    await Promise.all([first, second, outsider, wrongKey].map((node) => node?.stop()));
    await engine.close();
  });

  it('members with the same key connect and serve each other', async () => {
    await eventually('members know each other', () => second.directory.get(first.peerId, Date.now()) !== undefined);
    const result = await collect(
      second.generateRemote(first.peerId, {
        messages: [{ role: 'user', content: 'Once upon a time' }],
        maxTokens: 8,
        sampling: { temperature: 0, topP: 1, topK: 40, seed: 1 },
        topLogprobs: 0,
      }),
    );
    expect(result.tokens).toHaveLength(8);
    expect(first.swarmId).toBe(second.swarmId);
    expect(first.swarmId).not.toBe(outsider.swarmId);
    expect(first.swarmId).not.toContain(key.slice(0, 8));
  });

  it('does not listen on QUIC, which the pre-shared key cannot protect', () => {
    expect(first.multiaddrs().length).toBeGreaterThan(0);
    expect(first.multiaddrs().some((address) => address.includes('/quic'))).toBe(false);
  });

  it('a node without the key or with another key cannot connect on any transport or open any protocol', async () => {
    const tcpAddress = addressOf(first, 'tcp');
    const tcpPort = multiaddr(tcpAddress).getComponents().find((c) => c.name === 'tcp')?.value;
    // The private node's TCP listener, and a QUIC dial at the same port number in case anything listened there.
    const targets = [tcpAddress, `/ip4/127.0.0.1/udp/${tcpPort}/quic-v1/p2p/${first.peerId}`];
    for (const intruder of [outsider, wrongKey]) {
      for (const target of targets) {
        if (target.includes('/quic') && intruder === wrongKey) continue; // wrongKey is private too: it has no QUIC transport
        await expect(intruder.libp2p.dial(multiaddr(target), { signal: AbortSignal.timeout(10_000) })).rejects.toThrow();
      }
      await expect(
        intruder.libp2p.dialProtocol(multiaddr(tcpAddress), first.protocols.infer, { signal: AbortSignal.timeout(10_000) }),
      ).rejects.toThrow();
      expect(first.libp2p.getConnections(intruder.libp2p.peerId)).toHaveLength(0);
      expect(first.directory.get(intruder.peerId, Date.now())).toBeUndefined();
    }
  });
});
