import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IntentClassifier } from '../src/app/coordinator/intent-classifier.js';
import { INTENTS, type Intent } from '../src/core/intent/intents.js';
import { createEmbeddingEngine } from '../src/embedding/create-embedding-engine.js';
import type { EmbeddingEngine } from '../src/embedding/types.js';
import { CancelledError } from '../src/errors.js';

/** One clear prompt per intent, written for this test (not among the classifier's examples). */
const CLEAR: Record<Intent, string> = {
  code: 'Write a JavaScript function that debounces another function by 200 milliseconds.',
  math: 'What is the value of x if 4x - 9 = 23?',
  reasoning: 'If every cat in the house is black and Tom is a cat in the house, what colour is Tom? Reason step by step.',
  creative_writing: 'Write a short poem about a fox walking through fresh snow.',
  summarization: 'Summarize the following paragraph in one sentence: the council met for six hours and agreed on a new budget.',
  extraction: 'Extract all the email addresses from this text: contact anna@example.org or sales@example.com.',
  classification: 'Classify the sentiment of this review as positive or negative: the battery died after one day.',
  translation: 'Translate "the library opens at nine" into German.',
  knowledge_qa: 'Who was the first person to walk on the moon?',
  brainstorming: 'Brainstorm ten names for a bicycle repair shop.',
  conversation: 'Hey, good evening! How has your day been?',
};

describe('IntentClassifier on the USE-lite engine', () => {
  let engine: EmbeddingEngine;
  let classifier: IntentClassifier;

  beforeAll(async () => {
    engine = await createEmbeddingEngine({ kind: 'use-lite', workers: 1 });
    classifier = new IntentClassifier(engine);
  });
  afterAll(async () => {
    await engine.close();
  });

  it('classifies one clear prompt of each intent correctly, with a runner-up', async () => {
    const results = await classifier.classifyBatch(INTENTS.map((intent) => CLEAR[intent]));
    expect(results.map((r) => r.intent)).toEqual([...INTENTS]);
    for (const result of results) {
      expect(result.runnerUp.intent).not.toBe(result.intent);
      expect(result.confidence).toBeGreaterThanOrEqual(result.runnerUp.confidence);
      expect(result.confidence).toBeLessThanOrEqual(1);
      expect(Object.keys(result.scores).sort()).toEqual([...INTENTS].sort());
    }
  });

  it('classifies a single prompt the same way as in a batch', async () => {
    const [batched] = await classifier.classifyBatch([CLEAR.translation]);
    const single = await classifier.classify(CLEAR.translation);
    expect(single.intent).toBe('translation');
    expect(single.scores.translation).toBeCloseTo(batched!.scores.translation, 6);
    expect(single.cues).toContain('translate-verb');
  });

  it('rejects with a CancelledError when the signal is already aborted, and keeps working', async () => {
    const fresh = new IntentClassifier(engine);
    const controller = new AbortController();
    controller.abort();
    await expect(fresh.classify(CLEAR.math, { signal: controller.signal })).rejects.toBeInstanceOf(CancelledError);
    expect((await fresh.classify(CLEAR.math)).intent).toBe('math');
  });

  it('returns nothing for no prompts', async () => {
    expect(await classifier.classifyBatch([])).toEqual([]);
  });
});
