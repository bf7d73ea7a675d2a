import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatCompletion, ErrorBody } from '@democritus/sdk';
import { runCli, startDaemonProcess, type DaemonProcess } from './support/cli.js';
import { testNodeToml } from './support/node-config.js';
import { readSse } from './support/sse.js';
import { eventually } from './support/swarm.js';

const API_KEY = 'sk-democritus-test-0123456789abcdef';
const STORY = [{ role: 'user' as const, content: 'Once upon a time' }];

interface RunningNode {
  process: DaemonProcess;
  peerId: string;
  addresses: string[];
  restUrl: string;
}

async function startNode(dir: string, name: string, bootstrap: string[], env: NodeJS.ProcessEnv): Promise<RunningNode> {
  const config = join(dir, `${name}.toml`);
  await writeFile(config, testNodeToml({ name, stateDir: `${name}-state`, bootstrap }));
  const process = startDaemonProcess(['--config', config, '--set', 'inference.max_concurrent_per_model=1'], env);
  const ready = await process.waitForLog((line) => line.msg === 'node ready');
  return { process, peerId: String(ready.peerId), addresses: ready.addresses as string[], restUrl: String(ready.restUrl) };
}

function norm(vector: readonly number[]): number {
  return Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
}

describe('the official openai package against a two-node swarm of real daemons (API keys on)', () => {
  let dir: string;
  let a: RunningNode;
  let b: RunningNode;
  let client: OpenAI;
  const nodes: RunningNode[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'democritus-openai-'));
    const env = { DEMOCRITUS_API_KEYS: API_KEY };
    a = await startNode(dir, 'node-a', [], env);
    nodes.push(a);
    b = await startNode(dir, 'node-b', a.addresses, env);
    nodes.push(b);
    client = new OpenAI({ baseURL: `${a.restUrl}/v1`, apiKey: API_KEY, maxRetries: 0, timeout: 60_000 });
    // node-a knows node-b's expert once its advert arrived.
    await eventually('node-a lists node-b as a model', async () => {
      const ids: string[] = [];
      for await (const model of client.models.list()) ids.push(model.id);
      return ids.includes('node-b');
    });
  });
  afterAll(async () => {
    for (const node of nodes) expect(await node.process.stop()).toBe(0);
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('models.list() gives swarm and both experts in OpenAI’s list shape', async () => {
    const page = await client.models.list();
    const ids = page.data.map((model) => model.id);
    expect(ids[0]).toBe('swarm');
    expect(ids).toEqual(expect.arrayContaining(['swarm', 'node-a', 'node-b']));
    for (const model of page.data) {
      expect(model.object).toBe('model');
      expect(typeof model.created).toBe('number');
      expect(typeof model.owned_by).toBe('string');
    }
    expect(page.data.find((model) => model.id === 'node-b')?.owned_by).toBe(b.peerId);
  });

  it('chat.completions.create: a non-streaming completion, routed and pinned to the other node over libp2p', async () => {
    const { data: routed, response } = await client.chat.completions
      .create({ model: 'swarm', messages: STORY, max_tokens: 16, temperature: 0 })
      .withResponse();
    expect(routed.object).toBe('chat.completion');
    expect(routed.choices[0]?.message.role).toBe('assistant');
    expect(routed.choices[0]?.message.content?.length).toBeGreaterThan(0);
    expect(routed.choices[0]?.finish_reason).toBe('length');
    expect(routed.usage?.completion_tokens).toBe(16);
    const served = (routed as unknown as ChatCompletion).democritus.experts;
    expect(served).toHaveLength(1);
    expect([a.peerId, b.peerId]).toContain(served[0]?.peer_id);
    expect(response.headers.get('x-democritus-expert')).toBe(served[0]?.peer_id);

    const { data: pinned, response: pinnedResponse } = await client.chat.completions
      .create({ model: 'node-b', messages: STORY, max_tokens: 16, temperature: 0 })
      .withResponse();
    expect(pinnedResponse.headers.get('x-democritus-expert')).toBe(b.peerId);
    expect((pinned as unknown as ChatCompletion).democritus.experts[0]).toMatchObject({ peer_id: b.peerId, name: 'node-b', how: 'pinned' });
    expect(pinned.model).toBe('node-b');
    // Same model, greedy: node-b's answer through node-a is node-a's own answer.
    const local = await client.chat.completions.create({ model: 'node-a', messages: STORY, max_tokens: 16, temperature: 0 });
    expect(pinned.choices[0]?.message.content).toBe(local.choices[0]?.message.content);
  });

  it('chat.completions.create with stream: true, include_usage, on the remote expert', async () => {
    const whole = await client.chat.completions.create({ model: 'node-b', messages: STORY, max_tokens: 20, temperature: 0 });
    const stream = await client.chat.completions.create({
      model: 'node-b',
      messages: STORY,
      max_tokens: 20,
      temperature: 0,
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    const finishReasons: (string | null)[] = [];
    let usage: OpenAI.CompletionUsage | null | undefined;
    const ids = new Set<string>();
    for await (const chunk of stream) {
      ids.add(chunk.id);
      for (const choice of chunk.choices) {
        text += choice.delta.content ?? '';
        finishReasons.push(choice.finish_reason);
      }
      if (chunk.usage) usage = chunk.usage;
    }
    expect(ids.size).toBe(1);
    expect(text).toBe(whole.choices[0]?.message.content);
    expect(finishReasons.at(-1)).toBe('length');
    expect(finishReasons.slice(0, -1).every((reason) => reason === null)).toBe(true);
    expect(usage?.completion_tokens).toBe(20);
  });

  it('embeddings.create: float, base64 and the client’s default (base64, decoded by the package)', async () => {
    const input = ['Once upon a time there was a little cat.', 'The derivative of x squared is two x.'];
    const float = await client.embeddings.create({ model: 'use-lite', input, encoding_format: 'float' });
    expect(float.object).toBe('list');
    expect(float.data.map((item) => item.index)).toEqual([0, 1]);
    const vectors = float.data.map((item) => item.embedding);
    for (const vector of vectors) {
      expect(vector.length).toBeGreaterThan(100);
      expect(norm(vector)).toBeCloseTo(1, 3);
    }
    expect(float.usage.prompt_tokens).toBeGreaterThan(0);

    const base64 = await client.embeddings.create({ model: 'use-lite', input, encoding_format: 'base64' });
    base64.data.forEach((item, index) => {
      expect(typeof item.embedding).toBe('string');
      const bytes = Buffer.from(item.embedding as unknown as string, 'base64');
      const decoded = Array.from(new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4));
      expect(decoded).toEqual(vectors[index]?.map((value) => Math.fround(value)));
    });

    const byDefault = await client.embeddings.create({ model: 'use-lite', input: input[0] ?? '' });
    expect(byDefault.data[0]?.embedding).toEqual(vectors[0]);
  });

  it('errors surface as the package’s typed errors: unknown model, wrong key', async () => {
    const unknown = await client.chat.completions.create({ model: 'gpt-4o', messages: STORY }).catch((error: unknown) => error);
    expect(unknown).toBeInstanceOf(OpenAI.NotFoundError);
    expect(unknown).toMatchObject({ status: 404, code: 'model_not_found', param: null });

    const stranger = new OpenAI({ baseURL: `${a.restUrl}/v1`, apiKey: 'sk-wrong-key-0000000000000000', maxRetries: 0 });
    const refused = await stranger.models.list().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(refused).toMatchObject({ status: 401, code: 'invalid_api_key', type: 'invalid_request_error' });
    const badChat = await stranger.chat.completions.create({ model: 'swarm', messages: STORY }).catch((error: unknown) => error);
    expect(badChat).toBeInstanceOf(OpenAI.AuthenticationError);

    const invalid = await client.chat.completions.create({ model: 'swarm', messages: [] }).catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(OpenAI.BadRequestError);
    expect(invalid).toMatchObject({ status: 400, param: 'messages' });
  });

  it('API keys: every route but /health needs the bearer key; the CLI sends --api-key or $DEMOCRITUS_API_KEY', async () => {
    expect((await fetch(`${a.restUrl}/health`)).status).toBe(200);
    for (const path of ['/api/peers', '/v1/models']) {
      const response = await fetch(`${a.restUrl}${path}`);
      expect(response.status).toBe(401);
      expect(((await response.json()) as ErrorBody).error).toEqual({
        message: expect.stringMatching(/API key/) as unknown,
        type: 'invalid_request_error',
        param: null,
        code: 'invalid_api_key',
      });
    }
    const withKey = await runCli(['peers', 'list', '--json', '--api', a.restUrl, '--api-key', API_KEY]);
    expect(withKey.code, withKey.stderr).toBe(0);
    expect((JSON.parse(withKey.stdout) as { peers: { peerId: string }[] }).peers.map((peer) => peer.peerId)).toContain(b.peerId);
    const fromEnv = await runCli(['peers', 'list', '--json', '--api', a.restUrl], { env: { DEMOCRITUS_API_KEY: API_KEY } });
    expect(fromEnv.code, fromEnv.stderr).toBe(0);
    const without = await runCli(['peers', 'list', '--api', a.restUrl], { env: { DEMOCRITUS_API_KEY: '' } });
    expect(without.code).toBe(1);
    expect(without.stderr).toMatch(/API key/);
    const remote = await runCli(['run', '--remote', b.peerId, '--api', a.restUrl, '--api-key', API_KEY, '-', 'Once upon a time', '-n', '5', '--json']);
    expect(remote.code, remote.stderr).toBe(0);
    expect((JSON.parse(remote.stdout) as { tokens: number }).tokens).toBe(5);
  });

  it('a client that aborts mid-stream does not hold the one engine slot: the next request is served', async () => {
    const controller = new AbortController();
    const stream = await client.chat.completions.create(
      { model: 'node-a', messages: STORY, max_tokens: 400, stream: true },
      { signal: controller.signal },
    );
    let chunks = 0;
    try {
      for await (const chunk of stream) {
        if (chunk.choices[0]?.delta.content) chunks += 1;
        if (chunks === 2) controller.abort();
      }
    } catch (error) {
      expect(error).toBeInstanceOf(OpenAI.APIUserAbortError);
    }
    expect(chunks).toBeGreaterThanOrEqual(1);
    const next = await client.chat.completions.create({ model: 'node-a', messages: STORY, max_tokens: 5 });
    expect(next.usage?.completion_tokens).toBe(5);
  });

  it('bad inputs get a 4xx in OpenAI’s shape from the daemon, which keeps serving', async () => {
    const post = (body: string | Uint8Array) =>
      fetch(`${a.restUrl}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
        body,
      });
    const bodies: [string, string | Uint8Array, number][] = [
      ['invalid JSON', '{"messages": [{"role": "user"', 400],
      ['wrong types', JSON.stringify({ messages: STORY, max_tokens: 'ten' }), 400],
      ['empty messages', JSON.stringify({ messages: [] }), 400],
      ['unknown role', JSON.stringify({ messages: [{ role: 'wizard', content: 'hi' }] }), 400],
      ['invalid UTF-8', new Uint8Array(Buffer.concat([Buffer.from('{"messages":[{"role":"user","content":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}]}')])), 400],
      ['huge body', JSON.stringify({ messages: [{ role: 'user', content: 'x'.repeat(2_000_000) }] }), 413],
    ];
    for (const [label, body, status] of bodies) {
      const response = await post(body);
      expect(response.status, label).toBe(status);
      const error = (await response.json()) as ErrorBody;
      expect(Object.keys(error.error).sort(), label).toEqual(['code', 'message', 'param', 'type']);
      expect(error.error.type, label).toBe('invalid_request_error');
    }
    const events = await readSse(await post(JSON.stringify({ messages: STORY, max_tokens: 3, stream: true })));
    expect(events.at(-1)).toBe('[DONE]');
  });
});
