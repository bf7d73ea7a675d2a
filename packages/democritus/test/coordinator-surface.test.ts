// The coordinator's client surface on three real daemons (stories, mathematics, medicine): the `democritus` request
// options and progress events on REST (the official openai client, the Vercel AI SDK, the project's SDK), WebSocket
// and gRPC, and the plan / aggregation metadata each interface reports.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import * as grpc from '@grpc/grpc-js';
import { generateText, streamText } from 'ai';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DemocritusClient,
  PROGRESS_SSE_COMMENT,
  type AggregationMetadata,
  type ChatCompletion,
  type ChatCompletionChunk,
  type ChatProgressEvent,
  type DemocritusExtension,
  type ErrorBody,
  type PlanMetadata,
} from '@democritus/sdk';
import { loadDemocritusService } from '../src/api/grpc/proto-file.js';
import { runCli } from './support/cli.js';
import { MATH, MEDICAL, STORIES, startExpertSwarm, type ExpertDaemon } from './support/expert-daemons.js';
import { grpcChat, grpcMetadata, SocketClient, type Frame } from './support/stream-clients.js';

/** Two independent questions of two domains: planned as 1,2 > 3 (each question on its own expert, then the synthesis). */
const MIXED = { model: 'swarm', messages: [{ role: 'user' as const, content: 'What is the derivative of x^2 sin(x)? What are the early symptoms of measles?' }], temperature: 0, seed: 3, max_tokens: 16 };
const STORY = { messages: [{ role: 'user' as const, content: 'Tell me a story about a rabbit and a duck' }], temperature: 0, seed: 7, max_tokens: 12 };

/** What a decomposed chat's progress must look like: the plan first, and every task started and finished. */
function expectPlanProgress(events: readonly ChatProgressEvent[]): void {
  expect(events[0]).toMatchObject({ type: 'plan', final_task: '3', layers: [['1', '2'], ['3']] });
  const started = events.filter((event) => event.type === 'task_started');
  const finished = events.filter((event) => event.type === 'task_finished');
  expect(started.map((event) => event.task_id).sort()).toEqual(['1', '2', '3']);
  expect(finished.map((event) => event.task_id).sort()).toEqual(['1', '2', '3']);
  const names = (id: string) => started.filter((event) => event.task_id === id).map((event) => event.expert.name);
  expect(names('1')).toEqual([MATH.name]);
  expect(names('2')).toEqual([MEDICAL.name]);
  // The synthesis starts once both answers are in.
  const synthesis = events.findIndex((event) => event.type === 'task_started' && event.task_id === '3');
  const subtasksDone = events.filter((event, index) => event.type === 'task_finished' && event.task_id !== '3' && index < synthesis);
  expect(subtasksDone).toHaveLength(2);
  for (const event of finished) expect(event).toMatchObject({ completion_tokens: expect.any(Number), ms: expect.any(Number), expert: { peer_id: expect.any(String) } });
}

/** What the progress of a chat answered by several experts must look like: each one's answer started, then finished. */
function expectAnswerProgress(events: readonly ChatProgressEvent[], names: string[]): void {
  const of = (type: ChatProgressEvent['type']) => events.flatMap((event) => (event.type === type && 'expert' in event ? [event.expert.name] : [])).sort();
  expect(of('answer_started')).toEqual([...names].sort());
  expect(of('answer_finished')).toEqual([...names].sort());
  for (const event of events) if (event.type === 'answer_finished') expect(event).toMatchObject({ completion_tokens: expect.any(Number), ms: expect.any(Number), at_ms: expect.any(Number) });
}

/** The progress events of an SSE body (`: democritus.progress {...}` comments), and whether it had any other comment. */
function progressComments(body: string): ChatProgressEvent[] {
  const prefix = `: ${PROGRESS_SSE_COMMENT} `;
  return body
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .map((line) => JSON.parse(line.slice(prefix.length)) as ChatProgressEvent);
}

describe('the coordinator on every interface: democritus options, progress and metadata', () => {
  let dir: string;
  let nodes: ExpertDaemon[] = [];
  let a: ExpertDaemon;
  const grpcClients: grpc.Client[] = [];
  const post = (body: Record<string, unknown>) =>
    fetch(`${a.restUrl}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'democritus-surface-'));
    nodes = await startExpertSwarm(dir, STORIES, [MATH, MEDICAL]);
    a = nodes[0]!;
  });
  afterAll(async () => {
    grpcClients.forEach((client) => client.close());
    for (const node of nodes) expect(await node.process.stop()).toBe(0);
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  describe('REST', () => {
    it('progress: true streams the plan and each task as SSE comments before the answer; without it the stream is pure OpenAI chunks', async () => {
      const response = await post({ ...MIXED, stream: true, democritus: { progress: true } });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-democritus-plan')).toBe('1,2>3');
      const body = await response.text();
      const events = progressComments(body);
      expectPlanProgress(events);
      // Every progress comment of the sub-tasks comes before the first chunk: they ran before the answer started.
      expect(body.indexOf(`"task_id":"2"`)).toBeLessThan(body.indexOf('data: '));
      expect(body.trimEnd().endsWith('data: [DONE]')).toBe(true);

      const plain = await (await post({ ...MIXED, stream: true })).text();
      expect(plain).not.toMatch(/^:/m);
      expect(plain.split('\n\n').filter((event) => event !== '').every((event) => event.startsWith('data: '))).toBe(true);
    });

    it('the official openai client streams with progress on and reads the plan from the final chunk; non-streaming it reads the aggregation', async () => {
      const openai = new OpenAI({ apiKey: 'unused', baseURL: `${a.restUrl}/v1`, maxRetries: 0 });
      const params = { ...MIXED, stream: true as const };
      // RequestOptions.body replaces the body the client builds: the documented way to send a field it does not know.
      const stream = await openai.chat.completions.create(params, { body: { ...params, democritus: { decompose: 'auto', progress: true } } });
      let text = '';
      let plan: PlanMetadata | undefined;
      let chunks = 0;
      for await (const chunk of stream) {
        chunks += 1;
        // Every value the client yields is a chunk: the progress comments never reach the application.
        expect(chunk.object).toBe('chat.completion.chunk');
        text += chunk.choices[0]?.delta.content ?? '';
        if (chunk.choices[0]?.finish_reason != null) plan = (chunk as unknown as ChatCompletionChunk).democritus?.plan;
      }
      expect(chunks).toBeGreaterThan(2);
      expect(text.length).toBeGreaterThan(0);
      expect(plan?.layers).toEqual([['1', '2'], ['3']]);

      const request = { model: 'swarm', ...STORY };
      const { data: completion, response } = await openai.chat.completions
        .create(request, { body: { ...request, democritus: { experts: 3, aggregation: 'consensus', progress: true } } })
        .withResponse();
      const extension = (completion as unknown as ChatCompletion).democritus;
      const winner = extension.aggregation!.winner!;
      expect(response.headers.get('x-democritus-aggregation')).toBe(`method=consensus; answers=3; failed=0; conflict=${extension.aggregation!.conflict}; winner=${winner.peer_id}`);
      expect(extension.aggregation?.method).toBe('consensus');
      expect(extension.aggregation?.answers).toHaveLength(3);
      expect(completion.choices[0]?.message.content).toBe(extension.aggregation!.answers[extension.aggregation!.winner!.index]!.text);
    });

    it('a second OpenAI client, the Vercel AI SDK (openai-compatible chat model), streams and generates with and without democritus options', async () => {
      // What the metadata extractor saw last: the final chunk's and the whole answer's `democritus` objects.
      const seen: { streamed: (DemocritusExtension | undefined)[]; generated?: DemocritusExtension | undefined } = { streamed: [] };
      const provider = createOpenAICompatible({
        name: 'democritus',
        baseURL: `${a.restUrl}/v1`,
        // The AI SDK's hook for a provider's extra response fields: it sees the raw final chunk and the raw response.
        metadataExtractor: {
          extractMetadata: async ({ parsedBody }) => {
            seen.generated = (parsedBody as ChatCompletion).democritus;
            return undefined;
          },
          createStreamExtractor: () => ({
            processChunk: (chunk) => {
              const extension = (chunk as ChatCompletionChunk).democritus;
              if ((chunk as ChatCompletionChunk).choices[0]?.finish_reason != null) seen.streamed.push(extension);
            },
            buildMetadata: () => undefined,
          }),
        },
      });
      const model = provider.chatModel('swarm');
      const prompt = MIXED.messages[0]!.content;
      const settings = { temperature: 0, seed: 3, maxOutputTokens: 16, maxRetries: 0 };

      for (const democritus of [undefined, { decompose: 'auto', progress: true }]) {
        const providerOptions = democritus === undefined ? {} : { providerOptions: { democritus: { democritus } } };
        const result = streamText({ model, prompt, ...settings, ...providerOptions });
        let text = '';
        for await (const piece of result.textStream) text += piece;
        expect(text.length, JSON.stringify(democritus)).toBeGreaterThan(0);
        expect(await result.finishReason).toBe('length');
        expect(seen.streamed).toHaveLength(democritus === undefined ? 1 : 2);
        expect(seen.streamed.at(-1)?.plan?.layers).toEqual([['1', '2'], ['3']]);
      }

      const single = await generateText({ model, prompt, ...settings, providerOptions: { democritus: { democritus: { decompose: 'never' } } } });
      expect(single.text.length).toBeGreaterThan(0);
      expect(seen.generated?.plan).toBeUndefined();
      expect(seen.generated?.experts).toHaveLength(1);
      const merged = await generateText({ model, prompt: STORY.messages[0]!.content, temperature: 0, seed: 7, maxOutputTokens: 12, maxRetries: 0, providerOptions: { democritus: { democritus: { experts: 2, aggregation: 'consensus' } } } });
      const aggregation = seen.generated?.aggregation;
      expect(aggregation?.answers).toHaveLength(2);
      expect(merged.text).toBe(aggregation?.answers[aggregation.winner!.index]?.text);
    });

    it("the project's SDK: onProgress receives the typed events live, the stream keeps the final metadata", async () => {
      const client = new DemocritusClient({ url: a.restUrl });
      const live: ChatProgressEvent[] = [];
      const stream = client.chatCompletionStream(MIXED, { onProgress: (event) => live.push(event) });
      const text = await stream.text();
      expect(text.length).toBeGreaterThan(0);
      expectPlanProgress(live);
      expect(stream.progress).toEqual(live);
      expect(stream.democritus?.plan?.final_task).toBe('3');
      const answer = await client.ask(STORY.messages[0]!.content, { maxTokens: 12, temperature: 0, seed: 7, democritus: { experts: 2, aggregation: 'consensus' } });
      expect(answer.length).toBeGreaterThan(0);
      // Several experts: each one's answer as it starts and ends.
      const answers: ChatProgressEvent[] = [];
      const merged = client.chatCompletionStream({ ...STORY, democritus: { experts: 3, aggregation: 'consensus' } }, { onProgress: (event) => answers.push(event) });
      expect((await merged.text()).length).toBeGreaterThan(0);
      expectAnswerProgress(answers, [MATH.name, MEDICAL.name, STORIES.name]);
      expect(merged.democritus?.aggregation?.answers).toHaveLength(3);
    });

    it('refuses a bad progress option with 400 naming the field; a refusal before the plan starts is still a status with progress on', async () => {
      const response = await post({ ...MIXED, stream: true, democritus: { progress: 'yes' } });
      expect(response.status).toBe(400);
      expect(((await response.json()) as ErrorBody).error.message).toContain('progress');
      const unknown = await post({ ...MIXED, model: 'no-such-expert', stream: true, democritus: { progress: true } });
      expect(unknown.status).toBe(404);
      expect(((await unknown.json()) as ErrorBody).error.code).toBe('model_not_found');
      // Without a stream there is nothing to interleave: the answer is the usual completion, with the plan.
      const whole = await post({ ...MIXED, democritus: { progress: true } });
      expect(whole.status).toBe(200);
      expect(((await whole.json()) as ChatCompletion).democritus.plan?.final_task).toBe('3');
    });
  });

  describe('democritus ask', () => {
    const prompt = MIXED.messages[0]!.content;
    it('--progress prints the plan and each task on stderr as they happen; --json prints the answer with the plan', async () => {
      const result = await runCli(['ask', prompt, '--progress', '--api', a.restUrl, '-n', '16', '-t', '0']);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout.trim().length).toBeGreaterThan(0);
      const lines = result.stderr.split('\n');
      expect(lines).toContain('plan: 3 tasks, 1,2 > 3');
      expect(lines).toContain(`task 1 started on ${MATH.name}`);
      expect(lines).toContain(`task 2 started on ${MEDICAL.name}`);
      expect(lines.some((line) => /^task 3 finished on \S+: \d+ tokens in \d+ ms$/.test(line))).toBe(true);

      const json = await runCli(['ask', prompt, '--json', '--decompose', 'always', '--api', a.restUrl, '-n', '16', '-t', '0']);
      expect(json.code, json.stderr).toBe(0);
      expect(json.stderr).toBe('');
      const output = JSON.parse(json.stdout) as { text: string; plan?: PlanMetadata; experts: { name: string }[] };
      expect(output.plan?.layers).toEqual([['1', '2'], ['3']]);
      expect(output.experts.map((expert) => expert.name)).toEqual(expect.arrayContaining([MATH.name, MEDICAL.name]));
      const never = JSON.parse((await runCli(['ask', prompt, '--json', '--decompose', 'never', '--api', a.restUrl, '-n', '16', '-t', '0'])).stdout) as { plan?: PlanMetadata };
      expect(never.plan).toBeUndefined();

      const merged = await runCli(['ask', STORY.messages[0]!.content, '--experts', '3', '--progress', '--api', a.restUrl, '-n', '12', '-t', '0']);
      expect(merged.code, merged.stderr).toBe(0);
      for (const name of [MATH.name, MEDICAL.name, STORIES.name]) {
        expect(merged.stderr.split('\n')).toContain(`${name} is answering`);
        expect(merged.stderr).toMatch(new RegExp(`^${name} answered: \\d+ tokens in \\d+ ms$`, 'm'));
      }
    });
  });

  describe('WebSocket', () => {
    it('a decomposed chat sends typed progress frames, then the tokens, then a done frame with the plan', async () => {
      const socket = await SocketClient.connect(a.wsUrl);
      try {
        const { model: _model, ...request } = MIXED;
        socket.send({ type: 'chat', id: 'plan', ...request, democritus: { decompose: 'always' } });
        const done = await socket.waitFor((frame) => frame.id === 'plan' && (frame.type === 'done' || frame.type === 'error'), 120_000);
        expect(done.type, JSON.stringify(done)).toBe('done');
        const frames = socket.of('plan');
        const progress = frames.filter((frame) => frame.type === 'progress').map((frame) => frame.event as ChatProgressEvent);
        expectPlanProgress(progress);
        // The sub-tasks' progress comes before the first token.
        const firstToken = frames.findIndex((frame) => frame.type === 'token');
        const lastSubtask = frames.findLastIndex((frame) => frame.type === 'progress' && (frame.event as ChatProgressEvent).type === 'task_finished' && (frame.event as { task_id: string }).task_id !== '3');
        expect(lastSubtask).toBeLessThan(firstToken);
        expect((done.plan as PlanMetadata).layers).toEqual([['1', '2'], ['3']]);
        expect((done.experts as { name: string }[]).map((expert) => expert.name)).toEqual(expect.arrayContaining([MATH.name, MEDICAL.name]));
      } finally {
        socket.ws.close();
      }
    });

    it('experts: 3 merges three answers and the done frame names who said what; bad options are refused naming the field', async () => {
      const socket = await SocketClient.connect(a.wsUrl);
      try {
        socket.send({ type: 'chat', id: 1, ...STORY, democritus: { experts: 3, aggregation: 'consensus' } });
        const done = await socket.waitFor((frame) => frame.id === 1 && (frame.type === 'done' || frame.type === 'error'), 120_000);
        expect(done.type, JSON.stringify(done)).toBe('done');
        const aggregation = done.aggregation as AggregationMetadata;
        expect(aggregation.method).toBe('consensus');
        expect(aggregation.answers.map((answer) => answer.name).sort()).toEqual([MATH.name, MEDICAL.name, STORIES.name].sort());
        const text = socket
          .of(1)
          .filter((frame) => frame.type === 'token')
          .map((frame) => frame.text)
          .join('');
        expect(text).toBe(aggregation.answers[aggregation.winner!.index]!.text);
        // Each expert's answer started and finished, before the merged answer's first token.
        const frames = socket.of(1);
        const progress = frames.filter((frame) => frame.type === 'progress').map((frame) => frame.event as ChatProgressEvent);
        expectAnswerProgress(progress, [MATH.name, MEDICAL.name, STORIES.name]);
        expect(frames.findLastIndex((frame) => frame.type === 'progress')).toBeLessThan(frames.findIndex((frame) => frame.type === 'token'));

        const bad: [unknown, string][] = [
          [{ decompose: 'sometimes' }, 'decompose'],
          [{ experts: 9 }, 'experts'],
          [{ experts: 2, colour: 'blue' }, 'colour'],
        ];
        for (const [index, [democritus, named]] of bad.entries()) {
          socket.send({ type: 'chat', id: `bad-${index}`, ...STORY, democritus });
          const error: Frame = await socket.waitFor((frame) => frame.id === `bad-${index}`);
          expect(error.type).toBe('error');
          expect(`${String(error.message)} ${String(error.param)}`).toContain(named);
        }
        socket.send({ type: 'chat', id: 'pinned', ...STORY, model: MATH.name, democritus: { experts: 2 } });
        const pinned = await socket.waitFor((frame) => frame.id === 'pinned');
        expect(pinned).toMatchObject({ type: 'error', param: 'democritus.experts', status: 400 });
      } finally {
        socket.ws.close();
      }
    });
  });

  describe('gRPC', () => {
    const Democritus = loadDemocritusService();
    const client = () => {
      const created = new Democritus(a.grpcAddress, grpc.credentials.createInsecure());
      grpcClients.push(created);
      return created;
    };
    const events = (request: object): Promise<Record<string, unknown>[]> =>
      new Promise((resolve, reject) => {
        const received: Record<string, unknown>[] = [];
        const stream = grpcChat(client(), request, grpcMetadata());
        stream.on('data', (event: Record<string, unknown>) => received.push(event));
        stream.on('error', reject);
        stream.on('end', () => resolve(received));
      });

    it('a decomposed chat streams ChatEvent.progress (a typed oneof), then tokens, then ChatDone with the PlanReport', async () => {
      const { model: _model, max_tokens, ...request } = MIXED;
      const received = await events({ ...request, max_tokens, democritus: { decompose: 'always' } });
      const progress = received.filter((event) => event.event === 'progress').map((event) => event.progress as Record<string, unknown>);
      // Back to the wire shape the other interfaces use: the oneof member names the event.
      const typed = progress.map((message) => {
        const type = message.event as ChatProgressEvent['type'];
        const fields = message[type] as Record<string, unknown>;
        return (type === 'plan' ? { type, ...fields, layers: (fields.layers as { task_ids: string[] }[]).map((layer) => layer.task_ids) } : { type, ...fields }) as ChatProgressEvent;
      });
      expectPlanProgress(typed);
      const done = received.at(-1)!;
      expect(done.event).toBe('done');
      const plan = (done.done as { plan: { final_task: string; layers: { task_ids: string[] }[]; tasks: { id: string; status: string; attempts: { name: string }[] }[] } }).plan;
      expect(plan.final_task).toBe('3');
      expect(plan.layers.map((layer) => layer.task_ids)).toEqual([['1', '2'], ['3']]);
      expect(plan.tasks.every((task) => task.status === 'finished')).toBe(true);
      expect(plan.tasks[0]?.attempts.map((attempt) => attempt.name)).toEqual([MATH.name]);
    });

    it('DemocritusOptions.experts merges the answers, reported in ChatDone.aggregation; bad options are INVALID_ARGUMENT naming the field', async () => {
      const received = await events({ ...STORY, democritus: { experts: 3, aggregation: 'consensus' } });
      const done = received.at(-1)!.done as { aggregation: { method: string; winner: { index: number }; answers: { name: string; text: string }[] }; experts: unknown[] };
      expect(done.aggregation.method).toBe('consensus');
      expect(done.aggregation.answers.map((answer) => answer.name).sort()).toEqual([MATH.name, MEDICAL.name, STORIES.name].sort());
      expect(done.experts).toHaveLength(3);
      const answers = received
        .filter((event) => event.event === 'progress')
        .map((event) => {
          const message = event.progress as Record<string, unknown>;
          const type = message.event as ChatProgressEvent['type'];
          return { type, ...(message[type] as object) } as ChatProgressEvent;
        });
      expectAnswerProgress(answers, [MATH.name, MEDICAL.name, STORIES.name]);
      const text = received
        .filter((event) => event.event === 'token')
        .map((event) => (event.token as { text: string }).text)
        .join('');
      expect(text).toBe(done.aggregation.answers[done.aggregation.winner.index]!.text);

      const bad: [unknown, string][] = [
        [{ decompose: 'sometimes' }, 'decompose'],
        [{ experts: 9 }, 'experts'],
        [{ aggregation: 'average', experts: 2 }, 'aggregation'],
      ];
      for (const [democritus, named] of bad) {
        const failure = await events({ ...STORY, democritus }).then(
          () => null,
          (error: unknown) => error as grpc.ServiceError,
        );
        expect(failure?.code, named).toBe(grpc.status.INVALID_ARGUMENT);
        expect(failure?.details, named).toContain(named);
      }
    });
  });
});
