/**
 * `npm run bench:intent -- --data <file>`: intent classification accuracy on public labelled prompts (issue 15).
 *
 * Each JSONL line has `prompt` and `label`; the label is one of the 11 intents or a task-type label of the documented
 * mapping (bench/intent/label-mapping.ts); labels the mapping excludes are dropped and counted. Measured in one run:
 *   classifier  the production path, `IntentClassifier` on the USE-lite engine: prototypes from the project's examples
 *               (src/core/intent/intent-examples.ts) fused with the lexical cues at the default parameters;
 *   baseline    the keyword-only classifier (src/core/intent/keyword-baseline.ts);
 *   ablations   embeddings without cues, cues without embeddings, centroids only, nearest examples only, and a
 *               supervised head (shrinkage LDA trained on the examples, fused with the cues; rejected on the dev split)
 *               (reported, never used to choose anything).
 * The defaults come from two grids, both printed: the similarity blend and the temperature by leave-one-out on the
 * project's own examples (`--tune-only` prints just that, without reading the data); the cue weight and the knowledge
 * prior on the dev split of the shared file (MT-Bench and Vicuna), so that WizardLM's items stay held out.
 * Prints a confusion matrix and per-class precision/recall; the last line is one JSON object.
 */
import '../src/polyfills.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { IntentClassifier } from '../src/app/coordinator/intent-classifier.js';
import { DEFAULT_INTENT_PARAMETERS, classifyIntent, type IntentClassifierParameters } from '../src/core/intent/classify-intent.js';
import { classifyByCues } from '../src/core/intent/fusion.js';
import { INTENT_EXAMPLES } from '../src/core/intent/intent-examples.js';
import { INTENTS, type Intent } from '../src/core/intent/intents.js';
import { discriminantScores, trainLinearDiscriminant } from '../src/core/intent/linear-discriminant.js';
import { cueScores, matchCues } from '../src/core/intent/cues.js';
import { classifyByKeywords } from '../src/core/intent/keyword-baseline.js';
import { buildIntentPrototypes, type IntentPrototypes } from '../src/core/intent/prototypes.js';
import { createEmbeddingEngine } from '../src/embedding/create-embedding-engine.js';
import type { EmbeddingEngine } from '../src/embedding/types.js';
import { intentOfLabel } from './intent/label-mapping.js';

const DEFAULT_DATA = fileURLToPath(new URL('../../../../shared/data/intent/task_type_labeled.jsonl', import.meta.url));

interface Item {
  readonly prompt: string;
  readonly intent: Intent;
  readonly source: string;
}

/** The sources of the shared file whose items may tune the fusion's general parameters (the rest is held out). */
const DEV_SOURCES = ['mt_bench', 'vicuna_bench'];

interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

function readItems(file: string): { items: Item[]; excluded: number; excludedLabels: Map<string, number> } {
  const items: Item[] = [];
  const excludedLabels = new Map<string, number>();
  const unknown = new Set<string>();
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .forEach((line, i) => {
      const row: unknown = JSON.parse(line);
      if (typeof row !== 'object' || row === null || !('prompt' in row) || !('label' in row)) throw new Error(`${file}:${i + 1}: needs "prompt" and "label"`);
      const { prompt, label } = row;
      if (typeof prompt !== 'string' || typeof label !== 'string') throw new Error(`${file}:${i + 1}: "prompt" and "label" must be strings`);
      const source = 'source' in row && typeof row.source === 'string' ? row.source : '';
      const intent = intentOfLabel(label);
      if (intent === undefined) unknown.add(label);
      else if (intent === null) excludedLabels.set(label, (excludedLabels.get(label) ?? 0) + 1);
      else items.push({ prompt, intent, source });
    });
  if (unknown.size > 0) throw new Error(`${file}: labels that are neither an intent nor in the mapping: ${[...unknown].join(', ')}`);
  const excluded = [...excludedLabels.values()].reduce((a, b) => a + b, 0);
  return { items, excluded, excludedLabels };
}

function perClass(gold: readonly Intent[], predicted: readonly Intent[]): Record<Intent, ClassScores> {
  const out = {} as Record<Intent, ClassScores>;
  for (const intent of INTENTS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (p === intent && g === intent) tp++;
      else if (p === intent) fp++;
      else if (g === intent) fn++;
    });
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    out[intent] = { precision, recall, f1, support: tp + fn };
  }
  return out;
}

const accuracyOf = (gold: readonly Intent[], predicted: readonly Intent[]): number =>
  gold.length === 0 ? 0 : gold.filter((g, i) => g === predicted[i]).length / gold.length;

/** Macro F1 over the classes the data has items of (a class absent from the gold labels has no recall to average). */
function macroF1(scores: Record<Intent, ClassScores>): number {
  const present = INTENTS.filter((intent) => scores[intent].support > 0);
  return present.length === 0 ? 0 : present.reduce((sum, intent) => sum + scores[intent].f1, 0) / present.length;
}

function printConfusion(gold: readonly Intent[], predicted: readonly Intent[]): void {
  const short = (intent: Intent): string => intent.slice(0, 6);
  console.log(`confusion matrix (rows: gold, columns: predicted)`);
  console.log(`${''.padEnd(17)}${INTENTS.map((i) => short(i).padStart(7)).join('')}`);
  for (const row of INTENTS) {
    const cells = INTENTS.map((column) => gold.filter((g, i) => g === row && predicted[i] === column).length);
    if (cells.every((c) => c === 0)) continue;
    console.log(`${row.padEnd(17)}${cells.map((c) => String(c === 0 ? '.' : c).padStart(7)).join('')}`);
  }
}

function printPerClass(scores: Record<Intent, ClassScores>): void {
  console.log(`${'class'.padEnd(17)}${'support'.padStart(8)}${'precision'.padStart(10)}${'recall'.padStart(8)}${'f1'.padStart(8)}`);
  for (const intent of INTENTS) {
    const s = scores[intent];
    console.log(`${intent.padEnd(17)}${String(s.support).padStart(8)}${pct(s.precision).padStart(10)}${pct(s.recall).padStart(8)}${s.f1.toFixed(3).padStart(8)}`);
  }
}

// ------------------------------------------------------------ tuning on the project's own examples (no eval data)

interface Example {
  readonly prompt: string;
  readonly intent: Intent;
  readonly vector: Float32Array;
}

async function embedExamples(engine: EmbeddingEngine): Promise<Example[]> {
  const list = INTENTS.flatMap((intent) => INTENT_EXAMPLES[intent].map((prompt) => ({ prompt, intent })));
  const vectors = await engine.embed(list.map((e) => e.prompt));
  return list.map((e, i) => ({ ...e, vector: vectors[i]! }));
}

/** Leave-one-out over the examples: each is classified against prototypes built from all the others. */
function leaveOneOut(examples: readonly Example[], parameters: IntentClassifierParameters): { accuracy: number; logLoss: number } {
  let correct = 0;
  let logLoss = 0;
  examples.forEach((held, h) => {
    const rest = {} as Record<Intent, Float32Array[]>;
    for (const intent of INTENTS) rest[intent] = examples.filter((e, i) => i !== h && e.intent === intent).map((e) => e.vector);
    const result = classifyIntent(held.prompt, held.vector, buildIntentPrototypes(rest), parameters);
    if (result.intent === held.intent) correct++;
    logLoss -= Math.log(Math.max(1e-9, result.scores[held.intent]));
  });
  return { accuracy: correct / examples.length, logLoss: logLoss / examples.length };
}

function printTuningGrid(examples: readonly Example[]): void {
  console.log(`leave-one-out on the project's ${examples.length} examples (chooses the defaults; no evaluation item is used)`);
  console.log(`${'cueWeight'.padStart(10)}${'knnShare'.padStart(10)}${'k'.padStart(4)}${'accuracy'.padStart(10)}`);
  for (const cueWeight of [0, DEFAULT_INTENT_PARAMETERS.cueWeight])
    for (const knnShare of [0, 0.5, 1])
      for (const k of knnShare === 0 ? [1] : [1, 3, 5]) {
        const { accuracy } = leaveOneOut(examples, { ...DEFAULT_INTENT_PARAMETERS, cueWeight, knnShare, k });
        console.log(`${cueWeight.toFixed(2).padStart(10)}${knnShare.toFixed(1).padStart(10)}${String(k).padStart(4)}${pct(accuracy).padStart(10)}`);
      }
  console.log(`temperature (defaults otherwise): mean log-loss of the true class`);
  for (const temperature of [0.02, 0.03, 0.05, 0.08, 0.12]) {
    const { logLoss } = leaveOneOut(examples, { ...DEFAULT_INTENT_PARAMETERS, temperature });
    console.log(`${temperature.toFixed(2).padStart(10)}${logLoss.toFixed(3).padStart(10)}`);
  }
}

/**
 * The cue weight and the knowledge prior, on the dev split of the data only (the sources in DEV_SOURCES): the two
 * parameters that depend on how real prompts are phrased, which the project's short examples cannot show.
 */
function printDevGrid(items: readonly Item[], vectors: readonly Float32Array[], prototypes: IntentPrototypes): void {
  const dev = items.map((item, i) => ({ item, vector: vectors[i]! })).filter(({ item }) => DEV_SOURCES.includes(item.source));
  if (dev.length === 0) return;
  console.log(`cue weight and knowledge prior on the dev split (${DEV_SOURCES.join(', ')}: ${dev.length} items; the rest is held out)`);
  const priors = [0, 0.02, 0.04, 0.06, 0.08];
  console.log(`${'cueWeight'.padStart(10)}${priors.map((p) => `prior ${p}`.padStart(12)).join('')}`);
  for (const cueWeight of [0.1, 0.2, 0.3, 0.4, 0.5, 0.7]) {
    const cells = priors.map((prior) => {
      const parameters = { ...DEFAULT_INTENT_PARAMETERS, cueWeight, priors: { knowledge_qa: prior } };
      const correct = dev.filter(({ item, vector }) => classifyIntent(item.prompt, vector, prototypes, parameters).intent === item.intent).length;
      return pct(correct / dev.length).padStart(12);
    });
    console.log(`${cueWeight.toFixed(2).padStart(10)}${cells.join('')}`);
  }
}

/**
 * The supervised head that was tried and rejected: shrinkage LDA on the examples' embeddings (shrinkage 0.5, the best
 * of a 10-fold cross-validation on the examples), its discriminants plus the cue scores weighted at 0.4 x the mean
 * spread of the discriminants (the best weight on the dev split), with the default knowledge prior on the same scale.
 */
function supervisedHead(examples: readonly Example[], items: readonly Item[], vectors: readonly Float32Array[]): Intent[] {
  const model = trainLinearDiscriminant(
    examples.map((e) => e.vector),
    examples.map((e) => INTENTS.indexOf(e.intent)),
    INTENTS.length,
    0.5,
  );
  const discriminants = vectors.map((v) => discriminantScores(model, v));
  const spread = discriminants.reduce((sum, s) => sum + Math.max(...s) - Math.min(...s), 0) / Math.max(1, discriminants.length);
  return items.map((item, i) => {
    const cues = cueScores(matchCues(item.prompt));
    const scores = INTENTS.map((intent, c) => discriminants[i]![c]! + spread * (0.4 * (cues[intent] ?? 0) + (intent === 'knowledge_qa' ? 0.05 : 0)));
    return INTENTS[scores.indexOf(Math.max(...scores))]!;
  });
}

function printDefaults(): void {
  const d = DEFAULT_INTENT_PARAMETERS;
  console.log(`defaults: cueWeight ${d.cueWeight}, knowledge prior ${d.priors.knowledge_qa ?? 0}, knnShare ${d.knnShare}, k ${d.k}, temperature ${d.temperature}\n`);
}

// ------------------------------------------------------------------------------------------------------ main

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_DATA },
    'tune-only': { type: 'boolean', default: false },
  },
  allowPositionals: false,
});

const engine = await createEmbeddingEngine({ kind: 'use-lite' });
try {
  const examples = await embedExamples(engine);
  printTuningGrid(examples);
  if (args['tune-only']) printDefaults();
  else {
    const { items, excluded, excludedLabels } = readItems(args.data);
    console.log(`${args.data}: ${items.length} items, ${excluded} excluded by the mapping (${[...excludedLabels].map(([l, n]) => `${l}: ${n}`).join(', ')})`);

    const vectors = await engine.embed(items.map((item) => item.prompt));
    const prototypes = buildIntentPrototypes(
      Object.fromEntries(INTENTS.map((intent) => [intent, examples.filter((e) => e.intent === intent).map((e) => e.vector)])) as Record<Intent, Float32Array[]>,
    );
    printDevGrid(items, vectors, prototypes);
    printDefaults();

    const classifier = new IntentClassifier(engine);
    const results = await classifier.classifyBatch(items.map((item) => item.prompt));
    const gold = items.map((item) => item.intent);
    const predicted = results.map((r) => r.intent);
    const baseline = items.map((item) => classifyByKeywords(item.prompt));
    const scores = perClass(gold, predicted);
    const accuracy = accuracyOf(gold, predicted);
    const baselineAccuracy = accuracyOf(gold, baseline);

    const ablation = (parameters: IntentClassifierParameters): number =>
      accuracyOf(
        gold,
        items.map((item, i) => classifyIntent(item.prompt, vectors[i]!, prototypes, parameters).intent),
      );
    const d = DEFAULT_INTENT_PARAMETERS;
    const ablations = {
      embeddings_only: ablation({ ...d, cueWeight: 0 }),
      cues_only: accuracyOf(gold, items.map((item) => classifyByCues(item.prompt).intent)),
      centroids_only: ablation({ ...d, knnShare: 0 }),
      nearest_examples_only: ablation({ ...d, knnShare: 1 }),
      supervised_head: accuracyOf(gold, supervisedHead(examples, items, vectors)),
    };

    printConfusion(gold, predicted);
    console.log();
    printPerClass(scores);
    console.log();
    const baselineScores = perClass(gold, baseline);
    console.log(`accuracy ${pct(accuracy)}, macro F1 ${macroF1(scores).toFixed(3)}; keyword baseline ${pct(baselineAccuracy)} (macro F1 ${macroF1(baselineScores).toFixed(3)})`);
    console.log(`ablations: ${Object.entries(ablations).map(([name, a]) => `${name} ${pct(a)}`).join(', ')}`);
    const bySource = [...new Set(items.map((item) => item.source))].map((source) => {
      const of = items.flatMap((item, i) => (item.source === source ? [i] : []));
      const sourceAccuracy = accuracyOf(of.map((i) => gold[i]!), of.map((i) => predicted[i]!));
      const sourceBaseline = accuracyOf(of.map((i) => gold[i]!), of.map((i) => baseline[i]!));
      return { source: source === '' ? '(no source)' : source, items: of.length, dev: DEV_SOURCES.includes(source), accuracy: sourceAccuracy, baseline: sourceBaseline };
    });
    for (const s of bySource) console.log(`${s.source.padEnd(18)}${String(s.items).padStart(5)} items${s.dev ? ' (dev)    ' : ' (held out)'} accuracy ${pct(s.accuracy)}, baseline ${pct(s.baseline)}`);
    const heldOut = items.flatMap((item, i) => (DEV_SOURCES.includes(item.source) ? [] : [i]));
    const heldOutAccuracy = accuracyOf(heldOut.map((i) => gold[i]!), heldOut.map((i) => predicted[i]!));
    const heldOutBaseline = accuracyOf(heldOut.map((i) => gold[i]!), heldOut.map((i) => baseline[i]!));
    console.log(`held out (${heldOut.length} items): accuracy ${pct(heldOutAccuracy)}, baseline ${pct(heldOutBaseline)}`);
    const meanConfidence = results.reduce((sum, r) => sum + r.confidence, 0) / results.length;
    console.log(`mean confidence ${meanConfidence.toFixed(3)}`);
    console.log(
      JSON.stringify({
        items: items.length,
        excluded,
        accuracy: round4(accuracy),
        macro_f1: round4(macroF1(scores)),
        baseline_accuracy: round4(baselineAccuracy),
        baseline_macro_f1: round4(macroF1(baselineScores)),
        per_class: Object.fromEntries(
          INTENTS.filter((intent) => scores[intent].support > 0).map((intent) => {
            const s = scores[intent];
            return [intent, { support: s.support, precision: round4(s.precision), recall: round4(s.recall), f1: round4(s.f1) }];
          }),
        ),
        ablations: Object.fromEntries(Object.entries(ablations).map(([name, a]) => [name, round4(a)])),
        held_out: { items: heldOut.length, accuracy: round4(heldOutAccuracy), baseline_accuracy: round4(heldOutBaseline) },
        mean_confidence: round4(meanConfidence),
      }),
    );
  }
} finally {
  await engine.close();
}
