// Runs the benchmark suite with the shared model folder on the search path.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot, withSharedModelsPath } from './models-path.js';

const env = withSharedModelsPath({ ...process.env });
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
const result = spawnSync(tsx, [join(repoRoot, 'packages/democritus/bench/run-all.ts'), ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
