import '../src/polyfills.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelPlanner } from '../src/app/coordinator/model-planner.js';
import { MODEL_TASK_PROMPT_CHARS, modelPlanSchema, planFromModelOutput } from '../src/core/planning/model-plan.js';
import type { LlamaEngine } from '../src/engine/llama-engine.js';
import { DemocritusError } from '../src/errors.js';
import { Scheduler } from '../src/scheduler/scheduler.js';
import { createTestEngine } from './support/engine.js';
import { tinyModelHandle } from './support/tiny-model.js';

describe('the model-based planner with the real engine (the tiny story model: the mechanics, not the quality of a plan)', () => {
  let engine: LlamaEngine;
  let scheduler: Scheduler;

  beforeAll(async () => {
    engine = await createTestEngine({ contextSize: 1024 });
    scheduler = new Scheduler(engine, { maxQueue: 4, maxConcurrentPerModel: 1, rateLimit: { perMinute: 0, burst: 1 } });
  });

  afterAll(async () => {
    await engine?.close();
  });

  const planner = (maxSubtasks: number, maxTokens: number) =>
    new ModelPlanner({
      model: tinyModelHandle(),
      generate: (request) => scheduler.generate(request, { clientId: 'planner-test', priority: 'local' }),
      maxSubtasks,
      maxTokens,
    });

  it('the grammar makes even a story model write a plan of the schema, which becomes a task DAG', async () => {
    const dag = await planner(3, 700).plan('Compare the climates of Spain and Norway, then list three dishes from each.');
    expect(dag.tasks.length).toBeGreaterThanOrEqual(1);
    for (const task of dag.tasks) {
      expect(task.prompt.trim().length).toBeGreaterThan(0);
      expect(task.id).toMatch(/^[0-9]+$/);
    }
    if (dag.tasks.length === 1) {
      expect(dag.tasks[0]?.kind).toBe('single');
    } else {
      const synthesis = dag.tasks.at(-1);
      expect(synthesis?.kind).toBe('synthesis');
      expect(synthesis?.dependsOn).toEqual(dag.tasks.slice(0, -1).map((task) => task.id));
      for (const task of dag.tasks.slice(0, -1)) expect(task.prompt.length).toBeLessThanOrEqual(MODEL_TASK_PROMPT_CHARS);
    }
    // The scheduler's slot is free again.
    expect(scheduler.stats().running).toBe(0);
  });

  it('a plan cut short by the token limit is refused with invalid_plan, naming the limit', async () => {
    await expect(planner(3, 4).plan('Compare Spain and Norway.')).rejects.toMatchObject({ code: 'invalid_plan', message: expect.stringMatching(/cut short at 4 tokens/) });
  });

  it('cancelling stops the planning generation', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(planner(3, 700).plan('Compare Spain and Norway.', { signal: controller.signal })).rejects.toBeInstanceOf(DemocritusError);
    expect(scheduler.stats().running).toBe(0);
  });
});

describe("a model's plan is read like any input", () => {
  it('sub-tasks become tasks 1..n and a synthesis task that depends on them all', () => {
    const dag = planFromModelOutput('{"subtasks":[{"prompt":"Population of A?","depends_on":[]},{"prompt":"Is #1 large?","depends_on":[1]}]}', 'Is A large?', 4);
    expect(dag.tasks.map((task) => [task.id, task.kind, task.dependsOn])).toEqual([
      ['1', 'subtask', []],
      ['2', 'subtask', ['1']],
      ['3', 'synthesis', ['1', '2']],
    ]);
    expect(dag.tasks[2]?.prompt).toContain('Is A large?');
  });

  it('one sub-task is no split: the original prompt as a single task', () => {
    expect(planFromModelOutput('{"subtasks":[{"prompt":"something else","depends_on":[]}]}', 'the prompt', 4).tasks).toEqual([
      { id: '1', prompt: 'the prompt', intent: null, dependsOn: [], kind: 'single' },
    ]);
  });

  it.each([
    ['{"subtasks":[{"prompt":"a"', /not JSON/],
    ['[]', /no "subtasks" list/],
    ['{"subtasks":[]}', /0 sub-tasks/],
    ['{"subtasks":[{"prompt":" "}]}', /sub-task 1 .* no prompt/],
    ['{"subtasks":[{"prompt":"a","depends_on":"1"}]}', /not a list of sub-task numbers/],
    [JSON.stringify({ subtasks: Array.from({ length: 5 }, () => ({ prompt: 'a', depends_on: [] })) }), /5 sub-tasks \(1 to 4 allowed\)/],
  ])('refuses %s with invalid_plan', (output, message) => {
    expect(() => planFromModelOutput(output, 'p', 4)).toThrow(message);
    try {
      planFromModelOutput(output, 'p', 4);
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid_plan', kind: 'bad_request' });
    }
  });

  it('the schema bounds the number of sub-tasks and the length of each prompt', () => {
    expect(modelPlanSchema(3)).toMatchObject({
      properties: { subtasks: { maxItems: 3, items: { properties: { prompt: { maxLength: MODEL_TASK_PROMPT_CHARS }, depends_on: { items: { enum: [1, 2, 3] } } } } } },
    });
  });
});
