import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CachedEmbeddingEngine } from '../src/embedding/cached-embedding-engine.js';
import { createEmbeddingEngine } from '../src/embedding/create-embedding-engine.js';
import { GgufEmbeddingEngine } from '../src/embedding/gguf-embedding-engine.js';
import { UseLiteEngine } from '../src/embedding/use-lite-engine.js';
import { EmbeddingWorkerCrashedError } from '../src/embedding/use-lite-worker-handle.js';
import { CancelledError } from '../src/errors.js';
import { tinyModelHandle } from './support/tiny-model.js';

const dot = (a: Float32Array, b: Float32Array): number => a.reduce((sum, value, i) => sum + value * b[i]!, 0);
const norm = (v: Float32Array): number => Math.sqrt(dot(v, v));

const LIGHT = 'What is the speed of light in a vacuum?';
const LIGHT_AGAIN = 'How fast does light travel through empty space?';
const CAKE = 'Give me a recipe for a moist chocolate cake.';
const LONG = `${'Which of the following statements about the structure of the atom is correct? '.repeat(6)}A. one B. two`;
/** 60 KB of one ligature that NFKC turns into 18 characters: ~1 million characters once normalised. */
const LIGATURES = '\ufdfa'.repeat(20_000);
/** 32 000 characters of English. */
const ESSAY = Array.from({ length: 2_000 }, (_, i) => `Sentence ${i} of a long essay about the atom. `).join('').slice(0, 32_000);

const expectUnitVectors = (vectors: Float32Array[], count: number, dimensions: number): void => {
  expect(vectors).toHaveLength(count);
  for (const vector of vectors) {
    expect(vector).toHaveLength(dimensions);
    expect(norm(vector)).toBeCloseTo(1, 5);
  }
};

describe('USE-lite engine', () => {
  let engine: UseLiteEngine;

  beforeAll(async () => {
    engine = await UseLiteEngine.create();
  });
  afterAll(async () => {
    await engine.close();
  });

  it('runs on onnxruntime by default', () => {
    expect(engine.backend).toBe('onnxruntime');
    expect(engine.fallbackReason).toBeNull();
  });

  it('returns 512-dimensional unit vectors in input order, also for an empty text', async () => {
    const vectors = await engine.embed([LIGHT, CAKE, '', LONG]);
    expect(engine.dimensions).toBe(512);
    expect(vectors).toHaveLength(4);
    for (const vector of vectors) {
      expect(vector).toBeInstanceOf(Float32Array);
      expect(vector).toHaveLength(512);
      expect(norm(vector)).toBeCloseTo(1, 5);
    }
    expect(dot(vectors[0]!, vectors[1]!)).toBeLessThan(0.99);
  });

  it('places two physics questions closer to each other than to a cooking request', async () => {
    const [light, lightAgain, cake] = await engine.embed([LIGHT, LIGHT_AGAIN, CAKE]);
    const physics = dot(light!, lightAgain!);
    expect(physics).toBeGreaterThan(dot(light!, cake!) + 0.1);
    expect(physics).toBeGreaterThan(dot(lightAgain!, cake!) + 0.1);
  });

  it('gives the same vector alone, in a padded batch and on every call', async () => {
    const [alone] = await engine.embed([LIGHT]);
    const batched = await engine.embed(['short', LONG, LIGHT, CAKE]);
    const [again] = await engine.embed([LIGHT]);
    expect(dot(alone!, batched[2]!)).toBeGreaterThan(0.99999);
    expect(dot(alone!, again!)).toBeGreaterThan(0.99999);
  });

  it('batches concurrent calls', async () => {
    const before = engine.stats();
    const calls = Array.from({ length: 8 }, (_, i) => engine.embed([`concurrent question number ${i}`]));
    const results = await Promise.all(calls);
    const after = engine.stats();
    expect(results.every((vectors) => vectors.length === 1)).toBe(true);
    expect(after.textsEmbedded - before.textsEmbedded).toBe(8);
    // One dispatch of 8 waiting texts, split over the (at most two) idle workers.
    expect(after.batches - before.batches).toBeLessThanOrEqual(2);
    expect(after.largestBatch).toBeGreaterThanOrEqual(4);
  });

  it('serves cache hits without calling the worker, and embeds concurrent duplicates once', async () => {
    const cached = new CachedEmbeddingEngine(engine, 100);
    expect(cached.spaceId).toBe(engine.spaceId);
    const [first] = await cached.embed([CAKE]);
    const embedded = engine.stats().textsEmbedded;
    const [hit] = await cached.embed([CAKE]);
    expect(engine.stats().textsEmbedded).toBe(embedded);
    expect(Array.from(hit!)).toEqual(Array.from(first!));
    expect(hit).not.toBe(first);
    expect(cached.cacheStats()).toMatchObject({ hits: 1, misses: 1, entries: 1 });

    const twice = await Promise.all([cached.embed([LIGHT, LIGHT]), cached.embed([LIGHT])]);
    expect(engine.stats().textsEmbedded).toBe(embedded + 1);
    expect(Array.from(twice[1][0]!)).toEqual(Array.from(twice[0][1]!));
  });

  it('embeds a 60 KB ligature prompt and a 32 000-character prompt, reading only what the model reads', async () => {
    expect(Buffer.byteLength(LIGATURES)).toBe(60_000);
    expect(ESSAY).toHaveLength(32_000);
    const [ligatures, essay] = await engine.embed([LIGATURES, ESSAY]);
    expectUnitVectors([ligatures!, essay!], 2, 512);
    // 128 tokens of this essay come from its first ~600 characters: the rest never changed the vector.
    const [essayStart] = await engine.embed([ESSAY.slice(0, 4_000)]);
    expect(dot(essay!, essayStart!)).toBeGreaterThan(0.99999);
  });

  describe('a worker that dies', () => {
    // A crash is simulated by terminating the thread mid-batch. That is only safe on TF.js: onnxruntime-node aborts the
    // process when its thread is terminated during a run. The engine's crash handling is the same for both runtimes.
    const workers: Worker[] = [];
    let crashing: UseLiteEngine;

    beforeAll(async () => {
      crashing = await UseLiteEngine.create({ workers: 1, runtime: 'tfjs', onWorkerStart: (worker) => workers.push(worker) });
    });
    afterAll(async () => {
      await crashing.close();
    });

    it('rejects the pending batch when its worker dies, and restarts the worker on the next call', async () => {
      const batchesBefore = crashing.stats().batches;
      const pending = crashing.embed([LONG, LIGHT]);
      while (crashing.stats().batches === batchesBefore) await new Promise((resolve) => setTimeout(resolve, 1));
      await new Promise((resolve) => setImmediate(resolve));
      await workers[0]!.terminate();
      await expect(pending).rejects.toThrow(EmbeddingWorkerCrashedError);
      await expect(pending).rejects.toThrow(/worker crashed.*restarts on the next call/);

      const [vector] = await crashing.embed([LIGHT]);
      const [reference] = await engine.embed([LIGHT]);
      // TF.js and onnxruntime agree to cosine 0.9999 (tested below).
      expect(dot(vector!, reference!)).toBeGreaterThan(0.9999);
      expect(crashing.stats().workerStarts).toBe(2);
      expect(workers).toHaveLength(2);
    });
  });

  describe('a second instance', () => {
    const workers: Worker[] = [];
    let second: UseLiteEngine;

    beforeAll(async () => {
      second = await UseLiteEngine.create({ workers: 1, onWorkerStart: (worker) => workers.push(worker) });
    });
    afterAll(async () => {
      await second.close();
    });

    it('has the same space id: a SHA-256 of the model files', () => {
      expect(second.spaceId).toMatch(/^[0-9a-f]{64}$/);
      expect(second.spaceId).toBe(engine.spaceId);
    });

    it('rejects a cancelled call at once, drops its queued texts and serves the next call', async () => {
      const before = second.stats();
      // Enough batches for the one worker to stay busy while the next call waits in the queue.
      const ahead = Array.from({ length: 256 }, (_, i) => `${LONG} (${i})`);
      let aheadDone = false;
      const first = second.embed(ahead).then((vectors) => {
        aheadDone = true;
        return vectors;
      });
      while (second.stats().batches === before.batches) await new Promise((resolve) => setImmediate(resolve));
      const requester = new AbortController();
      const cancelled = second.embed(['a prompt whose requester leaves', 'and its second text'], { signal: requester.signal });
      expect(aheadDone).toBe(false);
      requester.abort();
      await expect(cancelled).rejects.toBeInstanceOf(CancelledError);
      await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
      expect(aheadDone).toBe(false);
      expectUnitVectors(await first, ahead.length, 512);
      const [next] = await second.embed([LIGHT]);
      const [reference] = await engine.embed([LIGHT]);
      expect(dot(next!, reference!)).toBeGreaterThan(0.99999);
      expect(second.stats().textsEmbedded - before.textsEmbedded).toBe(ahead.length + 1);
      await expect(second.embed([LIGHT], { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(CancelledError);
    });

    it('behind the cache, cancels a text only when every call waiting for it has left', async () => {
      const cached = new CachedEmbeddingEngine(second, 100);
      const before = second.stats();
      const ahead = Array.from({ length: 128 }, (_, i) => `${LONG} [${i}]`);
      const first = second.embed(ahead);
      while (second.stats().batches === before.batches) await new Promise((resolve) => setImmediate(resolve));
      const leaving = new AbortController();
      const staying = new AbortController();
      const left = cached.embed([CAKE], { signal: leaving.signal });
      const stayed = cached.embed([CAKE], { signal: staying.signal });
      const alone = new AbortController();
      const abandoned = cached.embed([LIGHT_AGAIN], { signal: alone.signal });
      leaving.abort();
      alone.abort();
      await expect(left).rejects.toBeInstanceOf(CancelledError);
      await expect(abandoned).rejects.toBeInstanceOf(CancelledError);
      const [cake] = await stayed;
      const [reference] = await engine.embed([CAKE]);
      expect(dot(cake!, reference!)).toBeGreaterThan(0.99999);
      await first;
      // The cake once, and never the abandoned text.
      expect(second.stats().textsEmbedded - before.textsEmbedded).toBe(ahead.length + 1);
      expect(cached.cacheStats().entries).toBe(1);
    });

    it('close() rejects the running batch at once, stops the worker thread after it, and later calls fail', async () => {
      const batchesBefore = second.stats().batches;
      const pending = second.embed(Array.from({ length: 32 }, (_, i) => `${LONG} <${i}>`));
      while (second.stats().batches === batchesBefore) await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
      const worker = workers[workers.length - 1]!;
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      // onnxruntime aborts the whole process if its thread is terminated during a run: close() waits for the batch.
      const closed = second.close();
      await expect(pending).rejects.toMatchObject({ code: 'engine_closed' });
      await closed;
      await exited;
      await expect(second.embed([LIGHT])).rejects.toMatchObject({ code: 'engine_closed' });
    });
  });
});

describe('USE-lite on onnxruntime against TF.js', () => {
  it('gives the same vectors as the TF.js graph (cosine >= 0.9999), alone and in padded batches', async () => {
    const onnxEngine = await UseLiteEngine.create({ workers: 1 });
    const tfjsEngine = await UseLiteEngine.create({ workers: 1, runtime: 'tfjs' });
    try {
      expect(tfjsEngine.backend).toBe('wasm');
      const texts = [LIGHT, LIGHT_AGAIN, CAKE, '', LONG, LONG.repeat(3), 'Ünïcödé — 数学 🧮', 'a'];
      const fromTfjs = await tfjsEngine.embed(texts);
      const batched = await onnxEngine.embed(texts);
      const alone = await Promise.all(texts.map(async (text) => (await onnxEngine.embed([text]))[0]!));
      texts.forEach((_, i) => {
        expect(dot(batched[i]!, fromTfjs[i]!)).toBeGreaterThan(0.9999);
        expect(dot(alone[i]!, fromTfjs[i]!)).toBeGreaterThan(0.9999);
      });
      expect(onnxEngine.spaceId).toBe(tfjsEngine.spaceId);
    } finally {
      await Promise.all([onnxEngine.close(), tfjsEngine.close()]);
    }
  });
});

describe('createEmbeddingEngine', () => {
  it('puts an LRU cache in front of the configured engine', async () => {
    const engine = await createEmbeddingEngine({ kind: 'use-lite', workers: 1, cacheSize: 10 });
    try {
      expect(engine).toBeInstanceOf(CachedEmbeddingEngine);
      expect(engine.modelName).toBe('use-lite');
      const [a] = await engine.embed([LIGHT]);
      const [b] = await engine.embed([LIGHT]);
      expect(Array.from(a!)).toEqual(Array.from(b!));
      expect((engine as CachedEmbeddingEngine).cacheStats().hits).toBe(1);
    } finally {
      await engine.close();
    }
  });
});

describe('GGUF embedding engine', () => {
  it('on the tiny stories260K model (64-dim vectors without meaning): shape, unit norm, determinism, batching', async () => {
    const model = tinyModelHandle();
    const engine = await GgufEmbeddingEngine.create({ model, threads: 1 });
    try {
      expect(engine.spaceId).toBe(model.sha256);
      expect(engine.modelName).toBe(model.name);
      expect(engine.dimensions).toBe(64);
      const texts = ['Once upon a time', 'there was a little dog', '', 'the end '.repeat(2000)];
      const batched = await engine.embed(texts);
      expect(batched).toHaveLength(texts.length);
      for (const vector of batched) {
        expect(vector).toHaveLength(64);
        expect(norm(vector)).toBeCloseTo(1, 5);
      }
      const singles = await Promise.all(texts.map(async (text) => (await engine.embed([text]))[0]!));
      singles.forEach((vector, i) => expect(dot(vector, batched[i]!)).toBeGreaterThan(0.99999));
      expect(dot(batched[0]!, batched[1]!)).toBeLessThan(0.99999);
    } finally {
      await engine.close();
    }
    await expect(engine.embed(['after close'])).rejects.toMatchObject({ code: 'engine_closed' });
  });

  it('embeds a 60 KB ligature prompt and a 32 000-character prompt; a cancelled call is dropped and the next served', async () => {
    const engine = await GgufEmbeddingEngine.create({ model: tinyModelHandle(), threads: 1 });
    try {
      const [ligatures, essay] = await engine.embed([LIGATURES, ESSAY]);
      expectUnitVectors([ligatures!, essay!], 2, 64);
      // The context keeps 509 tokens, a few thousand characters: only that much of the essay was read.
      const [essayStart] = await engine.embed([ESSAY.slice(0, 8_000)]);
      expect(dot(essay!, essayStart!)).toBeGreaterThan(0.99999);
      const ahead = engine.embed(Array.from({ length: 4 }, (_, i) => ESSAY.slice(i * 100, i * 100 + 2_000)));
      const requester = new AbortController();
      const cancelled = engine.embed(['a prompt whose requester leaves'], { signal: requester.signal });
      requester.abort();
      await expect(cancelled).rejects.toBeInstanceOf(CancelledError);
      expectUnitVectors(await ahead, 4, 64);
      const [next] = await engine.embed(['Once upon a time']);
      const [again] = await engine.embed(['Once upon a time']);
      expect(dot(next!, again!)).toBeGreaterThan(0.99999);
    } finally {
      await engine.close();
    }
  });
});
