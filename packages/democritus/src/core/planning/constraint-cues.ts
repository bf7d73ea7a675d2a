/**
 * Output constraints: how the reply must look (length, format, case, keywords, punctuation, language, start/end), the
 * kinds of verifiable instruction IFEval catalogues. A constraint binds the whole reply; it is never a sub-task, so a
 * sentence that is a constraint adds nothing to a plan. The cues are written from those kinds, not from any one prompt.
 */
const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred)`;
const UNIT = String.raw`(?:words?|sentences?|paragraphs?|sections?|bullet(?: points?)?|points?|lines?|stanzas?|verses?|times?|letters?|characters?|placeholders?|highlighted sections?|paragraph)`;

const CUES: readonly (readonly [name: string, pattern: RegExp])[] = [
  ['length', new RegExp(String.raw`\b${NUMBER}\s+(?:\w+\s+)?${UNIT}\b`, 'i')],
  ['reply-shape', /\b(?:your|the|entire|whole)\s+(?:entire\s+|whole\s+)?(?:response|answer|output|reply|essay|poem|story|email|letter)\s+(?:should|must|needs?|has to|is to|will|can|may)\b/i],
  ['reply-target', /\b(?:in|to|of|around|with|wrap|throughout)\s+(?:your|the)\s+(?:entire\s+|whole\s+)?(?:response|answer|output|reply)\b/i],
  ['format', /\b(?:json|markdown|html|bullet points?|double (?:quotation|quotes|angular)|quotation marks|title,? wrapped|<<|placeholders?|square brackets|asterisks?|\*\*\*|highlight|all (?:capital|caps|lowercase|lower case|uppercase|upper case)|capital letters|lower ?case letters|p\.\s*s\.|postscript)\b/i],
  ['punctuation', /\b(?:no|without|don't use|do not use|avoid|refrain from using)\s+(?:any\s+)?(?:commas?|punctuation|exclamation)/i],
  ['keywords', /\b(?:keywords?|the (?:word|letter|phrase)s?\s+["'\w]|exact phrase|word for word|include the words?)\b/i],
  ['exclusion', /\b(?:without (?:using |mentioning |including |saying )?(?:the |any )?(?:words?|letters?|phrase)|do not (?:use|include|mention|say)|don't (?:use|include|mention|say)|never use|must not (?:use|include|contain))\b/i],
  ['start-end', /\b(?:start|begin|end|finish|conclude)\s+(?:your|the|each|it|with)\b.*\b(?:with|phrase|word)\b/i],
  ['repeat-request', /\brepeat\b.*\b(?:request|question|prompt|it)\b/i],
  ['choose-from', /\b(?:choose from|one of the following|my answer is)\b/i],
  ['language', /\b(?:only (?:using|in) (?:the )?\w+ language|(?:respond|answer|reply|write)\b[^.]*?\bonly in [A-Z]\w+|no other language)\b/i],
  ['sections', /\b(?:separated by|mark the beginning|section x|sections?|paragraphs?)\b.*\b(?:each|with|by|should|must)\b/i],
];

/** Names of the constraint kinds a sentence expresses (empty: it states no output constraint). */
export function constraintCues(sentence: string): string[] {
  return CUES.filter(([, pattern]) => pattern.test(sentence)).map(([name]) => name);
}
