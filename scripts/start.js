// `npm start`: runs a local node on the repo's config.toml. The model is found in ./models, in the model cache, in
// ../shared/models when that folder exists (offline machines), or downloaded from the source config.toml names.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot, withSharedModelsPath } from './models-path.js';

const env = withSharedModelsPath({ ...process.env });
const cli = join(repoRoot, 'packages/democritus/bin/democritus.js');
const child = spawn(process.execPath, [cli, 'daemon', '--config', join(repoRoot, 'config.toml'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
