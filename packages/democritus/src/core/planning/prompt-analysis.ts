/**
 * What the rules see in a prompt: its task segments, the structures that split it into sub-tasks (several independent
 * questions, a multi-part list, an enumeration, a comparison or bridge question) and its constraints. Shared by the
 * complexity score and the rules planner, computed once per prompt.
 */
import { findBridgeQuestion, type BridgeQuestion } from './bridge-question.js';
import { findEnumeration, type Enumeration } from './enumeration.js';
import { segmentPrompt, type Segment } from './prompt-segments.js';

export interface PromptAnalysis {
  segments: Segment[];
  /** Questions and instructions that are not items of a list. */
  tasks: Segment[];
  /** List items that ask for something (a question or an instruction), not constraints or examples. */
  listTasks: Segment[];
  /** An enumeration in the only task sentence, with that sentence. */
  enumeration: { sentence: string; enumeration: Enumeration } | null;
  /** A comparison or bridge question: the only task, a question, with no constraint on the reply. */
  bridge: { question: string; bridge: BridgeQuestion } | null;
  /** Constraint kinds stated anywhere in the prompt. */
  constraints: string[];
  words: number;
}

export function analyzePrompt(prompt: string): PromptAnalysis {
  const segments = segmentPrompt(prompt);
  const isTask = (segment: Segment): boolean => segment.role === 'question' || segment.role === 'instruction';
  const constraints = [...new Set(segments.flatMap((segment) => segment.constraints))];
  const constrained = constraints.length > 0;
  const tasks = mergeElaborations(
    segments.filter((segment) => isTask(segment) && !segment.listItem),
    constrained,
  );
  const listTasks = segments.filter((segment) => isTask(segment) && segment.listItem);
  // Constraints bind one reply: a constrained prompt is split only where it asks separately (questions, list items),
  // never inside a sentence (an enumeration, a comparison), whose parts could not each honour the constraints.
  const only = tasks.length === 1 && listTasks.length === 0 && !constrained ? tasks[0] : undefined;
  const found = only === undefined ? null : findEnumeration(only.text);
  const enumeration = only !== undefined && found !== null ? { sentence: only.text, enumeration: found } : null;
  const bridgeQuestion = only?.role === 'question' ? findBridgeQuestion(only.text) : null;
  const bridge = only !== undefined && bridgeQuestion !== null ? { question: only.text, bridge: bridgeQuestion } : null;
  return { segments, tasks, listTasks, enumeration, bridge, constraints, words: prompt.split(/\s+/).filter((w) => w !== '').length };
}

/**
 * "Make it zany", "Why is that?": a task that points back at the previous one elaborates it; it is not a new task. In a
 * constrained prompt every instruction after the first elaborates the deliverable ("Explain in a Zen-like style"); only
 * questions stand apart.
 */
const POINTS_BACK = /\b(?:it|its|this|that|these|those|them|they|their|above|the answer|the response|your answer|the same)\b/i;

function mergeElaborations(tasks: readonly Segment[], constrained: boolean): Segment[] {
  const merged: Segment[] = [];
  for (const task of tasks) {
    const previous = merged.at(-1);
    if (previous !== undefined && (POINTS_BACK.test(task.text) || (constrained && task.role === 'instruction'))) {
      merged[merged.length - 1] = { ...previous, text: `${previous.text} ${task.text}`, constraints: [...previous.constraints, ...task.constraints] };
    } else merged.push(task);
  }
  return merged;
}
