/**
 * `#<id>` references in a task's prompt: the answer of task <id>, substituted when the plan runs. A reference is `#`
 * followed by the longest run of digits, so `#10` is task 10 and never task 1 followed by a 0.
 */
const REFERENCE = /#(\d+)/g;

/** Ids referred to in a prompt, each once, in order of first appearance. */
export function parseReferences(prompt: string): string[] {
  const ids: string[] = [];
  for (const match of prompt.matchAll(REFERENCE)) {
    const id = match[1];
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * Replaces every `#<id>` whose answer is known by that answer; references without an answer are left as they are.
 * One pass over the original prompt: an answer that itself contains `#2` is not substituted again.
 */
export function substituteReferences(prompt: string, answers: ReadonlyMap<string, string> | Readonly<Record<string, string>>): string {
  const lookup = (id: string): string | undefined => {
    if (isMap(answers)) return answers.get(id);
    return Object.hasOwn(answers, id) ? answers[id] : undefined;
  };
  return prompt.replace(REFERENCE, (whole, id: string) => lookup(id) ?? whole);
}

function isMap(answers: ReadonlyMap<string, string> | Readonly<Record<string, string>>): answers is ReadonlyMap<string, string> {
  return answers instanceof Map;
}
