/** One request message and one response message on a fresh libp2p stream: how every band protocol asks a peer. */
import type { PeerId } from '@libp2p/interface';
import { lpStream } from '@libp2p/utils';
import type { SwarmLibp2p } from '../create-libp2p.js';

export const DEFAULT_REQUEST_TIMEOUT_MS = 2_000;

/** Sends `request` and reads one length-prefixed answer (on an open connection when there is one). */
export async function exchange(
  libp2p: SwarmLibp2p,
  protocol: string,
  peerId: PeerId,
  request: Uint8Array,
  options: { signal: AbortSignal; maxResponseBytes: number },
): Promise<Uint8Array> {
  const { signal } = options;
  const open = libp2p.getConnections(peerId).find((connection) => connection.status === 'open');
  // An open connection takes the stream directly; the dialler's queue and peer-store lookups are for new connections.
  const stream = open === undefined ? await libp2p.dialProtocol(peerId, protocol, { signal }) : await open.newStream(protocol, { signal });
  try {
    const framed = lpStream(stream, { maxDataLength: options.maxResponseBytes });
    await framed.write(request, { signal });
    const response = (await framed.read({ signal })).subarray();
    // The answer is complete; closing our side need not hold up the caller.
    stream.close().catch(() => undefined);
    return response;
  } catch (error) {
    stream.abort(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
}

/** The caller's signal, or a timeout for this one request, whichever fires first. */
export function requestSignal(signal: AbortSignal, timeoutMs: number | undefined): AbortSignal {
  return AbortSignal.any([signal, AbortSignal.timeout(timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS)]);
}

/** Runs `request` up to `attempts` times (attempt numbers from 1) until it succeeds or `signal` fires. */
export async function withRetries<T>(attempts: number, signal: AbortSignal, request: (attempt: number) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request(attempt);
    } catch (error) {
      if (attempt >= attempts || signal.aborted) throw error;
    }
  }
}
