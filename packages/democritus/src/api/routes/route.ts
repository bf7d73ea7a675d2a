import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { ControlServerDeps } from '../control-server.js';
import { formatSchemaErrors, invalidRequest, type SchemaValidationError } from '../http-errors.js';
import type { RouteBody, RouteResponseBody } from '../types.js';

/** Most experts a decision lists (`top`). */
export const ROUTE_TOP_LIMIT = 100;
/** Longest prompt accepted, in characters (it is embedded, not generated from). */
export const ROUTE_PROMPT_LIMIT = 65_536;

const promptSchema = { type: 'string', minLength: 1, maxLength: ROUTE_PROMPT_LIMIT } as const;

/** `POST /api/route` body. */
export const routeBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['prompt'],
  properties: {
    prompt: promptSchema,
    top: { type: 'integer', minimum: 1, maximum: ROUTE_TOP_LIMIT },
  },
} as const;

/** `GET /api/route` query string: values are strings as written (the server does not coerce), so `top` is checked by pattern. */
export const routeQuerySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['prompt'],
  properties: {
    prompt: promptSchema,
    top: { type: 'string', pattern: '^[0-9]{1,9}$' },
  },
} as const;

interface RouteQuery {
  prompt: string;
  top?: string;
}

/** Schema errors as the other routes word them, with "must be an integer" instead of the query's digit pattern. */
function formatRouteSchemaErrors(errors: readonly SchemaValidationError[], dataVar: string): Error {
  return formatSchemaErrors(
    errors.map((error) =>
      error.keyword === 'pattern' && error.instancePath === '/top' ? { ...error, message: `must be an integer between 1 and ${ROUTE_TOP_LIMIT}` } : error,
    ),
    dataVar,
  );
}

/**
 * `GET /api/route?prompt=...&top=N` and `POST /api/route` `{prompt, top?}`: where the swarm would send a prompt, with
 * every factor of the ranking (see `democritus route`). Nothing is generated.
 */
export const routeRoutes: FastifyPluginAsync<{ deps: ControlServerDeps }> = async (server, { deps }) => {
  const answer = async (prompt: string, top: number | undefined, reply: FastifyReply): Promise<RouteResponseBody> => {
    if (prompt.trim().length === 0) throw invalidRequest('prompt must not be blank', 'prompt');
    const lookup = new AbortController();
    const leave = () => lookup.abort();
    reply.raw.once('close', leave);
    try {
      const decision = await deps.route(prompt, top === undefined ? { signal: lookup.signal } : { top, signal: lookup.signal });
      void reply.header('cache-control', 'no-store');
      return finiteOrNull(decision) as RouteResponseBody;
    } finally {
      reply.raw.off('close', leave);
    }
  };

  server.get<{ Querystring: RouteQuery }>(
    '/api/route',
    { schema: { querystring: routeQuerySchema }, schemaErrorFormatter: formatRouteSchemaErrors },
    async (request, reply) => {
      const { prompt, top } = request.query;
      let count: number | undefined;
      if (top !== undefined) {
        count = Number(top);
        if (count < 1 || count > ROUTE_TOP_LIMIT) throw invalidRequest(`querystring/top must be an integer between 1 and ${ROUTE_TOP_LIMIT}`, 'top');
      }
      return answer(prompt, count, reply);
    },
  );

  server.post<{ Body: RouteBody }>('/api/route', { schema: { body: routeBodySchema }, schemaErrorFormatter: formatSchemaErrors }, async (request, reply) =>
    answer(request.body.prompt, request.body.top, reply),
  );
};

/** A copy with every non-finite number (the -Infinity of an expert without vectors) as null, which JSON can carry. */
export function finiteOrNull(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map(finiteOrNull);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, finiteOrNull(field)]));
  }
  return value;
}
