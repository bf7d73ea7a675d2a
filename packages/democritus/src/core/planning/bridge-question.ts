/**
 * Comparison and bridge questions, StrategyQA's kind: a yes/no or which-of question about two things ("Is X older than
 * Y?", "Would X fit in Y?", "Which of X or Y ...?") needs one fact per thing, then a check that compares them; a yes/no
 * question about one thing needs that thing's fact, then the check. Entities are found by the shape of the sentence
 * (capitalised names, the two sides of "than", the container of "fit in"), never by a list of names.
 */
export interface BridgeQuestion {
  /** What the fact tasks are about: two or more for a comparison, one for a bridge. */
  entities: string[];
  relation: 'comparison' | 'bridge';
}

const YES_NO = /^(?:is|are|was|were|do|does|did|can|could|would|will|should|has|have|had|may|might|must|shall)\b/i;
/** "Can you tell me ...", "Do you think ...": a request or an opinion, addressed to the assistant, not a fact check. */
const ADDRESSED =
  /^(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:tell|give|write|explain|help|provide|list|make|create|expand|rewrite|summari[sz]e|describe|suggest|recommend|show|generate|come up|translate|compose|draft|name|find|share|elaborate|think|imagine|be)\b|^(?:do|did|would|have)\s+you\s+(?:think|know|believe|agree|like|prefer|remember|mind|ever)\b/i;
const WHICH_OF = /^(?:which|who|what)\b[^?]*?(?:,|:|\bof|\bbetween)\s+(.+?)\s+or\s+(.+?)\s*\?*$/i;
const COMPARATIVE = /^(?:\w+)\s+(.+?)\s+(?:\w+er|more|less|fewer|better|worse|older|younger)\b(?:\s+\w+){0,2}?\s+than\s+(.+?)\s*\??$/i;
const CONTAINMENT = /^(?:\w+)\s+(.+?)\s+(?:fit|fits|hide|fill|hold|carry|store|contain|cover|feed|house)\b(?:\s+\w+){0,3}?\s+(?:in|into|on|inside|within|across|with)\s+(.+?)\s*\??$/i;
const NAME_CONNECTOR = new Set(['of', 'the', 'de', 'la', 'le', 'von', 'van', 'du', 'del', 'da', 'and', '&']);

export function findBridgeQuestion(question: string): BridgeQuestion | null {
  const text = question.trim();
  const which = WHICH_OF.exec(text);
  if (which?.[1] !== undefined && which[2] !== undefined) return { entities: [trimPhrase(which[1]), trimPhrase(which[2])], relation: 'comparison' };
  if (!YES_NO.test(text) || ADDRESSED.test(text) || !text.endsWith('?')) return null;
  const names = capitalisedNames(text);
  // A yes/no question sets a subject against an object: names beyond two qualify one of them ("Albany in Georgia").
  if (names.length >= 2) return { entities: [names[0] ?? '', names.at(-1) ?? ''], relation: 'comparison' };
  for (const pattern of [COMPARATIVE, CONTAINMENT]) {
    const sides = pattern.exec(text);
    if (sides?.[1] !== undefined && sides[2] !== undefined) {
      const entities = [trimPhrase(sides[1]), trimPhrase(sides[2])].filter((side) => side !== '');
      if (entities.length === 2) return { entities, relation: 'comparison' };
    }
  }
  return { entities: [names[0] ?? trimPhrase(text.replace(YES_NO, ''))], relation: 'bridge' };
}

/** Runs of capitalised words (and numbers inside them) after the first word: "Mount Fuji", "Sea of Japan". */
export function capitalisedNames(text: string): string[] {
  const words = text.replace(/[?!.,;:"()]/g, ' ').split(/\s+/).filter((word) => word !== '').slice(1);
  const names: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    while (current.length > 0 && NAME_CONNECTOR.has(current.at(-1)?.toLowerCase() ?? '')) current.pop();
    const name = current.join(' ').replace(/['’]s$/, '');
    if (name !== '' && !names.includes(name)) names.push(name);
    current = [];
  };
  for (const word of words) {
    if (/^[A-Z]/.test(word) && word !== 'I') current.push(word);
    else if (/^\d/.test(word) && current.length > 0) current.push(word);
    else if (current.length > 0 && NAME_CONNECTOR.has(word.toLowerCase()) && word.toLowerCase() !== 'and') current.push(word);
    else flush();
    if (/['’]s$/.test(word)) flush();
  }
  flush();
  return names;
}

function trimPhrase(phrase: string): string {
  return phrase
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/\s+(?:each|every|per)\s+\w+$/i, '')
    .replace(/[?.!,;:]+$/, '')
    .trim();
}
