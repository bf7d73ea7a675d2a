/**
 * `npm run bench`: every benchmark of the project in one run. Each one measures ours against its baseline in the same
 * process and prints both and the ratio; the last line is one JSON object with all results.
 */
import '../src/polyfills.js';
import { formatThreadDefaultCase, runEngineBenchmark, runThreadDefaultBenchmark } from './engine.bench.js';
import { describeApiBenchmark, printApiBenchmark, runApiBenchmark } from './api.bench.js';
import { describeNetworkBenchmark, printNetworkBenchmark, runNetworkBenchmark } from './network.bench.js';
import { benchModel } from './bench-model.js';
import { printEmbeddingBenchmark, runEmbeddingBenchmark } from './embedding.bench.js';
import { printRoutingLatency, runRoutingLatencyBenchmark } from './routing-latency.bench.js';

const model = benchModel();
const rounds = Number(process.env.BENCH_ROUNDS ?? 12);

console.log(`engine benchmark: ${model.name}, ${rounds} interleaved rounds of 400 tokens, threads=1`);
const engine = await runEngineBenchmark({ model, rounds, maxTokens: 400, prompt: 'Once upon a time' });
for (const row of engine) {
  console.log(
    `  ${row.name.padEnd(40)} democritus run path ${row.oursTokensPerSecond.toFixed(0).padStart(6)} tok/s | bare node-llama-cpp ${row.bareTokensPerSecond
      .toFixed(0)
      .padStart(6)} tok/s | ratio ${row.ratio.toFixed(3)} (target >= 0.97)${row.sameTokens === null ? '' : ` | identical tokens: ${row.sameTokens}`}`,
  );
}

console.log('\ndefault threads on a loaded machine: 4 interleaved rounds of up to 400 tokens or 5 s (greedy)');
const threadDefaults = await runThreadDefaultBenchmark({ model, rounds: 4, maxTokens: 400, prompt: 'Once upon a time', roundMs: 5_000 });
for (const row of threadDefaults) console.log(formatThreadDefaultCase(row));

console.log(`\n${describeNetworkBenchmark(rounds, 300)}`);
const network = await runNetworkBenchmark({ model, rounds, maxTokens: 300 });
printNetworkBenchmark(network);

console.log(`\n${describeApiBenchmark(rounds, 300, 32)}`);
const api = await runApiBenchmark({ model, rounds, maxTokens: 300, clients: 32 });
printApiBenchmark(api);
console.log('');
const embedding = await runEmbeddingBenchmark({ limit: 200, concurrency: 32 });
printEmbeddingBenchmark(embedding);

console.log('');
const routing = [];
for (const placement of ['same-process', 'child-process'] as const) {
  const result = await runRoutingLatencyBenchmark({ experts: 50, prompts: 100, placement });
  printRoutingLatency(result);
  routing.push(result);
}
console.log(JSON.stringify({ engine, threadDefaults, network, api, embedding, routing }));
