import type { Intent } from './intents.js';

/**
 * Lexical cues: surface features that point to one intent whatever the embedding says (a code fence is code, "tl;dr"
 * asks for a summary). Each has a name (reported in `IntentResult.cues`), the intent it supports and a weight in
 * (0, 1] added to that intent's score by the fusion; several cues for one intent add up to at most `MAX_CUE_BOOST`.
 * The patterns describe kinds of request, never individual evaluation items.
 */
export interface LexicalCue {
  readonly name: string;
  readonly intent: Intent;
  readonly weight: number;
  readonly pattern: RegExp;
}

const LANGUAGES =
  'english|french|german|spanish|italian|portuguese|dutch|swedish|norwegian|danish|finnish|polish|czech|russian|ukrainian|greek|turkish|arabic|hebrew|persian|hindi|bengali|urdu|chinese|mandarin|cantonese|japanese|korean|vietnamese|thai|indonesian|malay|swahili|latin';

const CODE_LANGUAGES = 'python|javascript|typescript|java|c\\+\\+|c#|golang|rust|ruby|php|kotlin|swift|scala|haskell|bash|sql|html|css';

export const LEXICAL_CUES: readonly LexicalCue[] = [
  { name: 'code-fence', intent: 'code', weight: 1, pattern: /```|^( {4}|\t)\S.*[;{}]\s*$/m },
  { name: 'code-syntax', intent: 'code', weight: 0.6, pattern: /(#include\s*<|\bdef \w+\(|\bfunction\s*\w*\(|=>\s*\{|\bconsole\.log\(|\bprint\(|\bpublic static\b|\bimport \w+|\bSELECT\b[\s\S]*\bFROM\b)/ },
  {
    name: 'code-request',
    intent: 'code',
    weight: 0.6,
    pattern: new RegExp(`\\b(write|implement|develop|create|build|debug|fix|refactor)\\b[^.?!]{0,60}\\b(program|function|script|class|method|code|algorithm|api|endpoint|query)\\b`, 'i'),
  },
  { name: 'code-language', intent: 'code', weight: 0.4, pattern: new RegExp(`\\b(in|using|with)\\s+(${CODE_LANGUAGES})\\b|\\b(${CODE_LANGUAGES}) (code|program|function|script)\\b`, 'i') },
  { name: 'code-error', intent: 'code', weight: 0.4, pattern: /\b(compile|compiler|stack ?trace|segfault|exception|syntax error|runtime error|bug in (my|this|the) code|\w+Error\b)/ },
  { name: 'equation', intent: 'math', weight: 0.6, pattern: /\d\s*[-+*/^=]\s*\(?\d|\b[a-z]\s*[\^=]\s*\d|\b\d+\s*[a-z]\s*[-+=]|\b[fg]\([a-z0-9]\)/ },
  { name: 'math-verb', intent: 'math', weight: 0.5, pattern: /\b(solve (for|the equation)|calculate|compute|evaluate|simplify|derivative|integral|factori[sz]e|probability|how many (ways|combinations))\b/i },
  { name: 'math-object', intent: 'math', weight: 0.3, pattern: /\b(equation|triangle|polynomial|percent|\d+%|area of|perimeter|average speed|square root|prime number|matrix|vertices)\b/i },
  { name: 'step-by-step', intent: 'reasoning', weight: 0.3, pattern: /\b(step[- ]by[- ]step|reason(ing)? (carefully|through)|walk (me )?through your reasoning|explain your (answer|estimate|reasoning))\b/i },
  { name: 'counterfactual', intent: 'reasoning', weight: 0.5, pattern: /^\s*(what if|suppose|imagine if|what would happen if)\b|\bhad (not )?\w+ed\b[^.?]{0,80}\bwould\b/i },
  { name: 'puzzle', intent: 'reasoning', weight: 0.4, pattern: /\b(riddle|puzzle|logic(al)? (problem|question)|who is (the )?(tallest|shortest|oldest|youngest)|what (position|order)|is (this|the following) argument valid)\b/i },
  { name: 'estimate', intent: 'reasoning', weight: 0.4, pattern: /\b(estimate|roughly how many|approximately how many|how many \w+ (are|occur|does|do)\b[^?]*\b(in a|each|per|lifetime))/i },
  {
    name: 'writing-genre',
    intent: 'creative_writing',
    weight: 0.6,
    pattern: /\b(write|compose|draft|create|craft|pen)\b[^.?!]{0,60}\b(story|poem|haiku|limerick|sonnet|essay|blog( post)?|letter|e-?mail|speech|toast|lyrics|song|script|screenplay|article|novel|tale|fable|cover letter|product description|slogan|review)\b/i,
  },
  {
    name: 'writing-edit',
    intent: 'creative_writing',
    weight: 0.5,
    pattern: /\b(edit|rewrite|proofread|rephrase|paraphrase|polish)\b[^.?!]{0,40}\b(paragraph|text|sentence|essay|letter|e-?mail|story|draft)\b|\b(headline|outline|tagline) for\b/i,
  },
  { name: 'writing-style', intent: 'creative_writing', weight: 0.3, pattern: /\b(in the style of|rhyme|stanza|narrative|protagonist|plot twist|tone of voice|persuasive|engaging)\b/i },
  { name: 'summarize-verb', intent: 'summarization', weight: 1, pattern: /\b(summari[sz]e|summary|sum (it )?up|tl;?dr|recap|condense|key takeaways|gist|abstract for)\b/i },
  { name: 'extract-verb', intent: 'extraction', weight: 0.8, pattern: /\b(extract|pull out|parse|list (all|every)|find all|identify (all|every|the \w+ and)|return (them )?as json|in (json|csv) format)\b/i },
  { name: 'from-text', intent: 'extraction', weight: 0.3, pattern: /\b(from|in) (the|this|these) (following |given |presented )?(text|texts|paragraph|passage|document|article|invoice|reviews?|data)\b/i },
  { name: 'classify-verb', intent: 'classification', weight: 0.8, pattern: /\b(classify|categori[sz]e|label (each|the|these)|assign (each|them|it)\b[^.?]{0,40}\bto|which category|sentiment|spam or|positive,? negative|tag (each|these))\b/i },
  { name: 'translate-verb', intent: 'translation', weight: 1, pattern: /\b(translat(e|ion|ed)|how (do|would) you say)\b/i },
  { name: 'language-name', intent: 'translation', weight: 0.4, pattern: new RegExp(`\\b(in(to)?|to) (${LANGUAGES})\\b`, 'i') },
  { name: 'brainstorm-verb', intent: 'brainstorming', weight: 0.8, pattern: /\b(brainstorm|come up with|ideas? for|suggest (some|a few|several|ten|\d+)|name ideas|possible (names|titles|topics|themes))\b/i },
  { name: 'greeting', intent: 'conversation', weight: 0.8, pattern: /^\s*(hi|hello|hey|good (morning|afternoon|evening)|thanks|thank you|bye|goodbye|how are you)\b/i },
  {
    name: 'role-play',
    intent: 'conversation',
    weight: 0.6,
    pattern:
      /\b(role-?play|pretend (you are|to be|yourself)|act as|stay in character|in character|(imagine|consider) yourself|(take on|assume|play|embrace) the role)\b|^\s*(as an? [\w -]{1,40},|if you were an? |imagine (you are|being) an? |you are (now )?an? [\w -]{1,40}[.,])/i,
  },
  { name: 'second-person-chat', intent: 'conversation', weight: 0.3, pattern: /\b(your favou?rite|about yourself|how was your|let'?s (just )?(chat|talk))\b/i },
  { name: 'question-form', intent: 'knowledge_qa', weight: 0.2, pattern: /^\s*(what|who|when|where|which|why|how (does|do|did|is|are|has|have))\b[^?]*\?/i },
  { name: 'explain-verb', intent: 'knowledge_qa', weight: 0.2, pattern: /\b(explain|describe|what is the difference between|what are the (main|key))\b/i },
];

/** The most a class gains from its cues together. */
export const MAX_CUE_BOOST = 1;

/** The cues that fire on a prompt, in table order. */
export function matchCues(prompt: string, cues: readonly LexicalCue[] = LEXICAL_CUES): LexicalCue[] {
  return cues.filter((cue) => cue.pattern.test(prompt));
}

/** Each intent's cue score: the sum of its fired cues' weights, capped at `MAX_CUE_BOOST`; 0 for intents without. */
export function cueScores(fired: readonly LexicalCue[]): Partial<Record<Intent, number>> {
  const scores: Partial<Record<Intent, number>> = {};
  for (const cue of fired) scores[cue.intent] = Math.min(MAX_CUE_BOOST, (scores[cue.intent] ?? 0) + cue.weight);
  return scores;
}
