// vitest global setup of the integration tests: builds dist once per run before any test starts, so a test that runs
// the built CLI (test/support/cli.ts) never runs a stale one, whether the run is `npm test` or `npx vitest run <file>`.
import { build } from './build.js';

export default function setup() {
  build();
}
