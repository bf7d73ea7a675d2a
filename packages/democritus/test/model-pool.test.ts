import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LlamaEngine } from '../src/engine/llama-engine.js';
import type { ModelHandle } from '../src/engine/types.js';
import { collect, createTestEngine, storyRequest } from './support/engine.js';
import { tinyModelHandle } from './support/tiny-model.js';

describe('model pool: LRU hot swapping', () => {
  let dir: string;
  let first: ModelHandle;
  let second: ModelHandle;
  let engine: LlamaEngine;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'democritus-lru-'));
    first = tinyModelHandle();
    const copyPath = join(dir, 'stories-copy.gguf');
    await copyFile(first.path, copyPath);
    // The registry keys models by content hash; a copy gets a distinct key here so the pool treats it as another model.
    second = { ...first, path: copyPath, name: 'stories-copy.gguf', sha256: 'f'.repeat(64) };
    engine = await createTestEngine({ limits: { maxLoadedModels: 1, memoryBudgetBytes: 0 } });
  });
  afterAll(async () => {
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('unloads the least recently used model to load another one', async () => {
    await engine.preload(first);
    expect(engine.loadedModels().map((m) => m.name)).toEqual(['stories260K.gguf']);
    await collect(engine.generate(storyRequest({ model: second, maxTokens: 5 })));
    expect(engine.loadedModels().map((m) => m.name)).toEqual(['stories-copy.gguf']);
  });

  it('never unloads a model under a running generation; the other load waits for it', async () => {
    await engine.preload(first);
    const order: string[] = [];
    const running = engine.generate(storyRequest({ model: first, maxTokens: 200 }))[Symbol.asyncIterator]();
    const firstEvent = await running.next();
    expect(firstEvent.value?.type).toBe('token');
    expect(engine.loadedModels()[0]?.activeGenerations).toBe(1);

    const waiting = collect(engine.generate(storyRequest({ model: second, maxTokens: 5 }))).then((r) => {
      order.push('second model generated');
      return r;
    });
    let finish: string | undefined;
    for (let step = await running.next(); !step.done; step = await running.next()) {
      if (step.value.type === 'done') {
        finish = step.value.finishReason;
        order.push('first model finished');
      } else {
        expect(engine.loadedModels().map((m) => m.name)).toContain('stories260K.gguf');
      }
    }
    expect(finish).toBe('length');
    const result = await waiting;
    expect(result.done.finishReason).toBe('length');
    expect(order).toEqual(['first model finished', 'second model generated']);
    expect(engine.loadedModels().map((m) => m.name)).toEqual(['stories-copy.gguf']);
  });

  it('refuses a model larger than the memory budget with a clear error', async () => {
    const small = await createTestEngine({ limits: { maxLoadedModels: 2, memoryBudgetBytes: 1000 } });
    try {
      await expect(small.preload(first)).rejects.toThrow(/memory budget/);
    } finally {
      await small.close();
    }
  });
});
