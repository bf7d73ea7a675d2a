/**
 * Engine benchmark: tokens/s of the `democritus run` path (Scheduler -> LlamaEngine, with per-token log-probs and
 * seeded sampling) against a bare node-llama-cpp script (`LlamaContextSequence.evaluate`) on the same model with the
 * same parameters, interleaved in one process so both see the same machine state. A second part measures the default
 * thread count on a loaded machine: the former default (one thread per physical core) against the current one, with
 * and without a process that keeps one core busy.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { getLlama, LlamaLogLevel, type Token } from 'node-llama-cpp';
import { LlamaEngine } from '../src/engine/llama-engine.js';
import { physicalCoreThreads, resolveThreadCount } from '../src/engine/threads.js';
import type { ModelHandle, SamplingParameters } from '../src/engine/types.js';
import { silentLogger } from '../src/logging/logger.js';
import { Scheduler } from '../src/scheduler/scheduler.js';
import { benchModel } from './bench-model.js';
import { median } from './stats.js';

export interface EngineBenchOptions {
  model: ModelHandle;
  rounds: number;
  maxTokens: number;
  prompt: string;
}

export interface EngineBenchCase {
  name: string;
  oursTokensPerSecond: number;
  bareTokensPerSecond: number;
  ratio: number;
  /**
   * Process CPU time (all threads) per generated token, medians: less sensitive than tokens/s to other programs on a
   * shared machine, since waiting for a core is not counted.
   */
  oursCpuUsPerToken: number;
  bareCpuUsPerToken: number;
  sameTokens: boolean | null;
}

export async function runEngineBenchmark(options: EngineBenchOptions): Promise<EngineBenchCase[]> {
  const threads = 1;
  const contextSize = 1024;
  const engine = await LlamaEngine.create({
    backend: 'cpu',
    threads,
    contextSize,
    sequencesPerModel: 1,
    limits: { maxLoadedModels: 1, memoryBudgetBytes: 0 },
    logger: silentLogger(),
  });
  const scheduler = new Scheduler(engine, { maxQueue: 4, maxConcurrentPerModel: 1, rateLimit: { perMinute: 0, burst: 1 } });
  await engine.preload(options.model);

  const llama = await getLlama({ gpu: false, build: 'never', logLevel: LlamaLogLevel.error });
  const bareModel = await llama.loadModel({ modelPath: options.model.path });
  const bareContext = await bareModel.createContext({ contextSize, threads, flashAttention: false, sequences: 1 });

  const ours = async (sampling: SamplingParameters) => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const ids: number[] = [];
    let text = '';
    const stream = await scheduler.generate(
      { model: options.model, input: { prompt: options.prompt }, maxTokens: options.maxTokens, sampling, topLogprobs: 0 },
      { clientId: 'local', priority: 'local' },
    );
    for await (const event of stream) {
      if (event.type === 'token') {
        ids.push(event.tokenId);
        text += event.text;
      }
    }
    return { ids, tokensPerSecond: ids.length / ((performance.now() - started) / 1000), cpuUsPerToken: cpuMicros(cpu) / ids.length, text };
  };

  const bare = async (sampling: SamplingParameters) => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const sequence = bareContext.getSequence();
    const prompt: Token[] = [bareModel.tokens.bos as Token, ...bareModel.tokenize(options.prompt)];
    const ids: number[] = [];
    let text = '';
    for await (const token of sequence.evaluate(prompt, {
      temperature: sampling.temperature,
      topK: sampling.topK,
      topP: sampling.topP,
      seed: sampling.seed,
    })) {
      ids.push(token);
      text += bareModel.detokenize([token], false, prompt.slice(-8));
      if (ids.length >= options.maxTokens) break;
    }
    await sequence.dispose();
    return { ids, tokensPerSecond: ids.length / ((performance.now() - started) / 1000), cpuUsPerToken: cpuMicros(cpu) / ids.length, text };
  };

  const cases: { name: string; sampling: SamplingParameters }[] = [
    { name: 'greedy (temperature 0)', sampling: { temperature: 0, topP: 1, topK: 40, seed: 1 } },
    { name: 'sampled (temperature 0.8, top-p 0.95)', sampling: { temperature: 0.8, topP: 0.95, topK: 40, seed: 1 } },
  ];
  const results: EngineBenchCase[] = [];
  for (const benchCase of cases) {
    const oursRates: number[] = [];
    const bareRates: number[] = [];
    const oursCpu: number[] = [];
    const bareCpu: number[] = [];
    let sameTokens: boolean | null = benchCase.sampling.temperature === 0 ? true : null;
    // Warm-up outside the measurement.
    await ours(benchCase.sampling);
    await bare(benchCase.sampling);
    for (let round = 0; round < options.rounds; round++) {
      const sampling = { ...benchCase.sampling, seed: round + 1 };
      const first = round % 2 === 0 ? ours : bare;
      const second = round % 2 === 0 ? bare : ours;
      const a = await first(sampling);
      const b = await second(sampling);
      const [o, r] = round % 2 === 0 ? [a, b] : [b, a];
      oursRates.push(o.tokensPerSecond);
      bareRates.push(r.tokensPerSecond);
      oursCpu.push(o.cpuUsPerToken);
      bareCpu.push(r.cpuUsPerToken);
      if (sameTokens === true && o.ids.join(',') !== r.ids.join(',')) sameTokens = false;
    }
    const oursMedian = median(oursRates);
    const bareMedian = median(bareRates);
    results.push({
      name: benchCase.name,
      oursTokensPerSecond: oursMedian,
      bareTokensPerSecond: bareMedian,
      ratio: oursMedian / bareMedian,
      oursCpuUsPerToken: median(oursCpu),
      bareCpuUsPerToken: median(bareCpu),
      sameTokens,
    });
  }

  await bareContext.dispose();
  await bareModel.dispose();
  await llama.dispose();
  await engine.close();
  return results;
}

export interface ThreadDefaultCase {
  /** Processes each keeping one core busy while the case runs. */
  busyProcesses: number;
  oldThreads: number;
  newThreads: number;
  oldTokensPerSecond: number;
  newTokensPerSecond: number;
  /** New over old. */
  ratio: number;
}

/**
 * Tokens/s of greedy generation with the former default thread count (one per physical core) and the current one
 * (`[inference] threads = 0`), in interleaved rounds, first on the machine as it is, then while a child process spins
 * on one core. A round stops at `maxTokens` or after `roundMs`, whichever comes first (a collapsed configuration can
 * run at a few tokens per second).
 */
export async function runThreadDefaultBenchmark(options: EngineBenchOptions & { roundMs: number }): Promise<ThreadDefaultCase[]> {
  const oldThreads = physicalCoreThreads();
  const newThreads = resolveThreadCount(0, options.model.sizeBytes);
  const engineWith = async (threads: number): Promise<LlamaEngine> => {
    const engine = await LlamaEngine.create({
      backend: 'cpu',
      threads,
      contextSize: 1024,
      sequencesPerModel: 1,
      limits: { maxLoadedModels: 1, memoryBudgetBytes: 0 },
      logger: silentLogger(),
    });
    await engine.preload(options.model);
    return engine;
  };
  const oldEngine = await engineWith(oldThreads);
  const newEngine = await engineWith(newThreads);
  const rate = async (engine: LlamaEngine): Promise<number> => {
    const started = performance.now();
    let tokens = 0;
    const sampling = { temperature: 0, topP: 1, topK: 40, seed: 1 };
    for await (const event of engine.generate({ model: options.model, input: { prompt: options.prompt }, maxTokens: options.maxTokens, sampling, topLogprobs: 0 })) {
      if (event.type === 'token') tokens++;
      if (tokens >= options.maxTokens || performance.now() - started > options.roundMs) break;
    }
    return tokens / ((performance.now() - started) / 1000);
  };
  const measure = async (busyProcesses: number): Promise<ThreadDefaultCase> => {
    const burners = Array.from({ length: busyProcesses }, () => spinOneCore());
    try {
      await rate(oldEngine);
      await rate(newEngine);
      const oldRates: number[] = [];
      const newRates: number[] = [];
      for (let round = 0; round < options.rounds; round++) {
        const order = round % 2 === 0 ? [oldEngine, newEngine] : [newEngine, oldEngine];
        for (const engine of order) (engine === oldEngine ? oldRates : newRates).push(await rate(engine));
      }
      const oldTokensPerSecond = median(oldRates);
      const newTokensPerSecond = median(newRates);
      return { busyProcesses, oldThreads, newThreads, oldTokensPerSecond, newTokensPerSecond, ratio: newTokensPerSecond / oldTokensPerSecond };
    } finally {
      await Promise.all(burners.map(stopProcess));
    }
  };
  try {
    return [await measure(0), await measure(1)];
  } finally {
    await oldEngine.close();
    await newEngine.close();
  }
}

/** A child process that keeps one core busy until it is killed. */
function spinOneCore(): ChildProcess {
  return spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

export function formatThreadDefaultCase(row: ThreadDefaultCase): string {
  const load = row.busyProcesses === 0 ? 'machine as it is      ' : `+${row.busyProcesses} process spinning on a core`;
  return `  ${load}  former default (${row.oldThreads} threads) ${row.oldTokensPerSecond.toFixed(1).padStart(7)} tok/s | current default (${row.newThreads} thread${
    row.newThreads === 1 ? '' : 's'
  }) ${row.newTokensPerSecond.toFixed(1).padStart(7)} tok/s | ratio ${row.ratio.toFixed(1)}x`;
}

function cpuMicros(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return used.user + used.system;
}

// `npx tsx packages/democritus/bench/engine.bench.ts` runs this benchmark alone (`npm run bench` runs it with the others).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const model = benchModel();
  const rounds = Number(process.env.BENCH_ROUNDS ?? 12);
  console.log(`engine benchmark: ${model.name}, ${rounds} interleaved rounds of 400 tokens, threads=1`);
  const rows = await runEngineBenchmark({ model, rounds, maxTokens: 400, prompt: 'Once upon a time' });
  for (const row of rows) {
    console.log(
      `  ${row.name.padEnd(40)} democritus run path ${row.oursTokensPerSecond.toFixed(0).padStart(6)} tok/s | bare node-llama-cpp ${row.bareTokensPerSecond
        .toFixed(0)
        .padStart(6)} tok/s | ratio ${row.ratio.toFixed(3)} (target >= 0.97) | CPU/token ${row.oursCpuUsPerToken.toFixed(0)} vs ${row.bareCpuUsPerToken.toFixed(
        0,
      )} us${row.sameTokens === null ? '' : ` | identical tokens: ${row.sameTokens}`}`,
    );
  }
  const roundMs = Number(process.env.BENCH_ROUND_MS ?? 5_000);
  const loadedRounds = Number(process.env.BENCH_LOADED_ROUNDS ?? 4);
  console.log(`\ndefault threads on a loaded machine: ${loadedRounds} interleaved rounds of up to 400 tokens or ${roundMs / 1000} s (greedy)`);
  const threadRows = await runThreadDefaultBenchmark({ model, rounds: loadedRounds, maxTokens: 400, prompt: 'Once upon a time', roundMs });
  for (const row of threadRows) console.log(formatThreadDefaultCase(row));
  console.log(JSON.stringify({ engine: rows, threadDefaults: threadRows }));
}
