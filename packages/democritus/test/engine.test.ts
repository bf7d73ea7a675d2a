import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LlamaEngine } from '../src/engine/llama-engine.js';
import type { ModelPool } from '../src/engine/model-pool.js';
import type { Token } from 'node-llama-cpp';
import { CandidateList } from '../src/core/sampling/sampler.js';
import { createTokenStepper } from '../src/engine/token-step.js';
import { directSteppingAvailable, singleTokenFastPathAvailable } from '../src/patches/node-llama-cpp-direct-stepping.js';
import type { PatchCheck } from '../src/patches/registry.js';
import { collect, createTestEngine, storyRequest } from './support/engine.js';
import { tinyModelHandle } from './support/tiny-model.js';

describe('LlamaEngine on the real stories260K model', () => {
  let engine: LlamaEngine;
  beforeAll(async () => {
    engine = await createTestEngine();
  });
  afterAll(async () => {
    await engine.close();
  });

  it('streams a generation token by token and reports usage', async () => {
    const seen: string[] = [];
    let done = false;
    for await (const event of engine.generate(storyRequest({ maxTokens: 30 }))) {
      if (event.type === 'token') {
        expect(done).toBe(false);
        seen.push(event.text);
      } else {
        done = true;
        expect(event.finishReason).toBe('length');
        expect(event.usage.completionTokens).toBe(30);
        expect(event.usage.promptTokens).toBeGreaterThan(1);
        expect(event.timings.firstTokenMs).not.toBeNull();
      }
    }
    expect(done).toBe(true);
    expect(seen).toHaveLength(30);
    expect(seen.join('')).toMatch(/[a-z]{3,}/i);
  });

  it('gives the same output twice at temperature 0 with a fixed seed', async () => {
    const first = await collect(engine.generate(storyRequest({ maxTokens: 60 })));
    const second = await collect(engine.generate(storyRequest({ maxTokens: 60 })));
    expect(second.tokens.map((t) => t.tokenId)).toEqual(first.tokens.map((t) => t.tokenId));
    expect(second.text).toBe(first.text);
  });

  it('is reproducible at temperature > 0 with the same seed, and varies with another seed', async () => {
    const sampled = (seed: number) =>
      collect(engine.generate(storyRequest({ maxTokens: 80, sampling: { temperature: 1, topP: 0.95, topK: 40, seed } })));
    const a = await sampled(7);
    const b = await sampled(7);
    const c = await sampled(8);
    expect(b.text).toBe(a.text);
    expect(c.text).not.toBe(a.text);
  });

  it('stops promptly when the signal aborts mid-stream', async () => {
    const controller = new AbortController();
    let tokens = 0;
    let finish: string | undefined;
    for await (const event of engine.generate(storyRequest({ maxTokens: 400, signal: controller.signal }))) {
      if (event.type === 'token' && ++tokens === 5) controller.abort();
      if (event.type === 'done') finish = event.finishReason;
    }
    expect(finish).toBe('cancelled');
    expect(tokens).toBe(5);
  });

  it('reports sorted, proper top-k log-probabilities', async () => {
    const { tokens } = await collect(engine.generate(storyRequest({ maxTokens: 40, topLogprobs: 5 })));
    for (const token of tokens) {
      expect(token.topLogprobs).toHaveLength(5);
      const values = token.topLogprobs.map((t) => t.logprob);
      expect([...values].sort((x, y) => y - x)).toEqual(values);
      for (const value of values) expect(value).toBeLessThanOrEqual(0);
      expect(values.reduce((sum, v) => sum + Math.exp(v), 0)).toBeLessThanOrEqual(1 + 1e-6);
      // Greedy decoding picks the most likely token.
      expect(token.tokenId).toBe(token.topLogprobs[0]?.tokenId);
      expect(token.logprob).toBeCloseTo(values[0] ?? 0, 9);
    }
  });

  it('matches teacher-forced evaluation of the same tokens within a small tolerance', async () => {
    const request = storyRequest({ maxTokens: 50, sampling: { temperature: 0.9, topP: 0.95, topK: 40, seed: 3 } });
    const generated = await collect(engine.generate(request));
    const scored = await engine.scoreContinuation({
      model: request.model,
      input: request.input,
      continuation: { tokenIds: generated.tokens.map((t) => t.tokenId) },
      topLogprobs: 3,
    });
    expect(scored).toHaveLength(generated.tokens.length);
    let worst = 0;
    scored.forEach((token, i) => {
      worst = Math.max(worst, Math.abs(token.logprob - (generated.tokens[i]?.logprob ?? 0)));
    });
    expect(worst).toBeLessThan(0.02);
    expect(scored.map((t) => t.text).join('')).toBe(generated.text);
  });

  it('refuses to score token ids outside the vocabulary (another model\'s tokens) with a bad_request naming the position, and keeps working', async () => {
    const request = storyRequest();
    await expect(engine.scoreContinuation({ model: request.model, input: request.input, continuation: { tokenIds: [5, 17196] } })).rejects.toMatchObject({
      code: 'bad_request',
      message: expect.stringMatching(/continuation token 1 has id 17196, outside this model's vocabulary of \d+ tokens/) as unknown,
    });
    expect(await engine.scoreContinuation({ model: request.model, input: request.input, continuation: { tokenIds: [5] } })).toHaveLength(1);
  });

  it('honours stop sequences without streaming any part of them', async () => {
    const plain = await collect(engine.generate(storyRequest({ maxTokens: 60 })));
    const stopAt = plain.text.indexOf(' named');
    expect(stopAt).toBeGreaterThan(0);
    const stopped = await collect(engine.generate(storyRequest({ maxTokens: 60, stop: [' named'] })));
    expect(stopped.done.finishReason).toBe('stop');
    expect(stopped.text).toBe(plain.text.slice(0, stopAt));
  });

  it('continues an answer from its token ids exactly, or from its text; a stop sequence spanning the seam still stops it', async () => {
    const plain = await collect(engine.generate(storyRequest({ maxTokens: 60 })));
    const ids = plain.tokens.map((t) => t.tokenId);
    const cut = 20;
    const before = plain.tokens.slice(0, cut).map((t) => t.text).join('');
    const fromIds = await collect(engine.generate(storyRequest({ maxTokens: 60 - cut, continuation: { tokenIds: ids.slice(0, cut) } })));
    expect(fromIds.tokens.map((t) => t.tokenId)).toEqual(ids.slice(cut));
    expect(before + fromIds.text).toBe(plain.text);
    const fromText = await collect(engine.generate(storyRequest({ maxTokens: 60 - cut, continuation: { text: before } })));
    expect(fromText.text.length).toBeGreaterThan(0);

    // A stop sequence whose first half was written before the seam and whose second half comes after it.
    const seam = before.length;
    const stop = plain.text.slice(seam - 3, seam + 4);
    const expected = plain.text.slice(0, plain.text.indexOf(stop));
    expect(expected.length).toBe(seam - 3);
    const stoppedIds = await collect(engine.generate(storyRequest({ maxTokens: 60 - cut, stop: [stop], continuation: { tokenIds: ids.slice(0, cut) } })));
    expect(stoppedIds.done.finishReason).toBe('stop');
    expect(stoppedIds.text).toBe('');
    const stoppedText = await collect(engine.generate(storyRequest({ maxTokens: 60 - cut, stop: [stop], continuation: { text: before } })));
    expect(stoppedText.done.finishReason).toBe('stop');
    expect(stoppedText.text).toBe('');
  });

  it('refuses a continuation token id outside the vocabulary', async () => {
    await expect(collect(engine.generate(storyRequest({ continuation: { tokenIds: [-1] } })))).rejects.toMatchObject({ code: 'bad_request', message: expect.stringContaining('vocabulary') as string });
  });

  it('frees the model when the consumer leaves early, and stops at once when aborted before the first token', async () => {
    const controller = new AbortController();
    let tokens = 0;
    let finish: string | undefined;
    for await (const event of engine.generate(storyRequest({ maxTokens: 20, signal: controller.signal }))) {
      // Aborted between admission and the first token: no token comes, the end says why.
      if (event.type === 'token') tokens += 1;
      else finish = event.finishReason;
      controller.abort();
    }
    expect(tokens).toBeLessThanOrEqual(1);
    expect(finish).toBe('cancelled');
    // Leaving after two tokens (a look-ahead evaluation is running then) must release the only sequence.
    let seen = 0;
    for await (const event of engine.generate(storyRequest({ maxTokens: 50, topLogprobs: 0 }))) {
      if (event.type === 'token' && ++seen === 2) break;
    }
    const again = await collect(engine.generate(storyRequest({ maxTokens: 10 })));
    expect(again.done.usage.completionTokens).toBe(10);
  });

  it('with another node-llama-cpp version the direct-stepping patch stands aside and the public path gives the same steps', async () => {
    const lease = await (engine as unknown as { pool: ModelPool }).pool.acquire(tinyModelHandle());
    try {
      const { sequence, loaded } = lease;
      const prompt = [loaded.model.tokens.bos as Token, ...loaded.model.tokenize('Once upon a time')];
      const run = async (patchCheck: PatchCheck) => {
        await sequence.clearHistory();
        const stepper = createTokenStepper(sequence, { topCount: 3, patchCheck });
        const candidates = new CandidateList(3);
        const steps: { kind: string; total: number; argmax: Token | null; top: number[] }[] = [];
        let input: Token[] = prompt;
        for (let i = 0; i < 12; i++) {
          const total = await stepper.step(input, candidates);
          steps.push({ kind: stepper.kind, total, argmax: stepper.argmax, top: [...candidates.tokenIds.subarray(0, candidates.length)] });
          input = [stepper.argmax!];
        }
        stepper.dispose();
        return steps;
      };
      const patched = await run({});
      const unpatched = await run({ installedVersion: '3.23.0' });
      expect(patched.every((step) => step.kind === 'direct')).toBe(true);
      expect(unpatched.every((step) => step.kind === 'controlled')).toBe(true);
      expect(unpatched.map(({ kind: _, ...step }) => step)).toEqual(patched.map(({ kind: _, ...step }) => step));
    } finally {
      lease.release();
    }
  });

  it('drives llama.cpp directly and gives exactly what the public controlledEvaluate path gives', async () => {
    // The direct path relies on node-llama-cpp internals (token-step.ts); if an upgrade removes them the engine falls
    // back silently, so this test is what notices.
    const lease = await (engine as unknown as { pool: ModelPool }).pool.acquire(tinyModelHandle());
    try {
      expect(directSteppingAvailable(lease.sequence)).toBe(true);
      expect(singleTokenFastPathAvailable(lease.sequence)).toBe(true);
    } finally {
      lease.release();
    }
    const controlled = await createTestEngine({ directStepping: false });
    // Two sequences per context: one-token steps go through node-llama-cpp's batch scheduler (no fast path).
    const scheduled = await createTestEngine({ sequencesPerModel: 2 });
    // A generation that fills its context on the fast path up to the last position, then a second one on that sequence.
    const small = { direct: await createTestEngine({ contextSize: 256 }), controlled: await createTestEngine({ contextSize: 256, directStepping: false }) };
    try {
      const schedulerLease = await (scheduled as unknown as { pool: ModelPool }).pool.acquire(tinyModelHandle());
      expect(singleTokenFastPathAvailable(schedulerLease.sequence)).toBe(false);
      schedulerLease.release();
      const requests = [
        storyRequest({ maxTokens: 60, topLogprobs: 0 }),
        storyRequest({ maxTokens: 40, topLogprobs: 5 }),
        storyRequest({ maxTokens: 60, topLogprobs: 0, sampling: { temperature: 0.8, topP: 0.95, topK: 40, seed: 11 } }),
        storyRequest({ maxTokens: 40, topLogprobs: 3, sampling: { temperature: 1, topP: 0.9, topK: 0, seed: 12 } }),
      ];
      for (const request of requests) {
        const direct = await collect(engine.generate(request));
        const publicPath = await collect(controlled.generate(request));
        const viaScheduler = await collect(scheduled.generate(request));
        expect(direct.tokens).toEqual(publicPath.tokens);
        expect(viaScheduler.tokens).toEqual(publicPath.tokens);
        expect(direct.done.usage).toEqual(publicPath.done.usage);
        expect(direct.done.finishReason).toBe(publicPath.done.finishReason);
      }
      const smallLease = await (small.direct as unknown as { pool: ModelPool }).pool.acquire(tinyModelHandle());
      const contextSize = smallLease.sequence.contextSize;
      smallLease.release();
      const toTheEnd = storyRequest({ maxTokens: 1000, topLogprobs: 2 });
      const filled = await collect(small.direct.generate(toTheEnd));
      expect(filled.done.finishReason).toBe('length');
      expect(filled.done.usage.promptTokens + filled.done.usage.completionTokens).toBe(contextSize);
      expect(filled.tokens).toEqual((await collect(small.controlled.generate(toTheEnd))).tokens);
      // The sequence is reused afterwards exactly as before (its token state was kept in step with the KV cache).
      expect((await collect(small.direct.generate(toTheEnd))).tokens).toEqual(filled.tokens);
    } finally {
      await Promise.all([controlled.close(), scheduled.close(), small.direct.close(), small.controlled.close()]);
    }
  });

  it('renders chat messages for a model without a chat template as plain text', async () => {
    const chat = await collect(engine.generate(storyRequest({ input: { messages: [{ role: 'user', content: 'Once upon a time' }] } })));
    const prompt = await collect(engine.generate(storyRequest()));
    expect(chat.text).toBe(prompt.text);
  });

  it('refuses a prompt over sanitizer.input.max_prompt_tokens with prompt_too_long, naming the count and the limit', async () => {
    const limited = await createTestEngine({ maxPromptTokens: 3 });
    try {
      const events = limited.generate(storyRequest({ input: { prompt: 'Once upon a time there was a little dog' } }));
      await expect(collect(events)).rejects.toMatchObject({ code: 'prompt_too_long', message: expect.stringMatching(/is \d+ tokens long; this node accepts at most 3 \(sanitizer\.input\.max_prompt_tokens\)/) });
      // Under the limit (BOS + "Once") it runs.
      expect((await collect(limited.generate(storyRequest({ input: { prompt: 'Once' }, maxTokens: 3 })))).done.usage.completionTokens).toBe(3);
    } finally {
      await limited.close();
    }
  });

  it('constrains a generation to a JSON schema (the grammar path): the output parses and fits the schema', async () => {
    const schema = { type: 'object', properties: { name: { type: 'string', maxLength: 20 }, count: { type: 'integer' } } } as const;
    const run = await collect(engine.generate(storyRequest({ input: { prompt: 'Once upon a time' }, maxTokens: 200, jsonSchema: schema })));
    expect(run.done.finishReason).toBe('stop');
    const value = JSON.parse(run.text) as { name: unknown; count: unknown };
    expect(typeof value.name).toBe('string');
    expect(Number.isInteger(value.count)).toBe(true);
  });
});
