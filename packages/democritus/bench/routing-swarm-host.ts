/**
 * A child process that hosts the routing benchmark's 50 experts (test/support/routing-swarm.ts), so that the light
 * client measured in the parent has an event loop of its own, as it would on its own machine. Messages over IPC:
 * out `{ type: 'ready', idleCpuShare, entries, candidates }` once every expert has provided its band keys; in `{ type: 'stop' }`.
 */
import '../src/polyfills.js';
import { createEmbeddingEngine } from '../src/embedding/index.js';
import { createTestEngine } from '../test/support/engine.js';
import { startRoutingSwarm, waitUntilQuiet } from '../test/support/routing-swarm.js';
import { addressOf } from '../test/support/swarm.js';

const experts = Number(process.argv[2] ?? 50);
const engine = await createTestEngine();
const embedding = await createEmbeddingEngine({ kind: 'use-lite' });
const swarm = await startRoutingSwarm({ engine, embedding, experts });
// This process's own light client is not the one measured; it stays up, as the DHT peer it became (it may hold records).
process.on('message', (message: { type?: string }) => {
  if (message.type !== 'stop') return;
  void (async () => {
    await swarm.stop();
    await embedding.close();
    await engine.close();
    process.exit(0);
  })();
});
// As the benchmark does in one process: measure routing, not the swarm's start-up work.
const idleCpuShare = await waitUntilQuiet();
process.send!({ type: 'ready', idleCpuShare, entries: swarm.experts.slice(1).map((expert) => addressOf(expert, 'tcp')), candidates: swarm.everyone() });
