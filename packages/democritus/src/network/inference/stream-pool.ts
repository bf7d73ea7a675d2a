/**
 * Inference streams kept open between requests, so that a request to a peer this node asked before skips opening a
 * stream and negotiating its protocol (a round trip to the peer and back, plus the serving node's per-stream work:
 * together some 2-3 ms of the time to the first token on this project's machine, see docs/benchmarks.md).
 *
 * A stream goes back to the pool only after a request on it ended with its final frame (summary or error), both
 * ends still open; a stream that was cancelled, failed or half-closed is never reused. Idle streams are closed after
 * `idleMs` (shorter than the serving side's INFERENCE_IDLE_STREAM_MS, so the requester is normally the one to close)
 * and dropped at once when the peer closes or resets them. A reused stream can still turn out to be closed by the
 * peer when the request is written (both sides timing out at once, or a serving node that closes every stream after
 * one request): the requester then opens a fresh stream, which is safe because nothing was served on the old one.
 */
import type { Stream } from '@libp2p/interface';
import type { InferenceFrames } from './frames.js';
import { REQUESTER_IDLE_STREAM_MS } from './stream-limits.js';

export interface PooledStream {
  stream: Stream;
  /** The stream's frame reader and writer: it may hold bytes read ahead, so it stays with its stream. */
  frames: InferenceFrames;
}

export interface StreamPoolOptions {
  /** Idle streams kept per peer and protocol. */
  maxIdlePerPeer?: number;
  /** How long a stream may stay idle before the pool closes it. */
  idleMs?: number;
}

interface IdleEntry extends PooledStream {
  timer: NodeJS.Timeout;
  onGone: () => void;
}

const DEFAULT_MAX_IDLE_PER_PEER = 4;
const CLOSE_TIMEOUT_MS = 5_000;

export class InferenceStreamPool {
  private readonly idle = new Map<string, IdleEntry[]>();
  private readonly maxIdlePerPeer: number;
  private readonly idleMs: number;
  private closed = false;

  constructor(options: StreamPoolOptions = {}) {
    this.maxIdlePerPeer = options.maxIdlePerPeer ?? DEFAULT_MAX_IDLE_PER_PEER;
    this.idleMs = options.idleMs ?? REQUESTER_IDLE_STREAM_MS;
  }

  /** An idle stream to the peer on the protocol, most recently used first, or null. */
  take(peer: string, protocol: string): PooledStream | null {
    const entries = this.idle.get(key(peer, protocol));
    for (let entry = entries?.pop(); entry !== undefined; entry = entries?.pop()) {
      this.forget(entry);
      if (isReusable(entry.stream)) return { stream: entry.stream, frames: entry.frames };
      entry.stream.abort(new Error('idle inference stream no longer usable'));
    }
    return null;
  }

  /** Gives back a stream whose request ended with its final frame; closes it instead if it cannot be kept. */
  give(peer: string, protocol: string, pooled: PooledStream): void {
    const entries = this.idle.get(key(peer, protocol)) ?? [];
    if (this.closed || !isReusable(pooled.stream) || entries.length >= this.maxIdlePerPeer) {
      closeQuietly(pooled.stream);
      return;
    }
    const entry: IdleEntry = {
      ...pooled,
      timer: setTimeout(() => this.drop(peer, protocol, entry, true), this.idleMs),
      onGone: () => this.drop(peer, protocol, entry, false),
    };
    entry.timer.unref();
    pooled.stream.addEventListener('close', entry.onGone);
    pooled.stream.addEventListener('remoteCloseWrite', entry.onGone);
    entries.push(entry);
    this.idle.set(key(peer, protocol), entries);
  }

  /** Idle streams in the pool (all peers). */
  get size(): number {
    let count = 0;
    for (const entries of this.idle.values()) count += entries.length;
    return count;
  }

  /** Closes every idle stream; streams given back later are closed at once. */
  close(): void {
    this.closed = true;
    for (const entries of this.idle.values()) {
      for (const entry of entries) {
        this.forget(entry);
        entry.stream.abort(new Error('inference stream pool closed'));
      }
    }
    this.idle.clear();
  }

  private drop(peer: string, protocol: string, entry: IdleEntry, close: boolean): void {
    const entries = this.idle.get(key(peer, protocol));
    const index = entries?.indexOf(entry) ?? -1;
    if (entries === undefined || index < 0) return;
    entries.splice(index, 1);
    if (entries.length === 0) this.idle.delete(key(peer, protocol));
    this.forget(entry);
    if (close) closeQuietly(entry.stream);
    else if (entry.stream.status === 'open') entry.stream.abort(new Error('the peer closed the idle inference stream'));
  }

  private forget(entry: IdleEntry): void {
    clearTimeout(entry.timer);
    entry.stream.removeEventListener('close', entry.onGone);
    entry.stream.removeEventListener('remoteCloseWrite', entry.onGone);
  }
}

function key(peer: string, protocol: string): string {
  return `${peer} ${protocol}`;
}

function isReusable(stream: Stream): boolean {
  return stream.status === 'open' && stream.writeStatus === 'writable' && stream.remoteWriteStatus === 'writable';
}

function closeQuietly(stream: Stream): void {
  stream.close({ signal: AbortSignal.timeout(CLOSE_TIMEOUT_MS) }).catch((error: unknown) => {
    stream.abort(error instanceof Error ? error : new Error(String(error)));
  });
}
