import { INTENTS, type Intent } from './intents.js';

/**
 * The benchmark's baseline: a keyword-only classifier of the kind one writes without embeddings. Each intent has a
 * list of words and phrases that name its kind of request; the intent with most matches wins (ties: the earlier intent
 * of `INTENTS`), and a prompt that matches nothing is a knowledge question (the most common kind of prompt).
 */
export const BASELINE_KEYWORDS: Readonly<Record<Intent, readonly string[]>> = {
  code: ['code', 'program', 'function', 'script', 'python', 'javascript', 'java', 'c++', 'sql', 'html', 'bug', 'debug', 'compile', 'implement', 'algorithm', 'api', 'class', 'array', 'regex', 'regular expression'],
  math: ['solve', 'equation', 'calculate', 'compute', 'sum', 'product', 'integral', 'derivative', 'probability', 'percent', '%', 'area', 'triangle', 'number', 'x =', 'math', 'average', 'prime', 'how much', 'how many'],
  reasoning: ['reason', 'reasoning', 'logic', 'logical', 'puzzle', 'riddle', 'step by step', 'step-by-step', 'what if', 'suppose', 'deduce', 'infer', 'estimate', 'argument', 'conclude', 'would happen'],
  creative_writing: ['write', 'story', 'poem', 'essay', 'blog', 'letter', 'email', 'compose', 'draft', 'speech', 'lyrics', 'song', 'novel', 'article', 'creative', 'haiku'],
  summarization: ['summarize', 'summarise', 'summary', 'tl;dr', 'tldr', 'recap', 'condense', 'shorten', 'key points', 'main points', 'gist', 'in brief'],
  extraction: ['extract', 'list all', 'find all', 'pull out', 'parse', 'identify all', 'json', 'mentioned', 'from the text', 'from the following'],
  classification: ['classify', 'categorize', 'categorise', 'category', 'categories', 'label', 'sentiment', 'spam', 'tag', 'assign', 'which type', 'positive or negative'],
  translation: ['translate', 'translation', 'in french', 'in spanish', 'in german', 'in chinese', 'in japanese', 'into english', 'how do you say', 'language'],
  knowledge_qa: ['what is', 'who is', 'who was', 'when did', 'where is', 'explain', 'describe', 'why do', 'why does', 'history', 'difference between', 'define'],
  brainstorming: ['ideas', 'brainstorm', 'suggest', 'suggestions', 'come up with', 'options', 'names for', 'list of possible', 'creative ways'],
  conversation: ['hello', 'hi', 'hey', 'how are you', 'thank you', 'thanks', 'chat', 'talk', 'pretend', 'role', 'act as', 'you are', 'yourself', 'conversation'],
};

/** A keyword matches as a whole word or phrase ("hi" does not match "this"). */
function keywordPattern(word: string): RegExp {
  return new RegExp(`(?<![a-z0-9])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`);
}

const patternCache = new Map<string, RegExp>();

function matches(text: string, word: string): boolean {
  let pattern = patternCache.get(word);
  if (pattern === undefined) patternCache.set(word, (pattern = keywordPattern(word)));
  return pattern.test(text);
}

/** Counts the keywords of each intent found in the lower-cased prompt and returns the intent with most. */
export function classifyByKeywords(prompt: string, keywords: Readonly<Record<Intent, readonly string[]>> = BASELINE_KEYWORDS): Intent {
  const text = prompt.toLowerCase();
  let best: Intent = 'knowledge_qa';
  let bestHits = 0;
  for (const intent of INTENTS) {
    const hits = keywords[intent].reduce((count, word) => count + (matches(text, word) ? 1 : 0), 0);
    if (hits > bestHits) {
      best = intent;
      bestHits = hits;
    }
  }
  return best;
}
