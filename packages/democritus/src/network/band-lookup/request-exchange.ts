/**
 * Request/response exchanges of the band protocols (lookup, provide, advert batch) on long-lived streams.
 *
 * Opening a libp2p stream costs a Yamux open and close, a multistream-select negotiation and a new stream logger:
 * 2.7 ms per request between two nodes of one process on this machine, against 0.3 ms for a request on a stream that
 * is already open (a 1.5 KB echo). A band lookup sends a dozen requests, so a client keeps its streams to a peer open
 * for the next request (one request in flight per stream, more streams when several are), and a server answers
 * requests on a stream until the client closes it or it stays idle. A server that answers one request per stream
 * and closes it still works: a request that fails on a reused stream is sent again on a fresh one.
 */
import type { Connection, PeerId, Stream, StreamHandler } from '@libp2p/interface';
import { lpStream, type LengthPrefixedStream } from '@libp2p/utils';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';
import type { SwarmHost } from '../host.js';
import { IdleStreamPool } from '../idle-stream-pool.js';

export const DEFAULT_REQUEST_TIMEOUT_MS = 2_000;
/** A client closes a stream that carried no request for this long; the server waits twice as long before it does. */
const CLIENT_IDLE_MS = 30_000;
export const SERVER_IDLE_MS = 2 * CLIENT_IDLE_MS;
/** Idle streams kept per peer and protocol (concurrent lookups open more; the extra ones are closed after use). */
const IDLE_PER_PEER = 2;

interface PooledStream {
  stream: Stream;
  framed: LengthPrefixedStream<Stream>;
}

export interface ExchangeOptions {
  signal: AbortSignal;
  /** The largest answer accepted (fixed per protocol: a stream keeps the limit it was first used with). */
  maxResponseBytes: number;
}

export class RequestStreams {
  private readonly idle = new IdleStreamPool<PooledStream>({ maxIdlePerPeer: IDLE_PER_PEER, idleMs: CLIENT_IDLE_MS });

  constructor(private readonly host: SwarmHost) {}

  /** Sends `request` to the peer and reads one length-prefixed answer, on an idle stream of the protocol if there is one. */
  async request(peerId: PeerId, protocol: string, request: Uint8Array, options: ExchangeOptions): Promise<Uint8Array> {
    const peer = peerId.toString();
    const reused = this.idle.take(peer, protocol);
    if (reused !== null) {
      try {
        return await this.exchangeOn(peer, protocol, reused, request, options);
      } catch (error) {
        // The peer may have closed the stream meanwhile, or serve one request per stream: try once on a fresh one.
        if (options.signal.aborted) throw error;
      }
    }
    return this.exchangeOn(peer, protocol, await this.open(peerId, protocol, options), request, options);
  }

  /** Closes every idle stream; later requests open streams that are closed after use. */
  close(): void {
    this.idle.close();
  }

  private async open(peerId: PeerId, protocol: string, options: ExchangeOptions): Promise<PooledStream> {
    const { signal } = options;
    const connection = this.host.getConnections(peerId).find((candidate) => candidate.status === 'open');
    // An open connection takes the stream directly; the dialler's queue and peer-store lookups are for new connections.
    const stream = connection === undefined ? await this.host.dialProtocol(peerId, protocol, { signal }) : await connection.newStream(protocol, { signal });
    return { stream, framed: lpStream(stream, { maxDataLength: options.maxResponseBytes }) };
  }

  private async exchangeOn(peer: string, protocol: string, pooled: PooledStream, request: Uint8Array, options: ExchangeOptions): Promise<Uint8Array> {
    try {
      await pooled.framed.write(request, { signal: options.signal });
      const response = (await pooled.framed.read({ signal: options.signal })).subarray();
      this.idle.give(peer, protocol, pooled);
      return response;
    } catch (error) {
      pooled.stream.abort(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
  }
}

/**
 * The server side, as a libp2p stream handler: answers length-prefixed requests on a stream until the client closes
 * its side or sends nothing for SERVER_IDLE_MS. `answer` throwing (a malformed request, named in its error) aborts the
 * stream and is logged as `<what> request refused`; the node goes on serving other streams.
 */
export function requestHandler(options: {
  what: string;
  maxRequestBytes: number;
  logger: Logger;
  answer: (request: Uint8Array, connection: Connection) => Promise<Uint8Array>;
}): StreamHandler {
  return async (stream: Stream, connection: Connection) => {
    try {
      await serveRequests(stream, { maxRequestBytes: options.maxRequestBytes, answer: (request) => options.answer(request, connection) });
    } catch (error) {
      options.logger.debug({ peer: connection.remotePeer.toString(), err: errorMessage(error) }, `${options.what} request refused`);
      stream.abort(error instanceof Error ? error : new Error(String(error)));
    }
  };
}

async function serveRequests(stream: Stream, options: { maxRequestBytes: number; answer: (request: Uint8Array) => Promise<Uint8Array> }): Promise<void> {
  const framed = lpStream(stream, { maxDataLength: options.maxRequestBytes });
  for (;;) {
    let request: Uint8Array;
    try {
      request = (await framed.read({ signal: AbortSignal.timeout(SERVER_IDLE_MS) })).subarray();
    } catch {
      // The client closed its side (the normal end), went quiet, or went away.
      await stream.close().catch(() => undefined);
      return;
    }
    const response = await options.answer(request);
    await framed.write(response, { signal: AbortSignal.timeout(DEFAULT_REQUEST_TIMEOUT_MS * 5) });
  }
}

/** The caller's signal, or a timeout for this one request, whichever fires first. */
export function requestSignal(signal: AbortSignal, timeoutMs: number | undefined): AbortSignal {
  return AbortSignal.any([signal, AbortSignal.timeout(timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS)]);
}
