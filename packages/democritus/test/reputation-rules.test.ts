import { describe, expect, it } from 'vitest';
import { decayed, observe, posteriorMean } from '../src/core/reputation/beta-evidence.js';
import {
  afterOwnAudit,
  afterReportedAudit,
  afterServing,
  DEFAULT_REPUTATION_RULES as rules,
  isRoutable,
  NEW_PEER_EVIDENCE,
  reputationScore,
} from '../src/core/reputation/reputation-rules.js';

const DAY = 24 * 3600 * 1000;

describe('reputation rules', () => {
  it('a newcomer starts low but routable; one failed own audit takes it below the floor', () => {
    expect(reputationScore(NEW_PEER_EVIDENCE, rules)).toBeCloseTo(0.4, 6);
    expect(isRoutable(NEW_PEER_EVIDENCE, rules)).toBe(true);
    const caught = afterOwnAudit(NEW_PEER_EVIDENCE, false, 1000, rules);
    expect(isRoutable(caught, rules)).toBe(false);
  });

  it('passed audits and completed requests raise the score toward 1', () => {
    let evidence = NEW_PEER_EVIDENCE;
    for (let i = 1; i <= 20; i += 1) evidence = afterServing(afterOwnAudit(evidence, true, i, rules), true, i, rules);
    expect(reputationScore(evidence, rules)).toBeGreaterThan(0.8);
  });

  it("others' praise counts by the reporter's own score: a clique of low-scored nodes cannot lift a peer that fails audits", () => {
    let evidence = afterOwnAudit(NEW_PEER_EVIDENCE, false, 1, rules);
    for (let i = 0; i < 30; i += 1) evidence = afterReportedAudit(evidence, true, 0.18, 2 + i, rules);
    expect(isRoutable(evidence, rules)).toBe(false);
  });

  it('evidence decays toward the prior with the half-life', () => {
    const evidence = observe({ successes: 0, failures: 0, updatedAt: 0 }, 'failure', 8, DAY, 7 * DAY);
    expect(decayed(evidence, 8 * DAY, 7 * DAY).failures).toBeCloseTo(4, 9);
    expect(posteriorMean(decayed(evidence, 1000 * DAY, 7 * DAY), { successes: 2, failures: 2 })).toBeCloseTo(0.5, 6);
    expect(() => observe(evidence, 'success', Number.NaN, DAY, DAY)).toThrow(/weight/);
  });
});
