import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelHandle } from '../src/engine/types.js';

const FILE = 'stories260K.gguf';

/** The bundled tiny model, found through DEMOCRITUS_MODELS_PATH (the bench script points it at ../shared/models). */
export function benchModel(): ModelHandle {
  for (const dir of (process.env.DEMOCRITUS_MODELS_PATH ?? '').split(':')) {
    const path = join(dir, FILE);
    if (dir !== '' && existsSync(path)) {
      return { path, name: FILE, sha256: '270cba1bd5109f42d03350f60406024560464db173c0e387d91f0426d3bd256d', sizeBytes: 1_185_376 };
    }
  }
  throw new Error(`${FILE} not found: set DEMOCRITUS_MODELS_PATH to the folder that holds it`);
}
