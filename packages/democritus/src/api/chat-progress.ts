/**
 * The progress events of a chat (a decomposed one's tasks, several experts' answers) as every interface sends them (snake_case, the SDK's ChatProgressEvent):
 * REST as SSE comments (`democritus.progress: true`), WebSocket as `progress` frames, gRPC as `ChatEvent.progress`.
 * Pure.
 */
import type { ChatProgressEvent, ProgressExpert } from '@democritus/sdk';
import type { TaskExpert, TaskFailure } from '../app/coordinator/plan-recorder.js';
import type { ChatProgress } from '../app/node-app.js';

export function progressEvent(event: ChatProgress): ChatProgressEvent {
  switch (event.type) {
    case 'plan':
      return { type: 'plan', final_task: event.finalTaskId, layers: event.layers, tasks: event.tasks.map((task) => ({ id: task.id, kind: task.kind, depends_on: task.dependsOn })) };
    case 'task_started':
      return { type: 'task_started', task_id: event.taskId, kind: event.kind, attempt: event.attempt, expert: expertOf(event.expert), at_ms: event.atMs };
    case 'task_finished':
      return {
        type: 'task_finished',
        task_id: event.taskId,
        attempt: event.attempt,
        expert: expertOf(event.expert),
        completion_tokens: event.completionTokens,
        ms: event.ms,
        at_ms: event.atMs,
      };
    case 'task_retried':
      return {
        type: 'task_retried',
        task_id: event.taskId,
        attempt: event.attempt,
        expert: expertOf(event.expert),
        error: errorText(event.error),
        next: expertOf(event.next),
        at_ms: event.atMs,
      };
    case 'task_failed':
      return { type: 'task_failed', task_id: event.taskId, attempt: event.attempt, expert: expertOf(event.expert), error: errorText(event.error), at_ms: event.atMs };
    case 'answer_started':
      return { type: 'answer_started', expert: expertOf(event.expert), at_ms: event.atMs };
    case 'answer_finished':
      return { type: 'answer_finished', expert: expertOf(event.expert), completion_tokens: event.completionTokens, ms: event.ms, at_ms: event.atMs };
    case 'answer_failed':
      return { type: 'answer_failed', expert: expertOf(event.expert), error: errorText(event.error), at_ms: event.atMs };
  }
}

function expertOf(expert: TaskExpert): ProgressExpert {
  return { peer_id: expert.peerId, name: expert.name };
}

/** As the plan metadata's attempts word it: `code: message`. */
export function errorText(error: TaskFailure): string {
  return `${error.code}: ${error.message}`;
}
