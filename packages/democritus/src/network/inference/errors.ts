import { DemocritusError, type ErrorCode } from '../../errors.js';

/** What a peer got wrong on an inference stream. */
export type ProtocolViolation =
  | 'frame_too_large'
  | 'malformed_frame'
  | 'stream_ended'
  | 'unexpected_frame'
  | 'bad_signature'
  | 'bad_sequence'
  | 'bad_summary';

/**
 * The other side broke the inference protocol: an oversized or undecodable frame, a bad signature, a sequence gap,
 * a summary that does not match what was streamed. The stream that carried it is reset; the connection stays.
 */
export class InferenceProtocolError extends Error {
  readonly code: ProtocolViolation;

  constructor(code: ProtocolViolation, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InferenceProtocolError';
    this.code = code;
  }
}

/** Error frames other than BUSY and RATE_LIMITED, which become BusyError and RateLimitedError. */
export type RemoteErrorCode = 'model_unavailable' | 'bad_request' | 'deadline_exceeded' | 'internal' | 'unspecified';

/** How each error frame is reported on this node: the caller's fault, the peer's model, or the peer's failure. */
const FAILURE_OF_REMOTE: Record<RemoteErrorCode, ErrorCode> = {
  bad_request: 'bad_request',
  model_unavailable: 'model_unavailable',
  deadline_exceeded: 'remote_failure',
  internal: 'remote_failure',
  unspecified: 'remote_failure',
};

/** The serving peer refused or failed the request and said why in an error frame. */
export class RemoteInferenceError extends DemocritusError {
  constructor(
    readonly remoteCode: RemoteErrorCode,
    readonly peerId: string,
    remoteMessage: string,
  ) {
    super(FAILURE_OF_REMOTE[remoteCode], `${peerId}: ${remoteCode.replaceAll('_', ' ')}: ${remoteMessage}`);
  }
}
