/**
 * Which tasks of a plan can start now: those whose dependencies are all answered. The final task (the `synthesis` of
 * a decomposed plan, or its one `single` task) is the answer the client sees, so it is started on its own once every
 * other task is answered. Pure.
 */
import { DemocritusError } from '../../errors.js';
import type { PlannedTask, TaskDag } from './task-dag.js';

/** What has happened to a plan's tasks so far. */
export interface TaskProgress {
  /** Tasks whose answers are known. */
  answered: ReadonlySet<string>;
  /** Tasks started (running, answered or failed): never started twice. */
  started: ReadonlySet<string>;
}

/** The task whose answer is the reply: the synthesis task, or the one task of a plan that was not decomposed. */
export function finalTask(dag: TaskDag): PlannedTask {
  const final = dag.tasks.find((task) => task.kind === 'synthesis') ?? (dag.tasks.length === 1 ? dag.tasks[0] : undefined);
  if (final === undefined) throw new DemocritusError('invalid_plan', 'the plan has neither a synthesis task nor a single task');
  return final;
}

/**
 * Sub-tasks not yet started whose dependencies are all answered, in plan order, at most `free` of them (the slots
 * the concurrency cap leaves). Never the final task.
 */
export function tasksToStart(dag: TaskDag, progress: TaskProgress, free: number): PlannedTask[] {
  if (free <= 0) return [];
  const final = finalTask(dag);
  return dag.tasks
    .filter((task) => task !== final && !progress.started.has(task.id) && task.dependsOn.every((dep) => progress.answered.has(dep)))
    .slice(0, free);
}

/** True once every task but the final one is answered: the final task can start. */
export function finalTaskReady(dag: TaskDag, answered: ReadonlySet<string>): boolean {
  const final = finalTask(dag);
  return dag.tasks.every((task) => task === final || answered.has(task.id));
}
