/**
 * Reads and discards what is left of a request body before an error response is sent. A server that answers (say,
 * 413 for a body over the limit) without reading the body closes the connection while the client is still writing,
 * and the client sees EPIPE or ECONNRESET instead of the answer. Draining is bounded: past `maxBytes` or `timeoutMs`
 * the connection is left to close, as a client that keeps sending that much is not waiting for an answer.
 */
import type { IncomingMessage } from 'node:http';

const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 5_000;

/** True when the body was read to its end (or there was none left); false when the bound stopped the draining. */
export async function drainRequestBody(request: IncomingMessage, options: { maxBytes?: number; timeoutMs?: number } = {}): Promise<boolean> {
  if (request.complete || request.destroyed || request.readableEnded) return true;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  return new Promise<boolean>((resolve) => {
    let read = 0;
    const finish = (drained: boolean) => {
      clearTimeout(timer);
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('close', onClose);
      request.off('error', onClose);
      resolve(drained);
    };
    const onData = (chunk: Buffer) => {
      read += chunk.length;
      if (read > maxBytes) finish(false);
    };
    const onEnd = () => finish(true);
    const onClose = () => finish(request.complete);
    const timer = setTimeout(() => finish(false), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    timer.unref();
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('close', onClose);
    request.once('error', onClose);
    request.resume();
  });
}
