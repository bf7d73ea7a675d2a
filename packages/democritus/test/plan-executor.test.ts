// The DAG executor over the real app (createNodeApp), the real scheduler and the real engine on the tiny model, with
// the stand-in swarm of app-stub.ts: "remote" experts run on the same scheduler, an unknown peer is refused by the
// app's own directory check, a broken peer fails its stream. Stalls are deterministic: with `pauseAfterFirstToken`
// a generation holds its slot after its first token until its signal aborts. Timing is read from the executor's own
// progress events, never asserted against the clock.
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { executePlan, type PlanExecutorOptions } from '../src/app/coordinator/plan-executor.js';
import type { PlanProgress, TaskExpert } from '../src/app/coordinator/plan-recorder.js';
import { TaskFailedError } from '../src/app/coordinator/task-failed-error.js';
import type { Caller, GenerationSettings } from '../src/app/node-app.js';
import { synthesisPrompt } from '../src/core/planning/synthesis.js';
import type { PlannedTask, TaskDag } from '../src/core/planning/task-dag.js';
import { substituteReferences } from '../src/core/planning/task-references.js';
import type { LlamaEngine } from '../src/engine/llama-engine.js';
import type { GenerationEvent } from '../src/engine/types.js';
import { DemocritusError } from '../src/errors.js';
import { Scheduler } from '../src/scheduler/scheduler.js';
import { createStubApp, type StubApp } from './support/app-stub.js';
import { collect, createTestEngine } from './support/engine.js';
import { eventually } from './support/swarm.js';

const caller: Caller = { clientId: 'addr:127.0.0.1', interface: 'rest' };

const subtask = (id: string, prompt: string): PlannedTask => ({ id, prompt, intent: null, dependsOn: [], kind: 'subtask' });

/** Sub-tasks with the given prompts, then the planners' synthesis task over all of them. */
function planOf(request: string, prompts: readonly string[]): TaskDag {
  const tasks = prompts.map((prompt, index) => subtask(String(index + 1), prompt));
  const ids = tasks.map((task) => task.id);
  return { tasks: [...tasks, { id: String(tasks.length + 1), prompt: synthesisPrompt(request, ids), intent: null, dependsOn: ids, kind: 'synthesis' }] };
}

/** What the `start` function was asked to run, and the text each run produced. */
interface StartedRun {
  expert: string;
  prompt: string;
  text: string;
}

describe('plan executor on the real app, scheduler and engine', () => {
  let engine: LlamaEngine;
  let scheduler: Scheduler;
  let stub: StubApp;
  let experts: Record<'local' | 'peer' | 'broken' | 'busy' | 'ghost', TaskExpert>;

  beforeAll(async () => {
    // Four sequences and four slots: independent tasks really run at the same time on the one model.
    engine = await createTestEngine({ sequencesPerModel: 4 });
    scheduler = new Scheduler(engine, { maxQueue: 16, maxConcurrentPerModel: 4, rateLimit: { perMinute: 0, burst: 1 } });
    stub = await createStubApp(scheduler);
    const ghost = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString();
    experts = {
      local: { peerId: stub.ids.self, name: 'stub-node' },
      peer: { peerId: stub.ids.served, name: 'stub-peer-a' },
      broken: { peerId: stub.ids.broken, name: 'stub-broken' },
      busy: { peerId: stub.ids.busy, name: 'stub-busy' },
      // Not in the node's peer directory: the app refuses it with peer_not_found, as it would an unknown peer.
      ghost: { peerId: ghost, name: 'ghost' },
    };
  });

  afterEach(async () => {
    stub.pauseAfterFirstToken = false;
    await eventually('every generation to end', () => scheduler.stats().running === 0);
  });

  afterAll(async () => {
    await engine.close();
  });

  /** The production `start`: the app's generation on this node or a named peer, the prompt and output kept. */
  function starter(runs: StartedRun[], maxTokens = 16): PlanExecutorOptions<TaskExpert>['start'] {
    const generation: GenerationSettings = { maxTokens, sampling: { temperature: 0, topP: 0.95, topK: 40, seed: 42 }, stop: [], topLogprobs: 0 };
    return async (expert, prompt, signal) => {
      const run: StartedRun = { expert: expert.name, prompt, text: '' };
      runs.push(run);
      const peer = expert.peerId === stub.ids.self ? null : expert.peerId;
      const started = await stub.app.generate({ peer, input: { prompt }, generation }, caller, signal);
      return keepText(started.events, run);
    };
  }

  function options(overrides: Partial<PlanExecutorOptions<TaskExpert>> & Pick<PlanExecutorOptions<TaskExpert>, 'rank' | 'start'>): PlanExecutorOptions<TaskExpert> {
    return { maxConcurrentTasks: 4, taskDeadlineMs: 60_000, signal: new AbortController().signal, ...overrides };
  }

  it('runs independent sub-tasks at the same time on their own experts, and the synthesis gets their answers for #1 and #2', async () => {
    const runs: StartedRun[] = [];
    const progress: PlanProgress[] = [];
    const dag = planOf('Tell me a story about a cat and a dog.', ['Once upon a time there was a cat', 'Once upon a time there was a dog']);
    const execution = await executePlan(
      dag,
      options({
        rank: async (prompt) => (prompt.startsWith('Using these answers') ? [experts.local] : prompt.includes('cat') ? [experts.local, experts.peer] : [experts.peer, experts.local]),
        start: starter(runs),
        onProgress: (event) => progress.push(event),
      }),
    );
    const final = await collect(execution.events);

    const started = (id: string) => progress.find((event) => event.type === 'task_started' && event.taskId === id);
    const finished = (id: string) => progress.find((event) => event.type === 'task_finished' && event.taskId === id);
    const [start1, start2, end1, end2] = [started('1'), started('2'), finished('1'), finished('2')];
    if (start1 === undefined || start2 === undefined || end1 === undefined || end2 === undefined) throw new Error('a sub-task did not start or finish');
    // Each sub-task began before the other ended: they ran at the same time.
    expect(start1.atMs).toBeLessThan(end2.atMs);
    expect(start2.atMs).toBeLessThan(end1.atMs);
    expect(start1).toMatchObject({ expert: experts.local, attempt: 1 });
    expect(start2).toMatchObject({ expert: experts.peer, attempt: 1 });
    // The synthesis starts after both.
    expect(started('3')?.atMs).toBeGreaterThanOrEqual(Math.max(end1.atMs, end2.atMs));

    const [run1, run2, run3] = [runs.find((run) => run.prompt.includes('cat') && !run.prompt.startsWith('Using')), runs.find((run) => run.prompt.includes('dog') && !run.prompt.startsWith('Using')), runs.at(-1)];
    if (run1 === undefined || run2 === undefined || run3 === undefined) throw new Error('a task never started');
    expect(run1.text.trim().length).toBeGreaterThan(0);
    expect(run2.text.trim().length).toBeGreaterThan(0);
    expect(run3.prompt).toBe(substituteReferences(dag.tasks[2]?.prompt ?? '', { 1: run1.text.trim(), 2: run2.text.trim() }));
    expect(run3.prompt).toContain(`Answer 1: ${run1.text.trim()}`);
    expect(run3.prompt).toContain(`Answer 2: ${run2.text.trim()}`);
    expect(run3.prompt).not.toMatch(/#\d/);
    expect(final.text).toBe(run3.text);
    expect(final.done.finishReason).not.toBe('error');

    const records = execution.records();
    expect(records.map((record) => [record.id, record.status, record.attempts.map((attempt) => attempt.expert.name)])).toEqual([
      ['1', 'finished', ['stub-node']],
      ['2', 'finished', ['stub-peer-a']],
      ['3', 'finished', ['stub-node']],
    ]);
    for (const record of records) {
      const [attempt] = record.attempts;
      expect(attempt?.outcome).toBe('finished');
      expect(attempt?.completionTokens).toBeGreaterThan(0);
      expect(attempt?.promptTokens).toBeGreaterThan(0);
      const times = [attempt?.startedMs, attempt?.runningMs, attempt?.firstTokenMs, attempt?.endedMs];
      expect(times).toEqual([...times].sort((a, b) => (a ?? 0) - (b ?? 0)));
    }
    expect(progress.find((event) => event.type === 'task_finished' && event.taskId === '3')).toMatchObject({ completionTokens: final.done.usage.completionTokens });
  });

  it('never runs more tasks at once than the cap, counted from its progress events', async () => {
    const progress: PlanProgress[] = [];
    const prompts = ['There was a cat', 'There was a dog', 'There was a bird', 'There was a fish', 'There was a frog'];
    const execution = await executePlan(
      planOf('Five animals.', prompts),
      options({ maxConcurrentTasks: 2, rank: async () => [experts.local, experts.peer], start: starter([]), onProgress: (event) => progress.push(event) }),
    );
    await collect(execution.events);

    const running = new Set<string>();
    let most = 0;
    for (const event of progress) {
      const key = `${event.taskId}/${event.attempt}`;
      if (event.type === 'task_started') running.add(key);
      else running.delete(key);
      most = Math.max(most, running.size);
    }
    expect(most).toBe(2);
    expect(running.size).toBe(0);
    expect(execution.records().every((record) => record.status === 'finished' && record.attempts.length === 1)).toBe(true);
  });

  it('moves a task whose first expert refuses or fails to the next-ranked one, records both, and tries a failed expert last afterwards', async () => {
    const runs: StartedRun[] = [];
    const progress: PlanProgress[] = [];
    const execution = await executePlan(
      planOf('A cat and a dog.', ['Once upon a time there was a cat', 'Once upon a time there was a dog']),
      options({
        // Task 1: a peer the node does not know (refused at start); task 2: a peer whose stream fails; the synthesis
        // ranks the unknown peer first again.
        rank: async (prompt) => (prompt.includes('Answer 1') ? [experts.ghost, experts.local] : prompt.includes('cat') ? [experts.ghost, experts.local] : [experts.broken, experts.peer]),
        start: starter(runs),
        maxConcurrentTasks: 1,
        onProgress: (event) => progress.push(event),
      }),
    );
    await collect(execution.events);

    const [task1, task2, task3] = execution.records();
    expect(task1?.status).toBe('finished');
    expect(task1?.attempts.map((attempt) => [attempt.expert.name, attempt.outcome, attempt.error?.code ?? null])).toEqual([
      ['ghost', 'failed', 'peer_not_found'],
      ['stub-node', 'finished', null],
    ]);
    expect(task1?.attempts[0]?.runningMs).toBeNull();
    expect(task2?.attempts.map((attempt) => [attempt.expert.name, attempt.outcome, attempt.error?.code ?? null])).toEqual([
      ['stub-broken', 'failed', 'remote_failure'],
      ['stub-peer-a', 'finished', null],
    ]);
    expect(task2?.attempts[0]?.error?.message).toMatch(/dial failed/);
    // The unknown peer failed task 1: the synthesis goes to the local expert first and needs no retry.
    expect(task3?.attempts.map((attempt) => [attempt.expert.name, attempt.outcome])).toEqual([['stub-node', 'finished']]);
    expect(progress.filter((event) => event.type === 'task_retried')).toEqual([
      expect.objectContaining({ taskId: '1', attempt: 1, expert: experts.ghost, next: experts.local, error: expect.objectContaining({ code: 'peer_not_found' }) }),
      expect.objectContaining({ taskId: '2', attempt: 1, expert: experts.broken, next: experts.peer, error: expect.objectContaining({ code: 'remote_failure' }) }),
    ]);
    expect(runs.map((run) => run.expert)).toEqual(['ghost', 'stub-node', 'stub-broken', 'stub-peer-a', 'stub-node']);
  });

  it('retries a task that misses its deadline on the next-ranked expert', async () => {
    const progress: PlanProgress[] = [];
    stub.pauseAfterFirstToken = true;
    const execution = await executePlan(
      planOf('A cat.', ['Once upon a time there was a cat']),
      options({
        rank: async () => [experts.local, experts.peer],
        start: starter([], 8),
        taskDeadlineMs: 3_000,
        onProgress: (event) => {
          progress.push(event);
          // The first attempt stalls past its deadline; the retry runs freely.
          if (event.type === 'task_retried') stub.pauseAfterFirstToken = false;
        },
      }),
    );
    await collect(execution.events);

    const [task1] = execution.records();
    expect(task1?.attempts.map((attempt) => [attempt.expert.name, attempt.outcome, attempt.error?.code ?? null])).toEqual([
      ['stub-node', 'failed', 'task_deadline'],
      ['stub-peer-a', 'finished', null],
    ]);
    expect(task1?.attempts[0]?.error?.message).toBe('stub-node did not finish task 1 within 3000 ms');
    expect(task1?.attempts[0]?.completionTokens).toBe(1);
    expect(progress.map((event) => `${event.type}:${event.taskId}`)).toEqual(['task_started:1', 'task_retried:1', 'task_started:1', 'task_finished:1', 'task_started:2', 'task_finished:2']);
  });

  it('fails the plan with both experts named when a task misses its deadline twice, and stops its generations', async () => {
    stub.pauseAfterFirstToken = true;
    const failure = await executePlan(
      planOf('A cat.', ['Once upon a time there was a cat']),
      options({ rank: async () => [experts.local, experts.peer], start: starter([]), taskDeadlineMs: 300 }),
    ).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(TaskFailedError);
    if (!(failure instanceof TaskFailedError)) throw failure;
    expect(failure).toMatchObject({ code: 'task_failed', kind: 'upstream_failed', taskId: '1' });
    expect(failure.failures.map(({ expert, error }) => [expert.name, error.code])).toEqual([
      ['stub-node', 'task_deadline'],
      ['stub-peer-a', 'task_deadline'],
    ]);
    expect(failure.message).toBe(
      `task 1 failed on stub-node (${experts.local.peerId}): task_deadline: stub-node did not finish task 1 within 300 ms; ` +
        `then on stub-peer-a (${experts.peer.peerId}): task_deadline: stub-peer-a did not finish task 1 within 300 ms`,
    );
    await eventually('the stalled generations to stop', () => scheduler.stats().running === 0);
  });

  it('a task that fails on both experts fails the plan and cancels the tasks still running', async () => {
    stub.pauseAfterFirstToken = true;
    const progress: PlanProgress[] = [];
    let task1Started = () => undefined as void;
    const task1Running = new Promise<void>((resolve) => (task1Started = resolve));
    const failure = await executePlan(
      planOf('A cat and a dog.', ['Once upon a time there was a cat', 'Once upon a time there was a dog']),
      options({
        // Task 2 is routed once task 1 runs, to two experts that both fail it.
        rank: async (prompt) => (prompt.includes('dog') ? task1Running.then(() => [experts.ghost, experts.busy]) : [experts.local]),
        start: starter([]),
        onProgress: (event) => {
          progress.push(event);
          if (event.type === 'task_started' && event.taskId === '1') task1Started();
        },
      }),
    ).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(TaskFailedError);
    expect(failure).toMatchObject({ taskId: '2', message: expect.stringMatching(/^task 2 failed on ghost .*peer_not_found.*; then on stub-busy .*busy/) });
    // Task 1 was running on the local expert (paused after its first token): it is stopped.
    expect(progress.filter((event) => event.taskId === '1').map((event) => event.type)).toEqual(['task_started']);
    await eventually('task 1 to stop', () => scheduler.stats().running === 0);
  });

  it('one abort stops every running task: the plan rejects as cancelled and the scheduler empties', async () => {
    stub.pauseAfterFirstToken = true;
    const controller = new AbortController();
    const starts = new Set<string>();
    let bothStarted = () => undefined as void;
    const bothRunning = new Promise<void>((resolve) => (bothStarted = resolve));
    const executing = executePlan(
      planOf('A cat and a dog.', ['Once upon a time there was a cat', 'Once upon a time there was a dog']),
      options({
        rank: async (prompt) => (prompt.includes('cat') ? [experts.local] : [experts.peer]),
        start: starter([]),
        signal: controller.signal,
        onProgress: (event) => {
          if (event.type === 'task_started') starts.add(event.taskId);
          if (starts.size === 2) bothStarted();
        },
      }),
    );
    await bothRunning;
    // Both hold a slot, paused after their first token.
    await eventually('both sub-tasks to hold a slot', () => scheduler.stats().running === 2);
    controller.abort();
    await expect(executing).rejects.toMatchObject({ code: 'cancelled', kind: 'cancelled' });
    await eventually('every sub-task to stop', () => scheduler.stats().running === 0);
  });

  it('hands a single task back as its stream; leaving it frees the expert', async () => {
    stub.pauseAfterFirstToken = true;
    const execution = await executePlan(
      { tasks: [{ id: '1', prompt: 'Once upon a time', intent: null, dependsOn: [], kind: 'single' }] },
      options({ rank: async () => [experts.local], start: starter([]) }),
    );
    const iterator = execution.events[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.value?.type).toBe('token');
    expect(scheduler.stats().running).toBe(1);
    await iterator.return?.();
    await eventually('the generation to stop', () => scheduler.stats().running === 0);
    expect(execution.records()[0]).toMatchObject({ status: 'cancelled', attempts: [{ expert: experts.local, outcome: 'cancelled', completionTokens: 1 }] });
  });

  it('refuses an invalid plan or cap before running anything', async () => {
    const rank = async () => [experts.local];
    const start = starter([]);
    await expect(executePlan({ tasks: [] }, options({ rank, start }))).rejects.toMatchObject({ code: 'invalid_plan' });
    await expect(executePlan(planOf('x', ['a']), options({ rank, start, maxConcurrentTasks: 0 }))).rejects.toThrow(/maxConcurrentTasks must be a positive integer, not 0/);
    await expect(executePlan(planOf('x', ['a']), options({ rank: async () => [], start }))).rejects.toThrow(DemocritusError);
    await expect(executePlan(planOf('x', ['a']), options({ rank: async () => [], start }))).rejects.toMatchObject({ code: 'unavailable', message: 'no expert can run task 1: the ranking is empty' });
  });
});

/** The events as they pass, their text kept in `run`; closing the stream closes the generation. */
function keepText(events: AsyncIterable<GenerationEvent>, run: StartedRun): AsyncIterable<GenerationEvent> {
  const inner = events[Symbol.asyncIterator]();
  const iterator: AsyncIterator<GenerationEvent> = {
    async next() {
      const result = await inner.next();
      if (result.done !== true && result.value.type === 'token') run.text += result.value.text;
      return result;
    },
    return: async () => (await inner.return?.()) ?? { done: true, value: undefined },
  };
  return { [Symbol.asyncIterator]: () => iterator };
}
