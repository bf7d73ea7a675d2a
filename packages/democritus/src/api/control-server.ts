/**
 * The node's HTTP API: the control routes for the CLI and tools (health, peer directory, routing, generation) and the
 * OpenAI-compatible REST API (`/v1/chat/completions`, `/v1/models`, `/v1/embeddings`), behind API keys when set.
 *
 * ```ts
 * const server = createControlServer(deps, { logger });
 * await server.listen({ host: '127.0.0.1', port: 8080 });
 * // curl -s localhost:8080/health
 * // curl -sN localhost:8080/api/generate -H 'content-type: application/json' -d '{"prompt":"Once upon a time"}'
 * await server.close(); // aborts the generations still streaming
 * ```
 */
import { isUtf8 } from 'node:buffer';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ChatMessage, GenerationEvent, LoadedModelInfo, SamplingParameters } from '../engine/types.js';
import type { Logger } from '../logging/logger.js';
import type { RouteDecision } from '../routing/swarm-router.js';
import type { PeerView } from '../network/peer-view.js';
import type { SchedulerStats } from '../scheduler/scheduler.js';
import { bearerToken, type ApiKeyVerifier } from './api-keys.js';
import { drainRequestBody } from './drain-request.js';
import { HttpError, httpFailureOf } from './http-errors.js';
import { generateRoutes } from './routes/generate.js';
import { healthRoutes } from './routes/health.js';
import { openAiChatRoutes } from './routes/openai-chat.js';
import { openAiEmbeddingRoutes } from './routes/openai-embeddings.js';
import { openAiModelRoutes } from './routes/openai-models.js';
import { peerRoutes } from './routes/peers.js';
import { routeRoutes } from './routes/route.js';

/** Who this node is, as `/health` reports it. */
export interface ControlNodeInfo {
  peerId: string;
  swarmId: string;
  name: string;
  version: string;
  /** `Date.now()` when the node started. */
  startedAt: number;
  /** Listen addresses with /p2p/<peer-id>. */
  multiaddrs(): string[];
}

/** Sampling settings used when a request leaves them out (the node's `[expert]` table). */
export interface GenerationDefaults {
  maxTokens: number;
  temperature: number;
  topP: number;
}

/** A validated `POST /api/generate`, every default filled in. */
export interface ControlGenerateRequest {
  /** The expert that runs it: `null` for this node (also when the caller named this node's own peer ID). */
  peer: string | null;
  input: { prompt: string } | { messages: ChatMessage[] };
  maxTokens: number;
  /** `topK` is 40; `seed` is random when the caller gave none. */
  sampling: SamplingParameters;
  stop: string[];
  /** Alternatives reported per token, 0..20. */
  topLogprobs: number;
}

/** The expert picked for a chat request. */
export interface ExpertChoice {
  /** The peer that runs it: null for this node. */
  peer: string | null;
  peerId: string;
  name: string;
  modelName: string;
  /** pinned: the request named this expert; routed: semantic routing chose it; fallback: nothing matched well. */
  how: 'pinned' | 'routed' | 'fallback';
}

/** Embeddings of texts with the node's embedding model. */
export interface EmbeddingResult {
  vectors: Float32Array[];
  /** The embedding model's name, e.g. "use-lite". */
  model: string;
  /** The embedding space id (a hash of the model's files). */
  spaceId: string;
}

/** What the control API needs from the node. The daemon implements it; tests use small stand-ins. */
export interface ControlServerDeps {
  node: ControlNodeInfo;
  expertModel: { name: string; sha256: string };
  defaults: GenerationDefaults;
  /** The peer directory. A remote `peer` that is not listed here is answered with 404. */
  peers(): Promise<PeerView[]>;
  schedulerStats(): SchedulerStats;
  loadedModels(): LoadedModelInfo[];
  /**
   * Starts a generation: on this node through the scheduler when `request.peer` is null, on that peer otherwise.
   * Rejects with BusyError / RateLimitedError (429), DemocritusError('bad_request') (400); any other failure is a
   * 502 for a remote peer and a 500 locally. The stream is iterated once and closed with `return()` when the client
   * leaves; `signal` aborts when the client disconnects or the server closes.
   */
  generate(request: ControlGenerateRequest, signal: AbortSignal): Promise<AsyncIterable<GenerationEvent>>;
  /**
   * Picks the expert for a chat: `model` is "swarm" (semantic routing over the messages), an expert's name or a peer
   * ID (pinned). Rejects with HttpError 404 (`model_not_found`) for a model the swarm does not know.
   */
  resolveExpert(model: string, messages: readonly ChatMessage[], signal?: AbortSignal): Promise<ExpertChoice>;
  /** Explains where a prompt would go: the ranked experts with every factor (see `democritus route`). */
  route(prompt: string, request: { top?: number; signal?: AbortSignal }): Promise<RouteDecision>;
  /** Embeds texts with the node's embedding model (unit vectors, input order). */
  embed(texts: readonly string[]): Promise<EmbeddingResult>;
}

export interface ControlServerOptions {
  /** Receives warnings only (failed requests); Fastify's own request logging is off. */
  logger: Logger;
  /** Largest accepted request body; 1 MiB. */
  bodyLimit?: number;
  /** When it holds keys, every route but `/health` needs `Authorization: Bearer <key>` (401 otherwise). */
  apiKeys?: ApiKeyVerifier;
}

/** Routes open without an API key. */
const PUBLIC_PATHS = new Set(['/health']);

export type ControlServer = FastifyInstance;

/** Builds the control API server with its routes; it does not listen (the daemon calls `listen({host, port})`). */
export function createControlServer(deps: ControlServerDeps, options: ControlServerOptions): ControlServer {
  const server = Fastify({
    logger: false,
    bodyLimit: options.bodyLimit ?? 1_048_576,
    // close() cuts the connections still open once the streams have ended (see the generate route's preClose):
    // a client that connected but never sent a request would otherwise hold the shutdown for a minute.
    forceCloseConnections: true,
    // Validate as written: "5" is not a number, and unknown fields are refused rather than silently dropped.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, useDefaults: false } },
  });
  const logger = options.logger;

  server.setErrorHandler(async (error, request, reply) => {
    const failure = httpFailureOf(error);
    if (failure.statusCode >= 500) logger.warn({ err: failure.body.error.message, url: request.url }, 'control API request failed');
    if (failure.retryAfterSeconds !== undefined) void reply.header('retry-after', String(failure.retryAfterSeconds));
    // A body refused before it was read (over the size limit) is read to its end first, so that the client gets the 413.
    if (!(await drainRequestBody(request.raw))) void reply.header('connection', 'close');
    return reply.code(failure.statusCode).send(failure.body);
  });
  server.setNotFoundHandler((request, reply) => {
    const failure = httpFailureOf(new HttpError(404, 'not_found_error', 'route_not_found', `no route ${request.method} ${request.url}`));
    return reply.code(failure.statusCode).send(failure.body);
  });

  const apiKeys = options.apiKeys;
  if (apiKeys?.enabled === true) {
    server.addHook('onRequest', async (request, reply) => {
      if (PUBLIC_PATHS.has(request.url.split('?', 1)[0] ?? '')) return;
      const token = bearerToken(request.headers.authorization);
      if (apiKeys.verify(token)) return;
      const message =
        request.headers.authorization === undefined
          ? "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."
          : 'Incorrect API key provided.';
      const failure = httpFailureOf(new HttpError(401, 'invalid_request_error', 'invalid_api_key', message));
      if (!(await drainRequestBody(request.raw))) void reply.header('connection', 'close');
      return reply.code(401).header('www-authenticate', 'Bearer').send(failure.body);
    });
  }
  // JSON bodies must be valid UTF-8: the default parser would silently replace bad bytes with U+FFFD.
  const parseJson = server.getDefaultJsonParser('error', 'error');
  server.removeContentTypeParser('application/json');
  server.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const bytes = body as Buffer;
    if (!isUtf8(bytes)) return done(new HttpError(400, 'invalid_request_error', 'invalid_utf8', 'the request body is not valid UTF-8'), undefined);
    parseJson(request, bytes.toString('utf8'), done);
  });

  void server.register(healthRoutes, { deps });
  void server.register(peerRoutes, { deps });
  void server.register(routeRoutes, { deps });
  void server.register(generateRoutes, { deps, logger });
  void server.register(openAiChatRoutes, { deps, logger });
  void server.register(openAiModelRoutes, { deps });
  void server.register(openAiEmbeddingRoutes, { deps });
  return server;
}
