/**
 * `npm run bench:failover`: mid-stream failover on real daemon processes. A requester (on llama-2-tiny-random, so it
 * never serves the answer itself) and three experts on stories260K; each trial streams a greedy "swarm" chat through
 * the requester and SIGKILLs the serving expert's process at a random token, then restarts it (same folder, same
 * peer identity) so the next trial again has three experts.
 *
 * Per trial: did the answer complete (finish chunk and [DONE], no error event); does it equal the uninterrupted
 * answer to the same prompt token for token (greedy and deterministic, so any difference is a seam error); the gap
 * the client saw at the seam (from the last chunk before the switch to the first after it). The last line is one
 * JSON object.
 *
 * Options: --trials N (100), --tokens-per-second N (the experts' pace, 40), --max-tokens N (64), --seed N.
 */
import '../src/polyfills.js';
import type { ChatCompletion, ChatCompletionChunk, FailoverMetadata, Peer } from '@democritus/sdk';
import { startDaemon, type DaemonHandle } from './daemon-process.js';
import { percentile } from './stats.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]?.replace(/^--/, '') ?? '', process.argv[i + 1] ?? '');
const trials = Number(args.get('trials') ?? 100);
const tokensPerSecond = Number(args.get('tokens-per-second') ?? 40);
const maxTokens = Number(args.get('max-tokens') ?? 64);
let seed = Number(args.get('seed') ?? 7);

/** A small seeded PRNG (mulberry32): the same kill points on every run. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const PROMPTS = [
  'Once upon a time there was a little girl',
  'Once upon a time there was a big dog',
  'One day a boy went to the park',
  'Lily and Ben were friends',
  'The cat saw a bird in the tree',
  'Tom had a red ball',
  'Once upon a time there was a little fish',
  'Sara wanted to bake a cake',
];
const STORY = ['description = "Tells children\'s stories about little girls, dogs and friends"', 'examples = ["Once upon a time there was a little girl"]'];
const LISTEN = ['/ip4/127.0.0.1/tcp/0'];

interface Trial {
  completed: boolean;
  seamError: boolean;
  killAt: number;
  gapMs: number | null;
  recordedGapMs: number | null;
  failovers: FailoverMetadata[];
  error?: string;
}

console.log(`failover benchmark: ${trials} trials, a requester and 3 experts (stories260K, ${tokensPerSecond} tok/s each), greedy chats of up to ${maxTokens} tokens`);
const requester = await startDaemon({
  name: 'bench-failover-requester',
  listen: LISTEN,
  modelFile: 'llama-2-tiny-random.gguf',
  expertToml: ['description = "Answers questions about tax law and accounting"', 'examples = ["How is VAT computed?"]'],
});
const bootstrap = requester.addresses.filter((address) => address.includes('/tcp/'));
const expertOptions = (name: string, dir?: string) => ({
  name,
  listen: LISTEN,
  bootstrap,
  expertToml: STORY,
  extraToml: `max_tokens_per_second = ${tokensPerSecond}`,
  ...(dir === undefined ? {} : { dir }),
});
const experts: DaemonHandle[] = await Promise.all(['a', 'b', 'c'].map((name) => startDaemon(expertOptions(`bench-failover-${name}`))));
const names = new Map(experts.map((expert, index) => [expert.peerId, `bench-failover-${'abc'[index]}`]));

async function connectedExperts(): Promise<number> {
  const { peers } = (await (await fetch(`${requester.restUrl}/api/peers`)).json()) as { peers: Peer[] };
  return experts.filter((expert) => peers.some((peer) => peer.peerId === expert.peerId && peer.connected && peer.model !== null)).length;
}

async function untilSwarmReady(): Promise<void> {
  const deadline = Date.now() + 60_000;
  while ((await connectedExperts()) < experts.length) {
    if (Date.now() > deadline) throw new Error('the requester does not see the three experts within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const chat = (prompt: string, stream: boolean) =>
  fetch(`${requester.restUrl}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'swarm', messages: [{ role: 'user', content: prompt }], temperature: 0, max_tokens: maxTokens, stream }),
  });

/** One trial: the stream, the kill at `killAt` content chunks, and what the client saw. */
async function trial(prompt: string, reference: { text: string; chunks: number }): Promise<Trial> {
  const killAt = 2 + Math.floor(random() * Math.max(1, reference.chunks - 4));
  const response = await chat(prompt, true);
  if (response.status !== 200 || response.body === null) return { completed: false, seamError: false, killAt, gapMs: null, recordedGapMs: null, failovers: [], error: `HTTP ${response.status}` };
  const victim = experts.findIndex((expert) => expert.peerId === response.headers.get('x-democritus-expert'));
  let text = '';
  let chunks = 0;
  let killed: Promise<void> | null = null;
  let finished = false;
  let done = false;
  let error: string | undefined;
  let failovers: FailoverMetadata[] = [];
  const arrivals: number[] = [];
  const decoder = new TextDecoder();
  let buffered = '';
  for await (const bytes of response.body) {
    buffered += decoder.decode(bytes, { stream: true });
    let end: number;
    while ((end = buffered.indexOf('\n\n')) !== -1) {
      const data = buffered.slice(0, end).replace(/^data: ?/, '');
      buffered = buffered.slice(end + 2);
      if (data === '[DONE]') {
        done = true;
        continue;
      }
      const chunk = JSON.parse(data) as ChatCompletionChunk & { error?: { message: string } };
      if (chunk.error !== undefined) error = chunk.error.message;
      const choice = chunk.choices?.[0];
      const content = choice?.delta.content;
      if (content) {
        text += content;
        chunks += 1;
        arrivals.push(performance.now());
        if (chunks === killAt && victim !== -1) killed = experts[victim]!.kill();
      }
      if (choice?.finish_reason != null) {
        finished = true;
        failovers = chunk.democritus?.failovers ?? [];
      }
    }
  }
  await killed;
  // The seam: the longest pause between two chunks from the kill on (the pace keeps every other one short).
  let gapMs: number | null = null;
  for (let i = Math.max(1, killAt); i < arrivals.length; i++) gapMs = Math.max(gapMs ?? 0, arrivals[i]! - arrivals[i - 1]!);
  if (victim !== -1 && killed !== null) {
    // Back to three experts: the killed one starts again in its folder, with the same peer id.
    const restarted = await startDaemon(expertOptions(names.get(experts[victim]!.peerId) ?? 'bench-failover-x', experts[victim]!.dir));
    experts[victim] = restarted;
  }
  const completed = finished && done && error === undefined;
  return {
    completed,
    seamError: completed && text !== reference.text,
    killAt,
    gapMs: failovers.length > 0 ? gapMs : null,
    recordedGapMs: failovers[0]?.gap_ms ?? null,
    failovers,
    ...(error === undefined ? (victim === -1 ? { error: 'served by the requester itself' } : {}) : { error }),
  };
}

try {
  await untilSwarmReady();
  const references = new Map<string, { text: string; chunks: number }>();
  for (const prompt of PROMPTS) {
    const body = (await (await chat(prompt, false)).json()) as ChatCompletion;
    const streamed = await chat(prompt, true);
    let chunks = 0;
    for (const event of (await streamed.text()).split('\n\n')) if (/"content":"[^"]/.test(event)) chunks += 1;
    references.set(prompt, { text: body.choices[0]?.message.content ?? '', chunks });
  }
  const results: Trial[] = [];
  for (let i = 0; i < trials; i++) {
    await untilSwarmReady();
    const prompt = PROMPTS[i % PROMPTS.length]!;
    const result = await trial(prompt, references.get(prompt)!);
    results.push(result);
    const note = result.error === undefined ? '' : ` (${result.error})`;
    console.log(
      `  trial ${String(i + 1).padStart(3)}: kill at chunk ${String(result.killAt).padStart(2)} | ${result.completed ? 'completed' : 'LOST'} | ${result.seamError ? 'SEAM ERROR' : 'seam ok'} | failovers ${result.failovers.length} | gap ${result.gapMs?.toFixed(0) ?? '-'} ms (recorded ${result.recordedGapMs ?? '-'} ms)${note}`,
    );
  }
  const gaps = results.flatMap((r) => (r.gapMs === null ? [] : [r.gapMs]));
  const recorded = results.flatMap((r) => (r.recordedGapMs === null ? [] : [r.recordedGapMs]));
  const summary = {
    trials: results.length,
    completed: results.filter((r) => r.completed).length,
    seam_errors: results.filter((r) => r.seamError).length,
    gap_ms: { p50: percentile(gaps, 50), p95: percentile(gaps, 95), max: Math.max(...gaps) },
    recorded_gap_ms: { p50: percentile(recorded, 50), p95: percentile(recorded, 95) },
    failed_over: results.filter((r) => r.failovers.length > 0).length,
    tokens_per_second: tokensPerSecond,
    max_tokens: maxTokens,
  };
  console.log(`completed ${summary.completed}/${summary.trials} (target all), seam errors ${summary.seam_errors} (target 0), gap P50 ${summary.gap_ms.p50.toFixed(0)} ms, P95 ${summary.gap_ms.p95.toFixed(0)} ms (target <= 1500)`);
  console.log(JSON.stringify(summary));
} finally {
  for (const daemon of [requester, ...experts]) await daemon.stop().catch(() => undefined);
}
