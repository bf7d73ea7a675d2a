/**
 * A prompt cut into the units a plan is made of: lines, list items (numbered, lettered or bulleted) and sentences, each
 * marked as a question, an instruction or a constraint on the reply. Plain string work, no model.
 */
import { constraintCues } from './constraint-cues.js';

export type SegmentRole = 'question' | 'instruction' | 'constraint' | 'statement';

export interface Segment {
  text: string;
  role: SegmentRole;
  /** The segment is an item of a numbered, lettered or bulleted list. */
  listItem: boolean;
  /** Constraint kinds the segment states (a task segment may carry some too: "write a poem in 3 stanzas"). */
  constraints: string[];
}

const LIST_ITEM = /^\s*(?:\(?\d{1,2}[.):]|\(?[a-hA-H][.)]|[-*•+])\s+(\S.*)$/;
const SENTENCE_END = /(?<=[.?!])["')\]]?\s+(?=["'([]?[A-Z0-9])/;
const ABBREVIATION = /\b(?:Dr|Mr|Mrs|Ms|Mt|St|Jr|Sr|Prof|Gen|No|vs|etc|e\.g|i\.e|approx|[A-Z])\.$/;

/** Verbs that open a request for work when they start a sentence (the imperative of a task). */
const TASK_VERB =
  /^(?:please\s+)?(?:write|explain|describe|list|compare|contrast|summari[sz]e|translate|give|find|calculate|compute|solve|name|define|analy[sz]e|discuss|outline|create|design|implement|suggest|propose|evaluate|identify|provide|draft|prove|derive|estimate|classify|extract|rewrite|plan|recommend|determine|show|tell|generate|compose|make|build|convert|state|prepare|develop|brainstorm|rank|review|assess|predict|sort|fix|debug|refactor|add|count|check|answer|elaborate|detail|argue|justify|illustrate|research|investigate|come up with)\b/i;

export function segmentPrompt(prompt: string): Segment[] {
  const segments: Segment[] = [];
  for (const line of prompt.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const item = LIST_ITEM.exec(line);
    const body = item?.[1] ?? line;
    for (const sentence of splitSentences(body)) segments.push(classify(sentence, item !== null));
  }
  // The first task of a prompt is the task even when it carries constraints ("write a poem in 3 stanzas").
  const first = segments.find((segment) => segment.role !== 'statement');
  if (first !== undefined && first.role === 'constraint') first.role = roleOfTask(first.text) ?? 'instruction';
  return segments;
}

/** `question` or `instruction` when the text asks for something, else null. */
export function roleOfTask(text: string): 'question' | 'instruction' | null {
  if (/\?["')\]]*\s*$/.test(text)) return 'question';
  if (TASK_VERB.test(text.trim())) return 'instruction';
  return null;
}

function classify(text: string, listItem: boolean): Segment {
  const constraints = constraintCues(text);
  const task = roleOfTask(text);
  const role: SegmentRole = constraints.length > 0 ? 'constraint' : (task ?? 'statement');
  return { text, role, listItem, constraints };
}

function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const piece of text.split(SENTENCE_END)) {
    const previous = sentences.at(-1);
    if (previous !== undefined && ABBREVIATION.test(previous)) sentences[sentences.length - 1] = `${previous} ${piece}`;
    else sentences.push(piece);
  }
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
}
