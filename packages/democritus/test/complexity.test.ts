import { describe, expect, it } from 'vitest';
import { assessComplexity, DEFAULT_DECOMPOSE_THRESHOLD } from '../src/core/planning/complexity.js';

describe('complexity', () => {
  it('keeps a one-task prompt whole, with a score in [0, 1]', () => {
    for (const prompt of ['What is the capital of Peru?', 'Write a haiku about autumn.', 'hello']) {
      const result = assessComplexity(prompt);
      expect(result.decompose).toBe(false);
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThan(DEFAULT_DECOMPOSE_THRESHOLD);
    }
  });

  it('does not decompose one task with constraints: constraints are not sub-tasks', () => {
    const constrained = [
      'Write a poem in 3 stanzas without the letter e.',
      'Write a blog post about sleep. Your entire response should be in lowercase letters and contain at least 300 words.',
      'Is a dolphin smarter than a chimpanzee? Wrap your entire answer in JSON format.',
      'Explain the difference between TCP and UDP. Do not use any commas in your response.',
      'Write a story about a dragon. Make it funny. Include the keywords "gold" and "cave".',
    ];
    for (const prompt of constrained) {
      const result = assessComplexity(prompt);
      expect(result.decompose, prompt).toBe(false);
      expect(result.features.constraints, prompt).toBeGreaterThan(0);
    }
  });

  it('decomposes independent questions, multi-part lists, comparisons, enumerations and bridge questions', () => {
    const decomposed = [
      'What is the boiling point of water at sea level? Who discovered penicillin?',
      'Please do the following:\n1. Summarize the causes of the French Revolution.\n2. List three of its leaders.\n3. Explain its effect on Europe.',
      'Compare Python and Rust for writing web servers.',
      'What is the population of Norway, Sweden and Finland?',
      'Is the Eiffel Tower taller than the Statue of Liberty?',
      'Would a giraffe fit in a school bus?',
    ];
    for (const prompt of decomposed) expect(assessComplexity(prompt).decompose, prompt).toBe(true);
  });

  it('raises the score with several expert domains and obeys the threshold', () => {
    const prompt = 'Is the Eiffel Tower taller than the Statue of Liberty?';
    const alone = assessComplexity(prompt);
    const mixed = assessComplexity(prompt, { topExpertDomains: ['history', 'physics', 'history'] });
    expect(mixed.features.domains).toBe(2);
    expect(mixed.score).toBeGreaterThan(alone.score);
    expect(assessComplexity(prompt, {}, 0.99).decompose).toBe(false);
    // Domains alone give no sub-task to split off.
    expect(assessComplexity('Tell me about entropy.', { topExpertDomains: ['physics', 'chemistry', 'biology'] }, 0.2).decompose).toBe(false);
  });
});
