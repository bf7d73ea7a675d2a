import type { AnswerComparison } from './compare-answer.js';

/** The figures a report carries: the comparison without its list of failed checks (the report has its own). */
export type AuditFigures = Omit<AnswerComparison, 'failed'>;

/** One audit of one answer, as the auditor signs it and every node that receives it reads it. */
export interface AuditReportRecord {
  requestId: string;
  /** Peer IDs. */
  auditor: string;
  expert: string;
  modelSha256: string;
  passed: boolean;
  /** The checks that failed (compare-answer's, or `token_out_of_vocabulary`); empty when it passed. */
  failed: string[];
  /** Null when the answer could not be compared (its tokens are not in the model's vocabulary). */
  figures: AuditFigures | null;
  timestampMs: number;
}

/** What a failed report carries so any node holding the model can re-check it: exactly the bytes the expert signed. */
export interface AuditEvidence {
  /** The request as the expert received it (an encoded InferenceRequest). */
  request: Uint8Array;
  /** The expert's signed TokenPacket envelopes and its signed FinalSummary, each an encoded Signed message. */
  packets: Uint8Array[];
  summary: Uint8Array;
}
