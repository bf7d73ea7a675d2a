// The sanitizer through a real daemon, the real app and the real tiny model: a prompt with terminal and bidi controls
// is cleaned and the metadata says so (also through the official openai client's stream, the WebSocket API's done frame
// and the gRPC API's final ChatDone); a node in refuse mode
// answers 400 naming the character; a generation that loops is stopped by the repetition detector.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatCompletion, DemocritusExtension, ErrorBody, SanitizerMetadata } from '@democritus/sdk';
import { loadDemocritusService } from '../src/api/grpc/proto-file.js';
import { startDaemonProcess, type DaemonProcess } from './support/cli.js';
import { testNodeToml } from './support/node-config.js';
import { grpcChat, grpcMetadata, SocketClient } from './support/stream-clients.js';
import { eventually } from './support/swarm.js';

interface RunningNode {
  process: DaemonProcess;
  restUrl: string;
  wsUrl: string;
  grpcAddress: string;
}

async function startNode(dir: string, name: string, overrides: string[]): Promise<RunningNode> {
  const config = join(dir, `${name}.toml`);
  await writeFile(config, testNodeToml({ name, stateDir: `${name}-state` }));
  const process = startDaemonProcess(['--config', config, '--set', ...overrides]);
  const ready = await process.waitForLog((line) => line.msg === 'node ready');
  return { process, restUrl: String(ready.restUrl), wsUrl: String(ready.wsUrl), grpcAddress: String(ready.grpcAddress) };
}

async function chat(node: RunningNode, body: Record<string, unknown>): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${node.restUrl}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, json: await response.json() };
}

function hasDemocritus(value: unknown): value is { democritus: DemocritusExtension } {
  return typeof value === 'object' && value !== null && 'democritus' in value;
}

/** The `done` frame of one WebSocket chat. */
async function socketDone(node: RunningNode, content: string): Promise<Record<string, unknown>> {
  const client = await SocketClient.connect(node.wsUrl);
  try {
    client.send({ type: 'chat', id: 'one', messages: [{ role: 'user', content }], max_tokens: 8, temperature: 0 });
    return await client.waitFor((frame) => frame.id === 'one' && (frame.type === 'done' || frame.type === 'error'));
  } finally {
    client.ws.close();
  }
}

/** The `done` message that ends one gRPC Chat stream. */
async function grpcDone(node: RunningNode, content: string): Promise<Record<string, unknown>> {
  const client = new (loadDemocritusService())(node.grpcAddress, grpc.credentials.createInsecure());
  try {
    const events: Record<string, unknown>[] = [];
    for await (const event of grpcChat(client, { messages: [{ role: 'user', content }], max_tokens: 8, temperature: 0 }, grpcMetadata())) {
      events.push(event as Record<string, unknown>);
    }
    const last = events.at(-1);
    expect(last?.event).toBe('done');
    return last?.done as Record<string, unknown>;
  } finally {
    client.close();
  }
}

const CLEAN = 'Once upon a time there was a cat named Tom';
const DIRTY_REPORT: SanitizerMetadata = { input: [{ rule: 'ansi', count: 3 }, { rule: 'unicode', count: 1 }], output: [], repetition: false };

/** Red text, a cursor move, a window title and a right-to-left override around a story prompt. */
const DIRTY = 'Once upon a time\u001b[31m there was\u001b[2J a cat\u001b]0;pwned\u0007 named \u202eTom';

describe('the sanitizer on a real daemon', () => {
  let dir: string;
  let node: RunningNode;
  let refusing: RunningNode;
  const nodes: RunningNode[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'democritus-sanitizer-'));
    node = await startNode(dir, 'cleaning', ['inference.max_concurrent_per_model=1']);
    nodes.push(node);
    refusing = await startNode(dir, 'refusing', ['sanitizer.input.unicode=refuse']);
    nodes.push(refusing);
  });
  afterAll(async () => {
    for (const each of nodes) expect(await each.process.stop()).toBe(0);
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('cleans a prompt with ANSI and bidi controls, says so in the metadata and the log line (counts, no text)', async () => {
    const { status, json } = await chat(node, { model: 'swarm', messages: [{ role: 'user', content: DIRTY }], max_tokens: 8, temperature: 0 });
    expect(status).toBe(200);
    const completion = json as ChatCompletion;
    expect(completion.democritus.sanitizer).toEqual(DIRTY_REPORT);
    // The cleaned prompt is what the model saw: the same answer as the clean prompt's, which has no sanitizer field.
    const clean = await chat(node, { model: 'swarm', messages: [{ role: 'user', content: CLEAN }], max_tokens: 8, temperature: 0 });
    expect((clean.json as ChatCompletion).choices[0]?.message.content).toBe(completion.choices[0]?.message.content);
    expect((clean.json as ChatCompletion).democritus.sanitizer).toBeUndefined();
    const line = await node.process.waitForLog((entry) => entry.msg === 'request' && entry.sanitizedInput !== undefined);
    expect(line.sanitizedInput).toEqual({ ansi: 3, unicode: 1 });
    expect(JSON.stringify(line)).not.toContain('cat');
  });

  it('the official openai client streams a sanitized request and the final chunk carries the metadata', async () => {
    const client = new OpenAI({ baseURL: `${node.restUrl}/v1`, apiKey: 'unused', maxRetries: 0, timeout: 60_000 });
    const stream = await client.chat.completions.create({ model: 'swarm', messages: [{ role: 'user', content: DIRTY }], max_tokens: 8, temperature: 0, stream: true });
    const extensions: DemocritusExtension[] = [];
    let finish: string | null = null;
    for await (const chunk of stream) {
      if (hasDemocritus(chunk)) extensions.push(chunk.democritus);
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    expect(finish).toBe('length');
    expect(extensions.at(-1)?.sanitizer?.input).toEqual([{ rule: 'ansi', count: 3 }, { rule: 'unicode', count: 1 }]);
  });

  it('the WebSocket done frame carries the same report as REST; a clean prompt\'s carries none', async () => {
    const dirty = await socketDone(node, DIRTY);
    expect(dirty).toMatchObject({ type: 'done', finish_reason: 'length' });
    expect(dirty.sanitizer).toEqual(DIRTY_REPORT);
    const clean = await socketDone(node, CLEAN);
    expect(clean).toMatchObject({ type: 'done', finish_reason: 'length' });
    expect(clean).not.toHaveProperty('sanitizer');
  });

  it('the gRPC Chat stream\'s ChatDone carries the same report as REST; a clean prompt\'s carries none', async () => {
    const dirty = await grpcDone(node, DIRTY);
    expect(dirty.finish_reason).toBe('length');
    // proto3 does not send a false bool, so `repetition` arrives only when it is true.
    expect({ repetition: false, ...(dirty.sanitizer as object) }).toEqual(DIRTY_REPORT);
    const clean = await grpcDone(node, CLEAN);
    expect(clean.finish_reason).toBe('length');
    expect(clean.sanitizer).toBeUndefined();
  });

  it('refuses a prompt with a bidi override in refuse mode: 400 naming the character and its position', async () => {
    const { status, json } = await chat(refusing, { messages: [{ role: 'user', content: 'Hello' }, { role: 'user', content: 'abc\u202edef' }], max_tokens: 4 });
    expect(status).toBe(400);
    expect((json as ErrorBody).error).toEqual({
      type: 'invalid_request_error',
      code: 'unsafe_character',
      param: 'messages[1].content',
      message: 'messages[1].content contains U+202E RIGHT-TO-LEFT OVERRIDE at position 3; this node refuses it (sanitizer.input.unicode = "refuse")',
    });
  });

  it('stops a generation that loops: finish reason stop, repetition in the metadata, the slot freed', async () => {
    // At temperature 0 the tiny story model falls into a loop after this prompt (found by trying; the default detector).
    const body = { model: 'swarm', messages: [{ role: 'user', content: LOOPING_PROMPT }], max_tokens: 400, temperature: 0 };
    const { status, json } = await chat(node, body);
    expect(status).toBe(200);
    const completion = json as ChatCompletion;
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    expect(completion.democritus.sanitizer?.repetition).toBe(true);
    expect(completion.usage.completion_tokens).toBeLessThan(400);
    expect(completion.usage.prompt_tokens).toBeGreaterThan(0);
    await eventually('the slot is free', async () => {
      const health = (await (await fetch(`${node.restUrl}/health`)).json()) as { scheduler: { running: number } };
      return health.scheduler.running === 0;
    });
  });
});

const LOOPING_PROMPT = 'Tom and Sue';
