/**
 * The requesting side of `/democritus/<swarm-id>/infer/1.0.0`. Yields the same events as the local engine, so
 * callers treat local and remote generation alike, after checking every packet and the summary against the
 * serving peer's key. Ending the iteration early, or aborting `signal`, resets the stream, which cancels the
 * generation on the serving node. With a pool, a stream whose request ended with its final frame is kept for the next
 * request to the same peer (stream-pool.ts).
 */
import { randomUUID } from 'node:crypto';
import { TooManyOutboundProtocolStreamsError, type AbortOptions, type DialProtocolOptions, type Libp2p, type PeerId, type Stream } from '@libp2p/interface';
import { peerIdFromString } from '@libp2p/peer-id';
import type { GenerationEvent } from '../../engine/types.js';
import { BusyError, CancelledError, DemocritusError } from '../../errors.js';
import { InferenceRequest } from '../../protocol/proto.js';
import { publicKeyOfPeer } from '../../protocol/signing.js';
import { InferenceProtocolError } from './errors.js';
import { MAX_FRAME_BYTES, openFrames } from './frames.js';
import { ResponseVerifier } from './response-verifier.js';
import type { InferenceStreamPool, PooledStream } from './stream-pool.js';
import { INFERENCE_STREAM_LIMITS, OUTBOUND_LIMIT_RETRY_AFTER_MS } from './stream-limits.js';
import { errorFromFrame, toWireRequest, type RemoteInferenceRequest } from './wire.js';

export type DialProtocolFunction = (peerId: PeerId, protocol: string, options: AbortOptions) => Promise<Stream>;

export interface RequestInferenceOptions {
  /** A libp2p node, or any function that opens a stream to the peer on the protocol. */
  libp2p: Pick<Libp2p, 'dialProtocol'> | DialProtocolFunction;
  peerId: PeerId | string;
  protocol: string;
  request: RemoteInferenceRequest;
  signal?: AbortSignal;
  maxFrameBytes?: number;
  /** How long the graceful close after the final frame may take before the stream is reset. */
  closeTimeoutMs?: number;
  /** Streams kept open between requests: the request reuses an idle one to the peer, and gives its stream back. */
  pool?: InferenceStreamPool;
}

const DEFAULT_CLOSE_TIMEOUT_MS = 5_000;

export async function* requestInference(options: RequestInferenceOptions): AsyncGenerator<GenerationEvent> {
  const { request, signal, pool } = options;
  const peerId = typeof options.peerId === 'string' ? peerIdFromString(options.peerId) : options.peerId;
  const peer = peerId.toString();
  const publicKey = publicKeyOfPeer(peer);
  const maxFrameBytes = options.maxFrameBytes ?? MAX_FRAME_BYTES;
  const requestId = request.requestId ?? randomUUID();
  const requestBytes = InferenceRequest.encode(toWireRequest(request, requestId)).finish();
  if (requestBytes.byteLength > maxFrameBytes) {
    throw new DemocritusError('bad_request', `the request takes ${requestBytes.byteLength} bytes, more than the ${maxFrameBytes}-byte frame limit`);
  }
  const started = performance.now();

  signal?.throwIfAborted();
  const open = async (): Promise<PooledStream> => {
    const stream = await dial(options.libp2p, peerId, options.protocol, { signal, maxOutboundStreams: INFERENCE_STREAM_LIMITS.maxOutboundStreams });
    return { stream, frames: openFrames(stream, { maxFrameBytes }) };
  };
  let pooled = pool?.take(peer, options.protocol) ?? null;
  let reused = pooled !== null;
  pooled ??= await open();
  for (;;) {
    const { stream, frames } = pooled;
    const verifier = new ResponseVerifier(publicKey, peer, requestId, requestBytes, request.modelSha256 ?? '');
    const cancel = () => stream.abort(new CancelledError('inference request cancelled'));
    signal?.addEventListener('abort', cancel, { once: true });
    let finished = false;
    let answered = false;
    let retry = false;
    try {
      await frames.writeFrame(requestBytes, { signal });
      let firstTokenMs: number | null = null;
      for (;;) {
        const frame = await frames.readResponse({ signal });
        answered = true;
        if (frame.body === 'packet' && frame.packet) {
          for (const token of await verifier.acceptPacket(frame.packet)) {
            firstTokenMs ??= performance.now() - started;
            yield token;
          }
        } else if (frame.body === 'summary' && frame.summary) {
          const summary = await verifier.acceptSummary(frame.summary);
          finished = true;
          yield {
            type: 'done',
            finishReason: summary.finishReason,
            usage: { promptTokens: summary.promptTokens, completionTokens: summary.completionTokens },
            modelSha256: summary.modelSha256,
            timings: { firstTokenMs, totalMs: performance.now() - started },
            ...(summary.error !== '' ? { error: summary.error } : {}),
          };
          return;
        } else if (frame.body === 'error' && frame.error) {
          finished = true;
          throw errorFromFrame(frame.error, peer);
        } else {
          throw new InferenceProtocolError('unexpected_frame', `empty response frame from ${peer}`);
        }
      }
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (!(error instanceof InferenceProtocolError && error.code === 'stream_ended')) throw error;
      // A kept stream that the peer closed meanwhile served nothing: ask again on a fresh one (below).
      retry = reused && !answered;
      if (!retry) throw new InferenceProtocolError('stream_ended', `${peer} ended the stream before the final summary: ${error.message}`, { cause: error });
    } finally {
      signal?.removeEventListener('abort', cancel);
      if (finished) await release(pooled, options, peer);
      else stream.abort(retry ? new Error('kept inference stream closed by the peer') : new CancelledError('inference stream abandoned'));
    }
    reused = false;
    pooled = await open();
  }
}

/** After the final frame: back to the pool if there is one, else closed gracefully. */
async function release(pooled: PooledStream, options: RequestInferenceOptions, peer: string): Promise<void> {
  if (options.pool !== undefined) {
    options.pool.give(peer, options.protocol, pooled);
    return;
  }
  const { stream } = pooled;
  await stream.close({ signal: AbortSignal.timeout(options.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS) }).catch((error: unknown) => {
    stream.abort(error instanceof Error ? error : new Error(String(error)));
  });
}

/**
 * Opens the stream. Too many requests already open to the peer is this node's own limit (INFERENCE_STREAM_LIMITS,
 * or the protocol handler's options where this node registered one): the peer is as good as busy for us.
 */
async function dial(libp2p: RequestInferenceOptions['libp2p'], peerId: PeerId, protocol: string, options: DialProtocolOptions): Promise<Stream> {
  try {
    if (typeof libp2p === 'function') return await libp2p(peerId, protocol, options);
    return await libp2p.dialProtocol(peerId, protocol, options);
  } catch (error) {
    if (error instanceof TooManyOutboundProtocolStreamsError) throw new BusyError(OUTBOUND_LIMIT_RETRY_AFTER_MS);
    throw error;
  }
}
