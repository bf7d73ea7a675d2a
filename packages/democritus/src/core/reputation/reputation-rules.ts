import { EMPTY_EVIDENCE, observe, posteriorMean, type BetaEvidence, type BetaPrior } from './beta-evidence.js';

/** What a node knows about one peer's behaviour. */
export interface PeerEvidence {
  /** Audits of the peer's answers: this node's own and others' reports, weighted. */
  audits: BetaEvidence;
  /** Requests it served to the end against errors, failovers and timeouts. */
  availability: BetaEvidence;
}

export const NEW_PEER_EVIDENCE: PeerEvidence = { audits: EMPTY_EVIDENCE, availability: EMPTY_EVIDENCE };

export interface ReputationRules {
  /** A newcomer's audit prior: its mean is where a peer without evidence stands. */
  auditPrior: BetaPrior;
  availabilityPrior: BetaPrior;
  /** Half-life of all evidence. */
  halfLifeMs: number;
  /** Weight of one of this node's own audits; a failed one is proof, so it weighs `failedAuditFactor` times more. */
  ownAuditWeight: number;
  failedAuditFactor: number;
  /** Others' reports count at most this much of an own audit, times the reporter's own score (EigenTrust-style). */
  reportedAuditWeight: number;
  /** Below this score a peer is not routed to. */
  routingFloor: number;
}

export const DEFAULT_REPUTATION_RULES: ReputationRules = {
  auditPrior: { successes: 2, failures: 2 },
  availabilityPrior: { successes: 4, failures: 1 },
  halfLifeMs: 7 * 24 * 3600 * 1000,
  ownAuditWeight: 1,
  failedAuditFactor: 5,
  reportedAuditWeight: 0.5,
  routingFloor: 0.3,
};

/** The peer's score in [0, 1]: what its audits say, scaled by how reliably it serves. */
export function reputationScore(evidence: PeerEvidence, rules: ReputationRules): number {
  return posteriorMean(evidence.audits, rules.auditPrior) * posteriorMean(evidence.availability, rules.availabilityPrior);
}

/** This node audited the peer. */
export function afterOwnAudit(evidence: PeerEvidence, passed: boolean, now: number, rules: ReputationRules): PeerEvidence {
  const weight = rules.ownAuditWeight * (passed ? 1 : rules.failedAuditFactor);
  return { ...evidence, audits: observe(evidence.audits, passed ? 'success' : 'failure', weight, now, rules.halfLifeMs) };
}

/**
 * Another node reports an audit of the peer. It counts by how far the reporter's own score here stands above the
 * routing floor (nothing at or below it), so a clique of caught nodes praising each other adds nothing and newcomers
 * little; a failed report should count only once this node re-checked it.
 */
export function afterReportedAudit(evidence: PeerEvidence, passed: boolean, reporterScore: number, now: number, rules: ReputationRules): PeerEvidence {
  const credibility = Math.min(1, Math.max(0, (reporterScore - rules.routingFloor) / (1 - rules.routingFloor)));
  const weight = rules.reportedAuditWeight * credibility * (passed ? 1 : rules.failedAuditFactor);
  return { ...evidence, audits: observe(evidence.audits, passed ? 'success' : 'failure', weight, now, rules.halfLifeMs) };
}

/** A request the peer served: completed, or failed (an error, a failover away from it, a timeout). */
export function afterServing(evidence: PeerEvidence, completed: boolean, now: number, rules: ReputationRules): PeerEvidence {
  return { ...evidence, availability: observe(evidence.availability, completed ? 'success' : 'failure', 1, now, rules.halfLifeMs) };
}

export function isRoutable(evidence: PeerEvidence, rules: ReputationRules): boolean {
  return reputationScore(evidence, rules) >= rules.routingFloor;
}
