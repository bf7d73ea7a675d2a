/**
 * Dependency patches, A/B (docs/benchmarks.md, "Dependency patches"): the benchmark that justified each patch, run
 * with the patch on and off (`DEMOCRITUS_DISABLE_PATCHES`) in one run, the variants alternating so that the machine's
 * load hits every side. Each run is a child process (its daemons inherit the setting); the table gives the median of
 * each figure over the repetitions of a variant.
 *
 *   node scripts/run-bench.js patches.bench.ts [--study engine,api,frames,routing,walks] [--reps N]
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DISABLE_PATCHES_ENV, KAD_DHT_CLOSEST_PEERS, KAD_DHT_INTERNALS, NODE_LLAMA_CPP_DIRECT_STEPPING, NOISE_SINGLE_WRITE, YAMUX_WINDOW_UPDATES } from '../src/patches/registry.js';
import { median } from './stats.js';

type Figures = Record<string, number>;

interface Study {
  name: string;
  /** Benchmark file (in this folder) and its arguments. */
  bench: string;
  args: string[];
  env: Record<string, string>;
  /** Variant name -> the patches it switches off ('' for none). */
  variants: Record<string, string>;
  reps: number;
  /** The figures compared, from the benchmark's last output line (JSON). */
  figures(result: unknown): Figures;
}

interface EngineRow {
  name: string;
  ratio: number;
  oursTokensPerSecond: number;
  oursCpuUsPerToken: number;
}

interface ApiResult {
  api: { streaming: { ratio: number; ttftOverheadMs: number; restTokensPerSecond: number; cpu: { restMsA: number; restMsB: number } | null } };
}

interface FramesResult {
  exchange: { cpuUs: number; wallUs: number };
  stream: { cpuUs: number; wallUs: number };
}

interface RoutingResult {
  dht: { p50Ms: number; p95Ms: number; cpuP50Ms: number; phasesP50Ms: { walk: number; adverts: number } };
}

const routingFigures = (result: unknown): Figures => {
  const { dht } = result as RoutingResult;
  return { 'P50 ms': dht.p50Ms, 'P95 ms': dht.p95Ms, 'CPU P50 ms': dht.cpuP50Ms, 'walk P50 ms': dht.phasesP50Ms.walk };
};

const STUDIES: Study[] = [
  {
    name: 'engine',
    bench: 'engine.bench.ts',
    args: [],
    env: { BENCH_ROUNDS: '6' },
    variants: { 'all patches': '', [`without ${NODE_LLAMA_CPP_DIRECT_STEPPING.name}`]: NODE_LLAMA_CPP_DIRECT_STEPPING.name },
    reps: 4,
    figures: (result) => {
      const figures: Figures = {};
      for (const row of result as EngineRow[]) {
        const kind = row.name.startsWith('greedy') ? 'greedy' : 'sampled';
        figures[`${kind} ratio`] = row.ratio;
        figures[`${kind} tok/s`] = row.oursTokensPerSecond;
        figures[`${kind} CPU us/token`] = row.oursCpuUsPerToken;
      }
      return figures;
    },
  },
  {
    name: 'api',
    bench: 'api.bench.ts',
    args: [],
    env: { BENCH_ROUNDS: '8' },
    variants: {
      'all patches': '',
      [`without ${NOISE_SINGLE_WRITE.name}`]: NOISE_SINGLE_WRITE.name,
      [`without ${YAMUX_WINDOW_UPDATES.name}`]: YAMUX_WINDOW_UPDATES.name,
    },
    reps: 3,
    figures: (result) => {
      const { streaming } = (result as ApiResult).api;
      return {
        'REST/engine': streaming.ratio,
        'REST tok/s': streaming.restTokensPerSecond,
        'TTFT overhead ms': streaming.ttftOverheadMs,
        'CPU B ms/gen': streaming.cpu?.restMsB ?? Number.NaN,
        'CPU A ms/gen': streaming.cpu?.restMsA ?? Number.NaN,
      };
    },
  },
  {
    name: 'frames',
    bench: 'stream-frames.bench.ts',
    args: ['--rounds', '5'],
    env: {},
    variants: {
      'all patches': '',
      [`without ${NOISE_SINGLE_WRITE.name}`]: NOISE_SINGLE_WRITE.name,
      [`without ${YAMUX_WINDOW_UPDATES.name}`]: YAMUX_WINDOW_UPDATES.name,
    },
    reps: 5,
    figures: (result) => {
      const { exchange, stream } = result as FramesResult;
      return { 'exchange CPU us': exchange.cpuUs, 'exchange wall us': exchange.wallUs, 'stream CPU us/msg': stream.cpuUs, 'stream wall us/msg': stream.wallUs };
    },
  },
  {
    name: 'routing',
    bench: 'routing-latency.bench.ts',
    args: ['--placement', 'same', '--prompts', '60'],
    env: {},
    variants: {
      'all patches': '',
      [`without ${YAMUX_WINDOW_UPDATES.name}`]: YAMUX_WINDOW_UPDATES.name,
      [`without ${KAD_DHT_CLOSEST_PEERS.name}`]: KAD_DHT_CLOSEST_PEERS.name,
    },
    reps: 3,
    figures: routingFigures,
  },
  {
    // Without the kad-dht internals a lookup is one kad-dht walk per band key: seconds per decision, so fewer prompts.
    name: 'walks',
    bench: 'routing-latency.bench.ts',
    args: ['--placement', 'same', '--prompts', '20'],
    env: {},
    variants: { 'all patches': '', [`without ${KAD_DHT_INTERNALS.name}`]: KAD_DHT_INTERNALS.name },
    reps: 2,
    figures: routingFigures,
  },
];

const runBench = fileURLToPath(new URL('../../../scripts/run-bench.js', import.meta.url));

/** Runs one benchmark in a child process and returns its last output line, parsed. */
async function runOnce(study: Study, disabled: string): Promise<unknown> {
  const env = { ...process.env, ...study.env, [DISABLE_PATCHES_ENV]: disabled };
  const child = spawn(process.execPath, [runBench, study.bench, ...study.args], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const lines = output.trim().split('\n');
  if (code !== 0) throw new Error(`${study.bench} exited with ${code}:\n${output}`);
  return JSON.parse(lines.at(-1) ?? 'null') as unknown;
}

const format = (value: number) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(3));

async function runStudy(study: Study, reps: number): Promise<Record<string, Figures>> {
  const variants = Object.entries(study.variants);
  const runs = new Map<string, Figures[]>(variants.map(([name]) => [name, []]));
  for (let rep = 0; rep < reps; rep++) {
    // Rotate the order each repetition, so that no variant always runs first or last.
    const order = variants.map((_, i) => variants[(i + rep) % variants.length]!);
    for (const [name, disabled] of order) {
      const figures = study.figures(await runOnce(study, disabled));
      runs.get(name)!.push(figures);
      console.log(`  ${study.name} rep ${rep + 1}/${reps} ${name.padEnd(40)} ${Object.entries(figures).map(([k, v]) => `${k} ${format(v)}`).join(' | ')}`);
    }
  }
  const medians: Record<string, Figures> = {};
  for (const [name, list] of runs) {
    const keys = Object.keys(list[0] ?? {});
    medians[name] = Object.fromEntries(keys.map((key) => [key, median(list.map((figures) => figures[key]!))]));
  }
  console.log(`${study.name}: medians over ${reps} runs per variant`);
  for (const [name, figures] of Object.entries(medians)) {
    console.log(`  ${name.padEnd(40)} ${Object.entries(figures).map(([k, v]) => `${k} ${format(v)}`).join(' | ')}`);
  }
  return medians;
}

const { values } = parseArgs({ options: { study: { type: 'string' }, reps: { type: 'string' } } });
const chosen = values.study === undefined ? STUDIES : STUDIES.filter((study) => values.study!.split(',').includes(study.name));
if (chosen.length === 0) throw new Error(`--study must name some of ${STUDIES.map((s) => s.name).join(', ')}`);
const results: Record<string, Record<string, Figures>> = {};
for (const study of chosen) {
  console.log(`${study.name}: ${study.bench} ${study.args.join(' ')}, variants alternating: ${Object.keys(study.variants).join(' / ')}`);
  results[study.name] = await runStudy(study, values.reps === undefined ? study.reps : Number(values.reps));
}
console.log(JSON.stringify(results));
