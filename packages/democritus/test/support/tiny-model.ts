import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelHandle } from '../../src/engine/types.js';
import { BUNDLED_MODEL } from '../../src/models/bundled-model.js';

export const TINY_MODEL_FILE = BUNDLED_MODEL.fileName;
export const TINY_MODEL_SHA256 = BUNDLED_MODEL.sha256;
export const TINY_MODEL_BYTES = BUNDLED_MODEL.sizeBytes;

/** The real tiny Llama model, found through DEMOCRITUS_MODELS_PATH (vitest.config.ts points it at ../shared/models). */
export function tinyModelPath(): string {
  for (const dir of (process.env.DEMOCRITUS_MODELS_PATH ?? '').split(':')) {
    if (dir.length > 0 && existsSync(join(dir, TINY_MODEL_FILE))) return join(dir, TINY_MODEL_FILE);
  }
  throw new Error(`${TINY_MODEL_FILE} not found: set DEMOCRITUS_MODELS_PATH to the folder that holds it`);
}

export function tinyModelHandle(): ModelHandle {
  return { sha256: TINY_MODEL_SHA256, path: tinyModelPath(), name: TINY_MODEL_FILE, sizeBytes: TINY_MODEL_BYTES };
}

/** The second real model of the shared folder (llama-2-tiny-random: another vocabulary, other weights). */
export async function otherModelHandle(): Promise<ModelHandle> {
  const fileName = 'llama-2-tiny-random.gguf';
  const dir = (process.env.DEMOCRITUS_MODELS_PATH ?? '').split(':').find((candidate) => candidate.length > 0 && existsSync(join(candidate, fileName)));
  if (dir === undefined) throw new Error(`${fileName} not found: set DEMOCRITUS_MODELS_PATH to the folder that holds it`);
  const path = join(dir, fileName);
  const bytes = await readFile(path);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), path, name: fileName, sizeBytes: bytes.length };
}
