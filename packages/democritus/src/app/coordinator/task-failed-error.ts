import { DemocritusError } from '../../errors.js';
import type { TaskExpert } from './plan-recorder.js';

/** One expert's failure of a task. */
export interface ExpertFailure {
  expert: TaskExpert;
  error: DemocritusError;
}

/**
 * A task of a plan failed on every expert it was tried on (its first and its retry): the plan cannot be completed.
 * The message names the task and each expert's failure, in order.
 */
export class TaskFailedError extends DemocritusError {
  constructor(
    readonly taskId: string,
    readonly failures: readonly ExpertFailure[],
  ) {
    const tries = failures.map(({ expert, error }) => `on ${expert.name} (${expert.peerId}): ${error.code}: ${error.message}`);
    super('task_failed', `task ${taskId} failed ${tries.join('; then ')}`, { cause: failures.at(-1)?.error });
  }
}
