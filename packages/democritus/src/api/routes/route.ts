import { LIMITS, routeBodySchema, routeQuerySchema, type RankedExpert, type RouteDecision as RouteDecisionBody } from '@democritus/sdk';
import type { FastifyPluginAsyncJsonSchemaToTs } from '@fastify/type-provider-json-schema-to-ts';
import type { FastifyReply } from 'fastify';
import type { NodeApp } from '../../app/node-app.js';
import type { RankedRoute } from '../../core/routing/decide.js';
import { invalidRequest } from '../../errors.js';
import type { RouteDecision } from '../../routing/swarm-router.js';
import { whileClientWaits } from '../http/client-signal.js';
import { formatSchemaErrors, type SchemaValidationError } from '../schema-errors.js';

/** Schema errors as the other routes word them, with "must be an integer" instead of the query's digit pattern. */
function formatRouteSchemaErrors(errors: readonly SchemaValidationError[], dataVar: string): Error {
  return formatSchemaErrors(
    errors.map((error) =>
      error.keyword === 'pattern' && error.instancePath === '/top' ? { ...error, message: `must be an integer between 1 and ${LIMITS.maxExperts}` } : error,
    ),
    dataVar,
  );
}

/**
 * `GET /api/route?prompt=...&top=N` and `POST /api/route` `{prompt, top?}`: where the swarm would send a prompt, with
 * every factor of the ranking (see `democritus route`). Nothing is generated.
 */
export const routeRoutes: FastifyPluginAsyncJsonSchemaToTs<{ Options: { app: NodeApp } }> = async (server, { app }) => {
  const answer = (prompt: string, top: number | undefined, reply: FastifyReply): Promise<RouteDecisionBody> =>
    whileClientWaits(reply, async (signal) => {
      const decision = await app.route(prompt, top === undefined ? { signal } : { top, signal });
      void reply.header('cache-control', 'no-store');
      return routeDecisionBody(decision);
    });

  server.get('/api/route', { schema: { querystring: routeQuerySchema }, schemaErrorFormatter: formatRouteSchemaErrors }, async (request, reply) => {
    const { prompt, top } = request.query;
    let count: number | undefined;
    if (top !== undefined) {
      count = Number(top);
      if (count < 1 || count > LIMITS.maxExperts) throw invalidRequest(`querystring/top must be an integer between 1 and ${LIMITS.maxExperts}`, 'top');
    }
    return answer(prompt, count, reply);
  });

  server.post('/api/route', { schema: { body: routeBodySchema }, schemaErrorFormatter: formatSchemaErrors }, async (request, reply) =>
    answer(request.body.prompt, request.body.top, reply),
  );
};

/** The decision as the API sends it: scores that are not finite (an expert without a comparable vector) as null. */
export function routeDecisionBody(decision: RouteDecision): RouteDecisionBody {
  return { ...decision, ranked: decision.ranked.map(rankedExpert) };
}

function rankedExpert(route: RankedRoute): RankedExpert {
  const { factors } = route;
  return {
    ...route,
    embedding: finite(route.embedding),
    lexical: finite(route.lexical),
    similarity: finite(route.similarity),
    factors: { similarity: finite(factors.similarity), load: finite(factors.load), latency: finite(factors.latency), reputation: finite(factors.reputation) },
    score: finite(route.score),
  };
}

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
