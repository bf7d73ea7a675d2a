/**
 * The serving side of `/democritus/<swarm-id>/infer/1.0.0`: requests one after another on a stream, each answered with
 * signed token packets and a signed final summary, or an error frame. The requester keeps its writable end open until
 * the final frame: closing it, or resetting the stream, cancels the generation and frees the engine. After a final
 * frame the stream waits for the requester's next request (it may keep the stream for its next request to this node)
 * and is closed when the requester closes its end or sends nothing for INFERENCE_IDLE_STREAM_MS.
 */
import type { Connection, PrivateKey, Stream, StreamHandler } from '@libp2p/interface';
import { fromString } from 'uint8arrays/from-string';
import { PacketBatcher, type PacketBatcherSettings } from '../../core/streaming/packet-batcher.js';
import { Transcript } from '../../core/streaming/transcript.js';
import type { DoneEvent, GenerationEvent, ModelHandle, TokenEvent } from '../../engine/types.js';
import { CancelledError, errorMessage } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';
import { ErrorCode, FinalSummary, TokenPacket, type ErrorFrameFields, type InferenceRequest } from '../../protocol/proto.js';
import { signPayload } from '../../protocol/signing.js';
import type { Scheduler } from '../../scheduler/scheduler.js';
import { InferenceProtocolError } from './errors.js';
import { openFrames, type InferenceFrames, type ReceivedRequest } from './frames.js';
import { validateInferenceRequest, type ValidInferenceRequest } from './request-validation.js';
import { INFERENCE_IDLE_STREAM_MS } from './stream-limits.js';
import { deadlineExceededFrame, errorFrameFor, toWireToken } from './wire.js';

export interface InferenceHandlerOptions {
  /** The node key: it signs every packet and summary. */
  privateKey: PrivateKey;
  scheduler: Pick<Scheduler, 'generate'>;
  /** The model for a request's model_sha256 ('' = the node's expert model), or null if this node cannot serve it. */
  resolveModel: (modelSha256: string) => ModelHandle | null;
  logger: Logger;
  batching?: Partial<PacketBatcherSettings>;
  maxFrameBytes?: number;
  /** How long a requester may take to send its request after opening the stream. */
  requestTimeoutMs?: number;
  /** How long a stream whose last request ended waits for the next one before it is closed. */
  idleStreamMs?: number;
  /** How long the graceful close after the last frame may take before the stream is reset. */
  closeTimeoutMs?: number;
}

const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
const DEFAULT_CLOSE_TIMEOUT_MS = 60_000;
// setTimeout fires at once for delays beyond 2^31 - 1 ms.
const MAX_TIMER_MS = 2 ** 31 - 1;
const BATCH_DUE = Symbol('batch due');

export function createInferenceHandler(options: InferenceHandlerOptions): StreamHandler {
  return async (stream: Stream, connection: Connection) => {
    const peer = connection.remotePeer.toString();
    const log = options.logger.child({ peer, stream: stream.id });
    try {
      await serveStream(stream, peer, options, log);
    } catch (error) {
      log.debug({ err: errorMessage(error) }, 'inference stream failed');
      stream.abort(error instanceof Error ? error : new Error(String(error)));
    }
  };
}

async function serveStream(stream: Stream, peer: string, options: InferenceHandlerOptions, log: Logger): Promise<void> {
  const requesterGone = new AbortController();
  const onGone = () => requesterGone.abort(new CancelledError('the requester closed the stream'));
  stream.addEventListener('close', onGone);
  stream.addEventListener('remoteCloseWrite', onGone);
  const frames = openFrames(stream, { maxFrameBytes: options.maxFrameBytes });
  try {
    for (let served = 0; ; served++) {
      let received: ReceivedRequest;
      try {
        const waitMs = served === 0 ? (options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS) : (options.idleStreamMs ?? INFERENCE_IDLE_STREAM_MS);
        received = await frames.readRequest({ signal: AbortSignal.any([requesterGone.signal, AbortSignal.timeout(waitMs)]) });
      } catch (error) {
        if (served > 0 && stream.status === 'open' && !(error instanceof InferenceProtocolError && error.code !== 'stream_ended')) {
          // Between requests: the requester is done with the stream (it closed its end), or it stayed unused.
          await closeGracefully(stream, options);
          return;
        }
        log.debug({ err: errorMessage(error) }, 'no valid inference request; resetting the stream');
        stream.abort(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      const session = new ServingSession(frames, peer, options, log, requesterGone.signal);
      if (!(await session.serve(received.request, received.bytes))) {
        // Serving ended without a final frame (the requester left): do not leave our half of the stream open.
        if (stream.writeStatus === 'writable') stream.abort(new CancelledError('inference cancelled by the requester'));
        return;
      }
      if (stream.status !== 'open') return;
    }
  } finally {
    stream.removeEventListener('close', onGone);
    stream.removeEventListener('remoteCloseWrite', onGone);
  }
}

async function closeGracefully(stream: Stream, options: InferenceHandlerOptions): Promise<void> {
  await stream.close({ signal: AbortSignal.timeout(options.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS) });
}

class ServingSession {
  private readonly deadline = new AbortController();
  /** Stops the engine when serving ends before the generation does. */
  private readonly stopped = new AbortController();
  private deadlineTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly frames: InferenceFrames,
    private readonly peer: string,
    private readonly options: InferenceHandlerOptions,
    private readonly log: Logger,
    private readonly requesterGone: AbortSignal,
  ) {}

  /** Serves one request; whether it ended with a final frame (summary or error), after which the stream can take another. */
  async serve(wireRequest: InferenceRequest, requestBytes: Uint8Array): Promise<boolean> {
    let request: ValidInferenceRequest;
    try {
      request = validateInferenceRequest(wireRequest);
    } catch (error) {
      return await this.finishWithError(errorFrameFor(error));
    }
    const model = this.options.resolveModel(request.modelSha256);
    if (model === null) {
      return await this.finishWithError({ code: ErrorCode.MODEL_UNAVAILABLE, message: `this node does not serve model ${request.modelSha256}` });
    }
    if (request.deadlineUnixMs > 0) {
      const remaining = request.deadlineUnixMs - Date.now();
      if (remaining <= 0) {
        return await this.finishWithError(deadlineExceededFrame());
      }
      this.deadlineTimer = setTimeout(() => this.deadline.abort(new CancelledError('deadline exceeded')), Math.min(remaining, MAX_TIMER_MS));
    }
    try {
      return await this.generate(request, model, requestBytes);
    } finally {
      clearTimeout(this.deadlineTimer);
    }
  }

  private async generate(request: ValidInferenceRequest, model: ModelHandle, requestBytes: Uint8Array): Promise<boolean> {
    const signal = AbortSignal.any([this.requesterGone, this.deadline.signal, this.stopped.signal]);
    let events: AsyncGenerator<GenerationEvent>;
    try {
      events = await this.options.scheduler.generate(
        {
          model,
          input: { messages: request.messages },
          maxTokens: request.maxTokens,
          sampling: request.sampling,
          stop: request.stop,
          topLogprobs: request.topLogprobs,
          ...(request.continuation === undefined ? {} : { continuation: request.continuation }),
          signal,
        },
        { clientId: this.peer, priority: 'remote' },
      );
    } catch (error) {
      return await this.finishAfterFailure(error);
    }

    const context = fromString(request.requestId);
    const transcript = new Transcript(requestBytes);
    const batcher = new PacketBatcher<TokenEvent>(this.options.batching);
    const flush = async () => {
      const tokens = batcher.take();
      if (tokens.length === 0) return;
      const payload = TokenPacket.encode({ sequence: transcript.packetCount, tokens: tokens.map(toWireToken) }).finish();
      const signature = await signPayload(this.options.privateKey, 'token-packet', context, payload);
      transcript.addPacket(payload);
      await this.frames.writeResponse({ packet: { payload, signature } }, { signal: this.requesterGone });
    };

    let done: DoneEvent | undefined;
    let pending = nextEvent(events);
    // One timer per batch (armed by its first held token, for when it is due), not one per token.
    const due = new BatchDue();
    try {
      while (done === undefined) {
        const wait = batcher.msUntilDue(performance.now());
        const next = wait === null ? await pending : await Promise.race([pending, due.after(wait)]);
        if (next === BATCH_DUE) {
          due.clear();
          await flush();
          continue;
        }
        if (next.done === true) throw new Error('generation ended without a done event');
        if (next.value.type === 'done') {
          done = next.value;
          break;
        }
        // Ask for the next token before signing and sending this batch, so the engine works meanwhile.
        pending = nextEvent(events);
        if (batcher.add(next.value, performance.now())) {
          due.clear();
          await flush();
        }
      }
      await flush();
    } catch (error) {
      return await this.finishAfterFailure(error);
    } finally {
      due.clear();
      // Stops the engine at its next token if it is still going.
      if (done === undefined) this.stopped.abort(new CancelledError('serving stopped'));
      // The scheduler frees the slot and the engine its sequence only when their generators finish: even after the
      // done event, the generator is still suspended at that yield.
      await events.return(undefined).catch(() => undefined);
    }

    if (this.requesterGone.aborted) return false;
    if (this.deadline.signal.aborted) {
      return await this.finishWithError(deadlineExceededFrame());
    }
    const summary = FinalSummary.encode({
      finishReason: done.finishReason,
      promptTokens: done.usage.promptTokens,
      completionTokens: done.usage.completionTokens,
      modelSha256: done.modelSha256,
      packetCount: transcript.packetCount,
      transcriptSha256: transcript.digest(),
      error: done.error ?? '',
    }).finish();
    const signature = await signPayload(this.options.privateKey, 'final-summary', context, summary);
    await this.frames.writeResponse({ summary: { payload: summary, signature } }, { signal: this.requesterGone });
    return true;
  }

  private async finishAfterFailure(error: unknown): Promise<boolean> {
    if (this.requesterGone.aborted) return false;
    if (this.deadline.signal.aborted) {
      return await this.finishWithError(deadlineExceededFrame());
    }
    const frame = errorFrameFor(error);
    if (frame.code === ErrorCode.INTERNAL) this.log.warn({ err: errorMessage(error) }, 'remote inference failed');
    return await this.finishWithError(frame);
  }

  private async finishWithError(frame: ErrorFrameFields): Promise<boolean> {
    if (this.requesterGone.aborted) return false;
    await this.frames.writeResponse({ error: frame }, { signal: this.requesterGone });
    return true;
  }
}

/** The next event; a rejection is handled later by whoever awaits it, so it must not count as unhandled meanwhile. */
function nextEvent(events: AsyncGenerator<GenerationEvent>): Promise<IteratorResult<GenerationEvent>> {
  const next = events.next();
  next.catch(() => undefined);
  return next;
}

/** Resolves with BATCH_DUE when the held batch is due: armed once per batch, cleared when the batch is sent. */
class BatchDue {
  private timer: NodeJS.Timeout | undefined;
  private promise: Promise<typeof BATCH_DUE> | null = null;

  /** The batch's due promise, armed to fire in `ms` unless it already is. */
  after(ms: number): Promise<typeof BATCH_DUE> {
    this.promise ??= new Promise((resolve) => {
      this.timer = setTimeout(() => resolve(BATCH_DUE), ms);
    });
    return this.promise;
  }

  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.promise = null;
  }
}
