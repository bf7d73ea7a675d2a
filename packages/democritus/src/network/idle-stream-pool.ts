/**
 * Streams a requester keeps open between requests, per peer and protocol, so that the next request to that peer skips
 * opening a stream and negotiating its protocol (a Yamux open and close, a multistream-select round trip, and the
 * serving node's per-stream work: 2-3 ms per request on this project's machine, see docs/benchmarks.md). The band
 * protocols (`band-lookup/request-exchange.ts`) and the inference protocol (`inference/inference-client.ts`) keep
 * theirs here.
 *
 * A stream goes back to the pool only after its request ended cleanly, both ends still open; a stream that was
 * cancelled, failed or half-closed is never reused. Idle streams are closed after `idleMs` (shorter than the serving
 * side's own idle time, so the requester is normally the one to close) and dropped at once when the peer closes or
 * resets them. A reused stream can still turn out to be closed by the peer when the request is written (both sides
 * timing out at once, or a server that answers one request per stream): the caller then tries once more on a fresh
 * stream, which is safe because nothing was answered on the old one.
 */
import type { Stream } from '@libp2p/interface';

export interface IdleStreamPoolOptions {
  /** Idle streams kept per peer and protocol. */
  maxIdlePerPeer: number;
  /** How long a stream may stay idle before the pool closes it. */
  idleMs: number;
}

interface IdleEntry<T> {
  pooled: T;
  timer: NodeJS.Timeout;
  onGone: () => void;
}

const CLOSE_TIMEOUT_MS = 5_000;

/** `T` is the stream with whatever reads and writes it (a frame reader may hold bytes read ahead: it stays with its stream). */
export class IdleStreamPool<T extends { stream: Stream }> {
  private readonly idle = new Map<string, IdleEntry<T>[]>();
  private closed = false;

  constructor(private readonly options: IdleStreamPoolOptions) {}

  /** An idle stream to the peer on the protocol, most recently used first, or null. */
  take(peer: string, protocol: string): T | null {
    const entries = this.idle.get(key(peer, protocol));
    for (let entry = entries?.pop(); entry !== undefined; entry = entries?.pop()) {
      if (entries?.length === 0) this.idle.delete(key(peer, protocol));
      this.forget(entry);
      if (isReusable(entry.pooled.stream)) return entry.pooled;
      entry.pooled.stream.abort(new Error('idle stream no longer usable'));
    }
    return null;
  }

  /** Gives back a stream whose request ended cleanly; closes it instead if it cannot be kept. */
  give(peer: string, protocol: string, pooled: T): void {
    const entries = this.idle.get(key(peer, protocol)) ?? [];
    if (this.closed || !isReusable(pooled.stream) || entries.length >= this.options.maxIdlePerPeer) {
      closeQuietly(pooled.stream);
      return;
    }
    const entry: IdleEntry<T> = {
      pooled,
      timer: setTimeout(() => this.drop(peer, protocol, entry, true), this.options.idleMs),
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
        entry.pooled.stream.abort(new Error('stream pool closed'));
      }
    }
    this.idle.clear();
  }

  private drop(peer: string, protocol: string, entry: IdleEntry<T>, close: boolean): void {
    const entries = this.idle.get(key(peer, protocol));
    const index = entries?.indexOf(entry) ?? -1;
    if (entries === undefined || index < 0) return;
    entries.splice(index, 1);
    if (entries.length === 0) this.idle.delete(key(peer, protocol));
    this.forget(entry);
    if (close) closeQuietly(entry.pooled.stream);
    else if (entry.pooled.stream.status === 'open') entry.pooled.stream.abort(new Error('the peer closed the idle stream'));
  }

  private forget(entry: IdleEntry<T>): void {
    clearTimeout(entry.timer);
    entry.pooled.stream.removeEventListener('close', entry.onGone);
    entry.pooled.stream.removeEventListener('remoteCloseWrite', entry.onGone);
  }
}

function key(peer: string, protocol: string): string {
  return `${peer} ${protocol}`;
}

/** Open both ways: neither side closed its end (a server that answers once closes its end after the answer). */
function isReusable(stream: Stream): boolean {
  return stream.status === 'open' && stream.writeStatus === 'writable' && stream.remoteWriteStatus === 'writable' && stream.readStatus !== 'closed';
}

function closeQuietly(stream: Stream): void {
  stream.close({ signal: AbortSignal.timeout(CLOSE_TIMEOUT_MS) }).catch((error: unknown) => {
    stream.abort(error instanceof Error ? error : new Error(String(error)));
  });
}
