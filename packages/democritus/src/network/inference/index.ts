/**
 * The inference protocol `/democritus/<swarm-id>/infer/1.0.0`: a requester sends an InferenceRequest; the serving
 * node streams signed token packets and a signed final summary (or an error frame). Closing the stream cancels. After
 * the final frame the stream can carry the requester's next request to that node (InferenceStreamPool).
 *
 * @example
 * ```ts
 * await libp2p.handle(protocols.infer, createInferenceHandler({ privateKey, scheduler, resolveModel, logger }), INFERENCE_STREAM_LIMITS)
 *
 * for await (const event of requestInference({ libp2p, peerId, protocol: protocols.infer, request })) {
 *   if (event.type === 'token') process.stdout.write(event.text)
 * }
 * ```
 */
export { createInferenceHandler, type InferenceHandlerOptions } from './inference-server.js';
export { requestInference, type DialProtocolFunction, type RequestInferenceOptions } from './inference-client.js';
export { InferenceProtocolError, RemoteInferenceError, type ProtocolViolation, type RemoteErrorCode } from './errors.js';
export { MAX_FRAME_BYTES, openFrames, type FrameOptions, type InferenceFrames, type ReceivedRequest } from './frames.js';
export { INFERENCE_IDLE_STREAM_MS, INFERENCE_STREAM_LIMITS, OUTBOUND_LIMIT_RETRY_AFTER_MS, REQUESTER_IDLE_STREAM_MS } from './stream-limits.js';
export { InferenceStreamPool, type PooledStream } from './stream-pool.js';
export { REQUEST_LIMITS, validateInferenceRequest, type ValidInferenceRequest } from './request-validation.js';
export { ResponseVerifier, type VerifiedSummary } from './response-verifier.js';
export type { RemoteInferenceRequest } from './wire.js';
