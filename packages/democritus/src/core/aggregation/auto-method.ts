/**
 * `auto`: the aggregation method chosen by the prompt's intent (core/intent). One table, read by `chooseMethod` and
 * documented in docs/architecture.md:
 *
 *   intent                                              rule
 *   math, classification, extraction, reasoning         vote when the answers are votable, else consensus
 *   code, translation, knowledge_qa, conversation       consensus
 *   creative_writing, summarization, brainstorming      synthesis
 *   unknown (no intent)                                 consensus
 *
 * Closed questions (a number, a label, a short value, a yes/no conclusion) are decided best by counting agreeing
 * answers; code and factual or conversational replies by picking the most central whole answer (merging two programs
 * rarely gives a working one); open-ended writing gains from merging the best parts of each answer.
 * "Votable": more than half of the answers have a closed final answer (final-answer.ts).
 */
import type { Intent } from '../intent/intents.js';
import type { AggregationMethod } from './types.js';

export type AutoRule = 'vote_when_votable' | 'consensus' | 'synthesis';

export const AUTO_RULES: Readonly<Record<Intent, AutoRule>> = {
  math: 'vote_when_votable',
  classification: 'vote_when_votable',
  extraction: 'vote_when_votable',
  reasoning: 'vote_when_votable',
  code: 'consensus',
  translation: 'consensus',
  knowledge_qa: 'consensus',
  conversation: 'consensus',
  creative_writing: 'synthesis',
  summarization: 'synthesis',
  brainstorming: 'synthesis',
};

export interface AutoChoice {
  readonly method: AggregationMethod;
  readonly reason: string;
}

/** The method for a prompt of `intent` (null: not classified) whose answers include `votable` closed ones of `total`. */
export function chooseMethod(intent: Intent | null, votable: number, total: number): AutoChoice {
  if (intent === null) return { method: 'consensus', reason: 'auto: no intent known, consensus' };
  const rule = AUTO_RULES[intent];
  if (rule !== 'vote_when_votable') return { method: rule, reason: `auto: intent ${intent}, ${rule}` };
  const method = isVotable(votable, total) ? 'vote' : 'consensus';
  return { method, reason: `auto: intent ${intent}, ${votable} of ${total} answers votable, ${method}` };
}

/** More than half of the answers have a closed final answer. */
export function isVotable(votable: number, total: number): boolean {
  return votable * 2 > total;
}
