/**
 * Conflict detection: the answers are grouped into clusters of answers that agree, and there is a conflict when there
 * is more than one cluster.
 *
 *   1. Answers with a closed final answer (final-answer.ts) are grouped by it: one cluster per distinct final answer,
 *      however close their embeddings (`36` and `37` embed alike but disagree).
 *   2. Free-text answers are grouped by single linkage on their embeddings: two are linked when their cosine is at
 *      least the threshold, and a chain of links is one cluster.
 *   3. A group of free texts joins the closed-answer cluster holding its most similar answer when that cosine reaches
 *      the threshold (ties: the cluster seen first), so two different final answers are never merged.
 *
 * A free text without an embedding is linked to nothing: it is a cluster of its own.
 */
import { cosine } from '../routing/scoring.js';
import { answerRef, byScoreThenWeightThenOrder } from './answer-weights.js';
import { finalAnswerKey } from './normalize-answer.js';
import type { AggregationAnswer, AnswerCluster, FinalAnswer } from './types.js';

/**
 * Default cosine at or above which two free-text answers agree. Paraphrases of one answer embed above it with the
 * node's sentence embedders; it is a coarse rule (embeddings see topic more than truth), so callers may tune it.
 */
export const DEFAULT_AGREEMENT_SIMILARITY = 0.75;

export function clusterAnswers(
  answers: readonly AggregationAnswer[],
  finals: readonly (FinalAnswer | null)[],
  weights: readonly number[],
  threshold = DEFAULT_AGREEMENT_SIMILARITY,
): AnswerCluster[] {
  const closed = new Map<string, number[]>();
  const free: number[] = [];
  finals.forEach((final, index) => {
    if (final === null) {
      free.push(index);
    } else {
      const key = finalAnswerKey(final);
      closed.set(key, [...(closed.get(key) ?? []), index]);
    }
  });
  const similarity = (a: number, b: number): number => {
    const x = answers[a]!.embedding;
    const y = answers[b]!.embedding;
    return x === undefined || y === undefined ? -Infinity : cosine(x, y);
  };
  const groups: { answer: string | null; members: number[] }[] = [...closed].map(([answer, members]) => ({ answer, members }));
  const closedCount = groups.length;
  for (const component of singleLinkage(free, (a, b) => similarity(a, b) >= threshold)) {
    let best: { group: number; similarity: number } | null = null;
    for (let group = 0; group < closedCount; group++) {
      for (const member of groups[group]!.members) {
        for (const text of component) {
          const s = similarity(member, text);
          if (s >= threshold && (best === null || s > best.similarity)) best = { group, similarity: s };
        }
      }
    }
    if (best === null) groups.push({ answer: null, members: component });
    else groups[best.group]!.members.push(...component);
  }
  return groups
    .map((group) => {
      const members = [...group.members].sort((a, b) => a - b);
      const weight = members.reduce((sum, index) => sum + weights[index]!, 0);
      return { answer: group.answer, members: members.map((index) => answerRef(answers, index)), weight };
    })
    .sort((a, b) =>
      byScoreThenWeightThenOrder({ score: a.weight, weight: 0, index: a.members[0]!.index }, { score: b.weight, weight: 0, index: b.members[0]!.index }),
    );
}

/** Connected components of `items` under `linked` (union-find), each in input order, ordered by their first item. */
export function singleLinkage(items: readonly number[], linked: (a: number, b: number) => boolean): number[][] {
  const parent = items.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (root(i) !== root(j) && linked(items[i]!, items[j]!)) parent[Math.max(root(i), root(j))] = Math.min(root(i), root(j));
    }
  }
  const components = new Map<number, number[]>();
  items.forEach((item, i) => components.set(root(i), [...(components.get(root(i)) ?? []), item]));
  return [...components.values()];
}
