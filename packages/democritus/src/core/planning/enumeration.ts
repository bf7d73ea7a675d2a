/**
 * Explicit enumerations in one question or instruction: "compare A and B", "the difference between A and B", "A vs B",
 * and lists "A, B and C". Each item becomes its own task; the sentence with the list replaced by one item is that task.
 */
export interface Enumeration {
  items: string[];
  /** The sentence asks to set the items against each other (compare, difference, versus, which of). */
  comparison: boolean;
  /** Where the enumeration sits in the sentence, to write each item's task. */
  start: number;
  end: number;
}

const PHRASE = String.raw`[\w'’.+#-]+(?:\s+[\w'’.+#-]+){0,3}?`;
const STOP = String.raw`(?=\s*[,.;:?!]|\s+(?:in terms of|for|on|regarding|with respect to|when|in|across|based on|from)\b|\s*$)`;
const COMPARE = new RegExp(String.raw`\b(?:compare|contrast)\s+(?:and\s+contrast\s+)?(${PHRASE})\s+(?:and|with|to|against|versus|vs\.?)\s+(${PHRASE})${STOP}`, 'i');
const DIFFERENCE = new RegExp(String.raw`\b(?:differences?|similarities|distinction|trade-?offs?)\s+between\s+(${PHRASE})\s+and\s+(${PHRASE})${STOP}`, 'i');
const VERSUS = new RegExp(String.raw`\b(${PHRASE})\s+(?:vs\.?|versus)\s+(${PHRASE})${STOP}`, 'i');
const ITEM = String.raw`[\w'’+#-]+(?:\s+[\w'’+#-]+){0,3}`;
const LIST = new RegExp(String.raw`(${ITEM}(?:,\s+${ITEM})+,?\s+(?:and|or)\s+${ITEM})`);
/** "Write a poem about love, loss and hope": the list is the topic of one piece of work, not several tasks. */
const ONE_WORK_ABOUT = /^(?:please\s+)?(?:write|compose|create|draft|generate|make)\s+(?:me\s+)?(?:a|an|one|the)\s+[^,]*?\b(?:about|on|featuring|with|including|mentioning)\s*$/i;

export function findEnumeration(sentence: string): Enumeration | null {
  for (const pattern of [COMPARE, DIFFERENCE, VERSUS]) {
    const match = pattern.exec(sentence);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      const start = match.index + match[0].indexOf(match[1]);
      return { items: [match[1], match[2]].map(cleanItem), comparison: true, start, end: match.index + match[0].length };
    }
  }
  return findList(sentence);
}

function findList(sentence: string): Enumeration | null {
  const match = LIST.exec(sentence);
  if (match?.[1] === undefined) return null;
  const parts = match[1].split(/,\s+(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+/).map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length < 3) return null;
  // The regex's first item may have swallowed the words before the list ("the capital of France"): keep as many words as
  // the middle items have, and cut the last item the same way.
  const width = Math.max(...parts.slice(1, -1).map(wordCount));
  const first = lastWords(parts[0] ?? '', width);
  const last = firstWords(parts.at(-1) ?? '', width);
  const items = [first, ...parts.slice(1, -1), last].map(cleanItem);
  const start = sentence.lastIndexOf(first, match.index + (parts[0]?.length ?? 0));
  const end = sentence.indexOf(last, start) + last.length;
  if (ONE_WORK_ABOUT.test(sentence.slice(0, start))) return null;
  return { items, comparison: /\b(?:compare|which|better|best|worse|differ)/i.test(sentence), start, end };
}

/** The task for one item: the sentence with the enumeration replaced by that item. */
export function taskForItem(sentence: string, enumeration: Enumeration, item: string): string {
  return `${sentence.slice(0, enumeration.start)}${item}${sentence.slice(enumeration.end)}`.replace(/\s+/g, ' ').trim();
}

const wordCount = (text: string): number => text.split(/\s+/).filter((word) => word !== '').length;
const lastWords = (text: string, n: number): string => text.split(/\s+/).slice(-n).join(' ');
const firstWords = (text: string, n: number): string => text.split(/\s+/).slice(0, n).join(' ');
const cleanItem = (item: string): string => item.replace(/^(?:the|a|an)\s+/i, '').replace(/[.,;:?!]+$/, '').trim();
