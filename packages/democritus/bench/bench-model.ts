import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelHandle } from '../src/engine/types.js';
import { BUNDLED_MODEL } from '../src/models/bundled-model.js';

const FILE = BUNDLED_MODEL.fileName;

/** The bundled tiny model, found through DEMOCRITUS_MODELS_PATH (the bench script points it at ../shared/models). */
export function benchModel(): ModelHandle {
  for (const dir of (process.env.DEMOCRITUS_MODELS_PATH ?? '').split(':')) {
    const path = join(dir, FILE);
    if (dir !== '' && existsSync(path)) {
      return { path, name: FILE, sha256: BUNDLED_MODEL.sha256, sizeBytes: BUNDLED_MODEL.sizeBytes };
    }
  }
  throw new Error(`${FILE} not found: set DEMOCRITUS_MODELS_PATH to the folder that holds it`);
}
