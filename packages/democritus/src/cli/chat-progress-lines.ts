/**
 * A chat's progress events (a decomposed chat's tasks, several experts' answers) as the CLI prints them on stderr, one
 * line each. Pure.
 *
 * ```
 * plan: 3 tasks, 1,2 > 3
 * task 1 started on math-solver
 * task 1 finished on math-solver: 16 tokens in 812 ms
 * task 2 failed on medical-advisor (upstream_failed: ...); retrying on story-teller
 * ```
 */
import type { ChatProgressEvent } from '@democritus/sdk';

export function progressLine(event: ChatProgressEvent): string {
  switch (event.type) {
    case 'plan':
      return `plan: ${event.tasks.length} task${event.tasks.length === 1 ? '' : 's'}, ${event.layers.map((layer) => layer.join(',')).join(' > ')}`;
    case 'task_started':
      return `task ${event.task_id} started on ${event.expert.name}${retry(event.attempt)}`;
    case 'task_finished':
      return `task ${event.task_id} finished on ${event.expert.name}: ${event.completion_tokens} tokens in ${Math.round(event.ms)} ms`;
    case 'task_retried':
      return `task ${event.task_id} failed on ${event.expert.name} (${event.error}); retrying on ${event.next.name}`;
    case 'task_failed':
      return `task ${event.task_id} failed on ${event.expert.name} (${event.error})`;
    case 'answer_started':
      return `${event.expert.name} is answering`;
    case 'answer_finished':
      return `${event.expert.name} answered: ${event.completion_tokens} tokens in ${Math.round(event.ms)} ms`;
    case 'answer_failed':
      return `${event.expert.name} failed (${event.error}); left out`;
  }
}

function retry(attempt: number): string {
  return attempt > 1 ? ` (attempt ${attempt})` : '';
}
