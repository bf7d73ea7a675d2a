import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatCompletion, Health } from '@democritus/sdk';
import { MATH, MEDICAL, STORIES, startExpertDaemon, type ExpertDaemon, type ExpertSpec } from './support/expert-daemons.js';
import { eventually } from './support/swarm.js';

/**
 * A decomposed "swarm" chat on four real daemon processes: coordinator A (a story expert) and three experts of their
 * own domains, each throttled to a few tokens per second so that a sub-task is still generating when the client
 * leaves. Cancelling the request must stop every sub-task on every node.
 */

const GEOGRAPHY: ExpertSpec = { name: 'geographer', description: 'Answers geography questions about countries, capitals, rivers and mountains', examples: ['What is the capital of Australia?', 'Which is the highest mountain in Africa?'] };

/** Three independent questions of three domains: three sub-tasks, one per expert, then the synthesis. */
const PROMPT = 'What is the derivative of x^2 sin(x)? What are the early symptoms of measles? What is the longest river in South America?';
/**
 * At 4 tokens/s, 400 tokens would take 100 s: far longer than the deadline the nodes have to be idle again, so an idle
 * node means its sub-task was stopped, not that it finished.
 */
const TOKENS_PER_SECOND = 4;
const MAX_TOKENS = 400;
const IDLE_DEADLINE_MS = 30_000;

/** The experts run throttled, so that a sub-task is still generating when the client leaves. */
const THROTTLED = ['--set', `inference.max_tokens_per_second=${TOKENS_PER_SECOND}`];

async function scheduler(node: ExpertDaemon): Promise<Health['scheduler']> {
  const response = await fetch(`${node.restUrl}/health`);
  return ((await response.json()) as Health).scheduler;
}

describe('a cancelled decomposed "swarm" chat, four real daemons', () => {
  let dir: string;
  const nodes: ExpertDaemon[] = [];
  let a: ExpertDaemon;
  let experts: ExpertDaemon[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'democritus-swarm-execution-'));
    a = await startExpertDaemon(dir, STORIES, [], {}, THROTTLED);
    nodes.push(a);
    const bootstrap = a.addresses.filter((address) => address.includes('/tcp/'));
    experts = await Promise.all([MATH, MEDICAL, GEOGRAPHY].map((expert) => startExpertDaemon(dir, expert, bootstrap, {}, THROTTLED)));
    nodes.push(...experts);
    await eventually(
      'node A holds the routing adverts of the three experts',
      async () => {
        const { peers } = (await (await fetch(`${a.restUrl}/api/peers`)).json()) as { peers: { peerId: string; advert: { routing: unknown } | null }[] };
        return experts.every((node) => peers.some((peer) => peer.peerId === node.peerId && peer.advert?.routing != null));
      },
      90_000,
    );
  });
  afterAll(async () => {
    await Promise.all(nodes.map((node) => node.process.stop()));
    await rm(dir, { recursive: true, force: true });
  });

  it('the client leaving stops every sub-task on every node; the swarm then serves again', async () => {
    const client = new AbortController();
    const request = fetch(`${a.restUrl}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'swarm', messages: [{ role: 'user', content: PROMPT }], max_tokens: MAX_TOKENS, temperature: 0, seed: 1, stream: true }),
      signal: client.signal,
    });
    // Whatever arrived by then (headers, a comment) is dropped with the request.
    const left = request.then(
      (response) => response.body?.cancel().catch(() => undefined),
      () => undefined,
    );

    // Every expert is generating its sub-task: they run in parallel, on remote nodes.
    await eventually('each of the three experts runs a generation', async () => (await Promise.all(experts.map(scheduler))).every((stats) => stats.running === 1), 60_000);
    client.abort();
    await left;

    // No node has a running or queued generation left.
    await eventually(
      'every node is idle after the cancel',
      async () => (await Promise.all(nodes.map(scheduler))).every((stats) => stats.running === 0 && stats.queued === 0),
      IDLE_DEADLINE_MS,
    );

    // The nodes keep serving: a short chat pinned to each expert completes.
    for (const expert of experts) {
      const response = await fetch(`${a.restUrl}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: expert.name, messages: [{ role: 'user', content: 'Hello' }], max_tokens: 2 }),
      });
      const text = await response.text();
      expect(response.status, text).toBe(200);
      expect((JSON.parse(text) as ChatCompletion).democritus.experts[0]?.peer_id).toBe(expert.peerId);
    }
  });
});
