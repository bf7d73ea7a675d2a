// How many llama.cpp threads a model gets by default, and with `[inference] threads` set.
import { describe, expect, it } from 'vitest';
import { chooseThreadCount, SINGLE_THREAD_MODEL_BYTES } from '../src/core/threads/thread-count.js';
import { resolveThreadCount } from '../src/engine/threads.js';
import { TINY_MODEL_BYTES } from './support/tiny-model.js';

const machine = { physicalCores: 4, availableCores: 8 };

describe('chooseThreadCount', () => {
  it('gives a small model one thread: more only collapse when another process takes a core', () => {
    expect(chooseThreadCount({ configured: 0, modelBytes: TINY_MODEL_BYTES, ...machine })).toBe(1);
    expect(chooseThreadCount({ configured: 0, modelBytes: SINGLE_THREAD_MODEL_BYTES - 1, ...machine })).toBe(1);
  });

  it('gives a larger model one thread per physical core, never more than the cores available', () => {
    expect(chooseThreadCount({ configured: 0, modelBytes: SINGLE_THREAD_MODEL_BYTES, ...machine })).toBe(4);
    expect(chooseThreadCount({ configured: 0, modelBytes: 4e9, physicalCores: 4, availableCores: 2 })).toBe(2);
    expect(chooseThreadCount({ configured: 0, modelBytes: 4e9, physicalCores: null, availableCores: 3 })).toBe(3);
  });

  it('keeps a configured count, capped at the cores available, whatever the model', () => {
    expect(chooseThreadCount({ configured: 2, modelBytes: TINY_MODEL_BYTES, ...machine })).toBe(2);
    expect(chooseThreadCount({ configured: 64, modelBytes: 4e9, ...machine })).toBe(8);
  });

  it('on this machine: the bundled tiny model runs on one thread by default', () => {
    expect(resolveThreadCount(0, TINY_MODEL_BYTES)).toBe(1);
  });
});
