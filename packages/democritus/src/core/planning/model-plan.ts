/**
 * The model-based planner's contract with the model: the JSON schema its output is constrained to (as a grammar, so
 * even a small model writes JSON of this shape), the instruction it is given, and the conversion of its output into a
 * TaskDag. The output is read like any input from outside: parsed, checked field by field, and refused with a
 * DemocritusError `invalid_plan` that says what is wrong. Pure.
 */
import type { JsonSchemaGrammar } from '../../engine/types.js';
import { DemocritusError } from '../../errors.js';
import { synthesisPrompt } from './synthesis.js';
import type { PlannedTask, TaskDag } from './task-dag.js';

/** Longest sub-task prompt the schema lets a model write. */
export const MODEL_TASK_PROMPT_CHARS = 240;

/** The schema of a model's plan: 1 to `maxSubtasks` sub-tasks, each a prompt and the earlier sub-tasks it needs. */
export function modelPlanSchema(maxSubtasks: number): JsonSchemaGrammar {
  const numbers = Array.from({ length: maxSubtasks }, (_, index) => index + 1);
  return {
    type: 'object',
    properties: {
      subtasks: {
        type: 'array',
        minItems: 1,
        maxItems: maxSubtasks,
        items: {
          type: 'object',
          properties: {
            prompt: { type: 'string', minLength: 1, maxLength: MODEL_TASK_PROMPT_CHARS },
            depends_on: { type: 'array', maxItems: maxSubtasks, items: { enum: numbers } },
          },
        },
      },
    },
  };
}

/** What the model is asked (one user turn; a model with a chat template gets it through its template). */
export function modelPlanInstruction(prompt: string, maxSubtasks: number): string {
  return [
    `Split the task below into at most ${maxSubtasks} sub-tasks that can each be answered on their own and that together answer it.`,
    'Reply with JSON only: {"subtasks": [{"prompt": "...", "depends_on": [numbers of earlier sub-tasks whose answers it needs]}]}.',
    'A sub-task may refer to the answer of an earlier one as #1, #2, ...; a task that needs no splitting is one sub-task.',
    '',
    `Task: ${prompt}`,
  ].join('\n');
}

interface ModelSubtask {
  prompt: string;
  dependsOn: string[];
}

/**
 * The TaskDag of a model's output: sub-tasks "1".."n" and a synthesis task "n+1" depending on all of them; one sub-task
 * is no split (a single task with the original prompt). Throws `invalid_plan` for output that is not JSON of the
 * schema's shape (the grammar ensures it unless the output was cut short by the token limit).
 */
export function planFromModelOutput(output: string, original: string, maxSubtasks: number): TaskDag {
  const subtasks = parseSubtasks(output, maxSubtasks);
  if (subtasks.length === 1) return { tasks: [{ id: '1', prompt: original, intent: null, dependsOn: [], kind: 'single' }] };
  const tasks: PlannedTask[] = subtasks.map((subtask, index) => ({
    id: String(index + 1),
    prompt: subtask.prompt,
    intent: null,
    dependsOn: subtask.dependsOn,
    kind: 'subtask',
  }));
  const ids = tasks.map((task) => task.id);
  tasks.push({ id: String(tasks.length + 1), prompt: synthesisPrompt(original, ids), intent: null, dependsOn: ids, kind: 'synthesis' });
  return { tasks };
}

function parseSubtasks(output: string, maxSubtasks: number): ModelSubtask[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(output);
  } catch (error) {
    throw invalid(`the model's plan is not JSON (${error instanceof Error ? error.message : String(error)}; was it cut short?)`);
  }
  const subtasks = isRecord(parsed) ? parsed.subtasks : undefined;
  if (!Array.isArray(subtasks)) throw invalid('the model\'s plan has no "subtasks" list');
  if (subtasks.length === 0 || subtasks.length > maxSubtasks) throw invalid(`the model's plan has ${subtasks.length} sub-tasks (1 to ${maxSubtasks} allowed)`);
  return subtasks.map((item: unknown, index): ModelSubtask => {
    const where = `sub-task ${index + 1}`;
    if (!isRecord(item)) throw invalid(`${where} of the model's plan is not an object`);
    const { prompt, depends_on: dependsOn } = item;
    if (typeof prompt !== 'string' || prompt.trim().length === 0) throw invalid(`${where} of the model's plan has no prompt`);
    if (dependsOn !== undefined && (!Array.isArray(dependsOn) || !dependsOn.every((n) => Number.isInteger(n)))) {
      throw invalid(`${where} of the model's plan has a "depends_on" that is not a list of sub-task numbers`);
    }
    return { prompt: prompt.trim(), dependsOn: [...new Set((dependsOn ?? []) as number[])].map(String) };
  });
}

function invalid(message: string): DemocritusError {
  return new DemocritusError('invalid_plan', message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
