/**
 * Length-prefixed frames (unsigned varint length, then a protobuf message) on a libp2p stream, with a bounded size
 * and real back-pressure: incoming bytes are buffered up to a high-water mark, then the stream is paused (yamux
 * stops granting window to the sender) until the reader catches up.
 */
import type { AbortOptions, Stream, StreamCloseEvent, StreamMessageEvent } from '@libp2p/interface';
import { concat } from 'uint8arrays/concat';
import { decodeMessage, InferenceRequest, ResponseFrame, type ResponseFrameFields } from '../../protocol/proto.js';
import { InferenceProtocolError } from './errors.js';

export const MAX_FRAME_BYTES = 1024 * 1024;

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
  /** Detaches the reader; later incoming data is left to the stream's own bounded buffer. */
  stopReading(): void;
}

export function openFrames(stream: Stream, options: FrameOptions = {}): InferenceFrames {
  const maxFrameBytes = options.maxFrameBytes ?? MAX_FRAME_BYTES;
  const reader = new FrameReader(stream, maxFrameBytes);

  async function writeFrame(message: Uint8Array, writeOptions?: AbortOptions): Promise<void> {
    if (message.byteLength > maxFrameBytes) {
      throw new InferenceProtocolError('frame_too_large', `refusing to send a ${message.byteLength}-byte frame (limit ${maxFrameBytes})`);
    }
    if (!stream.send(concat([encodeVarint(message.byteLength), message]))) await stream.onDrain(writeOptions);
  }

  return {
    async readRequest(readOptions) {
      const bytes = await reader.read(readOptions);
      return { request: decode(InferenceRequest, bytes, 'inference request'), bytes };
    },
    async readResponse(readOptions) {
      return decode(ResponseFrame, await reader.read(readOptions), 'response frame');
    },
    writeFrame,
    async writeResponse(frame, writeOptions) {
      await writeFrame(ResponseFrame.encode(frame).finish(), writeOptions);
    },
    stopReading() {
      reader.detach();
    },
  };
}

/** Decodes a frame's message; a malformed one is an InferenceProtocolError that names what it should have been. */
export function decode<T>(type: { decode(bytes: Uint8Array): T }, bytes: Uint8Array, what: string): T {
  return decodeMessage(type, bytes, (reason, cause) => new InferenceProtocolError('malformed_frame', `malformed ${what}: ${reason}`, { cause }));
}

export function encodeVarint(value: number): Uint8Array {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return Uint8Array.from(bytes);
}

function varintLength(value: number): number {
  return encodeVarint(value).byteLength;
}

class FrameReader {
  private chunks: Uint8Array[] = [];
  private buffered = 0;
  private ended = false;
  private closeError: Error | undefined;
  private wake: (() => void) | null = null;
  private readonly maxLengthBytes: number;
  private readonly highWaterMark: number;
  private readonly onMessage = (event: StreamMessageEvent) => {
    const data = event.data instanceof Uint8Array ? event.data : event.data.subarray();
    this.chunks.push(data);
    this.buffered += data.byteLength;
    if (this.buffered > this.highWaterMark && this.stream.readStatus === 'readable') this.stream.pause();
    this.notify();
  };
  private readonly onRemoteCloseWrite = () => {
    this.ended = true;
    this.notify();
  };
  private readonly onClose = (event: StreamCloseEvent) => {
    this.ended = true;
    this.closeError = event.error;
    this.notify();
  };

  constructor(
    private readonly stream: Stream,
    private readonly maxFrameBytes: number,
  ) {
    this.maxLengthBytes = varintLength(maxFrameBytes);
    this.highWaterMark = 2 * (maxFrameBytes + this.maxLengthBytes);
    stream.addEventListener('message', this.onMessage);
    stream.addEventListener('remoteCloseWrite', this.onRemoteCloseWrite);
    stream.addEventListener('close', this.onClose);
    // Events may have fired before this reader existed.
    if (stream.remoteWriteStatus !== 'writable' || stream.status !== 'open') this.ended = true;
  }

  detach(): void {
    this.stream.removeEventListener('message', this.onMessage);
    this.stream.removeEventListener('remoteCloseWrite', this.onRemoteCloseWrite);
    this.stream.removeEventListener('close', this.onClose);
    this.chunks = [];
    this.buffered = 0;
  }

  async read(options?: AbortOptions): Promise<Uint8Array> {
    const signal = options?.signal;
    for (;;) {
      signal?.throwIfAborted();
      const frame = this.takeFrame();
      if (frame !== null) return frame;
      if (this.stream.readStatus === 'paused') {
        // Data held back by an earlier pause is needed now; resuming dispatches it at once.
        this.stream.resume();
        continue;
      }
      // Bytes the stream buffered before this reader attached are dispatched to it shortly.
      if (this.ended && this.stream.readBufferLength === 0) throw this.endedError();
      await this.nextEvent(signal);
    }
  }

  private endedError(): InferenceProtocolError {
    const partial = this.buffered > 0 ? ` after ${this.buffered} bytes of an incomplete frame` : '';
    const how = this.closeError !== undefined ? `was reset (${this.closeError.message})` : 'ended';
    return new InferenceProtocolError('stream_ended', `stream ${how}${partial}`, { cause: this.closeError });
  }

  private nextEvent(signal: AbortSignal | undefined): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        this.wake = null;
        reject(signal?.reason);
      };
      this.wake = () => {
        signal?.removeEventListener('abort', onAbort);
        this.wake = null;
        resolve();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private notify(): void {
    this.wake?.();
  }

  /** A complete frame from the buffer, or null while one is still arriving. */
  private takeFrame(): Uint8Array | null {
    const header = this.peekLength();
    if (header === null) return null;
    const total = header.headerBytes + header.length;
    if (this.buffered < total) return null;
    const bytes = this.consume(total);
    if (this.stream.readStatus === 'paused' && this.buffered <= this.highWaterMark / 2) this.stream.resume();
    return bytes.subarray(header.headerBytes);
  }

  private peekLength(): { length: number; headerBytes: number } | null {
    let value = 0;
    let scale = 1;
    let index = 0;
    for (const chunk of this.chunks) {
      for (const byte of chunk) {
        index += 1;
        value += (byte & 0x7f) * scale;
        if ((byte & 0x80) === 0) {
          if (value > this.maxFrameBytes) {
            throw new InferenceProtocolError('frame_too_large', `frame of ${value} bytes exceeds the limit of ${this.maxFrameBytes}`);
          }
          return { length: value, headerBytes: index };
        }
        if (index >= this.maxLengthBytes) {
          throw new InferenceProtocolError('frame_too_large', `frame length prefix exceeds ${this.maxLengthBytes} bytes (limit ${this.maxFrameBytes})`);
        }
        scale *= 128;
      }
    }
    return null;
  }

  private consume(count: number): Uint8Array {
    const out = new Uint8Array(count);
    let filled = 0;
    while (filled < count) {
      const chunk = this.chunks[0];
      if (chunk === undefined) throw new Error('FrameReader: buffer underrun');
      const part = Math.min(chunk.byteLength, count - filled);
      out.set(chunk.subarray(0, part), filled);
      filled += part;
      if (part === chunk.byteLength) this.chunks.shift();
      else this.chunks[0] = chunk.subarray(part);
    }
    this.buffered -= count;
    return out;
  }
}
