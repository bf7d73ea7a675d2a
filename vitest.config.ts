import { defineConfig } from 'vitest/config';
// @ts-expect-error plain JS helper shared with the start and bench scripts
import { withSharedModelsPath } from './scripts/models-path.js';

withSharedModelsPath();

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts'],
    env: { DEMOCRITUS_MODELS_PATH: process.env.DEMOCRITUS_MODELS_PATH ?? '' },
    // Real models and real processes: give slow CI machines room; no test relies on timing.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Each test file runs llama.cpp with threads=1; two files at once fits 2 cores.
    maxWorkers: 2,
  },
});
