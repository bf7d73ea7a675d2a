/**
 * Engine benchmark: tokens/s of the `democritus run` path (Scheduler -> LlamaEngine, with per-token log-probs and
 * seeded sampling) against a bare node-llama-cpp script (`LlamaContextSequence.evaluate`) on the same model with the
 * same parameters, interleaved in one process so both see the same machine state.
 */
import { pathToFileURL } from 'node:url';
import { getLlama, LlamaLogLevel, type Token } from 'node-llama-cpp';
import { LlamaEngine } from '../src/engine/llama-engine.js';
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
  console.log(JSON.stringify(rows));
}
