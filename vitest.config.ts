import { configDefaults, defineConfig } from 'vitest/config';
// @ts-expect-error plain JS helper shared with the start and bench scripts
import { withSharedModelsPath } from './scripts/models-path.js';

withSharedModelsPath();

/**
 * The unit tier (`npm run test:unit`, well under a minute): pure core logic, codecs, schemas and registries. No model,
 * no network, no child process, no build. A new test file that fits belongs in this list; every other one is an
 * integration test.
 */
const UNIT_TESTS = [
  'packages/democritus/test/audit-report-codec.test.ts',
  'packages/democritus/test/reputation-rules.test.ts',
  'packages/democritus/test/audit-compare.test.ts',
  'packages/democritus/test/aggregation.test.ts',
  'packages/democritus/test/aggregation-normalize.test.ts',
  'packages/democritus/test/bounded-text.test.ts',
  'packages/democritus/test/coalesced-body.test.ts',
  'packages/democritus/test/complexity.test.ts',
  'packages/democritus/test/config.test.ts',
  'packages/democritus/test/dependency-patches.test.ts',
  'packages/democritus/test/failover-core.test.ts',
  'packages/democritus/test/fair-share.test.ts',
  'packages/democritus/test/intent-core.test.ts',
  'packages/democritus/test/key-lookup-plan.test.ts',
  'packages/democritus/test/openai-chat-request.test.ts',
  'packages/democritus/test/peer-directory.test.ts',
  'packages/democritus/test/record-adverts.test.ts',
  'packages/democritus/test/restart-policy.test.ts',
  'packages/democritus/test/routing-core.test.ts',
  'packages/democritus/test/routing-ranking-cache.test.ts',
  'packages/democritus/test/rules-planner.test.ts',
  'packages/democritus/test/task-dag.test.ts',
  'packages/democritus/test/task-readiness.test.ts',
  'packages/democritus/test/sanitizer-rules.test.ts',
  'packages/democritus/test/serving-throttle.test.ts',
  'packages/democritus/test/thread-count.test.ts',
];

export default defineConfig({
  test: {
    env: { DEMOCRITUS_MODELS_PATH: process.env.DEMOCRITUS_MODELS_PATH ?? '' },
    // Real models and real processes: give slow CI machines room; no test relies on timing.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Each test file runs llama.cpp with threads=1; two files at once fits 2 cores.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT_TESTS } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['packages/*/test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...UNIT_TESTS],
          // Builds dist once per run: the CLI tests run the built command.
          globalSetup: ['scripts/vitest-build.js'],
        },
      },
    ],
  },
});
