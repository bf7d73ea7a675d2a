// Points DEMOCRITUS_MODELS_PATH at the checkout's models/ folder and at the workplace's shared model folder
// (../shared/models beside the checkout) when they exist, so the CLI, tests, benchmarks and the local demo find the
// bundled tiny model offline. Used by the CLI inside a checkout, vitest, bench and start.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const checkoutModelsDir = resolve(repoRoot, 'models');
export const sharedModelsDir = resolve(repoRoot, '..', 'shared', 'models');

export function withSharedModelsPath(env = process.env) {
  const dirs = (env.DEMOCRITUS_MODELS_PATH ?? '').split(':').filter((d) => d.length > 0);
  for (const dir of [checkoutModelsDir, sharedModelsDir]) if (existsSync(dir) && !dirs.includes(dir)) dirs.push(dir);
  env.DEMOCRITUS_MODELS_PATH = dirs.join(':');
  return env;
}
