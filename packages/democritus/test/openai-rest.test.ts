import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatCompletion, ChatCompletionChunk, ErrorBody, ModelList } from '@democritus/sdk';
import type { LlamaEngine } from '../src/engine/llama-engine.js';
import type { ChatMessage } from '../src/engine/types.js';
import { startRestServer, type StubApp } from './support/app-stub.js';
import { collect, storyRequest } from './support/engine.js';
import { readSse, sseData } from './support/sse.js';
import { startStubServer, type StubServer } from './support/stub-server.js';
import { TINY_MODEL_FILE } from './support/tiny-model.js';

const STORY: ChatMessage[] = [{ role: 'user', content: 'Once upon a time' }];

describe('OpenAI-compatible REST (real Fastify server, real engine and scheduler with one slot, stub peers)', () => {
  let running: StubServer;
  let engine: LlamaEngine;
  let stub: StubApp;
  let url: string;

  beforeAll(async () => {
    running = await startStubServer();
    ({ engine, stub, url } = running);
  });
  afterAll(async () => {
    await running?.close();
  });

  const chat = (body: unknown, init: RequestInit = {}) =>
    fetch(`${url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
      ...init,
    });

  /** The engine's own greedy answer to the messages (what every expert here runs). */
  async function engineText(messages: ChatMessage[], maxTokens: number): Promise<string> {
    return (await collect(engine.generate(storyRequest({ input: { messages }, maxTokens, topLogprobs: 0 })))).text;
  }

  it('answers a non-streaming completion in OpenAI’s shape, with usage and the serving expert', async () => {
    const response = await chat({ model: 'swarm', messages: STORY, max_tokens: 12, temperature: 0 });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('x-democritus-expert')).toBe(stub.ids.self);
    const body = (await response.json()) as ChatCompletion;
    expect(body.id).toMatch(/^chatcmpl-[A-Za-z0-9]{20,}$/);
    expect(body.object).toBe('chat.completion');
    expect(Number.isInteger(body.created)).toBe(true);
    expect(Math.abs(body.created - Date.now() / 1000)).toBeLessThan(600);
    expect(body.model).toBe('swarm');
    expect(body.choices).toEqual([
      { index: 0, message: { role: 'assistant', content: await engineText(STORY, 12), refusal: null }, logprobs: null, finish_reason: 'length' },
    ]);
    expect(body.usage.completion_tokens).toBe(12);
    expect(body.usage.prompt_tokens).toBeGreaterThan(0);
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens + 12);
    expect(body.democritus).toEqual({ experts: [{ peer_id: stub.ids.self, name: 'stub-node', model: TINY_MODEL_FILE, how: 'fallback' }] });
  });

  it('streams chunks in OpenAI’s SSE format, field by field, with include_usage and [DONE]', async () => {
    const response = await chat({ messages: STORY, max_tokens: 10, temperature: 0, stream: true, stream_options: { include_usage: true } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('x-democritus-expert')).toBe(stub.ids.self);
    const events = await readSse(response);
    expect(events.at(-1)).toBe('[DONE]');
    const chunks = events.slice(0, -1) as ChatCompletionChunk[];
    expect(chunks.length).toBeGreaterThanOrEqual(4);

    const [first] = chunks;
    if (first === undefined) throw new Error('no chunks');
    expect(first.id).toMatch(/^chatcmpl-/);
    for (const chunk of chunks) {
      expect(chunk.id).toBe(first.id);
      expect(chunk.object).toBe('chat.completion.chunk');
      expect(chunk.created).toBe(first.created);
      expect(chunk.model).toBe('swarm');
      expect(chunk).toHaveProperty('usage');
    }
    // The first chunk carries the role; every chunk with a choice has finish_reason, null until the last one.
    expect(first.choices).toEqual([{ index: 0, delta: { role: 'assistant', content: '', refusal: null }, logprobs: null, finish_reason: null }]);
    expect(first.democritus?.experts[0]?.peer_id).toBe(stub.ids.self);
    const usageChunk = chunks.at(-1);
    const finishChunk = chunks.at(-2);
    const tokenChunks = chunks.slice(1, -2);
    for (const chunk of [first, ...tokenChunks]) {
      expect(chunk.choices).toHaveLength(1);
      expect(chunk.choices[0]?.finish_reason).toBeNull();
      expect(chunk.usage).toBeNull();
    }
    for (const chunk of tokenChunks) {
      expect(Object.keys(chunk.choices[0]?.delta ?? {})).toEqual(['content']);
      expect(chunk.choices[0]?.index).toBe(0);
      expect(chunk.choices[0]?.logprobs).toBeNull();
    }
    expect(tokenChunks.map((chunk) => chunk.choices[0]?.delta.content).join('')).toBe(await engineText(STORY, 10));
    expect(finishChunk?.choices).toEqual([{ index: 0, delta: {}, logprobs: null, finish_reason: 'length' }]);
    expect(finishChunk?.usage).toBeNull();
    // include_usage: one more chunk, empty choices, the usage; right before [DONE].
    expect(usageChunk?.choices).toEqual([]);
    expect(usageChunk?.usage?.completion_tokens).toBe(10);
    expect(usageChunk?.usage?.total_tokens).toBe((usageChunk?.usage?.prompt_tokens ?? 0) + 10);

    // Without include_usage: no usage field and no usage chunk.
    const plain = (await readSse(await chat({ messages: STORY, max_tokens: 3, stream: true }))) as (ChatCompletionChunk | string)[];
    expect(plain.at(-1)).toBe('[DONE]');
    const plainChunks = plain.slice(0, -1) as ChatCompletionChunk[];
    expect(plainChunks.every((chunk) => !('usage' in chunk) && chunk.choices.length === 1)).toBe(true);
    expect(plainChunks.at(-1)?.choices[0]?.finish_reason).toBe('length');
  });

  it('reports logprobs and top_logprobs, streaming and not', async () => {
    const whole = (await (await chat({ messages: STORY, max_tokens: 5, temperature: 0, logprobs: true, top_logprobs: 2 })).json()) as ChatCompletion;
    const content = whole.choices[0]?.logprobs?.content ?? [];
    expect(content).toHaveLength(5);
    expect(content.map((entry) => entry.token).join('')).toBe(whole.choices[0]?.message.content);
    for (const entry of content) {
      expect(entry.logprob).toBeLessThanOrEqual(0);
      expect(entry.bytes).toEqual([...Buffer.from(entry.token)]);
      expect(entry.top_logprobs).toHaveLength(2);
      // Greedy decoding: the chosen token is the most likely one.
      expect(entry.top_logprobs[0]?.token).toBe(entry.token);
    }
    const events = (await readSse(await chat({ messages: STORY, max_tokens: 5, temperature: 0, logprobs: true, top_logprobs: 1, stream: true }))) as ChatCompletionChunk[];
    const tokenChunks = events.slice(1, -2);
    expect(tokenChunks).toHaveLength(5);
    for (const chunk of tokenChunks) expect(chunk.choices[0]?.logprobs?.content[0]?.top_logprobs).toHaveLength(1);
  });

  it('honours stop (a string or a list), max_completion_tokens, seed, top_p, developer messages and text parts', async () => {
    const text = await engineText(STORY, 20);
    const word = text.split(/\s+/).filter((piece) => piece.length >= 3)[2];
    if (word === undefined) throw new Error(`no word to stop at in ${JSON.stringify(text)}`);
    for (const stop of [word, [word, 'zzzq']]) {
      const body = (await (await chat({ messages: STORY, max_tokens: 20, temperature: 0, stop })).json()) as ChatCompletion;
      expect(body.choices[0]?.finish_reason).toBe('stop');
      const content = body.choices[0]?.message.content ?? '';
      expect(content).not.toContain(word);
      expect(text.startsWith(content)).toBe(true);
    }
    const limited = (await (await chat({ messages: STORY, max_tokens: 20, max_completion_tokens: 4 })).json()) as ChatCompletion;
    expect(limited.usage.completion_tokens).toBe(4);

    const sampled = { messages: STORY, max_tokens: 12, temperature: 1, top_p: 0.9, seed: 7 };
    const one = (await (await chat(sampled)).json()) as ChatCompletion;
    const two = (await (await chat(sampled)).json()) as ChatCompletion;
    expect(two.choices[0]?.message.content).toBe(one.choices[0]?.message.content);

    const asSystem = (await (
      await chat({ messages: [{ role: 'system', content: 'Tell a story.' }, ...STORY], max_tokens: 8, temperature: 0 })
    ).json()) as ChatCompletion;
    const asDeveloper = (await (
      await chat({
        messages: [{ role: 'developer', content: [{ type: 'text', text: 'Tell a story.' }] }, { role: 'user', content: [{ type: 'text', text: 'Once upon a time' }] }],
        max_tokens: 8,
        temperature: 0,
        n: 1,
        frequency_penalty: 0,
        user: 'someone',
      })
    ).json()) as ChatCompletion;
    expect(asDeveloper.choices[0]?.message.content).toBe(asSystem.choices[0]?.message.content);
  });

  it('pins a request to an expert by name or peer ID, and answers an unknown model with 404 model_not_found', async () => {
    for (const model of ['stub-peer-a', stub.ids.served]) {
      const response = await chat({ model, messages: STORY, max_tokens: 3 });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-democritus-expert')).toBe(stub.ids.served);
      const body = (await response.json()) as ChatCompletion;
      expect(body.model).toBe(model);
      expect(body.democritus.experts).toEqual([{ peer_id: stub.ids.served, name: 'stub-peer-a', model: TINY_MODEL_FILE, how: 'pinned' }]);
    }
    const unknown = await chat({ model: 'gpt-4o', messages: STORY });
    expect(unknown.status).toBe(404);
    const error = (await unknown.json()) as ErrorBody;
    expect(Object.keys(error.error).sort()).toEqual(['code', 'message', 'param', 'type']);
    expect(error.error).toMatchObject({ code: 'model_not_found', param: null });
  });

  it('lists swarm and every expert with an advert in GET /v1/models', async () => {
    const response = await fetch(`${url}/v1/models`);
    expect(response.status).toBe(200);
    const list = (await response.json()) as ModelList;
    expect(list.object).toBe('list');
    expect(list.data.map((model) => model.id)).toEqual(['swarm', 'stub-node', 'stub-peer-a']);
    for (const model of list.data) {
      expect(model.object).toBe('model');
      expect(Number.isInteger(model.created)).toBe(true);
      expect(typeof model.owned_by).toBe('string');
    }
    expect(list.data[2]?.democritus).toMatchObject({ peer_id: stub.ids.served, model: TINY_MODEL_FILE, self: false });
    expect(((await (await fetch(`${url}/v1/models/stub-peer-a`)).json()) as { id: string }).id).toBe('stub-peer-a');
    const missing = await fetch(`${url}/v1/models/nope`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as ErrorBody).error).toMatchObject({ code: 'model_not_found', param: 'model' });
  });

  it('refuses bad inputs with a 4xx in OpenAI’s error shape, and keeps serving', async () => {
    const good = { messages: STORY, max_tokens: 2 };
    const cases: [string, unknown, number, string | null, RegExp][] = [
      ['invalid JSON', '{"messages": [', 400, null, /JSON/],
      ['empty body', '', 400, null, /empty/i],
      ['an array body', [1, 2], 400, null, /object/],
      ['messages is a string', { messages: 'hello' }, 400, 'messages', /messages must be array/],
      ['no messages', { model: 'swarm' }, 400, 'messages', /messages/],
      ['empty messages', { messages: [] }, 400, 'messages', /messages must NOT have fewer than 1 items/],
      ['unknown role', { messages: [{ role: 'robot', content: 'hi' }] }, 400, 'messages[0].role', /must be one of system, developer, user, assistant/],
      ['tool role', { messages: [{ role: 'tool', content: 'hi', tool_call_id: 'x' }] }, 400, 'messages[0].role', /role/],
      ['missing role', { messages: [{ content: 'hi' }] }, 400, 'messages[0].role', /role/],
      ['content is a number', { messages: [{ role: 'user', content: 5 }] }, 400, 'messages[0].content', /string or array or null/],
      ['user content null', { messages: [{ role: 'user', content: null }] }, 400, 'messages[0].content', /content/],
      ['image part', { messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'x' } }] }] }, 400, 'messages[0].content[0].type', /text only/],
      ['temperature as a string', { ...good, temperature: '0.5' }, 400, 'temperature', /temperature must be number/],
      ['temperature too high', { ...good, temperature: 2.5 }, 400, 'temperature', /temperature/],
      ['max_tokens zero', { ...good, max_tokens: 0 }, 400, 'max_tokens', /max_tokens/],
      ['max_tokens not an integer', { ...good, max_tokens: 2.5 }, 400, 'max_tokens', /integer/],
      ['stream is a string', { ...good, stream: 'yes' }, 400, 'stream', /boolean/],
      ['five stop sequences', { ...good, stop: ['a', 'b', 'c', 'd', 'e'] }, 400, 'stop', /stop/],
      ['n = 2', { ...good, n: 2 }, 400, 'n', /n > 1/],
      ['tools', { ...good, tools: [{ type: 'function', function: { name: 'f' } }] }, 400, 'tools', /tools/],
      ['json mode', { ...good, response_format: { type: 'json_object' } }, 400, 'response_format.type', /json_object/],
      ['stream_options without stream', { ...good, stream_options: { include_usage: true } }, 400, 'stream_options', /stream/],
      ['top_logprobs without logprobs', { ...good, top_logprobs: 2 }, 400, 'top_logprobs', /logprobs/],
      ['top_logprobs too large', { ...good, logprobs: true, top_logprobs: 21 }, 400, 'top_logprobs', /top_logprobs/],
      ['unknown field', { ...good, best_of: 2 }, 400, 'best_of', /unknown field `best_of`/],
    ];
    for (const [label, body, status, param, message] of cases) {
      const response = await chat(body);
      expect(response.status, label).toBe(status);
      const error = (await response.json()) as ErrorBody;
      expect(Object.keys(error).sort(), label).toEqual(['error']);
      expect(Object.keys(error.error).sort(), label).toEqual(['code', 'message', 'param', 'type']);
      expect(error.error.type, label).toBe('invalid_request_error');
      expect(typeof error.error.code, label).toBe('string');
      expect(error.error.param, label).toBe(param);
      expect(error.error.message, label).toMatch(message);
    }

    // Invalid UTF-8 is refused rather than read with replacement characters.
    const badBytes = Buffer.concat([Buffer.from('{"messages":[{"role":"user","content":"Once '), Buffer.from([0xff, 0xfe]), Buffer.from('"}]}')]);
    const invalidUtf8 = await chat(new Uint8Array(badBytes));
    expect(invalidUtf8.status).toBe(400);
    expect(((await invalidUtf8.json()) as ErrorBody).error).toMatchObject({ type: 'invalid_request_error', code: 'invalid_utf8', param: null });

    const huge = await chat({ messages: [{ role: 'user', content: 'x'.repeat(1_100_000) }] });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as ErrorBody).error).toMatchObject({ type: 'invalid_request_error', code: 'body_too_large', param: null });

    const wrongType = await chat(JSON.stringify(good), { headers: { 'content-type': 'application/xml' } });
    expect(wrongType.status).toBe(415);
    expect(((await wrongType.json()) as ErrorBody).error).toMatchObject({ code: 'unsupported_media_type', param: null });

    // The older routes answer in the same shape, `param` included.
    const oldRoute = await fetch(`${url}/api/generate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"prompt": 5}' });
    expect(((await oldRoute.json()) as ErrorBody).error).toMatchObject({ type: 'invalid_request_error', param: 'prompt' });
    expect(((await (await fetch(`${url}/v1/nothing`)).json()) as ErrorBody).error).toMatchObject({ code: 'route_not_found', param: null });

    const after = await chat(good);
    expect(after.status).toBe(200);
    expect(((await after.json()) as ChatCompletion).usage.completion_tokens).toBe(2);
  });

  it('a client that disconnects mid-stream cancels the generation and frees the single engine slot', async () => {
    const seen = stub.doneEvents.length;
    stub.pauseAfterFirstToken = true;
    try {
      const controller = new AbortController();
      const response = await chat({ messages: STORY, max_tokens: 200, stream: true }, { signal: controller.signal });
      expect(response.status).toBe(200);
      const events = sseData(response.body);
      const role = JSON.parse((await events.next()).value as string) as ChatCompletionChunk;
      expect(role.choices[0]?.delta.role).toBe('assistant');
      const token = JSON.parse((await events.next()).value as string) as ChatCompletionChunk;
      expect(typeof token.choices[0]?.delta.content).toBe('string');
      // The generation now holds the only slot until its request is cancelled.
      controller.abort();
      const done = await stub.waitForDone(seen + 1);
      expect(done.finishReason).toBe('cancelled');
      expect(done.usage.completionTokens).toBeLessThan(200);

      // The same for a non-streaming request whose client gives up.
      const gaveUp = new AbortController();
      const pending = chat({ messages: STORY, max_tokens: 200 }, { signal: gaveUp.signal }).catch((error: unknown) => error);
      await expectRunning(1);
      gaveUp.abort();
      expect(await pending).toBeInstanceOf(Error);
      expect((await stub.waitForDone(seen + 2)).finishReason).toBe('cancelled');
    } finally {
      stub.pauseAfterFirstToken = false;
    }
    // Served at once: nothing waits for the abandoned generations.
    expect((await readSse(await chat({ messages: STORY, max_tokens: 4, stream: true }))).at(-1)).toBe('[DONE]');
    const whole = (await (await chat({ messages: STORY, max_tokens: 4 })).json()) as ChatCompletion;
    expect(whole.choices[0]?.finish_reason).toBe('length');
    await expectRunning(0);
    expect((await stub.app.health()).scheduler).toMatchObject({ running: 0, queued: 0 });
  });

  async function expectRunning(count: number): Promise<void> {
    const deadline = Date.now() + 30_000;
    while ((await stub.app.health()).scheduler.running !== count) {
      if (Date.now() > deadline) throw new Error(`scheduler never had ${count} running: ${JSON.stringify((await stub.app.health()).scheduler)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('close() ends an open stream with an error event', async () => {
    const second = await startRestServer(stub.app);
    stub.pauseAfterFirstToken = true;
    try {
      const response = await fetch(`${second.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ messages: STORY, max_tokens: 200, stream: true }),
      });
      const reading = readSse(response);
      await expectRunning(1);
      await second.server.close();
      const events = await reading;
      expect(events.at(-1)).toMatchObject({ error: { type: 'server_error', code: 'cancelled', param: null } });
      expect(events).not.toContain('[DONE]');
    } finally {
      stub.pauseAfterFirstToken = false;
    }
  });
});
