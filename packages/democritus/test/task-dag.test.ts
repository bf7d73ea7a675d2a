import { describe, expect, it } from 'vitest';
import { DemocritusError } from '../src/errors.js';
import { DEFAULT_DAG_LIMITS } from '../src/core/planning/dag-limits.js';
import { dagShape } from '../src/core/planning/dag-shape.js';
import { validateDag } from '../src/core/planning/dag-validation.js';
import type { PlannedTask, TaskDag } from '../src/core/planning/task-dag.js';
import { parseReferences, substituteReferences } from '../src/core/planning/task-references.js';

const task = (id: string, dependsOn: string[] = [], kind: PlannedTask['kind'] = 'subtask', prompt?: string): PlannedTask => ({
  id,
  prompt: prompt ?? `Task ${id}${dependsOn.length > 0 ? ` using ${dependsOn.map((dep) => `#${dep}`).join(' and ')}` : ''}`,
  intent: null,
  dependsOn,
  kind,
});

/** Sub-tasks 1..n-1 chained as given, then a synthesis task depending on every one of them. */
const plan = (...tasks: PlannedTask[]): TaskDag => {
  const ids = tasks.map((t) => t.id);
  return { tasks: [...tasks, task(String(tasks.length + 1), ids, 'synthesis')] };
};

function refusal(dag: TaskDag, limits = {}): string {
  try {
    validateDag(dag, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(DemocritusError);
    if (!(error instanceof DemocritusError)) throw error;
    expect(error.code).toBe('invalid_plan');
    expect(error.kind).toBe('bad_request');
    return error.message;
  }
  throw new Error('the plan was accepted');
}

describe('DAG validation', () => {
  it('accepts a single task and a decomposed plan with its synthesis', () => {
    expect(validateDag({ tasks: [task('1', [], 'single')] }).layers).toEqual([['1']]);
    expect(validateDag(plan(task('1'), task('2'), task('3', ['1', '2']))).layers).toEqual([['1', '2'], ['3'], ['4']]);
  });

  it('refuses a cycle and names its tasks', () => {
    const cyclic: TaskDag = { tasks: [task('1', ['3']), task('2', ['1']), task('3', ['2']), task('4', ['1', '2', '3'], 'synthesis')] };
    const message = refusal(cyclic);
    expect(message).toMatch(/cycle/);
    for (const id of ['1', '2', '3']) expect(message).toContain(id);
    expect(refusal({ tasks: [task('1', ['1']), task('2', ['1'], 'synthesis')] })).toMatch(/task 1 depends on itself/);
  });

  it('refuses a dependency or a #n reference to a task that does not exist', () => {
    expect(refusal(plan(task('1'), task('2', ['7'])))).toMatch(/task 2 depends on task 7, which is not in the plan/);
    const unknownRef = plan(task('1'), { ...task('2'), prompt: 'Is #9 larger than #1?', dependsOn: ['1'] });
    expect(refusal(unknownRef)).toMatch(/task 2 refers to #9, which is not in the plan/);
    const undeclared = plan(task('1'), { ...task('2'), prompt: 'Is #1 larger?', dependsOn: [] });
    expect(refusal(undeclared)).toMatch(/refers to #1 but does not depend on task 1/);
  });

  it('refuses plans larger or deeper than the limits, which are overridable', () => {
    const wide = plan(...Array.from({ length: DEFAULT_DAG_LIMITS.maxTasks }, (_, i) => task(String(i + 1))));
    expect(refusal(wide)).toMatch(new RegExp(`more than the limit of ${DEFAULT_DAG_LIMITS.maxTasks}`));
    expect(() => validateDag(wide, { maxTasks: 40 })).not.toThrow();
    const chain = plan(task('1'), task('2', ['1']), task('3', ['2']));
    expect(refusal(chain, { maxDepth: 3 })).toMatch(/4 tasks deep, more than the limit of 3/);
    expect(validateDag(chain, { maxDepth: 4 }).criticalPath).toEqual(['1', '2', '3', '4']);
  });

  it('refuses duplicate ids, empty prompts, a missing synthesis and answers the synthesis never sees', () => {
    expect(refusal(plan(task('1'), task('1')))).toMatch(/task id 1 is used twice/);
    expect(refusal(plan(task('1'), { ...task('2'), prompt: '  ' }))).toMatch(/task 2 has an empty prompt/);
    expect(refusal({ tasks: [task('1'), task('2')] })).toMatch(/no synthesis task/);
    expect(refusal({ tasks: [task('1'), task('2'), task('3', ['1'], 'synthesis')] })).toMatch(/does not use the answer of task 2/);
    expect(refusal({ tasks: [task('1', [], 'subtask')] })).toMatch(/must be a single task/);
    expect(refusal({ tasks: [] })).toMatch(/no task/);
  });
});

describe('DAG shape', () => {
  it('groups tasks into layers and finds the critical path and the widest layer', () => {
    // 1, 2, 3 independent; 4 needs 1 and 2; 5 needs 4; synthesis 6 needs all.
    const dag = plan(task('1'), task('2'), task('3'), task('4', ['1', '2']), task('5', ['4']));
    const shape = dagShape(dag);
    expect(shape.layers).toEqual([['1', '2', '3'], ['4'], ['5'], ['6']]);
    expect(shape.criticalPath).toHaveLength(4);
    expect(shape.criticalPath.slice(1)).toEqual(['4', '5', '6']);
    expect(['1', '2']).toContain(shape.criticalPath[0]);
    expect(shape.widestLayer).toBe(3);
  });

  it('gives a single task one layer of width one', () => {
    expect(dagShape({ tasks: [task('1', [], 'single')] })).toEqual({ layers: [['1']], criticalPath: ['1'], widestLayer: 1 });
  });
});

describe('#n references', () => {
  it('parses each reference once, #10 as task 10', () => {
    expect(parseReferences('Is #10 older than #1? Compare #1 with #2.')).toEqual(['10', '1', '2']);
    expect(parseReferences('No reference here, not even # 1.')).toEqual([]);
  });

  it('substitutes answers without confusing #1 with #10, leaving unknown references and answer text alone', () => {
    const answers = { '1': 'Paris', '10': '1889', '2': 'see #1' };
    expect(substituteReferences('Was #1 a capital in #10? #11 is unknown.', answers)).toBe('Was Paris a capital in 1889? #11 is unknown.');
    expect(substituteReferences('#2 then #1', new Map(Object.entries(answers)))).toBe('see #1 then Paris');
  });
});
