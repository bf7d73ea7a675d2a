import { describe, expect, it } from 'vitest';
import { validateDag } from '../src/core/planning/dag-validation.js';
import { createRulesPlanner } from '../src/core/planning/planner.js';
import { planByRules } from '../src/core/planning/rules-planner.js';
import type { TaskDag } from '../src/core/planning/task-dag.js';

const subtasks = (dag: TaskDag): string[] => dag.tasks.filter((task) => task.kind === 'subtask').map((task) => task.prompt);
const synthesisOf = (dag: TaskDag) => dag.tasks.at(-1);

describe('rules planner', () => {
  it('keeps a simple or constrained prompt as one single task', () => {
    for (const prompt of ['What is the capital of Peru?', 'Write a poem in 3 stanzas without the letter e.']) {
      const dag = planByRules(prompt);
      expect(dag.tasks).toEqual([{ id: '1', prompt, intent: null, dependsOn: [], kind: 'single' }]);
    }
  });

  it('gives each independent question a task, then a synthesis depending on all', () => {
    const dag = planByRules('What is the boiling point of water at sea level? Who discovered penicillin?');
    expect(subtasks(dag)).toEqual(['What is the boiling point of water at sea level?', 'Who discovered penicillin?']);
    expect(synthesisOf(dag)).toMatchObject({ id: '3', kind: 'synthesis', dependsOn: ['1', '2'] });
    expect(validateDag(dag).layers).toEqual([['1', '2'], ['3']]);
  });

  it('gives each item of a numbered list a task with the sentence that introduces it', () => {
    const dag = planByRules('Answer the following:\n1. Summarize the causes of the French Revolution.\n2. List three of its leaders.');
    expect(subtasks(dag)).toEqual([
      'Answer the following: Summarize the causes of the French Revolution.',
      'Answer the following: List three of its leaders.',
    ]);
    expect(validateDag(dag).widestLayer).toBe(2);
  });

  it('splits an enumeration into one task per item', () => {
    const dag = planByRules('What is the population of Norway, Sweden and Finland?');
    expect(subtasks(dag)).toEqual(['What is the population of Norway?', 'What is the population of Sweden?', 'What is the population of Finland?']);
    expect(validateDag(dag).layers).toEqual([['1', '2', '3'], ['4']]);
  });

  it('plans a comparison as one fact task per entity, then a comparison depending on them, then the synthesis', () => {
    for (const prompt of ['Is the Eiffel Tower taller than the Statue of Liberty?', 'Compare Python and Rust for writing web servers.', 'Would a giraffe fit in a school bus?']) {
      const dag = planByRules(prompt);
      const shape = validateDag(dag);
      expect(dag.tasks.map((task) => task.kind), prompt).toEqual(['subtask', 'subtask', 'subtask', 'synthesis']);
      expect(dag.tasks[2]?.dependsOn).toEqual(['1', '2']);
      expect(dag.tasks[2]?.prompt).toMatch(/#1 and #2/);
      expect(shape.layers).toEqual([['1', '2'], ['3'], ['4']]);
      expect(shape.criticalPath).toHaveLength(3);
    }
    expect(subtasks(planByRules('Is the Eiffel Tower taller than the Statue of Liberty?')).slice(0, 2).join(' ')).toMatch(/Eiffel Tower.*Statue of Liberty/);
    expect(subtasks(planByRules('Which of Mars or Venus has the longer day?')).slice(0, 2).join(' ')).toMatch(/Mars.*Venus/);
  });

  it('plans a bridge question about one thing as its fact, then the check', () => {
    const dag = planByRules('Could Napoleon have used a telephone?');
    expect(dag.tasks.map((task) => [task.id, task.kind, task.dependsOn])).toEqual([
      ['1', 'subtask', []],
      ['2', 'subtask', ['1']],
      ['3', 'synthesis', ['1', '2']],
    ]);
    expect(dag.tasks[0]?.prompt).toContain('Napoleon');
  });

  it('fills intents only through the callback, and serves the same plan behind the Planner interface', async () => {
    const prompt = 'What is 2 + 2? Who wrote Hamlet?';
    expect(planByRules(prompt).tasks.every((task) => task.intent === null)).toBe(true);
    const dag = planByRules(prompt, { intentOf: (text) => (/\d/.test(text) ? 'math' : 'knowledge_qa') });
    expect(dag.tasks.map((task) => task.intent)).toEqual(['math', 'knowledge_qa', 'math']);
    const planner = createRulesPlanner();
    expect(planner.name).toBe('rules');
    expect(await planner.plan(prompt, {})).toEqual(planByRules(prompt));
  });
});
