/**
 * Long-prompt benchmark (issue 14): how long one embedding of a hostile or very long prompt takes, per engine, now that
 * texts are cut to what the model reads before they are normalised or tokenized. The baseline is
 * `@energetic-ai/embeddings`' own tokenizer, whose cost grows quadratically: it is timed on shorter texts only (the
 * full ones would take minutes to hours).
 *
 *   node scripts/run-bench.js long-prompts.bench.ts
 */
import '../src/polyfills.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { GgufEmbeddingEngine } from '../src/embedding/gguf-embedding-engine.js';
import { UseLiteEngine } from '../src/embedding/use-lite-engine.js';
import { useLiteFiles } from '../src/embedding/use-lite-files.js';
import type { EmbeddingEngine } from '../src/embedding/types.js';
import { benchModel } from './bench-model.js';
import { median } from './stats.js';

interface EmbeddingsPackage {
  EmbeddingsModel: new (data: { vocabulary: [string, number | null][]; model: unknown }) => { tokenizer: { encode(text: string): number[] } };
}

const LIGATURES = '\ufdfa'.repeat(20_000);
const ESSAY = Array.from({ length: 2_000 }, (_, i) => `Sentence ${i} of a long essay about the atom. `).join('').slice(0, 32_000);
const PROMPTS = [
  { name: '60 KB of U+FDFA', text: LIGATURES },
  { name: '32 000 characters of English', text: ESSAY },
];
const ROUNDS = 5;

async function time(engine: EmbeddingEngine, text: string): Promise<number> {
  const started = performance.now();
  await engine.embed([text]);
  return performance.now() - started;
}

const engines: [string, EmbeddingEngine][] = [
  ['USE-lite', await UseLiteEngine.create({ workers: 1 })],
  [`GGUF ${benchModel().name}`, await GgufEmbeddingEngine.create({ model: benchModel(), threads: 1 })],
];
console.log(`long prompts: median of ${ROUNDS} embeddings each, one text per call`);
for (const [name, engine] of engines) {
  for (const prompt of PROMPTS) {
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) times.push(await time(engine, prompt.text));
    console.log(`  ${name.padEnd(24)} ${prompt.name.padEnd(30)} ${median(times).toFixed(1).padStart(8)} ms (max ${Math.max(...times).toFixed(1)} ms)`);
  }
  await engine.close();
}

const vocabulary = JSON.parse(readFileSync(useLiteFiles().vocab, 'utf8')) as [string, number | null][];
const { EmbeddingsModel } = createRequire(import.meta.url)('@energetic-ai/embeddings') as EmbeddingsPackage;
const { tokenizer } = new EmbeddingsModel({ vocabulary, model: null });
console.log("baseline: @energetic-ai/embeddings' tokenizer alone, on shorter texts");
for (const [name, text] of [
  ['1000 U+FDFA', LIGATURES.slice(0, 1_000)],
  ['2000 U+FDFA', LIGATURES.slice(0, 2_000)],
  ['16 000 characters of English', ESSAY.slice(0, 16_000)],
  ['32 000 characters of English', ESSAY],
] as const) {
  const started = performance.now();
  tokenizer.encode(text);
  console.log(`  ${name.padEnd(30)} ${(performance.now() - started).toFixed(0).padStart(8)} ms`);
}
