import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { describe, expect, it } from 'vitest';
import type { AuditEvidence, AuditReportRecord } from '../src/core/audit/audit-report.js';
import { decodeVerifiedAuditReport, encodeSignedAuditReport, MAX_AUDIT_REPORT_BYTES } from '../src/network/audit/audit-report-codec.js';
import { AuditReport, InferenceRequest, Signed } from '../src/protocol/proto.js';

async function keys() {
  const privateKey = await generateKeyPair('Ed25519');
  return { privateKey, peerId: peerIdFromPrivateKey(privateKey).toString() };
}

describe('audit reports on the wire', () => {
  it('round-trips a signed report with its evidence byte for byte, and a passed one without', async () => {
    const auditor = await keys();
    const expert = await keys();
    const report: AuditReportRecord = {
      requestId: 'req_abc',
      auditor: auditor.peerId,
      expert: expert.peerId,
      modelSha256: 'a'.repeat(64),
      passed: false,
      failed: ['kl_mean', 'logprob'],
      figures: { tokens: 40, klMean: 0.4, klHigh: 1.2, klMax: 2.5, implausibleTokens: 0, logprobDisagreements: 12, maxLogprobDelta: 1.5, argmaxMismatches: 0 },
      timestampMs: 1_765_000_000_000,
    };
    const packet = Signed.encode({ payload: new Uint8Array([1, 2, 3]), signature: new Uint8Array(64).fill(7) }).finish();
    const evidence: AuditEvidence = {
      request: InferenceRequest.encode({ requestId: 'req_abc', messages: [{ role: 'user', content: 'Once upon a time' }], maxTokens: 40 }).finish(),
      packets: [packet, packet],
      summary: Signed.encode({ payload: new Uint8Array([9]), signature: new Uint8Array(64).fill(3) }).finish(),
    };
    const decoded = await decodeVerifiedAuditReport(await encodeSignedAuditReport(auditor.privateKey, report, evidence));
    expect(decoded.report).toEqual(report);
    expect(decoded.evidence?.packets).toEqual([packet, packet]);
    expect(decoded.evidence?.summary).toEqual(evidence.summary);
    expect(InferenceRequest.decode(decoded.evidence?.request ?? new Uint8Array()).messages[0]?.content).toBe('Once upon a time');

    const passed = await decodeVerifiedAuditReport(await encodeSignedAuditReport(auditor.privateKey, { ...report, passed: true, failed: [] }, null));
    expect(passed.evidence).toBeNull();
    expect(passed.report.passed).toBe(true);
    const outOfVocabulary = await decodeVerifiedAuditReport(await encodeSignedAuditReport(auditor.privateKey, { ...report, failed: ['token_out_of_vocabulary'], figures: null }, null));
    expect(outOfVocabulary.report.figures).toBeNull();
  });

  it('refuses a report changed after signing, one signed by another key than the auditor it names, garbage and an oversized one', async () => {
    const auditor = await keys();
    const impostor = await keys();
    const expert = await keys();
    const report: AuditReportRecord = { requestId: 'req_x', auditor: auditor.peerId, expert: expert.peerId, modelSha256: 'b'.repeat(64), passed: true, failed: [], figures: null, timestampMs: 1 };
    const signed = Signed.decode(await encodeSignedAuditReport(auditor.privateKey, report, null));
    const changed = AuditReport.encode({ ...AuditReport.decode(signed.payload), passed: false }).finish();
    await expect(decodeVerifiedAuditReport(Signed.encode({ payload: changed, signature: signed.signature }).finish())).rejects.toThrow(/bad signature on the audit report of request req_x/);
    await expect(decodeVerifiedAuditReport(await encodeSignedAuditReport(impostor.privateKey, report, null))).rejects.toThrow(/bad signature/);
    await expect(decodeVerifiedAuditReport(new Uint8Array([0xff, 0xff, 0xff]))).rejects.toThrow(/malformed audit report/);
    await expect(decodeVerifiedAuditReport(new Uint8Array(MAX_AUDIT_REPORT_BYTES + 1))).rejects.toThrow(/exceeds/);
  });
});
