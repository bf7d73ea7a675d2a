import { describe, expect, it } from 'vitest';
import { TASK_TYPE_TO_INTENT, intentOfLabel } from '../bench/intent/label-mapping.js';
import { DEFAULT_INTENT_PARAMETERS, classifyIntent } from '../src/core/intent/classify-intent.js';
import { LEXICAL_CUES, MAX_CUE_BOOST, cueScores, matchCues } from '../src/core/intent/cues.js';
import { DEFAULT_FUSION, classifyByCues, fuseIntentScores } from '../src/core/intent/fusion.js';
import { INTENT_EXAMPLES } from '../src/core/intent/intent-examples.js';
import { INTENTS, type Intent } from '../src/core/intent/intents.js';
import { classifyByKeywords } from '../src/core/intent/keyword-baseline.js';
import { discriminantScores, trainLinearDiscriminant } from '../src/core/intent/linear-discriminant.js';
import { buildIntentPrototypes, intentSimilarities } from '../src/core/intent/prototypes.js';
import { normalize } from '../src/core/routing/scoring.js';

const cueNames = (prompt: string): string[] => matchCues(prompt).map((cue) => cue.name);
const flat = (value: number): Record<Intent, number> => Object.fromEntries(INTENTS.map((intent) => [intent, value])) as Record<Intent, number>;
const noPriors = { ...DEFAULT_FUSION, priors: {} };

describe('lexical cues', () => {
  it.each([
    ['Here is my code:\n```js\nconst x = 1;\n```\nwhy does it fail?', 'code-fence'],
    ['Write a function that reverses a linked list.', 'code-request'],
    ['Can you do it in Python?', 'code-language'],
    ['Solve for x: 3x + 4 = 10', 'equation'],
    ['Calculate the probability of drawing two aces.', 'math-verb'],
    ['What if the Romans had invented the steam engine?', 'counterfactual'],
    ['Explain your answer step by step.', 'step-by-step'],
    ['Write a poem about the sea.', 'writing-genre'],
    ['tl;dr please', 'summarize-verb'],
    ['Summarise the meeting notes below.', 'summarize-verb'],
    ['Extract every date from the following text.', 'extract-verb'],
    ['Classify these reviews by sentiment.', 'classify-verb'],
    ['Translate "good night" into Italian.', 'translate-verb'],
    ['How do you say cheese in Polish?', 'translate-verb'],
    ['Brainstorm names for my bakery.', 'brainstorm-verb'],
    ['Hello there!', 'greeting'],
    ['As a pirate captain, greet your new crew.', 'role-play'],
    ['Who discovered penicillin?', 'question-form'],
  ])('%j fires %s', (prompt, cue) => {
    expect(cueNames(prompt)).toContain(cue);
  });

  it('fires nothing on a plain statement', () => {
    expect(cueNames('The weather is nice.')).toEqual([]);
  });

  it('does not take words inside other words for cues', () => {
    expect(cueNames('This is this.')).not.toContain('greeting');
    expect(cueNames('The summit was cold.')).not.toContain('summarize-verb');
  });

  it('has unique names and weights in (0, 1]', () => {
    expect(new Set(LEXICAL_CUES.map((cue) => cue.name)).size).toBe(LEXICAL_CUES.length);
    for (const cue of LEXICAL_CUES) {
      expect(cue.weight).toBeGreaterThan(0);
      expect(cue.weight).toBeLessThanOrEqual(1);
    }
  });

  it('sums the weights per intent, capped', () => {
    const fired = matchCues('Write a Python function:\n```py\ndef f(x): return x\n```');
    const scores = cueScores(fired);
    expect(scores.code).toBe(MAX_CUE_BOOST);
    expect(scores.translation).toBeUndefined();
    expect(cueScores(matchCues('Please calculate it.'))).toEqual({ math: 0.5 });
    expect(cueScores(matchCues('Solve for x.'))).toEqual({ math: 0.5 });
  });
});

describe('fusion', () => {
  it('gives confidences that sum to 1 and names the runner-up', () => {
    const similarities = { ...flat(0.2), math: 0.5, reasoning: 0.45 };
    const result = fuseIntentScores(similarities, [], noPriors);
    expect(result.intent).toBe('math');
    expect(result.runnerUp.intent).toBe('reasoning');
    expect(result.confidence).toBeGreaterThan(result.runnerUp.confidence);
    expect(Object.values(result.scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(result.scores.math).toBe(result.confidence);
  });

  it('lets a cue overturn a close embedding decision, and reports it', () => {
    const similarities = { ...flat(0.2), knowledge_qa: 0.5, translation: 0.45 };
    const fired = matchCues('Translate this into German.');
    const result = fuseIntentScores(similarities, fired, noPriors);
    expect(result.intent).toBe('translation');
    expect(result.runnerUp.intent).toBe('knowledge_qa');
    expect(result.cues).toContain('translate-verb');
  });

  it('does not let a weak cue overturn a clear embedding decision', () => {
    const similarities = { ...flat(0.1), code: 0.7 };
    const result = fuseIntentScores(similarities, matchCues('Who wrote this function?'), noPriors);
    expect(result.intent).toBe('code');
  });

  it('adds the priors', () => {
    const result = fuseIntentScores(flat(0.3), [], { ...noPriors, priors: { conversation: 0.01 } });
    expect(result.intent).toBe('conversation');
  });

  it('breaks ties by the order of INTENTS', () => {
    const result = fuseIntentScores(flat(0.3), [], noPriors);
    expect(result.intent).toBe(INTENTS[0]);
    expect(result.runnerUp.intent).toBe(INTENTS[1]);
  });

  it('is more confident at a lower temperature', () => {
    const similarities = { ...flat(0.2), math: 0.3 };
    const cold = fuseIntentScores(similarities, [], { ...noPriors, temperature: 0.02 });
    const warm = fuseIntentScores(similarities, [], { ...noPriors, temperature: 0.2 });
    expect(cold.confidence).toBeGreaterThan(warm.confidence);
  });

  it('refuses a temperature that is not positive', () => {
    expect(() => fuseIntentScores(flat(0), [], { ...noPriors, temperature: 0 })).toThrow(/temperature/);
  });

  it('classifies by cues alone when asked', () => {
    expect(classifyByCues('Please summarize this article.').intent).toBe('summarization');
  });
});

describe('prototypes', () => {
  /** One axis per intent: the vector of an example of intent i points along axis i (slightly tilted). */
  const axis = (index: number, tilt = 0): Float32Array => {
    const v = new Float32Array(INTENTS.length + 1);
    v[index] = 1;
    v[INTENTS.length] = tilt;
    return normalize(v);
  };
  const examples = Object.fromEntries(INTENTS.map((intent, i) => [intent, [axis(i, 0.1), axis(i, -0.1)]])) as Record<Intent, Float32Array[]>;
  const prototypes = buildIntentPrototypes(examples);

  it('scores the class a vector lies on highest, with centroid or nearest examples', () => {
    for (const knnShare of [0, 0.5, 1]) {
      const similarities = intentSimilarities(axis(INTENTS.indexOf('extraction')), prototypes, { knnShare, k: 1 });
      const best = INTENTS.reduce((a, b) => (similarities[b] > similarities[a] ? b : a));
      expect(best).toBe('extraction');
      expect(similarities.extraction).toBeGreaterThan(0.9);
      expect(similarities.code).toBeCloseTo(0, 6);
    }
  });

  it('refuses an intent without examples', () => {
    expect(() => buildIntentPrototypes({ ...examples, math: [] })).toThrow(/math/);
  });

  it('classifies a prompt from its vector and its text', () => {
    const result = classifyIntent('Something neutral.', axis(INTENTS.indexOf('brainstorming')), prototypes, DEFAULT_INTENT_PARAMETERS);
    expect(result.intent).toBe('brainstorming');
    expect(result.cues).toEqual([]);
  });
});

describe('the project examples', () => {
  it('has between 30 and 60 distinct examples for every intent', () => {
    for (const intent of INTENTS) {
      const list = INTENT_EXAMPLES[intent];
      expect(list.length).toBeGreaterThanOrEqual(30);
      expect(list.length).toBeLessThanOrEqual(60);
      expect(new Set(list).size).toBe(list.length);
    }
  });
});

describe('shrinkage linear discriminant (the supervised head the benchmark reports)', () => {
  // Two classes in 3 dimensions: class 0 around (1, 0, 0), class 1 around (0, 1, 0), noise on the third axis.
  // Class 1's examples are class 0's with the first two coordinates swapped.
  const features = [
    [1, 0.1, 0.2],
    [0.9, -0.1, -0.2],
    [1.1, 0, 0.1],
    [0.1, 1, 0.2],
    [-0.1, 0.9, -0.2],
    [0, 1.1, 0.1],
  ];
  const labels = [0, 0, 0, 1, 1, 1];

  it('scores each class highest near its examples', () => {
    const model = trainLinearDiscriminant(features, labels, 2, 0.5);
    const near0 = discriminantScores(model, [0.95, 0.05, 0]);
    const near1 = discriminantScores(model, [0.05, 0.95, 0]);
    expect(near0[0]).toBeGreaterThan(near0[1]!);
    expect(near1[1]).toBeGreaterThan(near1[0]!);
  });

  it('is symmetric: mirrored classes give mirrored scores', () => {
    const model = trainLinearDiscriminant(features, labels, 2, 0.5);
    const [a0, a1] = discriminantScores(model, [0.7, 0.2, 0]);
    const [b0, b1] = discriminantScores(model, [0.2, 0.7, 0]);
    expect(a0! - a1!).toBeCloseTo(b1! - b0!, 9);
  });

  it('refuses bad input with a clear error', () => {
    expect(() => trainLinearDiscriminant([], [], 2, 0.5)).toThrow(/at least one/);
    expect(() => trainLinearDiscriminant(features, labels, 2, 0)).toThrow(/shrinkage/);
    expect(() => trainLinearDiscriminant(features, [0, 0, 0, 0, 0, 0], 2, 0.5)).toThrow(/class 1 has no example/);
    expect(() => trainLinearDiscriminant(features, [0, 0, 0, 1, 1, 2], 2, 0.5)).toThrow(/label 2/);
    expect(() => trainLinearDiscriminant([[1, 0], [0]], [0, 1], 2, 0.5)).toThrow(/dimensions/);
    expect(() => discriminantScores(trainLinearDiscriminant(features, labels, 2, 0.5), [1, 0])).toThrow(/dimensions/);
  });
});

describe('keyword baseline', () => {
  it.each<[string, Intent]>([
    ['Write a Python function to sort a list.', 'code'],
    ['Solve the equation 2x = 8.', 'math'],
    ['Summarize this report in a few key points.', 'summarization'],
    ['Translate this paragraph into Spanish.', 'translation'],
    ['Classify the sentiment of this tweet.', 'classification'],
    ['Brainstorm some ideas for a party.', 'brainstorming'],
    ['Hello, how are you?', 'conversation'],
    ['Write a story about a dragon.', 'creative_writing'],
    ['Extract all the names mentioned in the text.', 'extraction'],
    ['This riddle needs some logic: who is lying?', 'reasoning'],
  ])('%j -> %s', (prompt, intent) => {
    expect(classifyByKeywords(prompt)).toBe(intent);
  });

  it('falls back to a knowledge question when nothing matches', () => {
    expect(classifyByKeywords('Tell me about volcanoes.')).toBe('knowledge_qa');
  });

  it('matches whole words only', () => {
    expect(classifyByKeywords('Is this thing on')).toBe('knowledge_qa');
  });
});

describe('benchmark label mapping', () => {
  it('maps labels case-insensitively, keeps intents, excludes and rejects', () => {
    expect(intentOfLabel('Code Debug')).toBe('code');
    expect(intentOfLabel('writting')).toBe('creative_writing');
    expect(intentOfLabel('summarization')).toBe('summarization');
    expect(intentOfLabel('Toxicity')).toBeNull();
    expect(intentOfLabel('astrology')).toBeUndefined();
  });

  it('maps only to intents', () => {
    for (const intent of Object.values(TASK_TYPE_TO_INTENT)) if (intent !== null) expect(INTENTS).toContain(intent);
  });
});
