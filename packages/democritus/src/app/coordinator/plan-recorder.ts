/**
 * What happened to each task of a running plan, for the response metadata (`records()`), and the progress events a
 * client may watch live (`onProgress`). Times are milliseconds since the execution began; no prompt or answer text.
 */
import type { PlannedTask, TaskDag } from '../../core/planning/task-dag.js';
import type { ErrorCode } from '../../errors.js';

/** The expert a task ran on, as records and events name it. */
export interface TaskExpert {
  peerId: string;
  name: string;
}

export interface TaskFailure {
  code: ErrorCode;
  message: string;
}

/** One try of a task on one expert. */
export interface AttemptRecord {
  expert: TaskExpert;
  /** The attempt was dispatched (its expert asked to start the generation). */
  startedMs: number;
  /** Its generation held a slot on the expert; null if it never did (refused, queued past the deadline). */
  runningMs: number | null;
  firstTokenMs: number | null;
  endedMs: number | null;
  promptTokens: number | null;
  completionTokens: number;
  outcome: 'running' | 'finished' | 'failed' | 'cancelled';
  error: TaskFailure | null;
}

export interface TaskRecord {
  id: string;
  kind: PlannedTask['kind'];
  dependsOn: string[];
  status: 'waiting' | 'running' | 'finished' | 'failed' | 'cancelled';
  /** In order; a second attempt is the retry on the next-ranked expert. */
  attempts: AttemptRecord[];
}

/** Live progress of a plan. `attempt` counts from 1; every attempt that started ends with one of the other three. */
export type PlanProgress =
  | { type: 'task_started'; taskId: string; kind: PlannedTask['kind']; attempt: number; expert: TaskExpert; atMs: number }
  | { type: 'task_finished'; taskId: string; attempt: number; expert: TaskExpert; completionTokens: number; ms: number; atMs: number }
  /** The attempt failed and the task goes on to `next`. */
  | { type: 'task_retried'; taskId: string; attempt: number; expert: TaskExpert; error: TaskFailure; next: TaskExpert; atMs: number }
  /** The attempt failed and was the task's last: the plan fails. */
  | { type: 'task_failed'; taskId: string; attempt: number; expert: TaskExpert; error: TaskFailure; atMs: number };

export class PlanRecorder {
  private readonly origin = performance.now();
  private readonly tasks: Map<string, TaskRecord>;

  constructor(
    dag: TaskDag,
    private readonly onProgress: ((event: PlanProgress) => void) | undefined,
  ) {
    this.tasks = new Map(dag.tasks.map((task) => [task.id, { id: task.id, kind: task.kind, dependsOn: [...task.dependsOn], status: 'waiting', attempts: [] }]));
  }

  /** A new attempt of a task on an expert, dispatched now. */
  dispatched(taskId: string, expert: TaskExpert): AttemptRecord {
    const task = this.task(taskId);
    const attempt: AttemptRecord = {
      expert: { peerId: expert.peerId, name: expert.name },
      startedMs: this.now(),
      runningMs: null,
      firstTokenMs: null,
      endedMs: null,
      promptTokens: null,
      completionTokens: 0,
      outcome: 'running',
      error: null,
    };
    task.status = 'running';
    task.attempts.push(attempt);
    return attempt;
  }

  running(taskId: string, attempt: AttemptRecord): void {
    const task = this.task(taskId);
    attempt.runningMs = this.now();
    this.emit({ type: 'task_started', taskId, kind: task.kind, attempt: this.numberOf(task, attempt), expert: attempt.expert, atMs: attempt.runningMs });
  }

  token(attempt: AttemptRecord): void {
    attempt.completionTokens += 1;
    attempt.firstTokenMs ??= this.now();
  }

  finished(taskId: string, attempt: AttemptRecord, usage: { promptTokens: number; completionTokens: number }): void {
    const task = this.task(taskId);
    const endedMs = this.end(attempt, 'finished');
    attempt.promptTokens = usage.promptTokens;
    attempt.completionTokens = usage.completionTokens;
    task.status = 'finished';
    const ms = round(endedMs - (attempt.runningMs ?? attempt.startedMs));
    this.emit({ type: 'task_finished', taskId, attempt: this.numberOf(task, attempt), expert: attempt.expert, completionTokens: usage.completionTokens, ms, atMs: endedMs });
  }

  /** The attempt failed; `next` is the expert the task is retried on, null when it was the last attempt. */
  failed(taskId: string, attempt: AttemptRecord, error: TaskFailure, next: TaskExpert | null): void {
    const task = this.task(taskId);
    const atMs = this.end(attempt, 'failed');
    attempt.error = { code: error.code, message: error.message };
    const number = this.numberOf(task, attempt);
    if (next === null) {
      task.status = 'failed';
      this.emit({ type: 'task_failed', taskId, attempt: number, expert: attempt.expert, error: attempt.error, atMs });
    } else {
      this.emit({ type: 'task_retried', taskId, attempt: number, expert: attempt.expert, error: attempt.error, next: { peerId: next.peerId, name: next.name }, atMs });
    }
  }

  /** The plan stopped (the caller cancelled, or another task failed) while this attempt ran. */
  cancelled(taskId: string, attempt: AttemptRecord): void {
    if (attempt.outcome !== 'running') return;
    this.end(attempt, 'cancelled');
    this.task(taskId).status = 'cancelled';
  }

  /** A copy of every task's record, in plan order. */
  records(): TaskRecord[] {
    return [...this.tasks.values()].map((task) => ({ ...task, dependsOn: [...task.dependsOn], attempts: task.attempts.map((attempt) => ({ ...attempt })) }));
  }

  private end(attempt: AttemptRecord, outcome: AttemptRecord['outcome']): number {
    const endedMs = this.now();
    attempt.endedMs = endedMs;
    attempt.outcome = outcome;
    return endedMs;
  }

  private task(id: string): TaskRecord {
    const task = this.tasks.get(id);
    if (task === undefined) throw new Error(`no task ${id} in the plan`);
    return task;
  }

  private numberOf(task: TaskRecord, attempt: AttemptRecord): number {
    return task.attempts.indexOf(attempt) + 1;
  }

  private emit(event: PlanProgress): void {
    this.onProgress?.(event);
  }

  private now(): number {
    return round(performance.now() - this.origin);
  }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
