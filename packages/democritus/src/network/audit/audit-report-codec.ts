/** Audit reports on the wire: encoded, signed by the auditor (domain `audit-report`, bound to the request id), checked. */
import type { PrivateKey } from '@libp2p/interface';
import { peerIdFromMultihash, peerIdFromString } from '@libp2p/peer-id';
import * as Digest from 'multiformats/hashes/digest';
import { fromString } from 'uint8arrays/from-string';
import type { AuditEvidence, AuditReportRecord } from '../../core/audit/audit-report.js';
import { DemocritusError } from '../../errors.js';
import { AuditReport, InferenceRequest, Signed, uint64ToNumber } from '../../protocol/proto.js';
import { publicKeyOfPeer, signPayload, verifyPayload } from '../../protocol/signing.js';

/** A report with its evidence (a few hundred packets at most) stays well under a gossip message's limit. */
export const MAX_AUDIT_REPORT_BYTES = 512 * 1024;

export class AuditReportError extends DemocritusError {
  constructor(message: string) {
    super('bad_request', message);
  }
}

export async function encodeSignedAuditReport(privateKey: PrivateKey, report: AuditReportRecord, evidence: AuditEvidence | null): Promise<Uint8Array> {
  const figures = report.figures;
  const payload = AuditReport.encode({
    requestId: report.requestId,
    auditor: peerIdFromString(report.auditor).toMultihash().bytes,
    expert: peerIdFromString(report.expert).toMultihash().bytes,
    modelSha256: report.modelSha256,
    passed: report.passed,
    failed: report.failed,
    ...(figures === null
      ? {}
      : {
          tokens: figures.tokens,
          klMean: figures.klMean,
          klHigh: figures.klHigh,
          klMax: figures.klMax,
          implausibleTokens: figures.implausibleTokens,
          logprobDisagreements: figures.logprobDisagreements,
          maxLogprobDelta: figures.maxLogprobDelta,
          argmaxMismatches: figures.argmaxMismatches,
        }),
    timestampMs: report.timestampMs,
    ...(evidence === null
      ? {}
      : { request: InferenceRequest.decode(evidence.request), packets: evidence.packets.map((packet) => Signed.decode(packet)), summary: Signed.decode(evidence.summary) }),
  }).finish();
  const signature = await signPayload(privateKey, 'audit-report', fromString(report.requestId), payload);
  return Signed.encode({ payload, signature }).finish();
}

/** Decodes a signed report and checks the auditor's signature; the evidence comes back as the bytes it was sent as. */
export async function decodeVerifiedAuditReport(bytes: Uint8Array): Promise<{ report: AuditReportRecord; evidence: AuditEvidence | null }> {
  if (bytes.length > MAX_AUDIT_REPORT_BYTES) throw new AuditReportError(`audit report of ${bytes.length} bytes exceeds ${MAX_AUDIT_REPORT_BYTES}`);
  let signed: Signed;
  let message: AuditReport;
  try {
    signed = Signed.decode(bytes);
    message = AuditReport.decode(signed.payload);
  } catch (error) {
    throw new AuditReportError(`malformed audit report: ${String(error)}`);
  }
  const auditor = peerOf(message.auditor, 'auditor');
  const expert = peerOf(message.expert, 'expert');
  const verified = await verifyPayload(publicKeyOfPeer(auditor), 'audit-report', fromString(message.requestId), signed.payload, signed.signature, { offThread: true });
  if (!verified) throw new AuditReportError(`bad signature on the audit report of request ${message.requestId} by ${auditor.toString()}`);
  const comparable = !message.failed.includes('token_out_of_vocabulary');
  const report: AuditReportRecord = {
    requestId: message.requestId,
    auditor: auditor.toString(),
    expert: expert.toString(),
    modelSha256: message.modelSha256,
    passed: message.passed,
    failed: [...message.failed],
    figures: comparable
      ? {
          tokens: message.tokens,
          klMean: message.klMean,
          klHigh: message.klHigh,
          klMax: message.klMax,
          implausibleTokens: message.implausibleTokens,
          logprobDisagreements: message.logprobDisagreements,
          maxLogprobDelta: message.maxLogprobDelta,
          argmaxMismatches: message.argmaxMismatches,
        }
      : null,
    timestampMs: uint64ToNumber(message.timestampMs),
  };
  const evidence =
    message.request == null || message.summary == null
      ? null
      : {
          request: InferenceRequest.encode(message.request).finish(),
          packets: message.packets.map((packet) => Signed.encode(packet).finish()),
          summary: Signed.encode(message.summary).finish(),
        };
  return { report, evidence };
}

function peerOf(bytes: Uint8Array, role: string): ReturnType<typeof peerIdFromMultihash> {
  try {
    return peerIdFromMultihash(Digest.decode(bytes));
  } catch {
    throw new AuditReportError(`malformed audit report: invalid ${role} peer id`);
  }
}
