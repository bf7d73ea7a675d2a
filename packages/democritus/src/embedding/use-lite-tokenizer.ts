import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { UseLiteFiles } from './use-lite-files.js';

interface EmbeddingsPackage {
  // The tokenizer is only reachable through the model class; it does not use the model to tokenize.
  EmbeddingsModel: new (data: { vocabulary: [string, number][]; model: unknown }) => {
    tokenizer: { encode(text: string): number[] };
  };
}

/** USE-lite's SentencePiece tokenizer (from `@energetic-ai/embeddings`) over the package's vocabulary: text -> token ids. */
export function loadUseLiteTokenizer(files: UseLiteFiles): (text: string) => number[] {
  const { EmbeddingsModel } = createRequire(import.meta.url)('@energetic-ai/embeddings') as EmbeddingsPackage;
  const vocabulary = JSON.parse(readFileSync(files.vocab, 'utf8')) as [string, number][];
  const { tokenizer } = new EmbeddingsModel({ vocabulary, model: null });
  return (text) => tokenizer.encode(text);
}
