// `npm start`: a local swarm of three nodes on the repo's config.toml (`democritus swarm --nodes 3`): node 1 serves
// REST 8080, WebSocket 8081 and gRPC 50051; extra arguments go to the swarm command (e.g. `npm start -- --nodes 5`).
// The model is found in ./models, in the model cache, in ../shared/models when that folder exists (offline machines),
// or downloaded from the source config.toml names.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot, withSharedModelsPath } from './models-path.js';

const env = withSharedModelsPath({ ...process.env });
const cli = join(repoRoot, 'packages/democritus/bin/democritus.js');
const child = spawn(process.execPath, [cli, 'swarm', '--nodes', '3', '--config', join(repoRoot, 'config.toml'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
// The terminal's Ctrl-C reaches the swarm too; it stops once, whoever asks first.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
