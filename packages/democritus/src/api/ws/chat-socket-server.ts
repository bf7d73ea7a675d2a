/**
 * The WebSocket API on `api.ws_port`, path `/ws/chat`: chat requests multiplexed by id on one socket, streamed as
 * JSON frames. The protocol is in docs/api-reference.md#websocket.
 *
 * ```ts
 * const server = createChatSocketServer(app, { logger, apiKeys, timeouts, stalledClientMs: 30_000 });
 * const url = await server.listen('127.0.0.1', 8081);   // ws://127.0.0.1:8081/ws/chat
 * // client: {"type":"chat","id":"1","messages":[{"role":"user","content":"Once upon a time"}]}
 * // server: {"type":"token","id":"1","text":" there",...} ... {"type":"done","id":"1","finish_reason":"stop",...}
 * // a decomposed chat first: {"type":"progress","id":"1","event":{"type":"plan",...}} {"type":"progress",...,"event":{"type":"task_started",...}}
 * await server.close();   // cancels every generation and closes the sockets (1001)
 * ```
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { LIMITS, type AggregationMetadata, type AuditMetadata, type FailoverMetadata, type PlanMetadata, type SanitizerMetadata } from '@democritus/sdk';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { Caller, ChatProgress, Generation, NodeApp } from '../../app/node-app.js';
import { DemocritusError, errorMessage } from '../../errors.js';
import type { GenerationEvent } from '../../engine/types.js';
import type { Logger } from '../../logging/logger.js';
import { bearerToken, type ApiKeyVerifier } from '../api-keys.js';
import { progressEvent } from '../chat-progress.js';
import { failureOf, HTTP_OF_KIND, type Failure } from '../failures.js';
import { httpServerOptions, shapeClientErrors, type ListenerTimeouts } from '../http/client-errors.js';
import type { ChatCompletionRequest } from '../openai/chat-request.js';
import { aggregationMetadata, planMetadata } from '../openai/chat-response.js';
import { expertInfo, parseStreamChat, type ExpertInfo } from '../stream-chat.js';

export const WS_CHAT_PATH = '/ws/chat';
/** Close code for a missing or wrong API key (4000-4999 are the application's own). */
export const WS_CLOSE_UNAUTHORIZED = 4401;
/** Close code for a client that stopped reading: its generations are cancelled. */
export const WS_CLOSE_STALLED = 4408;
/** Generations one socket may run at once; more are refused with `too_many_requests`. */
export const MAX_ACTIVE_PER_SOCKET = LIMITS.maxActiveRequestsPerSocket;
/** A socket whose unsent data passes this is not fed more: its generations wait for the client to read. */
const HIGH_WATER_BYTES = 1_048_576;

export interface ChatSocketServerOptions {
  logger: Logger;
  apiKeys: ApiKeyVerifier;
  timeouts: ListenerTimeouts;
  /** A client that reads nothing for this long while data waits for it is disconnected and its generations cancelled. */
  stalledClientMs: number;
}

export interface ChatSocketServer {
  /** Starts listening; resolves with the `ws://host:port/ws/chat` URL. Rejects with the listen error (EADDRINUSE). */
  listen(host: string, port: number): Promise<string>;
  close(): Promise<void>;
}

type RequestId = string | number;

export function createChatSocketServer(app: NodeApp, options: ChatSocketServerOptions): ChatSocketServer {
  const { logger, apiKeys } = options;
  const http: Server = createServer(httpServerOptions(options.timeouts), (_request, response) => {
    response.writeHead(426, { 'content-type': 'application/json', upgrade: 'websocket' });
    response.end(JSON.stringify({ error: { message: `this port serves WebSocket connections at ${WS_CHAT_PATH}`, type: 'invalid_request_error', code: 'upgrade_required' } }));
  });
  shapeClientErrors(http);
  const wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.maxRequestBytes });
  const sessions = new Set<ChatSession>();

  http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== WS_CHAT_PATH) {
      socket.end(`HTTP/1.1 404 Not Found\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
      return;
    }
    // Browsers cannot set headers on a WebSocket: they may pass the key as ?api_key=.
    const token = bearerToken(request.headers.authorization) ?? url.searchParams.get('api_key') ?? undefined;
    wss.handleUpgrade(request, socket, head, (ws) => {
      const clientId = apiKeys.clientIdentity(token, request.socket.remoteAddress);
      if (clientId === null) {
        ws.close(WS_CLOSE_UNAUTHORIZED, 'missing or invalid API key');
        return;
      }
      const session = new ChatSession(ws, app, { clientId, interface: 'ws' }, logger, options.stalledClientMs);
      sessions.add(session);
      ws.once('close', () => {
        session.cancelAll();
        sessions.delete(session);
      });
    });
  });

  return {
    listen: (host, port) =>
      new Promise((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        http.once('error', onError);
        http.listen(port, host, () => {
          http.off('error', onError);
          const address = http.address();
          const bound = typeof address === 'object' && address !== null ? address.port : port;
          resolve(`ws://${host.includes(':') ? `[${host}]` : host}:${bound}${WS_CHAT_PATH}`);
        });
      }),
    close: async () => {
      for (const session of sessions) session.shutdown();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      if (!http.listening) return;
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

/** One socket: its running generations by id. */
class ChatSession {
  private readonly active = new Map<RequestId, AbortController>();

  constructor(
    private readonly ws: WebSocket,
    private readonly app: NodeApp,
    private readonly caller: Caller,
    private readonly logger: Logger,
    private readonly stalledClientMs: number,
  ) {
    ws.on('message', (data: RawData, isBinary: boolean) => this.onMessage(data, isBinary));
    ws.on('error', (error) => logger.debug({ err: errorMessage(error) }, 'websocket error'));
  }

  cancelAll(): void {
    this.active.forEach((controller) => controller.abort());
  }

  /** The server is closing: cancel, then close with "going away" once the cancelled streams had a moment to end. */
  shutdown(): void {
    this.cancelAll();
    setTimeout(() => this.ws.close(1001, 'server shutting down'), 200).unref();
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    let frame: unknown;
    try {
      if (isBinary) throw new Error('binary frames are not part of the protocol; send JSON text');
      frame = JSON.parse(rawText(data)) as unknown;
    } catch (error) {
      this.send({ type: 'error', id: null, code: 'invalid_json', message: `the frame is not JSON: ${errorMessage(error)}` });
      return;
    }
    if (typeof frame !== 'object' || frame === null || Array.isArray(frame)) {
      this.send({ type: 'error', id: null, code: 'invalid_request', message: 'a frame is a JSON object with a `type`' });
      return;
    }
    const fields = frame as Record<string, unknown>;
    const id = validId(fields.id);
    if (id === null) {
      this.send({ type: 'error', id: null, code: 'invalid_request', param: 'id', message: `\`id\` must be a non-empty string (at most ${LIMITS.maxRequestIdChars} characters) or a number` });
      return;
    }
    switch (fields.type) {
      case 'chat':
        this.onChat(id, fields);
        return;
      case 'cancel': {
        const controller = this.active.get(id);
        if (controller === undefined) this.send({ type: 'error', id, code: 'unknown_request', message: `no running request with id ${JSON.stringify(id)}` });
        else controller.abort();
        return;
      }
      case 'ping':
        this.send({ type: 'pong', id });
        return;
      default:
        this.send({ type: 'error', id, code: 'invalid_request', param: 'type', message: '`type` must be "chat", "cancel" or "ping"' });
    }
  }

  private onChat(id: RequestId, fields: Record<string, unknown>): void {
    if (this.active.has(id)) {
      this.send({ type: 'error', id, code: 'duplicate_id', message: `request ${JSON.stringify(id)} is still running; use a new id` });
      return;
    }
    if (this.active.size >= MAX_ACTIVE_PER_SOCKET) {
      this.send({ type: 'error', id, code: 'too_many_requests', message: `at most ${MAX_ACTIVE_PER_SOCKET} requests run at once on one socket` });
      return;
    }
    let chat: ChatCompletionRequest;
    try {
      // The rest of the frame is the request: `type` and `id` are the protocol's own.
      const request = { ...fields };
      delete request.type;
      delete request.id;
      chat = parseStreamChat(request, this.app.defaults);
    } catch (error) {
      this.send({ type: 'error', id, code: 'invalid_request', param: failureOf(error).param, message: errorMessage(error) });
      return;
    }
    const controller = new AbortController();
    this.active.set(id, controller);
    void this.stream(id, chat, controller).finally(() => this.active.delete(id));
  }

  private async stream(id: RequestId, request: ChatCompletionRequest, controller: AbortController): Promise<void> {
    const signal = controller.signal;
    let completionTokens = 0;
    let events: AsyncIterator<GenerationEvent> | undefined;
    try {
      // Progress is always sent here: a client that does not know the frame type skips it.
      const onProgress = (event: ChatProgress) => this.send({ type: 'progress', id, event: progressEvent(event) });
      const chat = await this.app.chat({ ...request.command, onProgress }, this.caller, signal);
      const expert = expertInfo(chat.expert);
      events = chat.events[Symbol.asyncIterator]();
      for (;;) {
        const next = await events.next();
        if (next.done === true) break;
        const event = next.value;
        if (event.type === 'token') {
          completionTokens += 1;
          this.send({
            type: 'token',
            id,
            text: event.text,
            token_id: event.tokenId,
            logprob: event.logprob,
            ...(request.command.generation.topLogprobs > 0 ? { top_logprobs: event.topLogprobs.map((t) => ({ token_id: t.tokenId, text: t.text, logprob: t.logprob })) } : {}),
          });
          await this.drained();
        } else {
          this.send({
            type: 'done',
            id,
            finish_reason: event.finishReason,
            usage: usageOf(event.usage.promptTokens, event.usage.completionTokens),
            expert,
            ...sanitizerField(chat.sanitizer()),
            ...coordinatorFields(chat),
            ...(event.error === undefined ? {} : { error: event.error }),
          });
          return;
        }
      }
      if (signal.aborted) this.send({ type: 'done', id, finish_reason: 'cancelled', usage: usageOf(0, completionTokens), expert });
      else this.send(errorFrame(id, failureOf(new DemocritusError('internal_error', 'the generation ended without a result'))));
    } catch (error) {
      if (signal.aborted) {
        this.send({ type: 'done', id, finish_reason: 'cancelled', usage: usageOf(0, completionTokens), expert: null });
        return;
      }
      const failure = failureOf(error);
      if (failure.kind === 'internal') this.logger.warn({ err: failure.message, id }, 'websocket chat failed');
      this.send(errorFrame(id, failure));
    } finally {
      await events?.return?.().catch(() => undefined);
    }
  }

  private send(frame: Record<string, unknown>): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(JSON.stringify(frame));
  }

  /**
   * Waits while the socket's unsent data is over the high-water mark. A client that reads nothing for
   * `stalledClientMs` meanwhile is disconnected (close code 4408): its generations are cancelled, which frees their
   * slots for other clients.
   */
  private async drained(): Promise<void> {
    const since = performance.now();
    while (this.ws.readyState === this.ws.OPEN && this.ws.bufferedAmount > HIGH_WATER_BYTES) {
      if (performance.now() - since > this.stalledClientMs) {
        this.logger.info({ client: this.caller.clientId, unsentBytes: this.ws.bufferedAmount }, 'websocket client stopped reading: disconnected, its generations cancelled');
        this.cancelAll();
        this.ws.close(WS_CLOSE_STALLED, 'the client stopped reading');
        // A client that reads nothing may not answer the close handshake either.
        setTimeout(() => this.ws.terminate(), 1_000).unref();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** A failed request's frame: the stable code, the HTTP status and OpenAI error type REST would answer, the field at fault. */
function errorFrame(id: RequestId, failure: Failure): Record<string, unknown> {
  const { status, type } = HTTP_OF_KIND[failure.kind];
  return {
    type: 'error',
    id,
    code: failure.code,
    message: failure.message,
    status,
    error_type: type,
    ...(failure.param === null ? {} : { param: failure.param }),
    ...(failure.retryAfterSeconds === undefined ? {} : { retry_after_seconds: failure.retryAfterSeconds }),
  };
}

function usageOf(promptTokens: number, completionTokens: number) {
  return { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
}

function validId(id: unknown): RequestId | null {
  if (typeof id === 'string' && id.length > 0 && id.length <= LIMITS.maxRequestIdChars) return id;
  if (typeof id === 'number' && Number.isFinite(id)) return id;
  return null;
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}

/**
 * The done frame's `experts` (every expert that took part, when several did), `plan` (a decomposed chat),
 * `aggregation` (several answers merged) and `failovers` (the answer moved to another expert mid-answer): the same
 * objects as in REST's `democritus` metadata.
 */
function coordinatorFields(generation: Generation): { experts?: ExpertInfo[]; plan?: PlanMetadata; aggregation?: AggregationMetadata; failovers?: FailoverMetadata[]; audit?: AuditMetadata } {
  const failovers = generation.failovers?.() ?? [];
  const audit = generation.audit?.() ?? null;
  return {
    ...(failovers.length === 0 ? {} : { failovers }),
    ...(audit === null ? {} : { audit }),
    ...(generation.experts === undefined ? {} : { experts: generation.experts.map(expertInfo) }),
    ...(generation.plan === undefined ? {} : { plan: planMetadata(generation.plan) }),
    ...(generation.aggregation === undefined ? {} : { aggregation: aggregationMetadata(generation.aggregation) }),
  };
}

/** The done frame's `sanitizer` field, as on REST's final chunk: only when the sanitizer changed something. */
function sanitizerField(sanitizer: SanitizerMetadata | null): { sanitizer?: SanitizerMetadata } {
  return sanitizer === null ? {} : { sanitizer };
}
