/**
 * Parallel benchmark (`npm run bench:parallel`): a "swarm" chat the coordinator splits into k independent sub-tasks,
 * each routed to its own expert (one daemon process per domain, one llama.cpp thread each), run in parallel against
 * the same plan run one sub-task after another. Two coordinator daemons of the same swarm differ only in
 * `[coordinator] max_concurrent_tasks`: 8 (every sub-task at once) and 1 (the sequential baseline); requests alternate between
 * them in one run. Measured from the plan metadata (`democritus.plan`): the sub-task phase (plan start to the last
 * sub-task's end: `speedup` is its sequential median over its parallel median) and the whole request (client wall
 * time, the synthesis included: `request_speedup`); the coordinator's overhead is the wall time minus the critical
 * path's expert time. k = 2 runs on unthrottled experts; k = 4 and 8 on experts throttled to
 * `inference.max_tokens_per_second` (a stand-in for separate machines: 2 cores cannot run 8 experts at full speed).
 * Then Mixture-of-Agents (N = 3, consensus and vote): the time after the slowest expert's answer; and the time to
 * first token a "swarm" chat that is not decomposed adds (decompose auto against never, alternating).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { ChatCompletion, ChatCompletionChunk, PlanMetadata } from '@democritus/sdk';
import { chatPlan } from '../src/app/coordinator/planned-chat.js';
import { DEFAULT_DECOMPOSE_THRESHOLD } from '../src/core/planning/complexity.js';
import { DEFAULT_DAG_LIMITS } from '../src/core/planning/dag-limits.js';
import { sseData } from '../test/support/sse.js';
import { startDaemon, type DaemonHandle } from './daemon-process.js';
import { criticalPathExpertMs, subtaskExperts, subtaskPhaseMs } from './plan-timings.js';
import { median, percentile } from './stats.js';

interface Domain {
  name: string;
  description: string;
  examples: string[];
  question: string;
}

/** One expert per domain; each question routes to its own domain's expert. */
const DOMAINS: Domain[] = [
  { name: 'math', description: 'Solves mathematics problems: algebra, calculus, probability, geometry', examples: ['Find the probability of rolling two sixes with two dice', 'Compute the area of a circle of radius 3'], question: 'What is the derivative of x^2 sin(x)?' },
  { name: 'medicine', description: 'Answers medical questions about diseases, symptoms and treatment', examples: ['What are the symptoms of type 2 diabetes?', 'How is bacterial pneumonia treated?'], question: 'What are the early symptoms of measles?' },
  { name: 'cooking', description: 'Gives cooking recipes and kitchen techniques: baking, sauces, roasting', examples: ['How long should I roast a chicken?', 'How do I make a bechamel sauce?'], question: 'How do I bake a loaf of sourdough bread?' },
  { name: 'law', description: 'Explains the law: contracts, tenancy, copyright and court procedure', examples: ['Can my landlord keep my deposit?', 'How long does copyright last?'], question: 'Is a verbal contract legally binding?' },
  { name: 'astronomy', description: 'Explains astronomy: planets, stars, galaxies and space missions', examples: ['How far away is the Andromeda galaxy?', 'What is a neutron star?'], question: 'Why does Mars look red in the night sky?' },
  { name: 'programming', description: 'Writes and debugs computer programs in Python, JavaScript and SQL', examples: ['How do I read a CSV file in Python?', 'Why is my JavaScript promise never resolved?'], question: 'How do I reverse a list in Python?' },
  { name: 'geography', description: 'Answers geography questions about countries, capitals, rivers and mountains', examples: ['What is the capital of Australia?', 'Which is the highest mountain in Africa?'], question: 'What is the longest river in South America?' },
  { name: 'music', description: 'Teaches music: instruments, chords, scales and music theory', examples: ['What notes are in a D minor scale?', 'How do I tune a violin?'], question: 'How do I play a C major chord on the guitar?' },
];

/** The coordinators' own expert: a domain no question is about. */
const COORDINATOR_EXPERT = ['description = "Writes children\'s stories about animals and friendship"', 'examples = ["Tell me a bedtime story about a rabbit who makes a new friend"]'];
/** A prompt the complexity decision keeps whole: the single-expert path. */
const UNSPLIT_PROMPT = 'Tell me a story about a rabbit and a duck';

/**
 * Tokens each task writes: unthrottled, enough that generating (not routing or starting) is most of a sub-task's time;
 * throttled, some 3 s per task at 16 tok/s. The synthesis prompt holds every answer: the context is sized for it.
 */
const UNTHROTTLED_TASK_TOKENS = 400;
const THROTTLED_TASK_TOKENS = 48;
const CONTEXT_TOKENS = 2048;

const expertToml = (domain: Domain) => [`description = ${JSON.stringify(domain.description)}`, `examples = ${JSON.stringify(domain.examples)}`];
const coordinatorToml = (maxConcurrentTasks: number) => `[coordinator]\nmax_concurrent_tasks = ${maxConcurrentTasks}\nmax_tasks = 16`;
const promptOf = (k: number) => DOMAINS.slice(0, k).map((domain) => domain.question).join(' ');

interface Swarm {
  parallel: DaemonHandle;
  sequential: DaemonHandle;
  experts: DaemonHandle[];
  stop(): Promise<void>;
}

/** Two coordinators (max_concurrent_tasks 8 and 1) and one expert daemon per domain, every advert known to both. */
async function startSwarm(domains: Domain[], tokensPerSecond: number): Promise<Swarm> {
  const daemons: DaemonHandle[] = [];
  const throttle = `max_tokens_per_second = ${tokensPerSecond}`;
  try {
    const parallel = await startDaemon({ name: 'par-coordinator', listen: ['/ip4/127.0.0.1/tcp/0'], maxContext: CONTEXT_TOKENS, expertToml: COORDINATOR_EXPERT, extraToml: coordinatorToml(8) });
    daemons.push(parallel);
    const bootstrap = parallel.addresses.filter((address) => address.includes('/tcp/'));
    const sequential = await startDaemon({ name: 'par-sequential', listen: ['/ip4/127.0.0.1/tcp/0'], maxContext: CONTEXT_TOKENS, bootstrap, expertToml: COORDINATOR_EXPERT, extraToml: coordinatorToml(1) });
    daemons.push(sequential);
    const experts: DaemonHandle[] = [];
    for (const domain of domains) {
      const expert = await startDaemon({ name: `par-${domain.name}`, listen: ['/ip4/127.0.0.1/tcp/0'], maxContext: CONTEXT_TOKENS, bootstrap, expertToml: expertToml(domain), extraToml: throttle });
      daemons.push(expert);
      experts.push(expert);
    }
    for (const coordinator of [parallel, sequential]) await waitForAdverts(coordinator, experts);
    return { parallel, sequential, experts, stop: () => Promise.all(daemons.map((daemon) => daemon.stop())).then(() => undefined) };
  } catch (error) {
    await Promise.all(daemons.map((daemon) => daemon.stop()));
    throw error;
  }
}

async function waitForAdverts(node: DaemonHandle, experts: DaemonHandle[]): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${node.restUrl}/api/peers`);
    const { peers } = (await response.json()) as { peers: { peerId: string; advert: { routing: unknown } | null }[] };
    if (experts.every((expert) => peers.some((peer) => peer.peerId === expert.peerId && peer.advert?.routing != null))) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${node.restUrl} did not receive every expert's advert in 120 s`);
}

async function completion(node: DaemonHandle, body: Record<string, unknown>): Promise<{ body: ChatCompletion; wallMs: number }> {
  const started = performance.now();
  const response = await fetch(`${node.restUrl}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  const wallMs = performance.now() - started;
  if (!response.ok) throw new Error(`chat completion failed: HTTP ${response.status} ${text}`);
  return { body: JSON.parse(text) as ChatCompletion, wallMs };
}

/** CPU time (user + system, every thread) a process has used so far, in ms; null without /proc. */
function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [utime = 0, stime = 0] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 13).map(Number);
    return ((utime + stime) * 1000) / 100;
  } catch {
    return null;
  }
}

interface PlannedRun {
  wallMs: number;
  phaseMs: number;
  overheadMs: number;
  experts: string[];
}

async function plannedRun(node: DaemonHandle, k: number, maxTokens: number): Promise<PlannedRun> {
  const { body, wallMs } = await completion(node, { model: 'swarm', messages: [{ role: 'user', content: promptOf(k) }], max_tokens: maxTokens, temperature: 0, seed: 1 });
  const plan: PlanMetadata | undefined = body.democritus.plan;
  if (plan === undefined) throw new Error(`the k = ${k} prompt was not decomposed`);
  if (plan.tasks.length !== k + 1) throw new Error(`the k = ${k} prompt became ${plan.tasks.length} tasks, not ${k + 1}`);
  return { wallMs, phaseMs: subtaskPhaseMs(plan), overheadMs: wallMs - criticalPathExpertMs(plan), experts: subtaskExperts(plan) };
}

export interface SpeedupResult {
  k: number;
  rounds: number;
  maxTokens: number;
  /** Tokens/s each expert was held to; 0: unthrottled. */
  expertTokensPerSecond: number;
  speedup: number;
  request_speedup: number;
  phase_ms: { parallel: number; sequential: number };
  request_ms: { parallel: number; sequential: number };
  /** Distinct experts that answered the sub-tasks of a parallel run (k when each sub-task had its own). */
  distinct_experts: number;
  overhead_ms: { p50: number; p95: number };
  overheads: number[];
  /**
   * CPU time per request (Linux, else null), the synthesis included: the coordinator that ran it and every expert of
   * the swarm together. Unthrottled, generating costs CPU: k experts and the coordinator need more than k cores'
   * worth of time at once to reach a speedup of k.
   */
  cpu_ms: { coordinator: number; experts: number } | null;
}

async function speedup(swarm: Swarm, k: number, rounds: number, maxTokens: number, tokensPerSecond: number): Promise<SpeedupResult> {
  // Warm-up outside the measurement: connections, the embedding model, JIT.
  await plannedRun(swarm.parallel, k, maxTokens);
  await plannedRun(swarm.sequential, k, maxTokens);
  const parallel: PlannedRun[] = [];
  const sequential: PlannedRun[] = [];
  const cpu = { coordinator: 0, experts: 0, measured: true };
  const runParallel = async () => {
    const before = [cpuMs(swarm.parallel.pid), ...swarm.experts.map((expert) => cpuMs(expert.pid))];
    parallel.push(await plannedRun(swarm.parallel, k, maxTokens));
    const after = [cpuMs(swarm.parallel.pid), ...swarm.experts.map((expert) => cpuMs(expert.pid))];
    if (before.some((v) => v === null) || after.some((v) => v === null)) cpu.measured = false;
    const used = after.map((v, i) => (v ?? 0) - (before[i] ?? 0));
    cpu.coordinator += used[0] ?? 0;
    cpu.experts += used.slice(1).reduce((sum, v) => sum + v, 0);
  };
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      await runParallel();
      sequential.push(await plannedRun(swarm.sequential, k, maxTokens));
    } else {
      sequential.push(await plannedRun(swarm.sequential, k, maxTokens));
      await runParallel();
    }
  }
  const phase = { parallel: median(parallel.map((run) => run.phaseMs)), sequential: median(sequential.map((run) => run.phaseMs)) };
  const request = { parallel: median(parallel.map((run) => run.wallMs)), sequential: median(sequential.map((run) => run.wallMs)) };
  const overheads = parallel.map((run) => run.overheadMs);
  return {
    k,
    rounds,
    maxTokens,
    expertTokensPerSecond: tokensPerSecond,
    speedup: phase.sequential / phase.parallel,
    request_speedup: request.sequential / request.parallel,
    phase_ms: phase,
    request_ms: request,
    distinct_experts: Math.min(...parallel.map((run) => new Set(run.experts).size)),
    overhead_ms: { p50: percentile(overheads, 50), p95: percentile(overheads, 95) },
    overheads,
    cpu_ms: cpu.measured ? { coordinator: cpu.coordinator / rounds, experts: cpu.experts / rounds } : null,
  };
}

export interface AggregationOverheadResult {
  method: 'consensus' | 'vote';
  rounds: number;
  /** Client's response end minus the slowest answer's end (the node's request start taken as the client's: an upper bound). */
  added_ms: { p50: number; p95: number };
  /** On the node: the outcome decided minus the slowest answer's end (embedding the answers, aggregating). */
  decided_ms: { p50: number; p95: number };
}

async function aggregationOverhead(node: DaemonHandle, method: 'consensus' | 'vote', rounds: number): Promise<AggregationOverheadResult> {
  const run = async () => {
    const { body, wallMs } = await completion(node, {
      model: 'swarm',
      messages: [{ role: 'user', content: UNSPLIT_PROMPT }],
      max_tokens: 12,
      temperature: 0,
      seed: 7,
      democritus: { experts: 3, aggregation: method },
    });
    const aggregation = body.democritus.aggregation;
    if (aggregation === undefined || aggregation.answers.length !== 3) throw new Error(`the ${method} request did not aggregate three answers`);
    return { added: wallMs - aggregation.timings.answered_ms, decided: aggregation.timings.decided_ms - aggregation.timings.answered_ms };
  };
  await run();
  const added: number[] = [];
  const decided: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const measured = await run();
    added.push(measured.added);
    decided.push(measured.decided);
  }
  return { method, rounds, added_ms: { p50: percentile(added, 50), p95: percentile(added, 95) }, decided_ms: { p50: percentile(decided, 50), p95: percentile(decided, 95) } };
}

export interface AddedTtftResult {
  rounds: number;
  /** Median time to the first content chunk, decompose auto (the decision runs and keeps the prompt whole) and never. */
  auto_ttft_ms: number;
  never_ttft_ms: number;
  /** P50 difference (auto minus never) and the median of the paired differences. */
  added_ms: number;
  paired_added_ms: number;
  /** The decision itself (`chatPlan` on the prompt) in this process, microseconds per call. */
  decision_us: number;
}

async function ttft(node: DaemonHandle, decompose: 'auto' | 'never'): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${node.restUrl}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'swarm', messages: [{ role: 'user', content: UNSPLIT_PROMPT }], max_tokens: 8, temperature: 0, seed: 1, stream: true, democritus: { decompose } }),
  });
  if (!response.ok) throw new Error(`chat completion failed: HTTP ${response.status} ${await response.text()}`);
  let first = Number.NaN;
  for await (const data of sseData(response.body)) {
    if (data === '[DONE]') continue;
    const chunk = JSON.parse(data) as ChatCompletionChunk;
    if (chunk.democritus?.plan !== undefined) throw new Error('the unsplit prompt was decomposed');
    if (Number.isNaN(first) && (chunk.choices[0]?.delta.content ?? '').length > 0) first = performance.now() - started;
  }
  return first;
}

async function addedTtft(node: DaemonHandle, rounds: number): Promise<AddedTtftResult> {
  await ttft(node, 'auto');
  await ttft(node, 'never');
  const auto: number[] = [];
  const never: number[] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      auto.push(await ttft(node, 'auto'));
      never.push(await ttft(node, 'never'));
    } else {
      never.push(await ttft(node, 'never'));
      auto.push(await ttft(node, 'auto'));
    }
  }
  const settings = { threshold: DEFAULT_DECOMPOSE_THRESHOLD, limits: DEFAULT_DAG_LIMITS };
  const calls = 10_000;
  const started = performance.now();
  for (let i = 0; i < calls; i++) if (chatPlan([{ role: 'user', content: UNSPLIT_PROMPT }], 'auto', settings) !== null) throw new Error('the unsplit prompt was decomposed');
  const decisionUs = ((performance.now() - started) * 1000) / calls;
  return {
    rounds,
    auto_ttft_ms: median(auto),
    never_ttft_ms: median(never),
    added_ms: median(auto) - median(never),
    paired_added_ms: median(auto.map((value, i) => value - (never[i] ?? Number.NaN))),
    decision_us: decisionUs,
  };
}

export interface ParallelBenchResult {
  k2: SpeedupResult;
  k4: SpeedupResult;
  k8: SpeedupResult;
  /** The coordinator's overhead over every parallel run (k = 2, 4, 8). */
  overhead_ms: { p50: number; p95: number };
  aggregation: AggregationOverheadResult[];
  swarm_ttft: AddedTtftResult;
  /** The machine's 1-minute load average at the start and the end: other work on the machine skews every figure. */
  load_average: { start: number; end: number };
}

export async function runParallelBenchmark(options: { rounds: number; throttledTokensPerSecond: number }): Promise<ParallelBenchResult> {
  const rounds = options.rounds;
  const loadAtStart = loadavg()[0] ?? 0;
  const unthrottled = await startSwarm(DOMAINS.slice(0, 2), 0);
  let k2: SpeedupResult;
  let ttftResult: AddedTtftResult;
  try {
    k2 = await speedup(unthrottled, 2, rounds, UNTHROTTLED_TASK_TOKENS, 0);
    ttftResult = await addedTtft(unthrottled.parallel, Math.max(20, rounds * 4));
  } finally {
    await unthrottled.stop();
  }
  const throttled = await startSwarm(DOMAINS, options.throttledTokensPerSecond);
  try {
    const k4 = await speedup(throttled, 4, rounds, THROTTLED_TASK_TOKENS, options.throttledTokensPerSecond);
    const k8 = await speedup(throttled, 8, rounds, THROTTLED_TASK_TOKENS, options.throttledTokensPerSecond);
    const aggregation = [await aggregationOverhead(throttled.parallel, 'consensus', rounds * 2), await aggregationOverhead(throttled.parallel, 'vote', rounds * 2)];
    const overheads = [k2, k4, k8].flatMap((result) => result.overheads);
    return { k2, k4, k8, overhead_ms: { p50: percentile(overheads, 50), p95: percentile(overheads, 95) }, aggregation, swarm_ttft: ttftResult, load_average: { start: loadAtStart, end: loadavg()[0] ?? 0 } };
  } finally {
    await throttled.stop();
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export function printParallelBenchmark(result: ParallelBenchResult): void {
  console.log(`  machine load average (1 min): ${result.load_average.start.toFixed(1)} at the start, ${result.load_average.end.toFixed(1)} at the end (${availableParallelism()} cores)`);
  for (const [target, row] of [[1.7, result.k2], [0.9 * 4, result.k4], [0.9 * 8, result.k8]] as const) {
    const experts = row.expertTokensPerSecond > 0 ? `experts throttled to ${row.expertTokensPerSecond} tok/s (stand-ins for separate machines)` : 'experts unthrottled';
    console.log(
      `  k = ${row.k} (${experts}, ${row.maxTokens} tokens per task, ${row.rounds} alternating rounds): sub-task phase ${ms(row.phase_ms.parallel)} parallel vs ${ms(
        row.phase_ms.sequential,
      )} sequential, speedup ${row.speedup.toFixed(2)} (target >= ${target.toFixed(1)}) | whole request ${ms(row.request_ms.parallel)} vs ${ms(row.request_ms.sequential)}, speedup ${row.request_speedup.toFixed(
        2,
      )} | distinct experts ${row.distinct_experts} of ${row.k} | coordinator overhead P50 ${ms(row.overhead_ms.p50)}, P95 ${ms(row.overhead_ms.p95)}${
        row.cpu_ms === null ? '' : ` | CPU per parallel request: coordinator ${ms(row.cpu_ms.coordinator)}, experts ${ms(row.cpu_ms.experts)}`
      }`,
    );
  }
  console.log(`  coordinator overhead (wall time minus the critical path's expert time), every parallel run: P50 ${ms(result.overhead_ms.p50)}, P95 ${ms(result.overhead_ms.p95)}`);
  for (const row of result.aggregation) {
    console.log(
      `  aggregation N = 3 ${row.method.padEnd(9)} (${row.rounds} rounds): after the slowest answer P50 ${ms(row.added_ms.p50)}, P95 ${ms(row.added_ms.p95)} (client's end) | deciding on the node P50 ${ms(
        row.decided_ms.p50,
      )}, P95 ${ms(row.decided_ms.p95)}`,
    );
  }
  const t = result.swarm_ttft;
  console.log(
    `  "swarm" chat not decomposed (${t.rounds} alternating rounds): TTFT decompose auto ${ms(t.auto_ttft_ms)} vs never ${ms(t.never_ttft_ms)}, added ${ms(t.added_ms)} (paired ${ms(
      t.paired_added_ms,
    )}; target <= 2 ms) | the decision itself ${t.decision_us.toFixed(1)} us`,
  );
}

// `npm run bench:parallel` runs this benchmark.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 6);
  const throttledTokensPerSecond = Number(process.env.BENCH_EXPERT_TOKENS_PER_SECOND ?? 16);
  console.log(
    `parallel benchmark: k sub-tasks of a decomposed "swarm" chat on k expert daemons (threads=1), coordinator max_concurrent_tasks 8 vs 1, ${rounds} alternating rounds; k = 4 and 8 with experts throttled to ${throttledTokensPerSecond} tok/s as stand-ins for separate machines`,
  );
  const result = await runParallelBenchmark({ rounds, throttledTokensPerSecond });
  printParallelBenchmark(result);
  const { k2, k4, k8, overhead_ms, aggregation, swarm_ttft, load_average } = result;
  const compact = (row: SpeedupResult) => ({ ...row, overheads: undefined });
  console.log(JSON.stringify({ k2: compact(k2), k4: compact(k4), k8: compact(k8), overhead_ms, aggregation, swarm_ttft_added_ms: swarm_ttft.added_ms, swarm_ttft, load_average }));
}
