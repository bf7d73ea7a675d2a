/** The kinds of task a prompt can be: the coordinator classifies every prompt and every sub-task into one of them. */
export const INTENTS = [
  'code',
  'math',
  'reasoning',
  'creative_writing',
  'summarization',
  'extraction',
  'classification',
  'translation',
  'knowledge_qa',
  'brainstorming',
  'conversation',
] as const;

export type Intent = (typeof INTENTS)[number];
