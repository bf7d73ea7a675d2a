/**
 * The node's HTTP API: the OpenAI-compatible REST API (`/v1/chat/completions`, `/v1/models`, `/v1/embeddings`) and the
 * node's own routes for the CLI and tools (health, peer directory, routing, generation), behind API keys when set.
 * Routes only translate: they validate the request, call the app (app/node-app.ts) and turn its results and failures
 * into HTTP answers.
 *
 * ```ts
 * const server = createRestServer(app, { logger, apiKeys, timeouts });
 * await server.listen({ host: '127.0.0.1', port: 8080 });
 * // curl -s localhost:8080/health
 * await server.close(); // aborts the generations still streaming
 * ```
 */
import { isUtf8 } from 'node:buffer';
import { LIMITS } from '@democritus/sdk';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import Fastify, { type FastifyInstance } from 'fastify';
import type { NodeApp } from '../app/node-app.js';
import { DemocritusError } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import { bearerToken, type ApiKeyVerifier } from './api-keys.js';
import { drainRequestBody } from './drain-request.js';
import { failureOf, httpFailure } from './failures.js';
import { httpServerOptions, shapeClientErrors, type ListenerTimeouts } from './http/client-errors.js';
import { jsonDepthExceeds } from './http/json-depth.js';
import { generateRoutes } from './routes/generate.js';
import { healthRoutes } from './routes/health.js';
import { openAiChatRoutes } from './routes/openai-chat.js';
import { openAiEmbeddingRoutes } from './routes/openai-embeddings.js';
import { openAiModelRoutes } from './routes/openai-models.js';
import { peerRoutes } from './routes/peers.js';
import { planRoutes } from './routes/plan.js';
import { routeRoutes } from './routes/route.js';

export interface RestServerOptions {
  /** Receives warnings only (failed requests); Fastify's own request logging is off. */
  logger: Logger;
  /** When it holds keys, every route but `/health` needs `Authorization: Bearer <key>` (401 otherwise). */
  apiKeys: ApiKeyVerifier;
  timeouts: ListenerTimeouts;
  /** Largest accepted request body; LIMITS.maxRequestBytes. */
  bodyLimit?: number;
}

/** Routes open without an API key. */
const PUBLIC_PATHS = new Set(['/health']);

export type RestServer = FastifyInstance;

/** The REST server with its routes; it does not listen (the daemon calls `listen({host, port})`). */
export function createRestServer(app: NodeApp, options: RestServerOptions): RestServer {
  const server = Fastify({
    logger: false,
    bodyLimit: options.bodyLimit ?? LIMITS.maxRequestBytes,
    http: httpServerOptions(options.timeouts),
    requestTimeout: options.timeouts.requestMs,
    // close() cuts the connections still open once the streams have ended (see the generate route's preClose):
    // a client that connected but never sent a request would otherwise hold the shutdown for a minute.
    forceCloseConnections: true,
    // Validate as written: "5" is not a number, and unknown fields are refused rather than silently dropped.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, useDefaults: false } },
  }).withTypeProvider<JsonSchemaToTsProvider>();
  shapeClientErrors(server.server);
  const { logger, apiKeys } = options;

  server.setErrorHandler(async (error, request, reply) => {
    const failure = httpFailure(failureOf(error));
    if (failure.statusCode >= 500) logger.warn({ err: failure.body.error.message, url: request.url }, 'REST request failed');
    if (failure.retryAfterSeconds !== undefined) void reply.header('retry-after', String(failure.retryAfterSeconds));
    // A body refused before it was read (over the size limit) is read to its end first, so that the client gets the 413.
    if (!(await drainRequestBody(request.raw))) void reply.header('connection', 'close');
    return reply.code(failure.statusCode).send(failure.body);
  });
  server.setNotFoundHandler((request, reply) => {
    const failure = httpFailure(failureOf(new DemocritusError('route_not_found', `no route ${request.method} ${request.url}`)));
    return reply.code(failure.statusCode).send(failure.body);
  });

  server.decorateRequest('caller', null);
  server.addHook('onRequest', async (request, reply) => {
    const clientId = apiKeys.clientIdentity(bearerToken(request.headers.authorization), request.socket.remoteAddress);
    if (clientId !== null || PUBLIC_PATHS.has(request.url.split('?', 1)[0] ?? '')) {
      request.caller = { clientId: clientId ?? `addr:${request.socket.remoteAddress ?? 'unknown'}`, interface: 'rest' };
      return;
    }
    const message =
      request.headers.authorization === undefined
        ? "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."
        : 'Incorrect API key provided.';
    const failure = httpFailure(failureOf(new DemocritusError('invalid_api_key', message)));
    if (!(await drainRequestBody(request.raw))) void reply.header('connection', 'close');
    return reply.code(failure.statusCode).header('www-authenticate', 'Bearer').send(failure.body);
  });

  // JSON bodies must be valid UTF-8 (the default parser would silently replace bad bytes with U+FFFD) and nested no
  // deeper than LIMITS.maxJsonDepth (deeper ones would exhaust the stack of the parser or the validator).
  const parseJson = server.getDefaultJsonParser('error', 'error');
  server.removeContentTypeParser('application/json');
  server.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const bytes = body as Buffer;
    if (!isUtf8(bytes)) return done(new DemocritusError('invalid_utf8', 'the request body is not valid UTF-8'), undefined);
    const text = bytes.toString('utf8');
    if (jsonDepthExceeds(text, LIMITS.maxJsonDepth)) {
      return done(new DemocritusError('invalid_json', `the request body is nested deeper than ${LIMITS.maxJsonDepth} levels`), undefined);
    }
    // The parser's callback form: it reports through `done`.
    void parseJson(request, text, done);
  });

  void server.register(healthRoutes, { app });
  void server.register(peerRoutes, { app });
  void server.register(routeRoutes, { app });
  void server.register(planRoutes, { app });
  void server.register(generateRoutes, { app });
  void server.register(openAiChatRoutes, { app, logger });
  void server.register(openAiModelRoutes, { app });
  void server.register(openAiEmbeddingRoutes, { app });
  return server;
}
