/**
 * A `"swarm"` chat split into sub-tasks: the decision (a pure, embedding-free complexity check, so a prompt that is not
 * decomposed takes the single-expert path with nothing added but that check) and the execution of the plan with the
 * DAG executor, each task routed on its own prompt and run through the app's own path (sanitizer, scheduler or peer,
 * logs). The synthesis task's generation is the one the client receives.
 *
 * ```ts
 * const dag = chatPlan(messages, 'auto', settings);        // null: one expert answers, as without a coordinator
 * if (dag !== null) return plannedChat(deps, dag, messages, requestSettings, signal);
 * ```
 */
import type { DecomposeMode } from '@democritus/sdk';
import { assessComplexity } from '../../core/planning/complexity.js';
import { dagShape } from '../../core/planning/dag-shape.js';
import type { DagLimits } from '../../core/planning/dag-limits.js';
import { planByRules } from '../../core/planning/rules-planner.js';
import { finalTask } from '../../core/planning/task-readiness.js';
import type { TaskDag } from '../../core/planning/task-dag.js';
import type { ChatMessage } from '../../engine/types.js';
import type { ChatProgress, ExpertChoice, Generation } from '../node-app.js';
import { executePlan } from './plan-executor.js';
import type { TaskRecord } from './plan-recorder.js';

export interface ChatPlanSettings {
  /** `coordinator.decompose`: the mode of a request that names none. */
  mode: DecomposeMode;
  threshold: number;
  limits: DagLimits;
  maxConcurrentTasks: number;
  taskDeadlineMs: number;
}

/** How a decomposed chat ran, for the response metadata. */
export interface PlanRunReport {
  finalTaskId: string;
  layers: string[][];
  /** Complete once the generation's events have ended. */
  records(): TaskRecord[];
}

/**
 * The plan of a chat, or null when it takes the single-expert path: `never`; a conversation rather than one request
 * (earlier assistant turns: the answer depends on them as a whole); a prompt the complexity decision keeps whole (`auto`)
 * or with no structure to split (`always` splits whatever structure there is). The rules planner plans: it needs no
 * model and adds well under a millisecond.
 */
export function chatPlan(messages: readonly ChatMessage[], mode: DecomposeMode, settings: Pick<ChatPlanSettings, 'threshold' | 'limits'>): TaskDag | null {
  if (mode === 'never') return null;
  const users = messages.filter((message) => message.role === 'user');
  if (users.length !== 1 || messages.some((message) => message.role === 'assistant')) return null;
  const prompt = users[0]?.content ?? '';
  const assessment = assessComplexity(prompt, {}, mode === 'always' ? 0 : settings.threshold);
  if (!assessment.decompose) return null;
  const dag = planByRules(prompt, { assessment });
  return dag.tasks.length > 1 && dag.tasks.length <= settings.limits.maxTasks ? dag : null;
}

export interface PlannedChatDeps {
  /** The experts for a task's prompt, best first (the router's ranking; this node when nothing ranks). */
  rank(prompt: string, signal: AbortSignal): Promise<ExpertChoice[]>;
  /** Starts a generation of `messages` on `expert` through the app's own path. */
  start(expert: ExpertChoice, messages: ChatMessage[], signal: AbortSignal): Promise<Generation>;
  /** Live progress: the plan, then every task attempt (the chat command's `onProgress`). */
  onProgress?: ((event: ChatProgress) => void) | undefined;
}

/**
 * Runs the plan; resolves once every sub-task is answered and the synthesis has started, with the synthesis as the
 * generation. System messages of the chat go with every task. Rejects as `executePlan` does.
 */
export async function plannedChat(
  deps: PlannedChatDeps,
  dag: TaskDag,
  messages: readonly ChatMessage[],
  settings: Pick<ChatPlanSettings, 'limits' | 'maxConcurrentTasks' | 'taskDeadlineMs'>,
  requestId: string,
  signal: AbortSignal,
): Promise<Generation> {
  const system = messages.filter((message) => message.role === 'system');
  const chosen = new Map<string, ExpertChoice>();
  // The final task starts after every other task has answered: the last generation started is its (or its retry's).
  const last: { started: Generation | null } = { started: null };
  // Every task's generations, for the answer's failovers: a sub-task's switches count as much as the synthesis's.
  const started: { taskId: string; generation: Generation }[] = [];
  const layers = dagShape(dag).layers;
  deps.onProgress?.({
    type: 'plan',
    finalTaskId: finalTask(dag).id,
    layers,
    tasks: dag.tasks.map((task) => ({ id: task.id, kind: task.kind, dependsOn: [...task.dependsOn] })),
  });
  const execution = await executePlan(dag, {
    rank: (prompt, s) => deps.rank(prompt, s),
    start: async (expert, prompt, s, taskId) => {
      chosen.set(expert.peerId, expert);
      const generation = await deps.start(expert, [...system, { role: 'user', content: prompt }], s);
      last.started = generation;
      started.push({ taskId, generation });
      return generation.events;
    },
    maxConcurrentTasks: settings.maxConcurrentTasks,
    taskDeadlineMs: settings.taskDeadlineMs,
    limits: settings.limits,
    signal,
    onProgress: deps.onProgress,
  });
  const records = execution.records();
  const finalAttempt = records.find((record) => record.id === execution.finalTaskId)?.attempts.at(-1);
  const experts = distinctPeers(records).flatMap((peerId) => chosen.get(peerId) ?? []);
  const expert = (finalAttempt === undefined ? undefined : chosen.get(finalAttempt.expert.peerId)) ?? experts.at(-1);
  if (expert === undefined) throw new Error('a plan ran without an expert');
  const finalGeneration = last.started;
  return {
    requestId,
    expert,
    events: execution.events,
    sanitizer: () => finalGeneration?.sanitizer() ?? null,
    experts,
    plan: { finalTaskId: execution.finalTaskId, layers, records: () => execution.records() },
    failovers: () => started.flatMap(({ taskId, generation }) => (generation.failovers?.() ?? []).map((failover) => ({ ...failover, task_id: taskId }))),
  };
}

/** Every expert that took part, in the order of their first attempt. */
function distinctPeers(records: readonly TaskRecord[]): string[] {
  return [...new Set(records.flatMap((record) => record.attempts.map((attempt) => attempt.expert.peerId)))];
}
