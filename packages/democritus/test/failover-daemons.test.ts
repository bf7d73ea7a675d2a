import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChatCompletion, ChatCompletionChunk, DemocritusExtension, Peer } from '@democritus/sdk';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemocritusService } from '../src/api/grpc/proto-file.js';
import { startExpertDaemon, type ExpertDaemon } from './support/expert-daemons.js';
import { sseData } from './support/sse.js';
import { grpcChat, grpcMetadata, SocketClient } from './support/stream-clients.js';
import { eventually } from './support/swarm.js';
import { TINY_MODEL_SHA256 } from './support/tiny-model.js';

const STORY_EXPERT = { name: 'story', description: "Tells children's stories about little girls, dogs and friends", examples: ['Once upon a time there was a little girl'] };
const MESSAGES = [{ role: 'user', content: 'Once upon a time there was a little girl' }];
// Greedy: every expert on the model writes the same answer, so a failed-over answer must equal the uninterrupted one.
const GREEDY = { temperature: 0, max_tokens: 80 };
// Paced, so that the answer is still streaming when its expert is killed.
const PACED = ['--set', 'inference.max_tokens_per_second=25'];

/**
 * A requester on another model (llama-2-tiny-random, so it never serves the answer itself) and three experts on
 * stories260K, as real daemon processes; the serving expert is SIGKILLed mid-answer.
 */
describe('mid-stream failover on real daemons', () => {
  let dir: string;
  let requester: ExpertDaemon;
  let experts: ExpertDaemon[] = [];
  const killed = new Set<ExpertDaemon>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'democritus-failover-'));
    requester = await startExpertDaemon(dir, { name: 'requester', description: 'Answers questions about tax law and accounting', examples: ['How is VAT computed?'] }, [], {}, [
      '--set',
      'expert.model_path=llama-2-tiny-random.gguf',
      // A sub-task stopped before its first token is retried after this (not failed over): see the sub-task test.
      '--set',
      'coordinator.task_deadline_seconds=15',
    ]);
    const bootstrap = requester.addresses.filter((address) => address.includes('/tcp/'));
    experts = await Promise.all(['story-a', 'story-b', 'story-c'].map((name) => startExpertDaemon(dir, { ...STORY_EXPERT, name }, bootstrap, {}, PACED)));
    await eventually(
      'the requester knows the three experts and their models',
      async () => {
        const { peers } = (await (await fetch(`${requester.restUrl}/api/peers`)).json()) as { peers: Peer[] };
        return experts.every((expert) => peers.some((peer) => peer.peerId === expert.peerId && peer.model?.sha256 === TINY_MODEL_SHA256));
      },
      90_000,
    );
  }, 240_000);

  afterAll(async () => {
    for (const node of [requester, ...experts]) if (node !== undefined && !killed.has(node)) await node.process.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const chat = (body: Record<string, unknown>) =>
    fetch(`${requester.restUrl}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages: MESSAGES, ...GREEDY, ...body }) });

  /** Streams the answer and SIGKILLs (or SIGSTOPs) its expert once a few tokens have arrived; the text and the final chunk's metadata. */
  async function streamKillingTheExpert(
    model: string,
    signal: 'SIGKILL' | 'SIGSTOP' = 'SIGKILL',
  ): Promise<{ text: string; victim: ExpertDaemon; extension: DemocritusExtension | undefined; errors: unknown[]; finish: string | null }> {
    const response = await chat({ model, stream: true });
    expect(response.status).toBe(200);
    const servedBy = response.headers.get('x-democritus-expert');
    const victim = experts.find((expert) => expert.peerId === servedBy);
    if (victim === undefined) throw new Error(`the answer is served by ${servedBy}, not one of the experts`);
    let text = '';
    let tokens = 0;
    let extension: DemocritusExtension | undefined;
    let finish: string | null = null;
    const errors: unknown[] = [];
    for await (const data of sseData(response.body)) {
      if (data === '[DONE]') break;
      const chunk = JSON.parse(data) as ChatCompletionChunk & { error?: unknown };
      if (chunk.error !== undefined) errors.push(chunk.error);
      const choice = chunk.choices?.[0];
      if (choice?.delta.content) {
        text += choice.delta.content;
        tokens += 1;
        if (tokens === 5 && signal === 'SIGKILL') {
          killed.add(victim);
          expect(await victim.process.stop('SIGKILL')).toBeNull();
        }
        if (tokens === 5 && signal === 'SIGSTOP') victim.process.child.kill('SIGSTOP');
      }
      if (choice?.finish_reason != null) {
        finish = choice.finish_reason;
        extension = chunk.democritus;
      }
    }
    return { text, victim, extension, errors, finish };
  }

  async function uninterrupted(model: string): Promise<ChatCompletion> {
    const response = await chat({ model });
    expect(response.status).toBe(200);
    const body = (await response.json()) as ChatCompletion;
    expect(body.usage.completion_tokens).toBeGreaterThan(20);
    return body;
  }

  it('a stalled expert (SIGSTOP: its connection stays open, no token comes) is replaced after the stall timeout', async () => {
    const reference = await uninterrupted(TINY_MODEL_SHA256);
    const { text, victim, extension, errors } = await streamKillingTheExpert(TINY_MODEL_SHA256, 'SIGSTOP');
    victim.process.child.kill('SIGCONT');
    expect(errors).toEqual([]);
    expect(text).toBe(reference.choices[0]?.message.content);
    const failovers = extension?.failovers ?? [];
    expect(failovers).toHaveLength(1);
    expect(failovers[0]).toMatchObject({ from: victim.peerId, reason: 'stall', continuation: 'token_ids' });
  }, 120_000);

  /** The expert generating right now (its scheduler runs one generation): the one a WebSocket or gRPC answer comes from. */
  async function generatingExpert(): Promise<ExpertDaemon> {
    let serving: ExpertDaemon | undefined;
    await eventually('one expert is generating', async () => {
      for (const expert of experts.filter((candidate) => !killed.has(candidate))) {
        const health = (await (await fetch(`${expert.restUrl}/health`)).json()) as { scheduler: { running: number } };
        if (health.scheduler.running > 0) serving = expert;
      }
      return serving !== undefined;
    });
    return serving as ExpertDaemon;
  }

  it('on WebSocket and gRPC too: a stalled expert is replaced and the done event carries the failover', async () => {
    const reference = (await uninterrupted(TINY_MODEL_SHA256)).choices[0]?.message.content;
    const request = { model: TINY_MODEL_SHA256, messages: MESSAGES, ...GREEDY };

    const socket = await SocketClient.connect(requester.wsUrl);
    try {
      socket.send({ type: 'chat', id: 'ws', ...request });
      await socket.waitFor((frame) => frame.id === 'ws' && socket.of('ws').filter((f) => f.type === 'token').length >= 5);
      const victim = await generatingExpert();
      victim.process.child.kill('SIGSTOP');
      const done = await socket.waitFor((frame) => frame.id === 'ws' && (frame.type === 'done' || frame.type === 'error'), 60_000);
      victim.process.child.kill('SIGCONT');
      expect(done.type, JSON.stringify(done)).toBe('done');
      expect(socket.of('ws').filter((frame) => frame.type === 'token').map((frame) => frame.text as string).join('')).toBe(reference);
      expect(done.failovers).toEqual([expect.objectContaining({ from: victim.peerId, reason: 'stall', continuation: 'token_ids' })]);
    } finally {
      socket.ws.close();
    }

    const Democritus = loadDemocritusService();
    const client = new Democritus(requester.grpcAddress, grpc.credentials.createInsecure());
    try {
      const received: Record<string, unknown>[] = [];
      let victim: ExpertDaemon | undefined;
      await new Promise<void>((resolve, reject) => {
        const stream = grpcChat(client, request, grpcMetadata());
        stream.on('data', (event: Record<string, unknown>) => {
          received.push(event);
          if (received.filter((e) => e.event === 'token').length === 5) {
            void generatingExpert().then((serving) => {
              victim = serving;
              serving.process.child.kill('SIGSTOP');
            }, reject);
          }
        });
        stream.on('error', reject);
        stream.on('end', () => resolve());
      });
      victim?.process.child.kill('SIGCONT');
      const text = received.filter((event) => event.event === 'token').map((event) => (event.token as { text: string }).text).join('');
      expect(text).toBe(reference);
      const done = received.at(-1)?.done as { failovers: { from: string; reason: string; continuation: string; at_token: number }[] };
      expect(done.failovers).toEqual([expect.objectContaining({ from: victim?.peerId, reason: 'stall', continuation: 'token_ids' })]);
    } finally {
      client.close();
    }
  }, 180_000);

  it('a task of a decomposed chat fails over too: the failover names its task, and the answer completes', async () => {
    type PlanTasks = { tasks: { id: string; attempts: unknown[] }[] };
    // The expert is stopped once it holds the sub-task's slot. In the rare case that lands before the sub-task's first
    // token, there is nothing to continue: the plan executor retries the task instead (task_deadline), and the test
    // tries again.
    for (let trial = 1; trial <= 3; trial += 1) {
      const response = await chat({
        model: 'swarm',
        stream: true,
        max_tokens: 60,
        messages: [{ role: 'user', content: 'What did the little dog find in the garden? What did the little cat find in the house?' }],
        democritus: { decompose: 'always' },
      });
      expect(response.status).toBe(200);
      const stopping = generatingExpert().then((victim) => {
        victim.process.child.kill('SIGSTOP');
        return victim;
      });
      let extension: (DemocritusExtension & { plan?: PlanTasks }) | undefined;
      const errors: unknown[] = [];
      for await (const data of sseData(response.body)) {
        if (data === '[DONE]') break;
        const chunk = JSON.parse(data) as ChatCompletionChunk & { error?: unknown };
        if (chunk.error !== undefined) errors.push(chunk.error);
        if (chunk.choices?.[0]?.finish_reason != null) extension = chunk.democritus as typeof extension;
      }
      const victim = await stopping;
      victim.process.child.kill('SIGCONT');
      expect(errors).toEqual([]);
      const failovers = extension?.failovers ?? [];
      if (failovers.length === 0 && (extension?.plan?.tasks ?? []).some((task) => task.attempts.length > 1)) continue;
      expect(failovers).toEqual([expect.objectContaining({ from: victim.peerId, reason: 'stall' })]);
      // Whichever task the stopped expert served (a sub-task, or the synthesis when the sub-tasks went elsewhere).
      expect((extension?.plan?.tasks ?? []).map((task) => task.id)).toContain(failovers[0]?.task_id);
      return;
    }
    throw new Error('three trials stopped the expert before its first token');
  }, 240_000);

  it('an answer pinned to the model goes on on another expert with that model: one answer, token for token the uninterrupted one', async () => {
    const reference = await uninterrupted(TINY_MODEL_SHA256);
    const { text, victim, extension, errors, finish } = await streamKillingTheExpert(TINY_MODEL_SHA256);
    expect(errors).toEqual([]);
    expect(finish).toBe(reference.choices[0]?.finish_reason);
    expect(text).toBe(reference.choices[0]?.message.content);
    const failovers = extension?.failovers ?? [];
    expect(failovers).toHaveLength(1);
    expect(failovers[0]).toMatchObject({ from: victim.peerId, continuation: 'token_ids', reason: expect.stringMatching(/^stream_(error|ended)$/) });
    expect(experts.map((expert) => expert.peerId)).toContain(failovers[0]?.to);
    expect(failovers[0]?.to).not.toBe(victim.peerId);
    expect(failovers[0]?.at_token).toBeGreaterThanOrEqual(5);
    await requester.process.waitForLog((line) => line.msg === 'failover' && line.from === victim.peerId);
  }, 120_000);

  it('a "swarm" answer goes on on the next-ranked expert', async () => {
    const reference = await uninterrupted('swarm');
    const { text, victim, extension, errors } = await streamKillingTheExpert('swarm');
    expect(errors).toEqual([]);
    expect(text).toBe(reference.choices[0]?.message.content);
    const failovers = extension?.failovers ?? [];
    expect(failovers).toHaveLength(1);
    expect(failovers[0]?.from).toBe(victim.peerId);
    expect(experts.filter((expert) => !killed.has(expert)).map((expert) => expert.peerId)).toContain(failovers[0]?.to);
  }, 120_000);
});
