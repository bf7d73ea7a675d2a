import type { PublicKey } from '@libp2p/interface';
import { equals } from 'uint8arrays/equals';
import { fromString } from 'uint8arrays/from-string';
import { Transcript } from '../../core/streaming/transcript.js';
import type { FinishReason, TokenEvent } from '../../engine/types.js';
import { FinalSummary, TokenPacket, type SignedFields } from '../../protocol/proto.js';
import { verifyPayload } from '../../protocol/signing.js';
import { InferenceProtocolError } from './errors.js';
import { decode } from './frames.js';
import { fromWireToken } from './wire.js';

const FINISH_REASONS: ReadonlySet<string> = new Set<FinishReason>(['stop', 'length', 'cancelled', 'error']);

export interface VerifiedSummary {
  finishReason: FinishReason;
  promptTokens: number;
  completionTokens: number;
  modelSha256: string;
  packetCount: number;
  transcriptSha256: Uint8Array;
  error: string;
}

/**
 * The requester's side of the stream's integrity rules: every packet signed by the serving peer for this request,
 * sequence numbers 0, 1, 2, ... and a signed summary whose packet count, token count and transcript hash match
 * what arrived. Any violation throws InferenceProtocolError naming it.
 */
export class ResponseVerifier {
  private readonly context: Uint8Array;
  private readonly transcript: Transcript;
  private generatedTokens = 0;

  constructor(
    private readonly publicKey: PublicKey,
    private readonly peerId: string,
    requestId: string,
    requestBytes: Uint8Array,
    private readonly expectedModelSha256: string,
  ) {
    this.context = fromString(requestId);
    this.transcript = new Transcript(requestBytes);
  }

  async acceptPacket(signed: SignedFields): Promise<TokenEvent[]> {
    const position = this.transcript.packetCount;
    const payload = signed.payload ?? new Uint8Array(0);
    if (!(await verifyPayload(this.publicKey, 'token-packet', this.context, payload, signed.signature ?? new Uint8Array(0)))) {
      throw new InferenceProtocolError('bad_signature', `bad signature on token packet ${position} from ${this.peerId}`);
    }
    const packet = decode(TokenPacket, payload, `token packet ${position} from ${this.peerId}`);
    if (packet.sequence > position) {
      throw new InferenceProtocolError('bad_sequence', `token packet sequence gap: expected ${position}, got ${packet.sequence} (from ${this.peerId})`);
    }
    if (packet.sequence < position) {
      throw new InferenceProtocolError('bad_sequence', `duplicate token packet: expected ${position}, got ${packet.sequence} (from ${this.peerId})`);
    }
    this.transcript.addPacket(payload);
    const tokens = packet.tokens.map(fromWireToken);
    this.generatedTokens += tokens.filter((token) => token.tokenId >= 0).length;
    return tokens;
  }

  async acceptSummary(signed: SignedFields): Promise<VerifiedSummary> {
    const payload = signed.payload ?? new Uint8Array(0);
    if (!(await verifyPayload(this.publicKey, 'final-summary', this.context, payload, signed.signature ?? new Uint8Array(0)))) {
      throw new InferenceProtocolError('bad_signature', `bad signature on the final summary from ${this.peerId}`);
    }
    const summary = decode(FinalSummary, payload, `final summary from ${this.peerId}`);
    const problem = (message: string) => new InferenceProtocolError('bad_summary', `final summary from ${this.peerId}: ${message}`);
    if (summary.packetCount !== this.transcript.packetCount) {
      throw problem(`claims ${summary.packetCount} token packets, received ${this.transcript.packetCount}`);
    }
    if (!equals(summary.transcriptSha256, this.transcript.digest())) throw problem('transcript hash mismatch');
    if (!FINISH_REASONS.has(summary.finishReason)) throw problem(`unknown finish reason ${JSON.stringify(summary.finishReason)}`);
    if (summary.completionTokens !== this.generatedTokens) {
      throw problem(`claims ${summary.completionTokens} completion tokens, received ${this.generatedTokens}`);
    }
    if (this.expectedModelSha256 !== '' && summary.modelSha256 !== this.expectedModelSha256) {
      throw problem(`ran model ${summary.modelSha256}, not the requested ${this.expectedModelSha256}`);
    }
    return {
      finishReason: summary.finishReason as FinishReason,
      promptTokens: summary.promptTokens,
      completionTokens: summary.completionTokens,
      modelSha256: summary.modelSha256,
      packetCount: summary.packetCount,
      transcriptSha256: summary.transcriptSha256,
      error: summary.error,
    };
  }
}

