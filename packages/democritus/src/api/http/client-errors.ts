/**
 * The HTTP listeners' own limits and the answers Node's HTTP parser gives before a route runs: slow headers and slow
 * bodies time out (408), oversized headers (431), unparsable requests (400) and unsupported `Expect` headers (417), each
 * in OpenAI's `{"error": {...}}` shape like every other failure. Shared by the REST and WebSocket listeners.
 */
import { STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorBody } from '@democritus/sdk';
import type { ErrorCode } from '../../errors.js';
import { errorBodyOf, failureFromCode } from '../failures.js';

/** How long a client may take to send a request (documented in docs/configuration.md, `[api]`). */
export interface ListenerTimeouts {
  /** The request line and headers. */
  headersMs: number;
  /** The whole request, body included. */
  requestMs: number;
}

/** Options for `http.createServer` (and Fastify's `http` option): the timeouts, checked often enough to matter. */
export function httpServerOptions(timeouts: ListenerTimeouts): { headersTimeout: number; requestTimeout: number; connectionsCheckingInterval: number } {
  return {
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    // Node checks the timeouts on this interval (30 s by default), so a 10 s limit could hold a connection for 40 s.
    connectionsCheckingInterval: Math.max(250, Math.min(1_000, Math.floor(timeouts.headersMs / 4))),
  };
}

const CLIENT_ERROR_CODES: Record<string, { status: number; code: ErrorCode; message: string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'request_timeout', message: 'the request was not received in time' },
  HPE_HEADER_OVERFLOW: { status: 431, code: 'headers_too_large', message: 'the request headers are too large' },
};

/** Answers a request Node's parser refused (`clientError`), then closes the socket. */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const known = CLIENT_ERROR_CODES[error.code ?? ''];
  const status = known?.status ?? 400;
  const body = errorBodyOf(failureFromCode(known?.code ?? 'bad_request', known?.message ?? `the request could not be parsed: ${error.message}`));
  if (socket.writable) socket.write(rawResponse(status, body));
  socket.destroy();
}

/** Answers an `Expect` header other than `100-continue` (Node would send an empty 417). */
export function answerUnmetExpectation(_request: IncomingMessage, response: ServerResponse): void {
  const body = JSON.stringify(errorBodyOf(failureFromCode('bad_request', 'the Expect header is not supported (only 100-continue is)')));
  response.writeHead(417, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), connection: 'close' }).end(body);
}

/** Installs the answers above on a listener. */
export function shapeClientErrors(server: Server): void {
  server.removeAllListeners('clientError');
  server.on('clientError', answerClientError);
  server.on('checkExpectation', answerUnmetExpectation);
}

function rawResponse(status: number, body: ErrorBody): string {
  const json = JSON.stringify(body);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(json)}\r\nconnection: close\r\n\r\n${json}`;
}
