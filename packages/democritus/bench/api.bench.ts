/**
 * API benchmark, as an OpenAI client sees the swarm: `POST /v1/chat/completions` with `stream: true` to node A (a real
 * daemon process), pinned to expert B (another daemon process, reached over libp2p), against the bare engine
 * (node-llama-cpp `LlamaContextSequence.evaluate`, threads 1) on the same model, prompt and parameters, interleaved in
 * one run. Then a burst of concurrent streaming clients against a small queue: each one must either complete with
 * `[DONE]` or be refused with 429 and `Retry-After`; nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { getLlama, LlamaLogLevel, type Token } from 'node-llama-cpp';
import type { ModelHandle } from '../src/engine/types.js';
import { sseData } from '../test/support/sse.js';
import { benchModel } from './bench-model.js';
import { startDaemon, type DaemonHandle } from './daemon-process.js';
import { median } from './stats.js';

const PROMPT = 'Once upon a time';

export interface ApiStreamingResult {
  /** Median tokens/s of REST streaming, client -> node A -> expert B over libp2p (fetch start to `[DONE]`). */
  restTokensPerSecond: number;
  /** Median tokens/s of the bare engine in this process (start to last token). */
  engineTokensPerSecond: number;
  ratio: number;
  /** Median time to the first content chunk (REST) / first token (engine), from the start of the request. */
  restTtftMs: number;
  engineTtftMs: number;
  ttftOverheadMs: number;
  /** Median tokens/s after the first token (tokens 2..n over the time from the first to the last): the streaming rate without the start-up. */
  restDecodeTokensPerSecond: number;
  engineDecodeTokensPerSecond: number;
  /**
   * Where the time goes (Linux only, else null), medians per generation: CPU time (all threads) of expert B, node A
   * and the HTTP client (this process) against the bare engine's; and how long the busiest thread of expert B and of
   * the bare engine's process (the one driving the engine) was runnable but waited for a CPU, i.e. how busy the
   * machine is (the REST path is three processes handing tokens on, the bare engine one).
   */
  cpu: {
    restMsB: number;
    restMsA: number;
    restMsClient: number;
    engineMs: number;
    restBusiestThreadWaitMsB: number;
    engineBusiestThreadWaitMs: number;
  } | null;
  /** Tokens per generation (REST: usage.completion_tokens of the last round; engine: tokens of the last round). */
  restTokens: number;
  engineTokens: number;
  /** Greedy decoding: the streamed text equals the bare engine's text in every round. */
  sameText: boolean;
}

export interface ApiConcurrencyResult {
  /** `model` of the requests: B's peer ID (pinned, via libp2p) or "swarm" (routed by node A). */
  model: 'pinned' | 'swarm';
  clients: number;
  completed: number;
  /** 429 with a Retry-After header. */
  refused: number;
  failedOtherwise: number;
  /** Who served the admitted requests (x-democritus-expert): "A", "B" or a peer ID. */
  servedBy: string[];
  /** What the "failed otherwise" requests got (at most a few). */
  failures: string[];
  retryAfterSeconds: number[];
  wallMs: number;
}

export interface ApiBenchResult {
  maxTokens: number;
  rounds: number;
  streaming: ApiStreamingResult;
  concurrency: ApiConcurrencyResult[];
  config: { maxQueue: number; maxConcurrentPerModel: number };
}

interface Measured {
  tokens: number;
  tokensPerSecond: number;
  ttftMs: number;
  decodeTokensPerSecond: number;
  text: string;
}

type ThreadTimes = Map<string, { cpuMs: number; waitMs: number }>;

/** CPU time and run-queue wait (ms) of each thread of a process so far, from /proc/<pid>/task/<tid>/schedstat; null without. */
function schedTimes(pid: number | 'self'): ThreadTimes | null {
  try {
    const threads: ThreadTimes = new Map();
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        const [run = 0, wait = 0] = readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').trim().split(' ').map(Number);
        threads.set(task, { cpuMs: run / 1e6, waitMs: wait / 1e6 });
      } catch {
        // the thread ended meanwhile
      }
    }
    return threads;
  } catch {
    return null;
  }
}

/** The pid of the daemon child process started for `name` (its command line names its temporary config), or null. */
function daemonPid(name: string): number | null {
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid === process.pid && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(`democritus-bench-${name}-`)) return Number(entry);
      } catch {
        // the process ended meanwhile
      }
    }
  } catch {
    // no /proc
  }
  return null;
}

type Accounts = Record<string, { cpu: number[]; busiestWait: number[] }>;

/** Runs `run` and adds what each process spent meanwhile to `into`: CPU of all threads, run-queue wait of the busiest. */
async function accounted<T>(pids: Record<string, number | 'self'>, into: Accounts, run: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.entries(pids).map(([key, pid]) => [key, schedTimes(pid)]));
  const result = await run();
  for (const [key, pid] of Object.entries(pids)) {
    const start = before[key];
    const end = schedTimes(pid);
    if (start === null || start === undefined || end === null) continue;
    let cpu = 0;
    let busiest = { cpuMs: -1, waitMs: 0 };
    for (const [task, times] of end) {
      const delta = { cpuMs: times.cpuMs - (start.get(task)?.cpuMs ?? 0), waitMs: times.waitMs - (start.get(task)?.waitMs ?? 0) };
      cpu += delta.cpuMs;
      if (delta.cpuMs > busiest.cpuMs) busiest = delta;
    }
    into[key] ??= { cpu: [], busiestWait: [] };
    into[key].cpu.push(cpu);
    into[key].busiestWait.push(busiest.waitMs);
  }
  return result;
}

const decodeRate = (tokens: number, ttftMs: number, elapsedMs: number) => (tokens - 1) / ((elapsedMs - ttftMs) / 1000);

interface ChunkShape {
  choices?: { delta?: { content?: string }; finish_reason?: string | null }[];
  usage?: { completion_tokens?: number } | null;
  error?: unknown;
}

function chatBody(model: string, maxTokens: number): string {
  return JSON.stringify({
    model,
    messages: [{ role: 'user', content: PROMPT }],
    max_tokens: maxTokens,
    temperature: 0,
    top_p: 1,
    seed: 1,
    stream: true,
    stream_options: { include_usage: true },
  });
}

/** One streamed chat completion; tokens are counted by the usage chunk (chunks with empty text are not sent). */
async function restGenerate(node: DaemonHandle, model: string, maxTokens: number): Promise<Measured> {
  const started = performance.now();
  const response = await fetch(`${node.restUrl}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: chatBody(model, maxTokens),
  });
  if (!response.ok) throw new Error(`chat completion failed: HTTP ${response.status} ${await response.text()}`);
  let first = 0;
  let text = '';
  let contentChunks = 0;
  let usageTokens: number | null = null;
  let done = false;
  for await (const data of sseData(response.body)) {
    if (data === '[DONE]') {
      done = true;
      continue;
    }
    const chunk = JSON.parse(data) as ChunkShape;
    if (chunk.error !== undefined) throw new Error(`stream failed: ${data}`);
    const content = chunk.choices?.[0]?.delta?.content;
    if (content !== undefined && content.length > 0) {
      if (contentChunks === 0) first = performance.now() - started;
      contentChunks += 1;
      text += content;
    }
    if (typeof chunk.usage?.completion_tokens === 'number') usageTokens = chunk.usage.completion_tokens;
  }
  const elapsed = performance.now() - started;
  if (!done) throw new Error('stream ended without [DONE]');
  const tokens = usageTokens ?? contentChunks;
  return { tokens, tokensPerSecond: tokens / (elapsed / 1000), ttftMs: first, decodeTokensPerSecond: decodeRate(tokens, first, elapsed), text };
}

/** The bare engine, as in engine.bench.ts: a fresh sequence, BOS + the prompt's tokens, greedy, stop at max tokens or end of text. */
async function bareEngine(model: ModelHandle) {
  const llama = await getLlama({ gpu: false, build: 'never', logLevel: LlamaLogLevel.error });
  const bareModel = await llama.loadModel({ modelPath: model.path });
  const context = await bareModel.createContext({ contextSize: 1024, threads: 1, flashAttention: false, sequences: 1 });
  const generate = async (maxTokens: number): Promise<Measured> => {
    const started = performance.now();
    const sequence = context.getSequence();
    const prompt: Token[] = [bareModel.tokens.bos as Token, ...bareModel.tokenize(PROMPT)];
    let tokens = 0;
    let first = 0;
    let text = '';
    for await (const token of sequence.evaluate(prompt, { temperature: 0, topK: 40, topP: 1, seed: 1 })) {
      if (bareModel.isEogToken(token)) break;
      if (tokens === 0) first = performance.now() - started;
      tokens += 1;
      text += bareModel.detokenize([token], false, prompt.slice(-8));
      if (tokens >= maxTokens) break;
    }
    const elapsed = performance.now() - started;
    await sequence.dispose();
    return { tokens, tokensPerSecond: tokens / (elapsed / 1000), ttftMs: first, decodeTokensPerSecond: decodeRate(tokens, first, elapsed), text };
  };
  const close = async () => {
    await context.dispose();
    await bareModel.dispose();
    await llama.dispose();
  };
  return { generate, close };
}

type Outcome = { kind: 'completed'; expert: string } | { kind: 'refused'; retryAfter: number } | { kind: 'failed'; why: string };

/** One client of the burst: completed ([DONE], no error event), refused (429 + Retry-After) or failed otherwise. */
async function burstClient(node: DaemonHandle, model: string, maxTokens: number): Promise<Outcome> {
  try {
    const response = await fetch(`${node.restUrl}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chatBody(model, maxTokens),
    });
    const expert = response.headers.get('x-democritus-expert') ?? 'unknown';
    if (response.status === 429) {
      const header = response.headers.get('retry-after');
      await response.text();
      const seconds = Number(header);
      if (header !== null && Number.isFinite(seconds) && seconds >= 0) return { kind: 'refused', retryAfter: seconds };
      return { kind: 'failed', why: `429 without a valid Retry-After (${String(header)})` };
    }
    if (response.status !== 200) return { kind: 'failed', why: `HTTP ${response.status} ${(await response.text()).slice(0, 200)}` };
    let done = false;
    for await (const data of sseData(response.body)) {
      if (data === '[DONE]') done = true;
      else if ((JSON.parse(data) as ChunkShape).error !== undefined) return { kind: 'failed', why: `error event: ${data.slice(0, 200)}` };
    }
    return done ? { kind: 'completed', expert } : { kind: 'failed', why: 'stream ended without [DONE]' };
  } catch (error) {
    return { kind: 'failed', why: `client error: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function burst(
  node: DaemonHandle,
  model: string,
  label: ApiConcurrencyResult['model'],
  clients: number,
  maxTokens: number,
  names: Record<string, string>,
): Promise<ApiConcurrencyResult> {
  // One request first: "swarm" embeds the prompt, and the node's embedding model starts cold (some 0.5 s).
  await restGenerate(node, model, maxTokens);
  const started = performance.now();
  const outcomes = await Promise.all(Array.from({ length: clients }, () => burstClient(node, model, maxTokens)));
  const wallMs = performance.now() - started;
  const failures = outcomes.flatMap((o) => (o.kind === 'failed' ? [o.why] : []));
  return {
    model: label,
    clients,
    completed: outcomes.filter((o) => o.kind === 'completed').length,
    refused: outcomes.filter((o) => o.kind === 'refused').length,
    failedOtherwise: failures.length,
    servedBy: [...new Set(outcomes.flatMap((o) => (o.kind === 'completed' ? [names[o.expert] ?? o.expert] : [])))].sort(),
    failures: [...new Set(failures)].slice(0, 5),
    retryAfterSeconds: [...new Set(outcomes.flatMap((o) => (o.kind === 'refused' ? [o.retryAfter] : [])))].sort((a, b) => a - b),
    wallMs,
  };
}

/** Waits until node A lists B among its models (B's advert arrived), so that B's peer ID works as `model`. */
async function waitForExpert(node: DaemonHandle, peerId: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${node.restUrl}/v1/models`);
    const { data } = (await response.json()) as { data: { democritus?: { peer_id: string } }[] };
    if (data.some((model) => model.democritus?.peer_id === peerId)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`node A never listed expert B (${peerId})`);
}

export async function runApiBenchmark(options: { model: ModelHandle; rounds: number; maxTokens: number; clients: number }): Promise<ApiBenchResult> {
  const config = { maxQueue: 8, maxConcurrentPerModel: 1 };
  const inference = `max_queue = ${config.maxQueue}\nmax_concurrent_per_model = ${config.maxConcurrentPerModel}`;
  const engine = await bareEngine(options.model);
  const daemons: DaemonHandle[] = [];
  try {
    const b = await startDaemon({ name: 'bench-api-b', listen: ['/ip4/127.0.0.1/tcp/0'], extraToml: inference });
    daemons.push(b);
    const a = await startDaemon({ name: 'bench-api-a', listen: ['/ip4/127.0.0.1/tcp/0'], bootstrap: b.addresses, extraToml: inference });
    daemons.push(a);
    await waitForExpert(a, b.peerId);

    const pidA = daemonPid('bench-api-a');
    const pidB = daemonPid('bench-api-b');
    const restTimes: Accounts = {};
    const engineTimes: Accounts = {};
    const restPids: Record<string, number | 'self'> = pidA !== null && pidB !== null ? { a: pidA, b: pidB, client: 'self' } : {};
    const enginePids: Record<string, number | 'self'> = pidA !== null && pidB !== null ? { self: 'self' } : {};
    const rest = () => accounted(restPids, restTimes, () => restGenerate(a, b.peerId, options.maxTokens));
    const bare = () => accounted(enginePids, engineTimes, () => engine.generate(options.maxTokens));
    // Warm-up outside the measurement (connections, streams, JIT).
    await rest();
    await bare();
    for (const times of [restTimes, engineTimes]) for (const key of Object.keys(times)) delete times[key];
    const rests: Measured[] = [];
    const bares: Measured[] = [];
    for (let round = 0; round < options.rounds; round++) {
      if (round % 2 === 0) {
        rests.push(await rest());
        bares.push(await bare());
      } else {
        bares.push(await bare());
        rests.push(await rest());
      }
    }
    const restTps = median(rests.map((m) => m.tokensPerSecond));
    const engineTps = median(bares.map((m) => m.tokensPerSecond));
    const restTtft = median(rests.map((m) => m.ttftMs));
    const engineTtft = median(bares.map((m) => m.ttftMs));
    const cpu =
      restTimes.b === undefined || engineTimes.self === undefined
        ? null
        : {
            restMsB: median(restTimes.b.cpu),
            restMsA: median(restTimes.a?.cpu ?? []),
            restMsClient: median(restTimes.client?.cpu ?? []),
            engineMs: median(engineTimes.self.cpu),
            restBusiestThreadWaitMsB: median(restTimes.b.busiestWait),
            engineBusiestThreadWaitMs: median(engineTimes.self.busiestWait),
          };
    const streaming: ApiStreamingResult = {
      restTokensPerSecond: restTps,
      engineTokensPerSecond: engineTps,
      ratio: restTps / engineTps,
      restTtftMs: restTtft,
      engineTtftMs: engineTtft,
      ttftOverheadMs: restTtft - engineTtft,
      restDecodeTokensPerSecond: median(rests.map((m) => m.decodeTokensPerSecond)),
      engineDecodeTokensPerSecond: median(bares.map((m) => m.decodeTokensPerSecond)),
      cpu,
      restTokens: rests.at(-1)?.tokens ?? 0,
      engineTokens: bares.at(-1)?.tokens ?? 0,
      sameText: rests.every((m, i) => m.text === bares[i]?.text),
    };

    const names = { [a.peerId]: 'A', [b.peerId]: 'B' };
    const concurrency = [
      await burst(a, b.peerId, 'pinned', options.clients, options.maxTokens, names),
      await burst(a, 'swarm', 'swarm', options.clients, options.maxTokens, names),
    ];
    // The nodes keep serving after the burst.
    await rest();
    return { maxTokens: options.maxTokens, rounds: options.rounds, streaming, concurrency, config };
  } finally {
    await Promise.all(daemons.map((daemon) => daemon.stop()));
    await engine.close();
  }
}

export function printApiBenchmark(result: ApiBenchResult): void {
  const s = result.streaming;
  console.log(
    `  REST streaming (client -> A -> B over libp2p) ${s.restTokensPerSecond.toFixed(0).padStart(6)} tok/s | bare engine ${s.engineTokensPerSecond
      .toFixed(0)
      .padStart(6)} tok/s | ratio ${s.ratio.toFixed(3)} (target >= 0.90) | TTFT REST ${s.restTtftMs.toFixed(1)} ms, engine ${s.engineTtftMs.toFixed(
      1,
    )} ms, difference ${s.ttftOverheadMs.toFixed(1)} ms | after the first token ${s.restDecodeTokensPerSecond.toFixed(0)} vs ${s.engineDecodeTokensPerSecond.toFixed(
      0,
    )} tok/s | tokens ${s.restTokens} vs ${s.engineTokens} | identical text: ${s.sameText}`,
  );
  if (s.cpu !== null) {
    console.log(
      `  where the time goes, per generation: CPU expert B ${s.cpu.restMsB.toFixed(0)} ms + node A ${s.cpu.restMsA.toFixed(0)} ms + client ${s.cpu.restMsClient.toFixed(
        0,
      )} ms vs bare engine ${s.cpu.engineMs.toFixed(0)} ms | busiest thread waiting for a CPU: expert B ${s.cpu.restBusiestThreadWaitMsB.toFixed(
        0,
      )} ms, bare engine ${s.cpu.engineBusiestThreadWaitMs.toFixed(0)} ms`,
    );
  }
  for (const c of result.concurrency) {
    console.log(
      `  ${c.clients} concurrent streaming clients, model ${c.model.padEnd(6)} (max_queue ${result.config.maxQueue}, max_concurrent_per_model ${
        result.config.maxConcurrentPerModel
      }): completed ${c.completed} (served by ${c.servedBy.join(', ') || '-'}) | refused 429 + Retry-After ${c.refused} (Retry-After ${c.retryAfterSeconds.join(', ') || '-'} s) | failed otherwise ${
        c.failedOtherwise
      } (target 0) | ${(c.wallMs / 1000).toFixed(1)} s${c.failures.length > 0 ? ` | ${c.failures.join('; ')}` : ''}`,
    );
  }
}

export function describeApiBenchmark(rounds: number, maxTokens: number, clients: number): string {
  return `api benchmark: POST /v1/chat/completions (stream) to node A pinned to expert B over libp2p vs the bare engine, ${rounds} interleaved rounds of ${maxTokens} tokens, temperature 0, threads=1; then ${clients} concurrent streaming clients`;
}

// `node scripts/run-bench.js api.bench.ts` runs this benchmark alone (`npm run bench` runs it with the others).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const model = benchModel();
  const rounds = Number(process.env.BENCH_ROUNDS ?? 12);
  const maxTokens = 300;
  const clients = 32;
  console.log(describeApiBenchmark(rounds, maxTokens, clients));
  const result = await runApiBenchmark({ model, rounds, maxTokens, clients });
  printApiBenchmark(result);
  console.log(JSON.stringify({ api: result }));
}
