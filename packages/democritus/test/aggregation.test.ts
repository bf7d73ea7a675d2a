import { describe, expect, it } from 'vitest';
import { INTENTS } from '../src/core/intent/intents.js';
import { aggregate } from '../src/core/aggregation/aggregate.js';
import { AUTO_RULES } from '../src/core/aggregation/auto-method.js';
import { boundAnswer, DEFAULT_SYNTHESIS_ANSWER_CHARS, MIN_SYNTHESIS_ANSWER_CHARS } from '../src/core/aggregation/bounded-answer.js';
import { AGGREGATE_AND_SYNTHESIZE, synthesisMessages } from '../src/core/aggregation/synthesis-prompt.js';
import type { AggregationAnswer, AggregationOutcome } from '../src/core/aggregation/types.js';

function unit(...values: number[]): Float32Array {
  const norm = Math.hypot(...values);
  return Float32Array.from(values, (v) => v / norm);
}

/** A unit vector at `degrees` from the x axis in the x-y plane. */
const at = (degrees: number): Float32Array => unit(Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180), 0);

function answer(name: string, text: string, weight = 1, embedding?: Float32Array): AggregationAnswer {
  return { expert: { peerId: `12D3Koo${name}`, name }, text, weight, ...(embedding === undefined ? {} : { embedding }) };
}

const LONG = 'Here is a longer discussion of the question that goes on for well over eight words and has no final answer in it.';
const membersOf = (outcome: AggregationOutcome): number[][] => outcome.clusters.map((cluster) => cluster.members.map((m) => m.index));

describe('consensus', () => {
  it('picks the answer nearest the centroid and reports every similarity', () => {
    const outcome = aggregate([answer('a', 'one', 1, at(0)), answer('b', 'two', 1, at(30)), answer('c', 'three', 1, at(90))], {
      method: 'consensus',
    });
    expect(outcome.method).toBe('consensus');
    expect(outcome.winner).toEqual({ index: 1, expert: { peerId: '12D3Koob', name: 'b' } });
    // The centroid of 0°, 30° and 90° (equal weights) is at 40°.
    const centroidDegrees = (Math.atan2(0.5 + 1, 1 + Math.cos(Math.PI / 6)) * 180) / Math.PI;
    const expected = [0, 30, 90].map((d) => Math.cos(((d - centroidDegrees) * Math.PI) / 180));
    outcome.similarities!.forEach((similarity, i) => expect(similarity).toBeCloseTo(expected[i]!, 5));
    expect(outcome.reason).toContain('answer 1 (b) is nearest the weighted centroid');
  });

  it('moves the centroid with the weights', () => {
    const outcome = aggregate([answer('a', 'one', 1, at(0)), answer('b', 'two', 1, at(30)), answer('c', 'three', 5, at(90))], {
      method: 'consensus',
    });
    expect(outcome.winner?.index).toBe(2);
  });

  it('breaks equal similarities by order', () => {
    expect(aggregate([answer('a', 'x', 1, at(0)), answer('b', 'y', 1, at(60))], { method: 'consensus' }).winner?.index).toBe(0);
    expect(aggregate([answer('a', 'x', 1, at(0)), answer('b', 'y', 1, at(180))], { method: 'consensus' }).winner?.index).toBe(0);
  });

  it('skips answers without an embedding, and falls back to the heaviest answer when none has one', () => {
    const some = aggregate([answer('a', 'x', 9), answer('b', 'y', 1, at(10)), answer('c', 'z', 1, at(50))], { method: 'consensus' });
    expect(some.similarities?.[0]).toBeNull();
    expect(some.winner?.index).not.toBe(0);
    const none = aggregate([answer('a', 'x', 1), answer('b', 'y', 2), answer('c', 'z', 2)], { method: 'consensus' });
    expect(none.winner?.index).toBe(1);
    expect(none.similarities).toEqual([null, null, null]);
    expect(none.reason).toContain('no answer has an embedding');
  });
});

describe('vote', () => {
  it('takes the count majority when weights are equal, and reports the tally', () => {
    const outcome = aggregate([answer('a', '36'), answer('b', 'The answer is 37.'), answer('c', '36.0')], { method: 'vote' });
    expect(outcome.method).toBe('vote');
    expect(outcome.winner?.index).toBe(0);
    expect(outcome.tie).toBe(false);
    expect(outcome.tally).toEqual([
      { answer: { kind: 'number', value: '36' }, weight: 2, count: 2, voters: [0, 2] },
      { answer: { kind: 'number', value: '37' }, weight: 1, count: 1, voters: [1] },
    ]);
  });

  it('lets weight overturn a count majority', () => {
    const outcome = aggregate([answer('a', '36', 1), answer('b', '36', 1), answer('c', '37', 3)], { method: 'vote' });
    expect(outcome.winner?.index).toBe(2);
    expect(outcome.tally?.[0]).toMatchObject({ answer: { value: '37' }, weight: 3, count: 1 });
    expect(outcome.reason).toContain('number:37 won with weight 3 of 5 (1 of 3 answers)');
  });

  it('picks the heaviest voter of the winning answer', () => {
    const outcome = aggregate([answer('a', '36', 1), answer('b', '37', 2), answer('c', '36', 1.5)], { method: 'vote' });
    expect(outcome.winner?.index).toBe(2);
  });

  it('reports a tie and breaks it by the earliest answer', () => {
    const yesFirst = aggregate([answer('a', 'Yes.'), answer('b', 'no'), answer('c', LONG)], { method: 'vote' });
    expect(yesFirst.tie).toBe(true);
    expect(yesFirst.winner?.index).toBe(0);
    expect(yesFirst.reason).toContain('a tie with boolean:no, broken by the earliest answer');
    expect(yesFirst.reason).toContain('1 abstained');
    const noFirst = aggregate([answer('a', 'false'), answer('b', 'true')], { method: 'vote' });
    expect(noFirst.winner?.index).toBe(0);
    expect(noFirst.tally?.map((entry) => entry.answer.value)).toEqual(['no', 'yes']);
  });

  it('treats weights equal within float noise as a tie', () => {
    const outcome = aggregate([answer('a', 'B', 0.1), answer('b', 'B', 0.2), answer('c', '(C)', 0.3)], { method: 'vote' });
    expect(outcome.tie).toBe(true);
    expect(outcome.winner?.index).toBe(1);
  });

  it('counts every answer equally when all weights are 0', () => {
    const outcome = aggregate([answer('a', 'B', 0), answer('b', 'C', 0), answer('c', 'c)', 0)], { method: 'vote' });
    expect(outcome.winner?.index).toBe(1);
    expect(outcome.tally?.[0]?.weight).toBe(2);
  });

  it('falls back to consensus when no answer is votable', () => {
    const outcome = aggregate([answer('a', LONG, 1, at(0)), answer('b', `${LONG} Really.`, 1, at(10))], { method: 'vote' });
    expect(outcome.method).toBe('consensus');
    expect(outcome.requested).toBe('vote');
    expect(outcome.tally).toBeUndefined();
    expect(outcome.reason).toContain('no answer has a closed final answer, consensus instead');
  });
});

describe('conflict detection', () => {
  it('finds no conflict when the final answers agree in different words', () => {
    const outcome = aggregate([answer('a', '1,000'), answer('b', `${LONG} Final answer: 1000.`), answer('c', '$1000.00')], { method: 'vote' });
    expect(outcome.conflict).toBe(false);
    expect(outcome.clusters).toEqual([
      {
        answer: 'number:1000',
        weight: 3,
        members: [0, 1, 2].map((index) => ({ index, expert: { peerId: `12D3Koo${'abc'[index]}`, name: 'abc'[index] } })),
      },
    ]);
  });

  it('reports who said what when the final answers differ, however alike they embed', () => {
    const outcome = aggregate([answer('a', '36', 1, at(0)), answer('b', '37', 2, at(0)), answer('c', '36', 0.5, at(0))], {
      method: 'consensus',
    });
    expect(outcome.conflict).toBe(true);
    expect(outcome.clusters.map((c) => [c.answer, c.weight])).toEqual([
      ['number:37', 2],
      ['number:36', 1.5],
    ]);
    expect(membersOf(outcome)).toEqual([[1], [0, 2]]);
    expect(outcome.reason).toContain('conflict: 2 clusters: number:37 [1] vs number:36 [0, 2]');
  });

  it('groups free texts by single linkage on their embeddings', () => {
    // 0° ~ 30° ~ 60° chain (cos 30° = 0.87 >= 0.75) though 0° and 60° are not similar (0.5); 150° is far from all.
    const chained = [answer('a', LONG, 1, at(0)), answer('b', LONG, 1, at(30)), answer('c', LONG, 1, at(60))];
    const agreed = aggregate(chained, { method: 'consensus' });
    expect(agreed.conflict).toBe(false);
    expect(membersOf(agreed)).toEqual([[0, 1, 2]]);
    expect(agreed.clusters[0]?.answer).toBeNull();
    const split = aggregate([...chained, answer('d', LONG, 1, at(150))], { method: 'consensus' });
    expect(split.conflict).toBe(true);
    expect(membersOf(split)).toEqual([[0, 1, 2], [3]]);
  });

  it('honours the agreement threshold', () => {
    const answers = [answer('a', LONG, 1, at(0)), answer('b', LONG, 1, at(30))];
    expect(aggregate(answers, { method: 'consensus', agreementSimilarity: 0.8 }).conflict).toBe(false);
    expect(aggregate(answers, { method: 'consensus', agreementSimilarity: 0.9 }).conflict).toBe(true);
  });

  it('puts a free text with the closed answer it is most similar to, never merging two closed answers', () => {
    const outcome = aggregate(
      [answer('a', '36', 1, at(0)), answer('b', '37', 1, at(40)), answer('c', LONG, 1, at(25)), answer('d', LONG, 1, at(5))],
      { method: 'vote' },
    );
    // c (25°) is linked to d (5°), which is nearest 36 (0°): both join 36, though c alone is nearer 37 (40°).
    expect(membersOf(outcome)).toEqual([[0, 2, 3], [1]]);
    expect(outcome.clusters.map((c) => c.answer)).toEqual(['number:36', 'number:37']);
  });

  it('leaves a free text without an embedding in a cluster of its own', () => {
    const outcome = aggregate([answer('a', LONG, 1, at(0)), answer('b', LONG, 1, at(0)), answer('c', LONG, 1)], { method: 'consensus' });
    expect(membersOf(outcome)).toEqual([[0, 1], [2]]);
  });
});

describe('auto', () => {
  const votable = [answer('a', '42', 1, at(0)), answer('b', '42', 1, at(10)), answer('c', LONG, 1, at(20))];
  const free = [answer('a', LONG, 1, at(0)), answer('b', '42', 1, at(10)), answer('c', LONG, 1, at(20))];

  it('has a rule for every intent', () => {
    expect(Object.keys(AUTO_RULES).sort()).toEqual([...INTENTS].sort());
  });

  it.each(['math', 'classification', 'extraction', 'reasoning'] as const)('%s: votes when most answers are votable, else consensus', (intent) => {
    const voted = aggregate(votable, { method: 'auto', intent });
    expect(voted.method).toBe('vote');
    expect(voted.requested).toBe('auto');
    expect(voted.reason).toContain(`auto: intent ${intent}, 2 of 3 answers votable, vote`);
    expect(aggregate(free, { method: 'auto', intent }).method).toBe('consensus');
  });

  it.each(['code', 'translation', 'knowledge_qa', 'conversation'] as const)('%s: consensus, even on votable answers', (intent) => {
    expect(aggregate(votable, { method: 'auto', intent }).method).toBe('consensus');
  });

  it.each(['creative_writing', 'summarization', 'brainstorming'] as const)('%s: synthesis, with no winner', (intent) => {
    const outcome = aggregate(free, { method: 'auto', intent });
    expect(outcome.method).toBe('synthesis');
    expect(outcome.winner).toBeNull();
    expect(outcome.clusters.length).toBeGreaterThan(0);
  });

  it('uses consensus when the intent is unknown', () => {
    expect(aggregate(votable, { method: 'auto' }).method).toBe('consensus');
    expect(aggregate(votable, { method: 'auto', intent: null }).reason).toContain('no intent known');
  });

  it('needs more than half of the answers votable to vote', () => {
    expect(aggregate([answer('a', '1'), answer('b', LONG)], { method: 'auto', intent: 'math' }).method).toBe('consensus');
  });
});

describe('synthesis prompt', () => {
  it('is the aggregate-and-synthesize instruction with the numbered answers, then the request', () => {
    const messages = synthesisMessages('What is the capital of France?', [{ text: 'Paris.' }, { text: 'Lyon.' }]);
    expect(messages).toEqual([
      { role: 'system', content: `${AGGREGATE_AND_SYNTHESIZE}\n1. Paris.\n2. Lyon.` },
      { role: 'user', content: 'What is the capital of France?' },
    ]);
  });

  it('appends the instruction to an existing system message and keeps the conversation', () => {
    const messages = synthesisMessages(
      [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello' },
        { role: 'user', content: 'Capital of France?' },
      ],
      [{ text: 'Paris' }],
    );
    expect(messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(messages[0]?.content).toBe(`Be brief.\n\n${AGGREGATE_AND_SYNTHESIZE}\n1. Paris`);
  });

  it('bounds each answer to its budget, keeping the head and the tail', () => {
    const long = `BEGIN ${'word '.repeat(5_000)}THE END`;
    const messages = synthesisMessages('Summarise', [{ text: long }, { text: 'short' }, { text: long }], { answerChars: 1_000 });
    const system = messages[0]!.content;
    expect(system.length).toBeLessThanOrEqual(AGGREGATE_AND_SYNTHESIZE.length + 3 * (1_000 + '\n1. '.length));
    const first = system.slice(system.indexOf('\n1. ') + 4, system.indexOf('\n2. '));
    expect(first.length).toBeLessThanOrEqual(1_000);
    expect(first.startsWith('BEGIN word')).toBe(true);
    expect(first.endsWith('word THE END')).toBe(true);
    const marker = /\n\[\.\.\. (\d+) characters left out \.\.\.\]\n/u.exec(first);
    expect(Number(marker?.[1])).toBe(long.length - (first.length - marker![0].length));
    expect(system).toContain('\n2. short\n3. BEGIN');
  });

  it('uses the default budget, and keeps an answer within it whole', () => {
    const exact = 'x'.repeat(DEFAULT_SYNTHESIS_ANSWER_CHARS);
    expect(boundAnswer(exact, DEFAULT_SYNTHESIS_ANSWER_CHARS)).toBe(exact);
    const cut = synthesisMessages('q', [{ text: `${exact}y` }])[0]!.content;
    expect(cut.length - AGGREGATE_AND_SYNTHESIZE.length - '\n1. '.length).toBeLessThanOrEqual(DEFAULT_SYNTHESIS_ANSWER_CHARS);
    expect(cut).toContain('characters left out');
  });

  it('never splits a surrogate pair', () => {
    const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
    for (let budget = MIN_SYNTHESIS_ANSWER_CHARS; budget < MIN_SYNTHESIS_ANSWER_CHARS + 6; budget++) {
      for (const text of ['🙂'.repeat(500), `a${'🙂'.repeat(500)}`]) {
        const bounded = boundAnswer(text, budget);
        expect(bounded.length).toBeLessThanOrEqual(budget);
        expect(LONE_SURROGATE.test(bounded)).toBe(false);
      }
    }
  });

  it('refuses a budget too small, no answers and an empty conversation', () => {
    expect(() => synthesisMessages('q', [{ text: 'a' }], { answerChars: 50 })).toThrow(/at least 200 characters/);
    expect(() => synthesisMessages('q', [])).toThrow(/at least one answer/);
    expect(() => synthesisMessages([], [{ text: 'a' }])).toThrow(/conversation is empty/);
  });
});

describe('aggregate input', () => {
  it('names the problem with the answers', () => {
    expect(() => aggregate([], { method: 'vote' })).toThrow(/at least one answer/);
    expect(() => aggregate([answer('a', '1', -1)], { method: 'vote' })).toThrow(/answer 0 \(a\) has weight -1/);
    expect(() => aggregate([answer('a', '1'), answer('b', '1', Number.NaN)], { method: 'vote' })).toThrow(/answer 1 \(b\) has weight NaN/);
    expect(() => aggregate([answer('a', '1', 1, at(0)), answer('b', '1', 1, unit(1, 0))], { method: 'consensus' })).toThrow(
      /answer 1 \(b\) has a 2-dimensional embedding; the others have 3/,
    );
    expect(() => aggregate([answer('a', '1')], { method: 'consensus', agreementSimilarity: 2 })).toThrow(/agreement similarity is 2/);
  });

  it('decides a single answer by itself, with no conflict', () => {
    const outcome = aggregate([answer('a', LONG, 1, at(0))], { method: 'consensus' });
    expect(outcome.winner?.index).toBe(0);
    expect(outcome.conflict).toBe(false);
  });

  it('gives an outcome that survives JSON as it is', () => {
    const outcome = aggregate([answer('a', '36', 1, at(0)), answer('b', '37', 1, at(20))], { method: 'vote' });
    expect(JSON.parse(JSON.stringify(outcome))).toEqual(outcome);
  });
});
