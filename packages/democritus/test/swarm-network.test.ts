import '../src/polyfills.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LlamaEngine } from '../src/engine/llama-engine.js';
import type { SwarmNode } from '../src/network/swarm-node.js';
import { collect, createTestEngine } from './support/engine.js';
import { addressOf, eventually, startTestNode, type TestTransport } from './support/swarm.js';

const knows = (node: SwarmNode, others: SwarmNode[]) => {
  const ids = new Set(node.directory.list(Date.now()).map((entry) => entry.advert.peerId));
  return others.every((other) => ids.has(other.peerId));
};

for (const transport of ['tcp', 'quic'] as TestTransport[]) {
  describe(`three nodes over ${transport}, joined only through bootstrap addresses`, () => {
    let engine: LlamaEngine;
    let a: SwarmNode;
    let b: SwarmNode;
    let c: SwarmNode;

    beforeAll(async () => {
      engine = await createTestEngine();
      a = await startTestNode({ engine, name: 'alpha', transport });
      b = await startTestNode({ engine, name: 'beta', transport, bootstrap: [addressOf(a, transport)] });
      c = await startTestNode({ engine, name: 'gamma', transport, bootstrap: [addressOf(a, transport)] });
    });
    afterAll(async () => {
      await Promise.all([a, b, c].map((node) => node?.stop()));
      await engine.close();
    });

    it('every node learns the other two adverts', async () => {
      await eventually('all adverts known', () => knows(a, [b, c]) && knows(b, [a, c]) && knows(c, [a, b]));
      const fromB = await b.peers();
      const alpha = fromB.find((p) => p.peerId === a.peerId);
      expect(alpha).toMatchObject({ name: 'alpha', connected: true, transports: [transport], model: { name: 'stories260K.gguf' } });
      expect(alpha?.description).toBe('test expert alpha');
    });

    it('a changed advert reaches the others by gossip', async () => {
      // Adverts fetched on connect are marked 'direct'; a republished advert can only arrive through the gossip mesh.
      const before = b.directory.get(c.peerId, Date.now())?.advert.sequence ?? 0;
      await c.refreshAdvert();
      for (const observer of [a, b]) {
        await eventually('the new advert by gossip', () => {
          const entry = observer.directory.get(c.peerId, Date.now());
          return entry !== undefined && entry.advert.sequence > before && entry.source === 'gossip';
        });
      }
    });

    it('a DHT provide/find round trip works', async () => {
      await Promise.all([a, b, c].map((node) => node.provideExpertRecord()));
      const found = await eventually('b finds the other experts in the DHT', async () => {
        const providers = await b.findExpertsViaDht();
        return providers.includes(a.peerId) && providers.includes(c.peerId) ? providers : false;
      });
      expect(found).not.toContain(b.peerId);
    });

    it('generates remotely through the inference protocol', async () => {
      const events = b.generateRemote(c.peerId, {
        messages: [{ role: 'user', content: 'Once upon a time' }],
        maxTokens: 12,
        sampling: { temperature: 0, topP: 1, topK: 40, seed: 1 },
        topLogprobs: 0,
      });
      const result = await collect(events);
      expect(result.done, JSON.stringify(result.done)).toMatchObject({ finishReason: 'length', usage: { completionTokens: 12 } });
      expect(result.tokens).toHaveLength(12);
    });
  });
}
