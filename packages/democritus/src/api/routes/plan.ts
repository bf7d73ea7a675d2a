import { planBodySchema, type PlanReport } from '@democritus/sdk';
import type { FastifyPluginAsyncJsonSchemaToTs } from '@fastify/type-provider-json-schema-to-ts';
import type { NodeApp } from '../../app/node-app.js';
import { whileClientWaits } from '../http/client-signal.js';
import { formatSchemaErrors } from '../schema-errors.js';

/**
 * `POST /api/plan` `{prompt, planner?}`: what the coordinator would do with a prompt (see `democritus plan`): the
 * sanitizer's changes, intent, complexity and decision, the task DAG with its layers and critical path, and the expert
 * the router would pick now for each task. Nothing is generated, except by the model-based planner, which asks the
 * node's own expert for the plan.
 */
export const planRoutes: FastifyPluginAsyncJsonSchemaToTs<{ Options: { app: NodeApp } }> = async (server, { app }) => {
  server.post('/api/plan', { schema: { body: planBodySchema }, schemaErrorFormatter: formatSchemaErrors }, async (request, reply): Promise<PlanReport> =>
    whileClientWaits(reply, async (signal) => {
      const { prompt, planner } = request.body;
      const report = await app.plan(prompt, planner === undefined ? { signal } : { planner, signal });
      void reply.header('cache-control', 'no-store');
      return report;
    }),
  );
};
