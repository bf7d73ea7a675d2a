import { isIntent, type Intent } from '../../src/core/intent/intents.js';

/**
 * How the task-type labels of the shared intent data (MT-Bench's 8 categories, Vicuna-bench's 9, the WizardLM test
 * set's 29 skills) map to the 11 intents: the one table, also printed in docs/benchmarks.md. Decided from what each
 * label names, before any measurement; `null` marks a label with no sensible intent (its items are excluded and
 * counted). Labels are matched case-insensitively; a label that already is an intent maps to itself.
 */
export const TASK_TYPE_TO_INTENT: Readonly<Record<string, Intent | null>> = {
  // Programming.
  coding: 'code',
  'code generation': 'code',
  'code debug': 'code',
  // Mathematics.
  math: 'math',
  // Inference from given premises, hypotheticals and step-by-step estimates.
  reasoning: 'reasoning',
  counterfactual: 'reasoning',
  fermi: 'reasoning',
  // Composing a text (letters, blog posts, essays, stories); WizardLM spells its skill "Writting".
  writing: 'creative_writing',
  writting: 'creative_writing',
  'academic writing': 'creative_writing',
  // Speaking as a persona in a dialogue.
  roleplay: 'conversation',
  // Pulling given information out of a text.
  extraction: 'extraction',
  // Other languages.
  multilingual: 'translation',
  // Questions answered from knowledge: MT-Bench's subject areas, Vicuna's knowledge, generic advice and everyday
  // common sense, WizardLM's subject skills and TruthfulQA.
  stem: 'knowledge_qa',
  humanities: 'knowledge_qa',
  knowledge: 'knowledge_qa',
  generic: 'knowledge_qa',
  'common-sense': 'knowledge_qa',
  truthfulqa: 'knowledge_qa',
  art: 'knowledge_qa',
  biology: 'knowledge_qa',
  chemistry: 'knowledge_qa',
  'computer science': 'knowledge_qa',
  economy: 'knowledge_qa',
  entertainment: 'knowledge_qa',
  ethics: 'knowledge_qa',
  history: 'knowledge_qa',
  law: 'knowledge_qa',
  literature: 'knowledge_qa',
  medicine: 'knowledge_qa',
  music: 'knowledge_qa',
  philosophy: 'knowledge_qa',
  physics: 'knowledge_qa',
  sport: 'knowledge_qa',
  technology: 'knowledge_qa',
  // A property of the answer's format (tables, SQL, sorting...) or of its safety, not a kind of task.
  'complex format': null,
  toxicity: null,
};

/** The intent of a data label: `null` when the mapping excludes it, `undefined` when the label is unknown. */
export function intentOfLabel(label: string): Intent | null | undefined {
  const key = label.trim().toLowerCase();
  if (isIntent(key)) return key;
  return Object.hasOwn(TASK_TYPE_TO_INTENT, key) ? TASK_TYPE_TO_INTENT[key] : undefined;
}
