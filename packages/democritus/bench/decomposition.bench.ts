/**
 * `npm run bench:decomposition -- --data <file>`: the complexity decision and the rules planner on public labelled
 * prompts (issue 15). Any JSONL file with `prompt`, `label` (gold number of sub-tasks), `subtasks` (gold steps, `#n`
 * refers to step n) and `source` works; the default is StrategyQA dev + IFEval from the shared data.
 *
 * Gold, fixed for every run:
 *   decision   decompose when label >= 2, except `source: "ifeval"` items (one task with its constraints): never;
 *   count      label for an item whose gold is "decompose", else 1; a plan's count is its tasks without the synthesis
 *              task (StrategyQA's last step is the comparison, which the plan has as a sub-task before the synthesis),
 *              and 1 for a plan kept whole;
 *   width      the gold steps with no `#n` reference for an item whose gold is "decompose", else 1; a plan's width is the
 *              size of its first topological layer.
 * The never-decompose baseline (one task, count 1, width 1) is scored in the same run. Latency is complexity + rules
 * planning + DAG validation per prompt, no embedding, measured after one warm-up pass over the data.
 * The last output line is one JSON object with the keys of the issue.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { assessComplexity } from '../src/core/planning/complexity.js';
import { validateDag } from '../src/core/planning/dag-validation.js';
import { planByRules } from '../src/core/planning/rules-planner.js';
import { parseReferences } from '../src/core/planning/task-references.js';
import { percentile } from './stats.js';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(here, '../../../../shared/data/decomposition');

interface Item {
  id: string;
  prompt: string;
  label: number;
  subtasks: string[];
  source: string;
}

interface Prediction {
  decompose: boolean;
  count: number;
  width: number;
}

interface Scored {
  item: Item;
  gold: Prediction;
  ours: Prediction;
  baseline: Prediction;
}

interface Metrics {
  items: number;
  decompose_precision: number;
  decompose_recall: number;
  decompose_f1: number;
  count_exact: number;
  count_within_1: number;
  width_exact: number;
  /** Fraction of items the planner split: on a half whose gold is never "decompose" (IFEval), its false-positive rate. */
  decomposed_rate: number;
}

function isItem(value: unknown): value is Item {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.prompt === 'string' &&
    typeof record.label === 'number' &&
    Array.isArray(record.subtasks) &&
    record.subtasks.every((step) => typeof step === 'string')
  );
}

function readItems(file: string): Item[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index): Item => {
      const value: unknown = JSON.parse(line);
      if (!isItem(value)) throw new Error(`${file}:${index + 1}: needs prompt, label (number) and subtasks (strings)`);
      return { ...value, id: typeof value.id === 'string' ? value.id : String(index + 1), source: typeof value.source === 'string' ? value.source : 'unknown' };
    });
}

function goldOf(item: Item): Prediction {
  const decompose = item.source !== 'ifeval' && item.label >= 2;
  if (!decompose) return { decompose, count: 1, width: 1 };
  return { decompose, count: item.label, width: item.subtasks.filter((step) => parseReferences(step).length === 0).length };
}

function predict(prompt: string): Prediction {
  const assessment = assessComplexity(prompt);
  const dag = planByRules(prompt, { assessment });
  const shape = validateDag(dag);
  const count = dag.tasks.filter((task) => task.kind !== 'synthesis').length;
  return { decompose: dag.tasks.length > 1, count, width: dag.tasks.length > 1 ? (shape.layers[0]?.length ?? 0) : 1 };
}

function metrics(rows: readonly Scored[], pick: (row: Scored) => Prediction): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let countExact = 0;
  let countNear = 0;
  let widthExact = 0;
  let decomposed = 0;
  for (const row of rows) {
    const p = pick(row);
    if (p.decompose) decomposed += 1;
    if (p.decompose && row.gold.decompose) tp += 1;
    if (p.decompose && !row.gold.decompose) fp += 1;
    if (!p.decompose && row.gold.decompose) fn += 1;
    if (p.count === row.gold.count) countExact += 1;
    if (Math.abs(p.count - row.gold.count) <= 1) countNear += 1;
    if (p.width === row.gold.width) widthExact += 1;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const n = rows.length;
  return {
    items: n,
    decompose_precision: round(precision),
    decompose_recall: round(recall),
    decompose_f1: round(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)),
    count_exact: round(countExact / n),
    count_within_1: round(countNear / n),
    width_exact: round(widthExact / n),
    decomposed_rate: round(decomposed / n),
  };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;

function printTable(title: string, ours: Metrics, baseline: Metrics): void {
  console.log(`\n${title} (${ours.items} items)            rules    never-decompose`);
  for (const key of ['decompose_precision', 'decompose_recall', 'decompose_f1', 'count_exact', 'count_within_1', 'width_exact', 'decomposed_rate'] as const) {
    console.log(`  ${key.padEnd(22)} ${pct(ours[key]).padStart(8)} ${pct(baseline[key]).padStart(12)}`);
  }
}

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: join(dataDir, 'strategyqa_ifeval.jsonl') },
    examples: { type: 'string', default: '5' },
  },
  allowPositionals: false,
});

const items = readItems(args.data);
const rows: Scored[] = items.map((item) => ({
  item,
  gold: goldOf(item),
  ours: predict(item.prompt),
  baseline: { decompose: false, count: 1, width: 1 },
}));

const latencies: number[] = [];
for (const item of items) {
  const start = performance.now();
  predict(item.prompt);
  latencies.push(performance.now() - start);
}

const sources = [...new Set(items.map((item) => item.source))].sort();
const overall = metrics(rows, (row) => row.ours);
const overallBaseline = metrics(rows, (row) => row.baseline);
printTable('all', overall, overallBaseline);
const bySource: Record<string, Metrics & { baseline: Metrics }> = {};
for (const source of sources) {
  const subset = rows.filter((row) => row.item.source === source);
  const ours = metrics(subset, (row) => row.ours);
  const baseline = metrics(subset, (row) => row.baseline);
  printTable(source, ours, baseline);
  bySource[source] = { ...ours, baseline };
}

const shown = Number(args.examples);
const errors = (kind: string, filter: (row: Scored) => boolean): void => {
  const wrong = rows.filter(filter);
  console.log(`\n${kind}: ${wrong.length}`);
  for (const row of wrong.slice(0, shown)) console.log(`  [${row.item.source}] ${JSON.stringify(row.item.prompt.slice(0, 140))}`);
};
errors('decomposed, gold says one task', (row) => row.ours.decompose && !row.gold.decompose);
errors('kept whole, gold says decompose', (row) => !row.ours.decompose && row.gold.decompose);

const p50 = percentile(latencies, 50);
const p95 = percentile(latencies, 95);
console.log(`\nplanning latency (complexity + rules plan + validation, no embedding): P50 ${p50.toFixed(3)} ms, P95 ${p95.toFixed(3)} ms`);

console.log(
  JSON.stringify({
    ...overall,
    latency_p50_ms: round(p50),
    latency_p95_ms: round(p95),
    baseline: overallBaseline,
    by_source: bySource,
  }),
);
