// Runs a TypeScript benchmark with the shared model folder on the search path:
// `node scripts/run-bench.js <bench file relative to packages/democritus/bench> [args...]`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot, withSharedModelsPath } from './models-path.js';

const [file = 'run-all.ts', ...args] = process.argv.slice(2);
const env = withSharedModelsPath({ ...process.env });
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
const result = spawnSync(tsx, [join(repoRoot, 'packages/democritus/bench', file), ...args], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
