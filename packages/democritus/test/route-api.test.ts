import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  INTENTS,
  type ChatCompletion,
  type ChatCompletionChunk,
  type ErrorBody,
  type PlanMetadata,
  type PlanReport,
  type RouteDecision as RouteResponseBody,
} from '@democritus/sdk';
import { routeDecisionBody } from '../src/api/routes/route.js';
import { finalAnswer, synthesisMessages } from '../src/core/aggregation/index.js';
import { runCli } from './support/cli.js';
import { MATH, MEDICAL, STORIES, startExpertDaemon, type ExpertDaemon, type ExpertSpec } from './support/expert-daemons.js';
import { readSse } from './support/sse.js';
import { eventually } from './support/swarm.js';

/**
 * `/api/route`, `democritus route` and `"model": "swarm"` on three real daemon processes, each a clearly different
 * expert (stories, mathematics, medicine), connected by bootstrap to node A. Node A requires an API key.
 */

const API_KEY = 'route-test-key-0123456789';
const AUTH = { authorization: `Bearer ${API_KEY}` };

const MATH_PROMPT = 'Solve for x: 2x + 3 = 11';
const MEDICAL_PROMPT = 'What are the early symptoms of measles, and how is the disease treated?';
/** Two independent questions of two domains. */
const MIXED_PROMPT = 'What is the derivative of x^2 sin(x)? What are the early symptoms of measles?';

describe('semantic routing over HTTP and the CLI, three real daemons', () => {
  let dir: string;
  const nodes: ExpertDaemon[] = [];
  let a: ExpertDaemon;
  let math: ExpertDaemon;
  let medical: ExpertDaemon;
  const cliAuth = () => ['--api', a.restUrl, '--api-key', API_KEY];

  /** Waits until node A holds the advert of a node that joined later. */
  const nodeAHoldsAdvertOf = (node: ExpertDaemon, description: string) =>
    eventually(
      description,
      async () => {
        const response = await fetch(`${a.restUrl}/api/peers`, { headers: AUTH });
        const { peers } = (await response.json()) as { peers: { peerId: string; advert: unknown }[] };
        return peers.some((peer) => peer.peerId === node.peerId && peer.advert !== null);
      },
      90_000,
    );

  const getRoute = (query: string, headers: Record<string, string> = AUTH) => fetch(`${a.restUrl}/api/route?${query}`, { headers });
  const postRoute = (body: unknown, headers: Record<string, string> = AUTH) =>
    fetch(`${a.restUrl}/api/route`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  async function routeJson(prompt: string, extra: string[] = []): Promise<RouteResponseBody> {
    const result = await runCli(['route', prompt, '--json', ...cliAuth(), ...extra]);
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as RouteResponseBody;
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'democritus-route-'));
    a = await startExpertDaemon(dir, STORIES, [], { DEMOCRITUS_API_KEYS: API_KEY });
    nodes.push(a);
    const bootstrap = a.addresses.filter((address) => address.includes('/tcp/'));
    expect(bootstrap.length).toBeGreaterThan(0);
    [math, medical] = await Promise.all([startExpertDaemon(dir, MATH, bootstrap), startExpertDaemon(dir, MEDICAL, bootstrap)]);
    nodes.push(math, medical);

    // Node A has both adverts, each with its routing profile.
    await eventually(
      'node A holds the routing adverts of the math and medical experts',
      async () => {
        const response = await fetch(`${a.restUrl}/api/peers`, { headers: AUTH });
        if (!response.ok) return false;
        const { peers } = (await response.json()) as { peers: { peerId: string; advert: { routing: unknown } | null }[] };
        return [math, medical].every((node) => peers.some((peer) => peer.peerId === node.peerId && peer.advert !== null && peer.advert.routing !== null));
      },
      90_000,
    );
  });
  afterAll(async () => {
    for (const node of nodes) expect(await node.process.stop()).toBe(0);
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('`democritus route --json` ranks the math expert first for an algebra prompt, fresh; the same prompt again comes from the cache', async () => {
    const first = await routeJson(MATH_PROMPT);
    expect(first.kind).toBe('matched');
    expect(first.reason).toBeNull();
    expect(first.from).toBe('fresh');
    expect(first.signature).toMatch(/^[0-9a-f]{16}$/);
    expect(first.spaceId.length).toBeGreaterThan(0);
    const best = first.ranked[0];
    expect(best?.peerId).toBe(math.peerId);
    expect(best?.name).toBe(MATH.name);
    expect(best?.isLocal).toBe(false);
    expect(['gossip', 'direct']).toContain(best?.source);
    expect(best?.score).toEqual(expect.any(Number));
    expect(best?.factors).toEqual({ similarity: expect.any(Number), load: expect.any(Number), latency: expect.any(Number), reputation: expect.any(Number) });
    // Best first.
    const scores = first.ranked.map((route) => route.score ?? -Infinity);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    expect(first.timings.totalMs).toBeGreaterThanOrEqual(first.timings.embedMs);

    const again = await routeJson(MATH_PROMPT);
    expect(again.from).toBe('cache');
    expect(again.signature).toBe(first.signature);
    expect(again.dht).toBeNull();
    expect(again.ranked[0]?.peerId).toBe(math.peerId);
  });

  it('a medical prompt goes to the medical expert; --top limits the list', async () => {
    const decision = await routeJson(MEDICAL_PROMPT);
    expect(decision.kind).toBe('matched');
    expect(decision.ranked[0]?.peerId).toBe(medical.peerId);
    expect(decision.ranked[0]?.name).toBe(MEDICAL.name);

    const top = await routeJson(MEDICAL_PROMPT, ['--top', '1']);
    expect(top.ranked).toHaveLength(1);
    expect(top.ranked[0]?.peerId).toBe(medical.peerId);
  });

  it('GET and POST /api/route answer the same decision', async () => {
    const prompt = 'Compute the integral of 3x^2 from 0 to 2';
    const post = await postRoute({ prompt, top: 2 });
    expect(post.status).toBe(200);
    expect(post.headers.get('content-type')).toMatch(/^application\/json/);
    const posted = (await post.json()) as RouteResponseBody;
    expect(posted.ranked.length).toBeLessThanOrEqual(2);
    expect(posted.ranked[0]?.peerId).toBe(math.peerId);

    const get = await getRoute(new URLSearchParams({ prompt, top: '2' }).toString());
    expect(get.status).toBe(200);
    const got = (await get.json()) as RouteResponseBody;
    expect(got.signature).toBe(posted.signature);
    expect(got.from).toBe('cache');
    expect(got.ranked.map((route) => route.peerId)).toEqual(posted.ranked.map((route) => route.peerId));
  });

  it('the table shows the decision, its origin, signature, DHT stats, timings and every ranked expert with its scores', async () => {
    const result = await runCli(['route', 'What is the probability of getting three heads in a row with a fair coin?', ...cliAuth()]);
    expect(result.code, result.stderr).toBe(0);
    const output = result.stdout;
    expect(output).toMatch(/^decision:\s+matched: math-solver \(12D3KooW\S+\)$/m);
    expect(output).toMatch(/^from:\s+fresh/m);
    expect(output).toMatch(/^signature:\s+[0-9a-f]{16} \(embedding space \S+\)$/m);
    expect(output).toMatch(/^dht:\s+(\d+ band keys probed \((asked \d+ DHT peers|one kad-dht walk per key)\), \d+ providers found, adverts of unknown ones: \d+ from record holders, \d+ from the providers, [\d.]+ ms \(band-key walk [\d.]+ ms\)|\d+ band keys looked up in the background|no lookup)/m);
    expect(output).toMatch(/^timings:\s+embed [\d.]+ ms, decide [\d.]+ ms, total [\d.]+ ms$/m);
    const lines = output.trimEnd().split('\n');
    const headerIndex = lines.findIndex((line) => line.startsWith('RANK'));
    expect(lines[headerIndex]).toMatch(/^RANK\s+NAME\s+PEER\s+SOURCE\s+SIMILARITY\s+EMBEDDING\s+LEXICAL\s+LOAD\s+LATENCY\s+REPUTATION\s+SCORE$/);
    const rows = lines.slice(headerIndex + 1);
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows[0]).toMatch(/^1\s+math-solver\s+12D3Ko…\S{6}\s+(gossip|direct)\s+(-?\d+\.\d{3}\s+){6}-?\d+\.\d{3}$/);

    // Every expert that matched is in the table, with the names the JSON gives. (The JSON call is a cache hit,
    // re-ranked with the experts' load at that moment, and an advert refreshed in between by gossip changes its
    // source, so scores, sources and the order below the first may differ.)
    const json = await routeJson('What is the probability of getting three heads in a row with a fair coin?');
    expect(rows).toHaveLength(json.ranked.length);
    for (const route of json.ranked) {
      const row = rows.find((line) => line.includes(` ${route.name} `));
      expect(row, route.name).toBeDefined();
      expect(row).toMatch(/ (local|gossip|direct|dht) /);
      expect(row?.trimEnd()).toMatch(/(-?\d+\.\d{3}|-)$/);
    }
  });

  it('refuses bad input with 400 in the error shape', async () => {
    const cases: [string, Promise<Response>, string | null][] = [
      ['empty prompt (POST)', postRoute({ prompt: '' }), 'prompt'],
      ['blank prompt (POST)', postRoute({ prompt: '   ' }), 'prompt'],
      ['missing prompt (POST)', postRoute({ top: 2 }), 'prompt'],
      ['top 0 (POST)', postRoute({ prompt: 'hello', top: 0 }), 'top'],
      ['top not a number (POST)', postRoute({ prompt: 'hello', top: 'three' }), 'top'],
      ['top a string number (POST)', postRoute({ prompt: 'hello', top: '3' }), 'top'],
      ['top 1.5 (POST)', postRoute({ prompt: 'hello', top: 1.5 }), 'top'],
      ['unknown field (POST)', postRoute({ prompt: 'hello', model: 'swarm' }), 'model'],
      ['empty prompt (GET)', getRoute('prompt='), 'prompt'],
      ['missing prompt (GET)', getRoute('top=2'), 'prompt'],
      ['top 0 (GET)', getRoute('prompt=hello&top=0'), 'top'],
      ['top not a number (GET)', getRoute('prompt=hello&top=abc'), 'top'],
      ['top -1 (GET)', getRoute('prompt=hello&top=-1'), 'top'],
      ['top too large (GET)', getRoute('prompt=hello&top=1000'), 'top'],
    ];
    for (const [label, pending, param] of cases) {
      const response = await pending;
      expect(response.status, label).toBe(400);
      const body = (await response.json()) as ErrorBody;
      expect(body, label).toEqual({ error: { message: expect.any(String), type: 'invalid_request_error', param, code: 'validation_failed' } });
      expect(body.error.message.length, label).toBeGreaterThan(0);
    }
    const invalidJson = await fetch(`${a.restUrl}/api/route`, { method: 'POST', headers: { 'content-type': 'application/json', ...AUTH }, body: '{"prompt":' });
    expect(invalidJson.status).toBe(400);
    expect(((await invalidJson.json()) as ErrorBody).error).toMatchObject({ type: 'invalid_request_error', code: 'invalid_json' });

    // The CLI refuses a bad --top itself (usage error), and reports the API's refusal of an empty prompt.
    const badTop = await runCli(['route', MATH_PROMPT, '--top', '0', ...cliAuth()]);
    expect(badTop.code).toBe(2);
    expect(badTop.stderr).toMatch(/--top.*expected a positive integer/);
    const empty = await runCli(['route', '', ...cliAuth()]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/^error: .*prompt/m);
  });

  it('/api/route needs the API key when the node has keys; /health does not', async () => {
    const noKey = await getRoute(`prompt=${encodeURIComponent(MATH_PROMPT)}`, {});
    expect(noKey.status).toBe(401);
    expect(((await noKey.json()) as ErrorBody).error).toMatchObject({ type: 'invalid_request_error', code: 'invalid_api_key' });
    const wrongKey = await postRoute({ prompt: MATH_PROMPT }, { authorization: 'Bearer not-the-key' });
    expect(wrongKey.status).toBe(401);
    expect(((await wrongKey.json()) as ErrorBody).error.code).toBe('invalid_api_key');
    expect((await fetch(`${a.restUrl}/health`)).status).toBe(200);

    const cliNoKey = await runCli(['route', MATH_PROMPT, '--api', a.restUrl], { env: { DEMOCRITUS_API_KEY: '' } });
    expect(cliNoKey.code).toBe(1);
    expect(cliNoKey.stderr).toMatch(/^error: .*API key/m);
    const cliEnvKey = await runCli(['route', MATH_PROMPT, '--json', '--api', a.restUrl], { env: { DEMOCRITUS_API_KEY: API_KEY } });
    expect(cliEnvKey.code, cliEnvKey.stderr).toBe(0);
    expect((JSON.parse(cliEnvKey.stdout) as RouteResponseBody).ranked[0]?.peerId).toBe(math.peerId);
  });

  it('POST /v1/chat/completions with model "swarm" is served by the math expert for a math prompt; a pinned model still works', async () => {
    const chat = async (model: string, content: string) => {
      const response = await fetch(`${a.restUrl}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...AUTH },
        body: JSON.stringify({ model, messages: [{ role: 'user', content }], max_tokens: 8, temperature: 0 }),
      });
      const body = (await response.json()) as {
        choices: { message: { content: string } }[];
        democritus: { experts: { peer_id: string; name: string; how: string }[] };
      };
      return { response, body };
    };

    const routed = await chat('swarm', 'Solve the equation 5x - 7 = 18 for x');
    expect(routed.response.status).toBe(200);
    expect(routed.response.headers.get('x-democritus-expert')).toBe(math.peerId);
    expect(routed.body.democritus.experts).toEqual([expect.objectContaining({ peer_id: math.peerId, name: MATH.name, how: 'routed' })]);
    expect(routed.body.choices[0]?.message.content.length).toBeGreaterThan(0);

    // Pinned by name to the medical expert, even for a math prompt; and by peer ID to this node's own expert.
    const byName = await chat(MEDICAL.name, 'Solve the equation 5x - 7 = 18 for x');
    expect(byName.response.status).toBe(200);
    expect(byName.response.headers.get('x-democritus-expert')).toBe(medical.peerId);
    expect(byName.body.democritus.experts).toEqual([expect.objectContaining({ peer_id: medical.peerId, how: 'pinned' })]);

    const byId = await chat(a.peerId, 'Once upon a time');
    expect(byId.response.status).toBe(200);
    expect(byId.response.headers.get('x-democritus-expert')).toBe(a.peerId);
    expect(byId.body.democritus.experts).toEqual([expect.objectContaining({ peer_id: a.peerId, name: STORIES.name, how: 'pinned' })]);
  });

  it('`democritus plan --json` splits a two-domain prompt into tasks, each routed to its own expert, with layers and a synthesis task', async () => {
    const result = await runCli(['plan', MIXED_PROMPT, '--json', ...cliAuth()]);
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout) as PlanReport;
    expect(INTENTS).toContain(plan.intent);
    expect(plan.intent_confidence).toBeGreaterThan(0);
    expect(plan.intent_confidence).toBeLessThanOrEqual(1);
    expect(plan.complexity).toBeGreaterThanOrEqual(plan.decompose_threshold);
    expect(plan.decompose).toBe(true);
    expect(plan.planner).toBe('rules');
    const subtasks = plan.tasks.filter((task) => task.kind === 'subtask');
    const synthesis = plan.tasks.filter((task) => task.kind === 'synthesis');
    expect(subtasks).toHaveLength(2);
    expect(synthesis).toHaveLength(1);
    expect(synthesis[0]?.depends_on).toEqual(subtasks.map((task) => task.id));
    for (const task of plan.tasks) {
      expect(task).toMatchObject({ id: expect.any(String), prompt: expect.any(String), depends_on: expect.any(Array) });
      expect(INTENTS).toContain(task.intent);
    }
    // Each question goes to the expert of its domain.
    expect(subtasks.map((task) => task.expert?.name)).toEqual([MATH.name, MEDICAL.name]);
    expect(plan.layers).toEqual([subtasks.map((task) => task.id), [synthesis[0]?.id]]);
    expect(plan.critical_path).toHaveLength(2);
    expect(plan.widest_layer).toBe(2);
  });

  it('a one-task prompt with constraints is not decomposed; the table names the decisions, the tasks and the layers', async () => {
    const json = await runCli(['plan', 'Write a poem about the sea in 3 stanzas without using the letter e.', '--json', ...cliAuth()]);
    expect(json.code, json.stderr).toBe(0);
    const plan = JSON.parse(json.stdout) as PlanReport;
    expect(plan.decompose).toBe(false);
    expect(plan.tasks).toEqual([expect.objectContaining({ id: '1', kind: 'single', depends_on: [] })]);
    expect(plan.layers).toEqual([['1']]);

    const table = await runCli(['plan', MIXED_PROMPT, ...cliAuth()]);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^intent: +[a-z_]+ \(\d+%; runner-up/m);
    expect(table.stdout).toMatch(/^complexity: .*decomposed by the rules planner into 3 tasks/m);
    expect(table.stdout).toMatch(/TASK +KIND +INTENT +NEEDS +EXPERT +PROMPT/);
    expect(table.stdout).toContain(MATH.name);
    expect(table.stdout).toMatch(/^layers: +\[1, 2\] -> \[3\]/m);
  });

  it('the model planner: the node\'s own (story) model writes a plan under the JSON grammar, used if valid, else the rules\' plan with the reason', async () => {
    const response = await fetch(`${a.restUrl}/api/plan`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...AUTH },
      body: JSON.stringify({ prompt: MIXED_PROMPT, planner: 'model' }),
    });
    expect(response.status).toBe(200);
    const plan = (await response.json()) as PlanReport;
    expect(plan.decompose).toBe(plan.tasks.length > 1);
    if (plan.planner === 'rules') expect(plan.model_fallback).toEqual(expect.any(String));
    else expect(plan.model_fallback).toBeNull();
    expect(plan.layers.flat().sort()).toEqual(plan.tasks.map((task) => task.id).sort());
  });

  it('POST /api/plan refuses a blank prompt and an unknown planner with 400, and needs the API key', async () => {
    const post = (body: unknown, headers: Record<string, string> = AUTH) =>
      fetch(`${a.restUrl}/api/plan`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const blank = await post({ prompt: '   ' });
    expect(blank.status).toBe(400);
    expect(((await blank.json()) as ErrorBody).error.param).toBe('prompt');
    const planner = await post({ prompt: 'hello', planner: 'oracle' });
    expect(planner.status).toBe(400);
    expect(((await planner.json()) as ErrorBody).error.message).toMatch(/planner/);
    expect((await post({ prompt: 'hello' }, {})).status).toBe(401);
    // The sanitizer's input rules run first, and the report says what they changed.
    const dirty = await post({ prompt: '\u001b[31mWhat is the derivative of x^2?\u001b[0m' });
    expect(dirty.status).toBe(200);
    const plan = (await dirty.json()) as PlanReport;
    expect(plan.prompt).toBe('What is the derivative of x^2?');
    expect(plan.sanitizer).toEqual([{ rule: 'ansi', count: 2 }]);
  });

  describe('a decomposed "swarm" chat: sub-tasks run in parallel on their own experts, the synthesis streams', () => {
    const post = (body: Record<string, unknown>) =>
      fetch(`${a.restUrl}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', ...AUTH }, body: JSON.stringify(body) });
    const MIXED = { model: 'swarm', messages: [{ role: 'user' as const, content: MIXED_PROMPT }], temperature: 0, seed: 3, max_tokens: 16 };

    it('each question goes to the expert of its domain, both run at once, and the metadata and header describe the plan', async () => {
      const response = await post(MIXED);
      const text = await response.text();
      expect(response.status, text).toBe(200);
      expect(response.headers.get('x-democritus-plan')).toBe('1,2>3');
      const completion = JSON.parse(text) as ChatCompletion;
      expect(completion.choices[0]?.message.content?.length).toBeGreaterThan(0);
      const plan = completion.democritus?.plan;
      expect(plan?.final_task).toBe('3');
      expect(plan?.layers).toEqual([['1', '2'], ['3']]);
      const [first, second, synthesis] = plan?.tasks ?? [];
      expect(first?.attempts.map((attempt) => attempt.name)).toEqual([MATH.name]);
      expect(second?.attempts.map((attempt) => attempt.name)).toEqual([MEDICAL.name]);
      expect(plan?.tasks.every((task) => task.status === 'finished')).toBe(true);
      expect(synthesis).toMatchObject({ kind: 'synthesis', depends_on: ['1', '2'] });
      // In parallel: each sub-task started before the other ended.
      const [x, y] = [first?.attempts[0], second?.attempts[0]];
      expect(x?.started_ms).toBeLessThan(y?.ended_ms ?? -1);
      expect(y?.started_ms).toBeLessThan(x?.ended_ms ?? -1);
      // The synthesis started after both answers were in.
      expect(synthesis?.attempts[0]?.started_ms).toBeGreaterThanOrEqual(Math.max(x?.ended_ms ?? Infinity, y?.ended_ms ?? Infinity));
      const names = completion.democritus?.experts.map((expert) => expert.name) ?? [];
      expect(names).toEqual(expect.arrayContaining([MATH.name, MEDICAL.name]));
    });

    it('decompose "never" takes the single-expert path; the official openai client streams a decomposed answer and reads the plan', async () => {
      const single = await post({ ...MIXED, democritus: { decompose: 'never' } });
      const body = (await single.json()) as ChatCompletion;
      expect(single.status).toBe(200);
      expect(single.headers.get('x-democritus-plan')).toBeNull();
      expect(body.democritus?.plan).toBeUndefined();
      expect(body.democritus?.experts).toHaveLength(1);

      const openai = new OpenAI({ apiKey: API_KEY, baseURL: `${a.restUrl}/v1`, maxRetries: 0 });
      const params = { ...MIXED, stream: true as const };
      const stream = await openai.chat.completions.create(params, { body: { ...params, democritus: { decompose: 'auto' } } });
      let text = '';
      let plan: PlanMetadata | undefined;
      for await (const chunk of stream) {
        text += chunk.choices[0]?.delta.content ?? '';
        if (chunk.choices[0]?.finish_reason != null) plan = (chunk as unknown as ChatCompletionChunk).democritus?.plan;
      }
      expect(text.length).toBeGreaterThan(0);
      expect(plan?.layers).toEqual([['1', '2'], ['3']]);
    });

    it('refuses an unknown decompose mode with 400 naming the field', async () => {
      const response = await post({ ...MIXED, democritus: { decompose: 'sometimes' } });
      expect(response.status).toBe(400);
      expect(((await response.json()) as ErrorBody).error.message).toMatch(/decompose/);
    });
  });

  describe('Mixture-of-Agents: democritus.experts and democritus.aggregation on POST /v1/chat/completions', () => {
    const MESSAGES = [{ role: 'user' as const, content: 'Tell me a story about a rabbit and a duck' }];
    /** Greedy and short: the same request gives each expert's same answer, pinned or aggregated. */
    const GREEDY = { temperature: 0, seed: 7, max_tokens: 12 };
    /** Each expert's own answer to MESSAGES, by expert name (pinned by `model`). */
    const own = new Map<string, string>();

    const chat = (body: Record<string, unknown>) =>
      fetch(`${a.restUrl}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', ...AUTH }, body: JSON.stringify(body) });

    async function completion(body: Record<string, unknown>): Promise<{ response: Response; body: ChatCompletion }> {
      const response = await chat(body);
      const text = await response.text();
      expect(response.status, text).toBe(200);
      return { response, body: JSON.parse(text) as ChatCompletion };
    }

    beforeAll(async () => {
      for (const expert of [STORIES, MATH, MEDICAL]) {
        const { body } = await completion({ model: expert.name, messages: MESSAGES, ...GREEDY });
        own.set(expert.name, body.choices[0]!.message.content);
      }
    });

    it('consensus: one answer, the text of the winner named in the metadata; every expert in the header and the metadata', async () => {
      const { response, body } = await completion({ messages: MESSAGES, ...GREEDY, democritus: { experts: 3, aggregation: 'consensus' } });
      const aggregation = body.democritus.aggregation!;
      expect(aggregation).toMatchObject({ method: 'consensus', requested: 'consensus', aggregator: null, failed: [] });
      expect(aggregation.answers.map((answer) => answer.name).sort()).toEqual([MATH.name, MEDICAL.name, STORIES.name].sort());
      // Who said what: each answer is that expert's own answer.
      for (const answer of aggregation.answers) expect(answer.text).toBe(own.get(answer.name));
      const winner = aggregation.winner!;
      expect(body.choices[0]!.message.content).toBe(own.get(winner.name));
      expect(aggregation.answers[winner.index]!.name).toBe(winner.name);
      expect(aggregation.similarities).toHaveLength(3);
      expect(aggregation.reason).toMatch(/^consensus: answer \d \(.+\) is nearest the weighted centroid/);
      expect(aggregation.clusters.flatMap((cluster) => cluster.members).length).toBe(3);
      expect(aggregation.conflict).toBe(aggregation.clusters.length > 1);
      // The outcome is decided after the last answer is in (the timings the aggregation overhead is measured from).
      expect(aggregation.timings.decided_ms).toBeGreaterThanOrEqual(aggregation.timings.answered_ms);
      const peers = body.democritus.experts.map((expert) => expert.peer_id);
      expect([...peers].sort()).toEqual([a.peerId, math.peerId, medical.peerId].sort());
      expect(response.headers.get('x-democritus-expert')?.split(', ').sort()).toEqual([...peers].sort());
    });

    it('vote: a short closed span is tallied; a longer free-text story has no closed final answer, so consensus decides and the reason says so', async () => {
      // The tiny story model writes stories: 12 greedy tokens end as a short span, 64 as free text. Each case's
      // expectation comes from the experts' own answers (pinned), so the test checks the mechanics, not the model.
      const methods: string[] = [];
      for (const maxTokens of [GREEDY.max_tokens, 64]) {
        const settings = { ...GREEDY, max_tokens: maxTokens };
        const answers = new Map<string, string>();
        for (const expert of [STORIES, MATH, MEDICAL]) {
          const { body } = await completion({ model: expert.name, messages: MESSAGES, ...settings });
          answers.set(expert.name, body.choices[0]!.message.content);
        }
        const votable = [...answers.values()].filter((text) => finalAnswer(text) !== null).length;
        const { body } = await completion({ messages: MESSAGES, ...settings, democritus: { experts: 3, aggregation: 'vote' } });
        const aggregation = body.democritus.aggregation!;
        expect(aggregation.requested).toBe('vote');
        expect(body.choices[0]!.message.content).toBe(answers.get(aggregation.winner!.name));
        methods.push(aggregation.method);
        if (votable === 0) {
          expect(aggregation.method).toBe('consensus');
          expect(aggregation.reason).toContain('vote: no answer has a closed final answer, consensus instead');
          expect(aggregation.tally).toBeUndefined();
        } else {
          expect(aggregation.method).toBe('vote');
          const tally = aggregation.tally!;
          expect(tally.reduce((sum, entry) => sum + entry.count, 0)).toBe(votable);
          const winnerFinal = finalAnswer(answers.get(aggregation.winner!.name)!)!;
          expect(tally[0]!.answer).toEqual(winnerFinal);
          expect(tally[0]!.voters).toContain(aggregation.winner!.index);
          expect(aggregation.reason).toMatch(/^vote: .+ won with weight/);
        }
      }
      expect(methods, 'both branches: a tally for the short span, consensus for the free text').toEqual(['vote', 'consensus']);
    });

    it("synthesis: this node's expert streams the merged answer of the Mixture-of-Agents prompt; the final chunk says synthesis", async () => {
      const response = await chat({ messages: MESSAGES, ...GREEDY, stream: true, democritus: { experts: 3, aggregation: 'synthesis' } });
      expect(response.status).toBe(200);
      const events = await readSse(response);
      expect(events.at(-1)).toBe('[DONE]');
      const chunks = events.slice(0, -1) as ChatCompletionChunk[];
      const streamed = chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');
      const final = chunks.find((chunk) => chunk.choices[0]?.finish_reason != null)!;
      const aggregation = final.democritus!.aggregation!;
      expect(aggregation).toMatchObject({ method: 'synthesis', requested: 'synthesis', winner: null, aggregator: { peer_id: a.peerId, name: STORIES.name } });
      expect(aggregation.answers).toHaveLength(3);
      expect(final.democritus!.experts.at(-1)?.peer_id).toBe(a.peerId);
      // The same synthesis prompt pinned to node A's expert gives the same text: what streamed is its generation.
      const prompt = synthesisMessages(MESSAGES, aggregation.answers);
      const { body } = await completion({ model: STORIES.name, messages: prompt, ...GREEDY });
      expect(streamed).toBe(body.choices[0]!.message.content);
    });

    it('the official openai client (streaming) sends the options as an extra body field and reads the metadata from the final chunk', async () => {
      const openai = new OpenAI({ apiKey: API_KEY, baseURL: `${a.restUrl}/v1`, maxRetries: 0 });
      const params = { model: 'swarm', messages: MESSAGES, stream: true as const, ...GREEDY };
      // RequestOptions.body replaces the body the client would build: the documented way to send a field it does not know.
      const stream = await openai.chat.completions.create(params, { body: { ...params, democritus: { experts: 3, aggregation: 'consensus' } } });
      let text = '';
      let extension: ChatCompletionChunk['democritus'];
      for await (const chunk of stream) {
        text += chunk.choices[0]?.delta.content ?? '';
        if (chunk.choices[0]?.finish_reason != null) extension = (chunk as unknown as ChatCompletionChunk).democritus;
      }
      const aggregation = extension?.aggregation;
      expect(aggregation?.method).toBe('consensus');
      expect(text).toBe(own.get(aggregation!.winner!.name));
      expect(extension?.experts).toHaveLength(3);
    });

    it('an expert that fails is left out and recorded; the others still answer', async () => {
      // A fourth expert whose advert node A holds, killed before the request: its generation cannot start.
      const poet: ExpertSpec = { name: 'sea-poet', description: 'Writes poems about the sea and sailors', examples: ['Write a poem about the waves'] };
      const bootstrap = a.addresses.filter((address) => address.includes('/tcp/'));
      const doomed = await startExpertDaemon(dir, poet, bootstrap);
      try {
        await nodeAHoldsAdvertOf(doomed, 'node A holds the advert of the fourth expert');
      } finally {
        await doomed.process.stop('SIGKILL');
      }
      const { body } = await completion({ messages: MESSAGES, ...GREEDY, democritus: { experts: 4, aggregation: 'consensus' } });
      const aggregation = body.democritus.aggregation!;
      expect(aggregation.failed).toEqual([{ peer_id: doomed.peerId, name: poet.name, error: expect.any(String) }]);
      expect(aggregation.answers.map((answer) => answer.name).sort()).toEqual([MATH.name, MEDICAL.name, STORIES.name].sort());
      expect(body.choices[0]!.message.content).toBe(own.get(aggregation.winner!.name));
    });

    it('answers that disagree are reported as a conflict, with who said what (an expert on another model joins)', async () => {
      // The three experts run the same model with the same seed and agree; an expert on a different model does not.
      const odd: ExpertSpec = { name: 'random-writer', description: 'Tells stories about rabbits, ducks and other animals', examples: ['Tell me a story about a rabbit'] };
      const bootstrap = a.addresses.filter((address) => address.includes('/tcp/'));
      const other = await startExpertDaemon(dir, odd, bootstrap, {}, ['--set', 'expert.model_path=llama-2-tiny-random.gguf']);
      try {
        await nodeAHoldsAdvertOf(other, 'node A holds the advert of the expert on another model');
        const { body } = await completion({ messages: MESSAGES, ...GREEDY, democritus: { experts: 4, aggregation: 'consensus' } });
        const aggregation = body.democritus.aggregation!;
        expect(aggregation.answers.map((answer) => answer.name)).toContain(odd.name);
        expect(aggregation.conflict).toBe(true);
        expect(aggregation.clusters.length).toBeGreaterThanOrEqual(2);
        const clusterOf = (name: string) => aggregation.clusters.findIndex((cluster) => cluster.members.some((member) => member.name === name));
        // The agreeing experts share a cluster; the one on another model is in another.
        expect(clusterOf(MATH.name)).toBe(clusterOf(MEDICAL.name));
        expect(clusterOf(odd.name)).not.toBe(clusterOf(MATH.name));
      } finally {
        expect(await other.process.stop()).toBe(0);
      }
    });

    it('refuses bad democritus options with 400 naming the field', async () => {
      const cases: [string, Record<string, unknown>, string][] = [
        ['too many experts', { democritus: { experts: 9 } }, 'experts'],
        ['an unknown method', { democritus: { experts: 2, aggregation: 'average' } }, 'aggregation'],
        ['an unknown field', { democritus: { experts: 2, colour: 'blue' } }, 'colour'],
        ['a pinned model', { model: MATH.name, democritus: { experts: 2 } }, 'democritus.experts'],
      ];
      for (const [what, extra, named] of cases) {
        const response = await chat({ messages: MESSAGES, max_tokens: 4, ...extra });
        const body = (await response.json()) as ErrorBody;
        expect(response.status, what).toBe(400);
        expect(`${body.error.message} ${body.error.param ?? ''}`, what).toContain(named);
      }
    });
  });

  it('prints help for `democritus route`', async () => {
    const result = await runCli(['route', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: democritus route \[options\] <prompt>/);
    expect(result.stdout).toContain('--top <n>');
  });
});

describe('/api/route wire format', () => {
  it('sends a score that is not finite (an expert without comparable vectors) as null, everything else as is', () => {
    const expert = { peerId: 'p', name: 'x', isLocal: false, source: 'gossip' as const, activeGenerations: 0, queueDepth: 0, latencyMs: null, reputation: null };
    const decision = {
      kind: 'fallback' as const,
      reason: 'no-match' as const,
      ranked: [{ ...expert, embedding: -Infinity, lexical: 0, similarity: -Infinity, factors: { similarity: -Infinity, load: -0.1, latency: 0, reputation: 0 }, score: Number.NaN }],
      from: 'fresh' as const,
      spaceId: 's',
      signature: '0000000000000000',
      dht: null,
      timings: { embedMs: 1, decideMs: 1, totalMs: 2 },
    };
    expect(routeDecisionBody(decision)).toEqual({
      ...decision,
      ranked: [{ ...expert, embedding: null, lexical: 0, similarity: null, factors: { similarity: null, load: -0.1, latency: 0, reputation: 0 }, score: null }],
    });
  });
});
