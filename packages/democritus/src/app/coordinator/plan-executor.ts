/**
 * The DAG executor: runs a validated plan across the swarm. Every sub-task whose dependencies are answered starts at
 * once, up to a per-request concurrency cap; each is routed on its own prompt (its `#n` references replaced by the
 * answers) and started on its best expert; a task that fails (refused, an error in its stream, or its deadline) is
 * retried once on the next-ranked expert, and a task that fails twice fails the plan with a `TaskFailedError` naming
 * both failures (the other tasks are cancelled). The final task (the synthesis, or the one task of a plan that was not
 * decomposed) is not collected: its generation is handed back as a stream for the caller to send to the client. One
 * abort signal cancels every running task.
 *
 * ```ts
 * const execution = await executePlan(dag, { rank, start, maxConcurrentTasks: 4, taskDeadlineMs: 60_000, signal, onProgress });
 * for await (const event of execution.events) if (event.type === 'token') send(event.text);
 * execution.records(); // per task: its experts, attempts, timings and tokens
 * ```
 */
import { validateDag } from '../../core/planning/dag-validation.js';
import type { DagLimits } from '../../core/planning/dag-limits.js';
import { attemptExperts } from '../../core/planning/attempt-experts.js';
import type { PlannedTask, TaskDag } from '../../core/planning/task-dag.js';
import { finalTask, finalTaskReady, tasksToStart } from '../../core/planning/task-readiness.js';
import { substituteReferences } from '../../core/planning/task-references.js';
import type { DoneEvent, GenerationEvent } from '../../engine/types.js';
import { CancelledError, DemocritusError, errorMessage, invalidRequest } from '../../errors.js';
import { abortable } from '../../util/abortable.js';
import { PlanRecorder, type AttemptRecord, type PlanProgress, type TaskExpert, type TaskRecord } from './plan-recorder.js';
import { TaskFailedError, type ExpertFailure } from './task-failed-error.js';

/** Tries per task: its best expert, then the next-ranked one. */
export const TASK_ATTEMPTS = 2;

export interface PlanExecutorOptions<E extends TaskExpert> {
  /** The experts for a prompt, best first (the router's ranking, in a node). */
  rank(prompt: string, signal: AbortSignal): Promise<readonly E[]>;
  /**
   * Starts a generation of `prompt` on `expert` (this node's scheduler or a peer) and resolves once it holds a slot
   * there; a DemocritusError when the expert refuses. Aborting `signal` stops the generation. `taskId` names the task
   * the generation answers (for the caller's records).
   */
  start(expert: E, prompt: string, signal: AbortSignal, taskId: string): Promise<AsyncIterable<GenerationEvent>>;
  /** Tasks of this request running at once. */
  maxConcurrentTasks: number;
  /**
   * How long one attempt of a task may take on its expert, from being dispatched: to its last token for a sub-task,
   * to its first token for the final task (whose stream is the client's answer).
   */
  taskDeadlineMs: number;
  /** Cancels every running task; the execution then rejects with a `cancelled` DemocritusError. */
  signal: AbortSignal;
  /** Progress of each task as it happens (must not throw). */
  onProgress?: ((event: PlanProgress) => void) | undefined;
  /** Bounds the plan is validated against (the planner's, by default `DEFAULT_DAG_LIMITS`). */
  limits?: Partial<DagLimits> | undefined;
}

/** A plan whose sub-tasks are answered and whose final task has started streaming. */
export interface PlanExecution {
  finalTaskId: string;
  /**
   * The final task's token events and one done event, as a generation's. Iterate once; `return()` (or the signal)
   * stops it. A failure after its first token is thrown as a `TaskFailedError` (continuing on another expert is
   * mid-stream failover, not done here).
   */
  events: AsyncIterable<GenerationEvent>;
  /** Every task's record so far: experts, attempts, timings, tokens (complete once `events` has ended). */
  records(): TaskRecord[];
}

/**
 * Runs a plan; resolves once every sub-task is answered and the final task's first event has arrived. Rejects with
 * `invalid_plan` (the plan), `bad_request` (the options), `cancelled` (the signal) or `TaskFailedError`.
 */
export async function executePlan<E extends TaskExpert>(dag: TaskDag, options: PlanExecutorOptions<E>): Promise<PlanExecution> {
  validateDag(dag, options.limits);
  if (!Number.isInteger(options.maxConcurrentTasks) || options.maxConcurrentTasks < 1) {
    throw invalidRequest(`maxConcurrentTasks must be a positive integer, not ${options.maxConcurrentTasks}`, 'maxConcurrentTasks');
  }
  if (!Number.isFinite(options.taskDeadlineMs) || options.taskDeadlineMs <= 0) {
    throw invalidRequest(`taskDeadlineMs must be a positive number of milliseconds, not ${options.taskDeadlineMs}`, 'taskDeadlineMs');
  }
  if (options.signal.aborted) throw planCancelled();
  return new PlanRun(dag, options).execute();
}

class PlanRun<E extends TaskExpert> {
  private readonly recorder: PlanRecorder;
  private readonly final: PlannedTask;
  private readonly answers = new Map<string, string>();
  private readonly answered = new Set<string>();
  private readonly started = new Set<string>();
  /** Experts that failed a task of this plan: tried after the others for later tasks. */
  private readonly failedExperts = new Set<string>();
  private running = 0;
  private finalStarted = false;
  /** Aborted when the plan fails: stops every other task. */
  private readonly stop = new AbortController();
  /** The caller's signal or the plan's own failure. */
  private readonly signal: AbortSignal;
  private failure: DemocritusError | null = null;
  private settled = false;
  private resolveRun: (execution: PlanExecution) => void = () => undefined;
  private rejectRun: (error: DemocritusError) => void = () => undefined;

  constructor(
    private readonly dag: TaskDag,
    private readonly options: PlanExecutorOptions<E>,
  ) {
    this.recorder = new PlanRecorder(dag, options.onProgress);
    this.final = finalTask(dag);
    this.signal = AbortSignal.any([options.signal, this.stop.signal]);
  }

  execute(): Promise<PlanExecution> {
    return new Promise<PlanExecution>((resolve, reject) => {
      const caller = this.options.signal;
      const onAbort = () => this.fail(planCancelled());
      this.resolveRun = (execution) => {
        caller.removeEventListener('abort', onAbort);
        resolve(execution);
      };
      this.rejectRun = (error) => {
        caller.removeEventListener('abort', onAbort);
        reject(error);
      };
      caller.addEventListener('abort', onAbort, { once: true });
      this.pump();
    });
  }

  /** Starts what can start: the ready sub-tasks the cap allows, or the final task once they are all answered. */
  private pump(): void {
    if (this.settled) return;
    if (finalTaskReady(this.dag, this.answered)) {
      if (this.finalStarted) return;
      this.finalStarted = true;
      this.runFinal().then(
        (execution) => this.succeed(execution),
        (error: unknown) => this.fail(asFailure(error)),
      );
      return;
    }
    const progress = { answered: this.answered, started: this.started };
    for (const task of tasksToStart(this.dag, progress, this.options.maxConcurrentTasks - this.running)) {
      this.started.add(task.id);
      this.running += 1;
      this.runSubtask(task).then(
        (answer) => {
          this.running -= 1;
          this.answers.set(task.id, answer);
          this.answered.add(task.id);
          this.pump();
        },
        (error: unknown) => {
          this.running -= 1;
          this.fail(asFailure(error));
        },
      );
    }
  }

  private succeed(execution: { execution: PlanExecution; close(): void }): void {
    if (this.settled) {
      execution.close();
      return;
    }
    this.settled = true;
    this.resolveRun(execution.execution);
  }

  private fail(error: DemocritusError): void {
    if (this.settled) return;
    this.settled = true;
    this.failure = error;
    this.stop.abort(error);
    this.rejectRun(error);
  }

  /** A sub-task's answer (trimmed), from its first expert or its retry. */
  private async runSubtask(task: PlannedTask): Promise<string> {
    const prompt = substituteReferences(task.prompt, this.answers);
    const experts = await this.expertsFor(task, prompt);
    return this.withRetry(task, experts, (expert, record, signal) => this.answerOn(task, expert, prompt, record, signal));
  }

  /** The final task, started once every other task is answered, up to its first event; the rest is the caller's. */
  private async runFinal(): Promise<{ execution: PlanExecution; close(): void }> {
    const task = this.final;
    const prompt = substituteReferences(task.prompt, this.answers);
    const experts = await this.expertsFor(task, prompt);
    const failures: ExpertFailure[] = [];
    const opened = await this.withRetry(
      task,
      experts,
      async (expert, record, signal) => ({ ...(await this.firstEventOn(task, expert, prompt, record, signal)), expert, record }),
      failures,
    );
    const stream = this.finalStream(task, opened.first, opened.iterator, opened.expert, opened.record, failures);
    return { execution: { finalTaskId: task.id, events: stream, records: () => this.recorder.records() }, close: () => void stream[Symbol.asyncIterator]().return?.() };
  }

  private async expertsFor(task: PlannedTask, prompt: string): Promise<E[]> {
    let ranked: readonly E[];
    try {
      ranked = await abortable(this.options.rank(prompt, this.signal), this.signal, 'the plan was cancelled');
    } catch (error) {
      if (this.signal.aborted) throw this.stopReason();
      const failure = asFailure(error);
      throw new DemocritusError(failure.code, `routing task ${task.id} failed: ${failure.message}`, { cause: error });
    }
    const experts = attemptExperts(ranked, this.failedExperts, TASK_ATTEMPTS);
    if (experts.length === 0) throw new DemocritusError('unavailable', `no expert can run task ${task.id}: the ranking is empty`);
    return experts;
  }

  /**
   * Runs `attempt` on each expert in turn, each under its own deadline, until one succeeds. Every failure is recorded
   * (and reported as retried, or failed for the last); all failing is a TaskFailedError. A stopped plan is not retried.
   */
  private async withRetry<T>(
    task: PlannedTask,
    experts: readonly E[],
    attempt: (expert: E, record: AttemptRecord, signal: AbortSignal) => Promise<T>,
    failures: ExpertFailure[] = [],
  ): Promise<T> {
    for (const [index, expert] of experts.entries()) {
      const record = this.recorder.dispatched(task.id, expert);
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(), this.options.taskDeadlineMs);
      try {
        return await attempt(expert, record, AbortSignal.any([this.signal, deadline.signal]));
      } catch (error) {
        if (this.signal.aborted) {
          this.recorder.cancelled(task.id, record);
          throw this.stopReason();
        }
        const failure = deadline.signal.aborted
          ? new DemocritusError('task_deadline', `${expert.name} did not ${task === this.final ? 'start' : 'finish'} task ${task.id} within ${this.options.taskDeadlineMs} ms`)
          : asFailure(error);
        failures.push({ expert, error: failure });
        this.failedExperts.add(expert.peerId);
        this.recorder.failed(task.id, record, failure, experts[index + 1] ?? null);
      } finally {
        clearTimeout(timer);
      }
    }
    throw new TaskFailedError(task.id, failures);
  }

  /** One attempt of a sub-task: its whole answer. */
  private async answerOn(task: PlannedTask, expert: E, prompt: string, record: AttemptRecord, signal: AbortSignal): Promise<string> {
    const iterator = await this.open(task.id, expert, prompt, signal);
    this.recorder.running(task.id, record);
    let text = '';
    try {
      for (;;) {
        const result = await abortable(iterator.next(), signal, `task ${task.id} was stopped`);
        if (result.done === true) throw endedEarly(task);
        const event = result.value;
        if (event.type === 'token') {
          text += event.text;
          this.recorder.token(record);
          continue;
        }
        checkDone(event);
        this.recorder.finished(task.id, record, event.usage);
        return text.trim();
      }
    } finally {
      closeQuietly(iterator);
    }
  }

  /** One attempt of the final task, up to its first event (a failed or cancelled end counts as a failure). */
  private async firstEventOn(task: PlannedTask, expert: E, prompt: string, record: AttemptRecord, signal: AbortSignal): Promise<{ first: GenerationEvent; iterator: AsyncIterator<GenerationEvent> }> {
    const iterator = await this.open(task.id, expert, prompt, signal);
    this.recorder.running(task.id, record);
    try {
      const result = await abortable(iterator.next(), signal, `task ${task.id} was stopped`);
      if (result.done === true) throw endedEarly(task);
      if (result.value.type === 'done') checkDone(result.value);
      return { first: result.value, iterator };
    } catch (error) {
      closeQuietly(iterator);
      throw error;
    }
  }

  /** `start` raced against the attempt's signal; a generation that starts after the attempt gave up is closed at once. */
  private async open(taskId: string, expert: E, prompt: string, signal: AbortSignal): Promise<AsyncIterator<GenerationEvent>> {
    const starting = this.options.start(expert, prompt, signal, taskId).then((events) => events[Symbol.asyncIterator]());
    try {
      return await abortable(starting, signal, 'the task was stopped');
    } catch (error) {
      starting.then(closeQuietly, () => undefined);
      throw error;
    }
  }

  /** The final task's events for the caller, recorded as they pass (its first event already read). */
  private finalStream(
    task: PlannedTask,
    first: GenerationEvent,
    iterator: AsyncIterator<GenerationEvent>,
    expert: E,
    record: AttemptRecord,
    failures: ExpertFailure[],
  ): AsyncIterable<GenerationEvent> {
    const recorder = this.recorder;
    const caller = this.options.signal;
    let pending: GenerationEvent | null = first;
    let ended = false;
    const events: AsyncIterator<GenerationEvent> = {
      async next(): Promise<IteratorResult<GenerationEvent>> {
        if (ended) return { done: true, value: undefined };
        try {
          const result: IteratorResult<GenerationEvent> = pending !== null ? { done: false, value: pending } : await iterator.next();
          pending = null;
          if (result.done === true) throw endedEarly(task);
          const event = result.value;
          if (event.type === 'token') recorder.token(record);
          else {
            ended = true;
            if (event.finishReason === 'cancelled') recorder.cancelled(task.id, record);
            else if (event.finishReason === 'error') recorder.failed(task.id, record, { code: 'engine_failure', message: event.error ?? 'the generation failed' }, null);
            else recorder.finished(task.id, record, event.usage);
          }
          return result;
        } catch (error) {
          ended = true;
          if (caller.aborted) {
            recorder.cancelled(task.id, record);
            throw planCancelled();
          }
          const failure = asFailure(error);
          recorder.failed(task.id, record, failure, null);
          throw new TaskFailedError(task.id, [...failures, { expert, error: failure }]);
        }
      },
      async return(): Promise<IteratorResult<GenerationEvent>> {
        if (!ended) {
          ended = true;
          recorder.cancelled(task.id, record);
        }
        closeQuietly(iterator);
        return { done: true, value: undefined };
      },
    };
    return { [Symbol.asyncIterator]: () => events };
  }

  /** Why the plan stopped: the caller cancelled it, or a task failed. */
  private stopReason(): DemocritusError {
    return this.options.signal.aborted ? planCancelled() : (this.failure ?? planCancelled());
  }
}

function planCancelled(): CancelledError {
  return new CancelledError('the plan was cancelled');
}

/** A failed or cancelled end of a generation as a failure of its attempt. */
function checkDone(event: DoneEvent): void {
  if (event.finishReason === 'error') throw new DemocritusError('engine_failure', `the expert's generation failed: ${event.error ?? 'no reason given'}`);
  if (event.finishReason === 'cancelled') throw new CancelledError('the expert cancelled the generation');
}

function endedEarly(task: PlannedTask): DemocritusError {
  return new DemocritusError('upstream_failed', `the generation of task ${task.id} ended without its done event`);
}

function asFailure(error: unknown): DemocritusError {
  return error instanceof DemocritusError ? error : new DemocritusError('upstream_failed', errorMessage(error), { cause: error });
}

/** Frees a generation's slot; a generation that fails while closing has nothing more to say. */
function closeQuietly(iterator: AsyncIterator<GenerationEvent>): void {
  iterator.return?.().catch(() => undefined);
}
