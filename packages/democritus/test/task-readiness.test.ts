import { describe, expect, it } from 'vitest';
import { attemptExperts } from '../src/core/planning/attempt-experts.js';
import type { PlannedTask, TaskDag } from '../src/core/planning/task-dag.js';
import { finalTask, finalTaskReady, tasksToStart } from '../src/core/planning/task-readiness.js';

const task = (id: string, dependsOn: string[] = [], kind: PlannedTask['kind'] = 'subtask'): PlannedTask => ({ id, prompt: `Task ${id}`, intent: null, dependsOn, kind });

// 1 and 2 are independent, 3 needs both, 4 needs 1, 5 is the synthesis.
const dag: TaskDag = { tasks: [task('1'), task('2'), task('3', ['1', '2']), task('4', ['1']), task('5', ['3', '4'], 'synthesis')] };
const ids = (tasks: PlannedTask[]) => tasks.map((t) => t.id);

describe('which tasks can start', () => {
  it('starts every task whose dependencies are answered, in plan order, never twice, never the final task', () => {
    expect(ids(tasksToStart(dag, { answered: new Set(), started: new Set() }, 8))).toEqual(['1', '2']);
    expect(ids(tasksToStart(dag, { answered: new Set(['1']), started: new Set(['1', '2']) }, 8))).toEqual(['4']);
    expect(ids(tasksToStart(dag, { answered: new Set(['1', '2']), started: new Set(['1', '2', '4']) }, 8))).toEqual(['3']);
    expect(ids(tasksToStart(dag, { answered: new Set(['1', '2', '3', '4']), started: new Set(['1', '2', '3', '4']) }, 8))).toEqual([]);
  });

  it('starts no more than the free slots of the concurrency cap', () => {
    expect(ids(tasksToStart(dag, { answered: new Set(), started: new Set() }, 1))).toEqual(['1']);
    expect(tasksToStart(dag, { answered: new Set(), started: new Set() }, 0)).toEqual([]);
    expect(tasksToStart(dag, { answered: new Set(), started: new Set() }, -1)).toEqual([]);
  });

  it('the final task is the synthesis, or the one single task, and is ready once every other task is answered', () => {
    expect(finalTask(dag).id).toBe('5');
    expect(finalTaskReady(dag, new Set(['3', '4']))).toBe(false);
    expect(finalTaskReady(dag, new Set(['1', '2', '3', '4']))).toBe(true);
    const single: TaskDag = { tasks: [task('1', [], 'single')] };
    expect(finalTask(single).id).toBe('1');
    expect(finalTaskReady(single, new Set())).toBe(true);
    expect(tasksToStart(single, { answered: new Set(), started: new Set() }, 4)).toEqual([]);
    expect(() => finalTask({ tasks: [task('1'), task('2')] })).toThrow(/neither a synthesis task nor a single task/);
  });
});

describe('which experts a task is tried on', () => {
  const a = { peerId: 'a' };
  const b = { peerId: 'b' };
  const c = { peerId: 'c' };

  it('the best-ranked expert, then the next-ranked one for the retry', () => {
    expect(attemptExperts([a, b, c], new Set(), 2)).toEqual([a, b]);
  });

  it('puts experts that already failed in this plan behind the others, keeping the ranking among each group', () => {
    expect(attemptExperts([a, b, c], new Set(['a']), 2)).toEqual([b, c]);
    expect(attemptExperts([a, b, c], new Set(['a', 'b']), 2)).toEqual([c, a]);
    expect(attemptExperts([a, b], new Set(['a', 'b']), 2)).toEqual([a, b]);
  });

  it('tries each expert once, retries on the only expert when there is one, and has none for an empty ranking', () => {
    expect(attemptExperts([a, a, b], new Set(), 2)).toEqual([a, b]);
    expect(attemptExperts([a], new Set(), 2)).toEqual([a, a]);
    expect(attemptExperts([], new Set(), 2)).toEqual([]);
  });
});
