/**
 * The rules planner: a task DAG from the structure of the prompt alone, with any model. In order of precedence:
 *   - a numbered or bulleted list of questions/instructions: one task per item;
 *   - several independent questions or instructions: one task each;
 *   - a comparison ("compare A and B", "A vs B", "which of A or B"): one fact task per item, then a comparison task;
 *   - an enumeration ("A, B and C"): the sentence once per item;
 *   - a comparison or bridge yes/no question ("Is X older than Y?", "Would X fit in Y?"): one fact task per entity, then
 *     a check that depends on them, as StrategyQA's human decompositions do;
 * and always a final `synthesis` task depending on all the others. A prompt the complexity decision keeps whole is one
 * `single` task. Sub-task intents stay null unless `intentOf` is given (the coordinator classifies them).
 */
import type { Intent } from '../intent/intents.js';
import { assessComplexity, DEFAULT_DECOMPOSE_THRESHOLD, type ComplexityAssessment, type ComplexitySignals } from './complexity.js';
import { taskForItem } from './enumeration.js';
import { analyzePrompt, type PromptAnalysis } from './prompt-analysis.js';
import { synthesisPrompt } from './synthesis.js';
import type { PlannedTask, TaskDag } from './task-dag.js';

export interface RulesPlanOptions {
  signals?: ComplexitySignals;
  threshold?: number;
  /** The decision already taken for this prompt (skips assessing it again). */
  assessment?: ComplexityAssessment;
  intentOf?: (prompt: string) => Intent | null;
}

interface Draft {
  prompt: string;
  dependsOn: string[];
}

export function planByRules(prompt: string, options: RulesPlanOptions = {}): TaskDag {
  const analysis = analyzePrompt(prompt);
  const assessment = options.assessment ?? assessComplexity(prompt, options.signals, options.threshold ?? DEFAULT_DECOMPOSE_THRESHOLD, analysis);
  const intentOf = options.intentOf ?? ((): Intent | null => null);
  const drafts = assessment.decompose ? draftSubtasks(analysis) : [];
  if (drafts.length < 2) return { tasks: [{ id: '1', prompt, intent: intentOf(prompt), dependsOn: [], kind: 'single' }] };

  const tasks: PlannedTask[] = drafts.map((draft, index) => ({
    id: String(index + 1),
    prompt: draft.prompt,
    intent: intentOf(draft.prompt),
    dependsOn: draft.dependsOn,
    kind: 'subtask',
  }));
  const ids = tasks.map((task) => task.id);
  tasks.push({ id: String(tasks.length + 1), prompt: synthesisPrompt(prompt, ids), intent: intentOf(prompt), dependsOn: ids, kind: 'synthesis' });
  return { tasks };
}

/** Sub-tasks in plan order; ids are their positions from 1. */
function draftSubtasks(analysis: PromptAnalysis): Draft[] {
  const independent = (texts: readonly string[]): Draft[] => texts.map((text) => ({ prompt: text, dependsOn: [] }));
  if (analysis.listTasks.length >= 2) {
    // The sentence before the list ("Answer the following:") is context every item needs.
    const lead = analysis.tasks[0]?.text;
    return independent(analysis.listTasks.map((item) => (lead === undefined ? item.text : `${lead} ${item.text}`)));
  }
  if (analysis.tasks.length >= 2) return independent(analysis.tasks.map((task) => task.text));
  if (analysis.enumeration !== null) {
    const { sentence, enumeration } = analysis.enumeration;
    if (!enumeration.comparison) return independent(enumeration.items.map((item) => taskForItem(sentence, enumeration, item)));
    return factsThenCheck(enumeration.items, sentence);
  }
  if (analysis.bridge !== null) return factsThenCheck(analysis.bridge.bridge.entities, analysis.bridge.question);
  return [];
}

/** One fact task per entity, then the question itself, answered from those facts. */
function factsThenCheck(entities: readonly string[], question: string): Draft[] {
  const facts = entities.map((entity) => ({ prompt: `What facts about ${entity} are needed to answer: ${question}`, dependsOn: [] }));
  const refs = facts.map((_, index) => String(index + 1));
  return [...facts, { prompt: `Given ${refs.map((id) => `#${id}`).join(' and ')}: ${question}`, dependsOn: refs }];
}
