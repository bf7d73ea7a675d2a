/**
 * The experts a task is tried on, in order: the router's ranking for the task's prompt, with the experts that already
 * failed a task of the same plan moved behind the others (a peer that could not be reached a moment ago is a poor first
 * choice), each expert once. The first is the task's expert; the next one takes the retry. With a single expert
 * ranked, the retry goes to that expert again: a transient failure (a full queue) may pass. Pure.
 */
export function attemptExperts<E extends { peerId: string }>(ranked: readonly E[], failedBefore: ReadonlySet<string>, attempts: number): E[] {
  const distinct = ranked.filter((expert, index) => ranked.findIndex((other) => other.peerId === expert.peerId) === index);
  const ordered = [...distinct.filter((expert) => !failedBefore.has(expert.peerId)), ...distinct.filter((expert) => failedBefore.has(expert.peerId))];
  const [first] = ordered;
  if (first === undefined) return [];
  const chosen = ordered.slice(0, attempts);
  while (chosen.length < attempts) chosen.push(first);
  return chosen;
}
