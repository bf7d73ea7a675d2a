/**
 * Length-prefixed frames (unsigned varint length, then a protobuf message) on a libp2p stream, read and written with
 * `@libp2p/utils`' `lpStream`, as js-libp2p's own protocols do. Two things are added on top:
 *
 * - a bounded frame size that is refused from the length prefix alone, including a prefix that never ends (lpStream's
 *   default decoder keeps reading one of those for as long as the sender sends);
 * - back-pressure: the stream is paused whenever no read is waiting, so yamux stops granting the sender window until
 *   the reader asks for the next frame (lpStream alone buffers whatever arrives, then resets the stream when its
 *   buffer overflows, which would fail a slow consumer's generation instead of slowing the generation down).
 */
import type { AbortOptions, Stream } from '@libp2p/interface';
import {
  InvalidDataLengthError,
  InvalidDataLengthLengthError,
  InvalidMessageLengthError,
  lpStream,
  UnexpectedEOFError,
  type LengthPrefixedStreamOpts,
} from '@libp2p/utils';
import * as varint from 'uint8-varint';
import { decodeMessage, InferenceRequest, ResponseFrame, type ResponseFrameFields } from '../../protocol/proto.js';
import { InferenceProtocolError } from './errors.js';

export const MAX_FRAME_BYTES = 1024 * 1024;

/**
 * Bytes received but not yet read that the reader holds before it resets the stream. A paused libp2p stream keeps up
 * to 4 MiB itself (more resets it) and hands all of it to the reader when reading resumes, so twice that never
 * refuses data that the stream itself accepted.
 */
const READ_BUFFER_BYTES = 8 * 1024 * 1024;

export interface FrameOptions {
  /** Frames larger than this are refused (the length prefix alone is enough to refuse them). */
  maxFrameBytes?: number;
}

export interface ReceivedRequest {
  request: InferenceRequest;
  /** The frame exactly as received: the transcript hash starts with these bytes. */
  bytes: Uint8Array;
}

export interface InferenceFrames {
  readRequest(options?: AbortOptions): Promise<ReceivedRequest>;
  readResponse(options?: AbortOptions): Promise<ResponseFrame>;
  /** Writes one encoded message, waiting while the stream asks to drain. */
  writeFrame(message: Uint8Array, options?: AbortOptions): Promise<void>;
  writeResponse(frame: ResponseFrameFields, options?: AbortOptions): Promise<void>;
}

export function openFrames(stream: Stream, options: FrameOptions = {}): InferenceFrames {
  const maxFrameBytes = options.maxFrameBytes ?? MAX_FRAME_BYTES;
  const maxLengthBytes = varint.encodingLength(maxFrameBytes);
  const frames = lpStream(stream, {
    maxDataLength: maxFrameBytes,
    maxLengthLength: maxLengthBytes,
    maxBufferSize: READ_BUFFER_BYTES,
    lengthDecoder: boundedLengthDecoder(maxLengthBytes, maxFrameBytes),
  });

  async function read(readOptions?: AbortOptions): Promise<Uint8Array> {
    // Data held back while paused is handed to the reader at once on resume.
    if (stream.readStatus === 'paused') stream.resume();
    try {
      return (await frames.read(readOptions)).subarray();
    } catch (error) {
      if (readOptions?.signal?.aborted === true) throw readOptions.signal.reason;
      throw readError(error, stream);
    } finally {
      if (stream.readStatus === 'readable') stream.pause();
    }
  }

  async function writeFrame(message: Uint8Array, writeOptions?: AbortOptions): Promise<void> {
    if (message.byteLength > maxFrameBytes) {
      throw new InferenceProtocolError('frame_too_large', `refusing to send a ${message.byteLength}-byte frame (limit ${maxFrameBytes})`);
    }
    try {
      await frames.write(message, writeOptions);
    } catch (error) {
      if (writeOptions?.signal?.aborted === true) throw writeOptions.signal.reason;
      // A stream that the other side reset (or that closed) refuses writes with a StreamStateError or a close error.
      if (stream.status !== 'open' && error instanceof Error) {
        throw new InferenceProtocolError('stream_ended', `stream ${endedHow(stream)} before a frame could be sent (${error.message})`, { cause: error });
      }
      throw error;
    }
  }

  return {
    async readRequest(readOptions) {
      const bytes = await read(readOptions);
      return { request: decode(InferenceRequest, bytes, 'inference request'), bytes };
    },
    async readResponse(readOptions) {
      return decode(ResponseFrame, await read(readOptions), 'response frame');
    },
    writeFrame,
    async writeResponse(frame, writeOptions) {
      await writeFrame(ResponseFrame.encode(frame).finish(), writeOptions);
    },
  };
}

/** Decodes a frame's message; a malformed one is an InferenceProtocolError that names what it should have been. */
export function decode<T>(type: { decode(bytes: Uint8Array): T }, bytes: Uint8Array, what: string): T {
  return decodeMessage(type, bytes, (reason, cause) => new InferenceProtocolError('malformed_frame', `malformed ${what}: ${reason}`, { cause }));
}

/**
 * The varint decoder, except that a prefix still unfinished at the longest length a valid frame can have is refused.
 * (lpStream reads the prefix a byte at a time and calls this after each one; a RangeError means "not finished yet".)
 */
function boundedLengthDecoder(maxLengthBytes: number, maxFrameBytes: number): LengthPrefixedStreamOpts['lengthDecoder'] {
  return (prefix) => {
    try {
      return varint.decode(prefix);
    } catch (error) {
      if (error instanceof RangeError && prefix.byteLength >= maxLengthBytes) {
        throw new InferenceProtocolError('frame_too_large', `frame length prefix exceeds ${maxLengthBytes} bytes (limit ${maxFrameBytes})`);
      }
      throw error;
    }
  };
}

/** What a failed read means for the inference protocol. */
function readError(error: unknown, stream: Stream): unknown {
  if (error instanceof InferenceProtocolError) return error;
  if (error instanceof InvalidDataLengthError || error instanceof InvalidDataLengthLengthError) {
    return new InferenceProtocolError('frame_too_large', `frame exceeds the limit: ${error.message}`, { cause: error });
  }
  if (error instanceof InvalidMessageLengthError) return new InferenceProtocolError('malformed_frame', error.message, { cause: error });
  const ended = error instanceof UnexpectedEOFError || (error instanceof Error && (error.name === 'StreamBufferError' || stream.status !== 'open'));
  if (!ended) return error;
  return new InferenceProtocolError('stream_ended', `stream ${endedHow(stream)} (${error.message})`, { cause: error });
}

function endedHow(stream: Stream): string {
  return stream.status === 'reset' || stream.status === 'aborted' ? 'was reset' : 'ended';
}
