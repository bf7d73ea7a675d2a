/**
 * Synthesis: the Mixture-of-Agents aggregate-and-synthesize prompt (Wang et al. 2024, "Mixture-of-Agents Enhances
 * Large Language Model Capabilities", and its reference implementation). The aggregator expert gets the original
 * conversation with a system message that asks it to synthesize the numbered responses into one, critically, since
 * some may be wrong. When the conversation starts with a system message, the instruction is appended to it (as the
 * reference implementation does); otherwise it is a new first message. Each response is cut to a budget
 * (bounded-answer.ts), so the prompt grows by at most N budgets plus the instruction.
 */
import type { ChatMessage } from '@democritus/sdk';
import { boundAnswer, DEFAULT_SYNTHESIS_ANSWER_CHARS } from './bounded-answer.js';

export const AGGREGATE_AND_SYNTHESIZE =
  'You have been provided with a set of responses from various models to the latest user query. Your task is to ' +
  'synthesize these responses into a single, high-quality response. It is crucial to critically evaluate the ' +
  'information provided in these responses, recognizing that some of it may be biased or incorrect. Your response ' +
  'should not simply replicate the given answers but should offer a refined, accurate, and comprehensive reply to the ' +
  'instruction. Ensure your response is well-structured, coherent, and adheres to the highest standards of accuracy ' +
  'and reliability.\n\nResponses from models:';

export interface SynthesisOptions {
  /** Most UTF-16 units of each response in the prompt (default DEFAULT_SYNTHESIS_ANSWER_CHARS). */
  readonly answerChars?: number;
}

/**
 * The messages for the aggregator: `request` is the original prompt (a user message) or conversation; `answers` are
 * the proposers' answers, numbered in the order given.
 */
export function synthesisMessages(
  request: string | readonly ChatMessage[],
  answers: readonly { readonly text: string }[],
  options: SynthesisOptions = {},
): ChatMessage[] {
  if (answers.length === 0) throw new RangeError('synthesis needs at least one answer');
  const messages: ChatMessage[] = typeof request === 'string' ? [{ role: 'user', content: request }] : [...request];
  if (messages.length === 0) throw new RangeError('synthesis needs the original request; the conversation is empty');
  const budget = options.answerChars ?? DEFAULT_SYNTHESIS_ANSWER_CHARS;
  const responses = answers.map((answer, i) => `\n${i + 1}. ${boundAnswer(answer.text, budget)}`).join('');
  const instruction = AGGREGATE_AND_SYNTHESIZE + responses;
  const [first, ...rest] = messages;
  if (first!.role === 'system') return [{ role: 'system', content: `${first!.content}\n\n${instruction}` }, ...rest];
  return [{ role: 'system', content: instruction }, ...messages];
}
