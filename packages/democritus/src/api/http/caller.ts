import type { FastifyRequest } from 'fastify';
import type { Caller } from '../../app/node-app.js';
import { DemocritusError } from '../../errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who sent the request: set by the REST server's authentication hook before any route runs (read it with `callerOf`). */
    caller: Caller | null;
  }
}

/** Who sent a request (the authentication hook has identified every request a route sees). */
export function callerOf(request: FastifyRequest): Caller {
  if (request.caller === null) throw new DemocritusError('internal_error', 'the request was not identified');
  return request.caller;
}
