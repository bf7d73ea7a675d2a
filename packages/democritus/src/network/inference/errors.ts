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

/** The serving peer refused or failed the request and said why in an error frame. */
export class RemoteInferenceError extends Error {
  constructor(
    readonly code: RemoteErrorCode,
    readonly peerId: string,
    remoteMessage: string,
  ) {
    super(`${peerId}: ${code.replaceAll('_', ' ')}: ${remoteMessage}`);
    this.name = 'RemoteInferenceError';
  }
}
