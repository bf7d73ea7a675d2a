import { describe, expect, it } from 'vitest';
import { DEFAULT_AUDIT_TOLERANCES } from '../src/core/audit/audit-tolerances.js';
import { compareAnswer } from '../src/core/audit/compare-answer.js';
import { positionKl, type PositionView } from '../src/core/audit/token-distribution.js';

const view = (tokenId: number, probabilities: Record<number, number>): PositionView => ({
  tokenId,
  logprob: Math.log(probabilities[tokenId] ?? 1e-9),
  topLogprobs: Object.entries(probabilities)
    .map(([id, p]) => ({ tokenId: Number(id), logprob: Math.log(p) }))
    .sort((a, b) => b.logprob - a.logprob),
});

const options = { greedy: true, tolerances: DEFAULT_AUDIT_TOLERANCES };

describe('audit comparison of signed tokens with the auditor\'s teacher-forced distributions', () => {
  it('gives KL 0 for identical views and a positive KL when the expert claims another distribution', () => {
    const honest = view(1, { 1: 0.7, 2: 0.2, 3: 0.05 });
    expect(positionKl(honest, honest)).toBeCloseTo(0, 12);
    expect(positionKl(view(1, { 1: 0.2, 2: 0.7, 3: 0.05 }), honest)).toBeGreaterThan(0.3);
  });

  it('bounds the cost of a token the other side never listed (its probability is what that side leaves, floored)', () => {
    const kl = positionKl(view(9, { 9: 0.9, 1: 0.05 }), view(9, { 1: 0.6, 2: 0.3, 9: 0.0001 }));
    expect(Number.isFinite(kl)).toBe(true);
    expect(kl).toBeGreaterThan(1);
  });

  it('passes an answer whose figures differ only by rounding', () => {
    const expert = [view(1, { 1: 0.7, 2: 0.2 }), view(5, { 5: 0.5, 6: 0.4 })];
    const auditor = [view(1, { 1: 0.701, 2: 0.199 }), view(5, { 5: 0.499, 6: 0.401 })];
    expect(compareAnswer(expert, auditor, options).failed).toEqual([]);
  });

  it('fails a token the auditor finds implausible, a non-argmax greedy token, and invented log-probabilities', () => {
    const forced: PositionView = { tokenId: 4, logprob: Math.log(0.00001), topLogprobs: view(1, { 1: 0.8, 2: 0.15 }).topLogprobs };
    const result = compareAnswer([view(4, { 4: 0.9, 1: 0.05 })], [forced], options);
    expect(result.failed).toEqual(expect.arrayContaining(['kl_mean', 'implausible_token', 'logprob', 'argmax']));
    expect(result.implausibleTokens).toBe(1);
  });

  it('lets a greedy near-tie pass and counts a forced token that differs from the signed one', () => {
    const nearTie = compareAnswer([view(2, { 1: 0.5, 2: 0.49 })], [view(2, { 1: 0.5, 2: 0.49 })], options);
    expect(nearTie.failed).toEqual([]);
    const swapped = compareAnswer([view(2, { 2: 0.6 })], [view(3, { 3: 0.6 })], options);
    expect(swapped.failed).toContain('token_mismatch');
    expect(compareAnswer([view(1, { 1: 1 })], [], options).failed).toContain('length');
  });
});
