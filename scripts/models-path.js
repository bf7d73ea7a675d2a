// Points DEMOCRITUS_MODELS_PATH at the workplace's shared model folder (../shared/models beside the checkout) when it
// exists, so tests, benchmarks and the local demo find the bundled tiny model offline. Used by vitest, bench and start.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const sharedModelsDir = resolve(repoRoot, '..', 'shared', 'models');

export function withSharedModelsPath(env = process.env) {
  if (!existsSync(sharedModelsDir)) return env;
  const dirs = (env.DEMOCRITUS_MODELS_PATH ?? '').split(':').filter((d) => d.length > 0);
  if (!dirs.includes(sharedModelsDir)) dirs.push(sharedModelsDir);
  env.DEMOCRITUS_MODELS_PATH = dirs.join(':');
  return env;
}
