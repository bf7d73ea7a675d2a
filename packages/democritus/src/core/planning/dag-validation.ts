/**
 * Checks a plan before it runs, whoever wrote it (the rules, a model, a client): every refusal is an `invalid_plan`
 * DemocritusError naming the problem and the tasks at fault.
 */
import { DemocritusError } from '../../errors.js';
import { dagShape, layerTasks } from './dag-shape.js';
import { DEFAULT_DAG_LIMITS, type DagLimits } from './dag-limits.js';
import type { DagShape, TaskDag } from './task-dag.js';
import { parseReferences } from './task-references.js';

const TASK_ID = /^[1-9]\d*$/;

/** Returns the shape of a valid plan; throws `invalid_plan` on the first problem found. */
export function validateDag(dag: TaskDag, limits: Partial<DagLimits> = {}): DagShape {
  const bounds = { ...DEFAULT_DAG_LIMITS, ...limits };
  const { tasks } = dag;
  if (tasks.length === 0) refuse('the plan has no task');
  if (tasks.length > bounds.maxTasks) refuse(`the plan has ${tasks.length} tasks, more than the limit of ${bounds.maxTasks}`);

  const ids = new Set<string>();
  for (const task of tasks) {
    if (!TASK_ID.test(task.id)) refuse(`task id "${task.id}" is not a positive integer (prompts refer to tasks as #<id>)`);
    if (ids.has(task.id)) refuse(`task id ${task.id} is used twice`);
    ids.add(task.id);
  }
  for (const task of tasks) {
    if (task.prompt.trim() === '') refuse(`task ${task.id} has an empty prompt`);
    if (task.prompt.length > bounds.maxPromptChars)
      refuse(`task ${task.id}'s prompt has ${task.prompt.length} characters, more than the limit of ${bounds.maxPromptChars}`);
    for (const dep of task.dependsOn) {
      if (dep === task.id) refuse(`task ${task.id} depends on itself`);
      if (!ids.has(dep)) refuse(`task ${task.id} depends on task ${dep}, which is not in the plan`);
    }
    for (const ref of parseReferences(task.prompt)) {
      if (!ids.has(ref)) refuse(`task ${task.id} refers to #${ref}, which is not in the plan`);
      if (!task.dependsOn.includes(ref)) refuse(`task ${task.id} refers to #${ref} but does not depend on task ${ref}`);
    }
  }

  checkKinds(dag);
  const layering = layerTasks(dag);
  if ('cycle' in layering) refuse(`the plan has a cycle: ${layering.cycle.join(' -> ')}`);
  if (layering.layers.length > bounds.maxDepth)
    refuse(`the plan is ${layering.layers.length} tasks deep, more than the limit of ${bounds.maxDepth}`);
  checkEveryAnswerReachesSynthesis(dag);
  return dagShape(dag);
}

/** One `single` task on its own, or sub-tasks with exactly one `synthesis` task. */
function checkKinds({ tasks }: TaskDag): void {
  const singles = tasks.filter((task) => task.kind === 'single');
  if (tasks.length === 1) {
    const [only] = tasks;
    if (only !== undefined && only.kind !== 'single') refuse(`a plan of one task must be a single task, not a ${only.kind} task`);
    return;
  }
  if (singles.length > 0) refuse(`task ${singles.map((task) => task.id).join(', ')} is a single task in a plan of ${tasks.length} tasks`);
  const syntheses = tasks.filter((task) => task.kind === 'synthesis');
  if (syntheses.length === 0) refuse('the decomposed plan has no synthesis task to combine the answers');
  if (syntheses.length > 1) refuse(`the plan has ${syntheses.length} synthesis tasks (${syntheses.map((task) => task.id).join(', ')}); it needs exactly one`);
}

/** A sub-task whose answer the synthesis never sees directly or through another task is work thrown away. */
function checkEveryAnswerReachesSynthesis({ tasks }: TaskDag): void {
  const synthesis = tasks.find((task) => task.kind === 'synthesis');
  if (synthesis === undefined) return;
  const dependsOn = new Map(tasks.map((task) => [task.id, task.dependsOn]));
  const reached = new Set<string>();
  const pending = [...synthesis.dependsOn];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (reached.has(id)) continue;
    reached.add(id);
    pending.push(...(dependsOn.get(id) ?? []));
  }
  const unused = tasks.filter((task) => task !== synthesis && !reached.has(task.id)).map((task) => task.id);
  if (unused.length > 0) refuse(`the synthesis task ${synthesis.id} does not use the answer of task ${unused.join(', ')}`);
}

function refuse(message: string): never {
  throw new DemocritusError('invalid_plan', message, { param: 'plan' });
}
