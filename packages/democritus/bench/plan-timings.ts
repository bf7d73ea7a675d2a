import type { PlanMetadata } from '@democritus/sdk';

type PlanTask = PlanMetadata['tasks'][number];

/** Time a task spent on experts, every attempt (a retry too) from dispatch to its end (ms). */
export function expertMs(task: PlanTask): number {
  return task.attempts.reduce((sum, attempt) => sum + ((attempt.ended_ms ?? attempt.started_ms) - attempt.started_ms), 0);
}

/**
 * The critical path's expert time: the longest chain of dependent tasks, each weighed by its expert time. What is
 * left of the wall time is the coordinator's own (planning, routing, waiting between layers, HTTP).
 */
export function criticalPathExpertMs(plan: PlanMetadata): number {
  const byId = new Map(plan.tasks.map((task) => [task.id, task]));
  const memo = new Map<string, number>();
  const through = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const task = byId.get(id);
    if (task === undefined) throw new Error(`the plan names an unknown task ${id}`);
    const value = expertMs(task) + Math.max(0, ...task.depends_on.map(through));
    memo.set(id, value);
    return value;
  };
  return Math.max(...plan.tasks.map((task) => through(task.id)));
}

/** The sub-task phase: from the plan's start to the last sub-task's end (ms since the plan began). */
export function subtaskPhaseMs(plan: PlanMetadata): number {
  const ends = plan.tasks.filter((task) => task.kind === 'subtask').flatMap((task) => task.attempts.map((attempt) => attempt.ended_ms ?? attempt.started_ms));
  return Math.max(0, ...ends);
}

/** The experts that answered the sub-tasks (their last attempt), by name. */
export function subtaskExperts(plan: PlanMetadata): string[] {
  return plan.tasks.filter((task) => task.kind === 'subtask').map((task) => task.attempts.at(-1)?.name ?? '?');
}
