// `npm run build`: compiles the SDK and the node (tsc -b, incremental) and copies the generated protobuf code, a .js +
// .d.ts pair in the node's source that tsc does not emit, into dist beside the compiled code that imports it.
// Also vitest's global setup (scripts/vitest-build.js), so tests that run the built CLI never run a stale dist.
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './models-path.js';

const GENERATED = 'packages/democritus/src/protocol/generated';
const GENERATED_IN_DIST = 'packages/democritus/dist/protocol/generated';

export function build() {
  const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-b', 'packages/sdk', 'packages/democritus'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`tsc -b failed (exit ${result.status ?? result.signal})`);
  cpSync(join(repoRoot, GENERATED), join(repoRoot, GENERATED_IN_DIST), { recursive: true });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    build();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
