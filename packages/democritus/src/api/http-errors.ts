import { BusyError, DemocritusError, RateLimitedError, errorMessage } from '../errors.js';
import type { ApiErrorType, ErrorBody } from './types.js';

/** An error with its HTTP meaning decided where it is thrown. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly type: ApiErrorType,
    readonly code: string,
    message: string,
    /** The request field at fault (`messages[0].role`), null when none. */
    readonly param: string | null = null,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** A 400 `invalid_request_error` about one request field. */
export function invalidRequest(message: string, param: string | null = null, code = 'validation_failed'): HttpError {
  return new HttpError(400, 'invalid_request_error', code, message, param);
}

/** How an error is answered: status, `{error: {...}}` body and, for 429, the Retry-After header (seconds). */
export interface HttpFailure {
  statusCode: number;
  body: ErrorBody;
  retryAfterSeconds?: number;
}

/** One schema validation error, as Ajv reports it (Fastify passes Ajv's errors through). */
export interface SchemaValidationError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Fastify's own errors (body parsing, schema validation) carry a status code, an FST_ code and `validation`. */
interface FrameworkError {
  statusCode?: unknown;
  code?: unknown;
  validation?: unknown;
}

const FRAMEWORK_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
};

/**
 * Maps anything a route throws before its response starts. `remote` says the failure came from another peer's
 * generation: what is not the caller's fault is then a 502, not a 500.
 */
export function httpFailureOf(error: unknown, context: { remote: boolean } = { remote: false }): HttpFailure {
  const failure = (statusCode: number, type: ApiErrorType, code: string, message: string, param: string | null = null): HttpFailure => ({
    statusCode,
    body: { error: { message, type, param, code } },
  });
  if (error instanceof HttpError) return failure(error.statusCode, error.type, error.code, error.message, error.param);
  if (error instanceof BusyError || error instanceof RateLimitedError) {
    return { ...failure(429, 'rate_limit_error', error.code, error.message), retryAfterSeconds: Math.max(1, Math.ceil(error.retryAfterMs / 1000)) };
  }
  if (error instanceof DemocritusError && error.code === 'bad_request') return failure(400, 'invalid_request_error', error.code, error.message);
  // Only seen when the server is closing (a client that left gets no answer at all).
  if (error instanceof DemocritusError && error.code === 'cancelled') return failure(503, 'server_error', error.code, error.message);

  const framework = (typeof error === 'object' && error !== null ? error : {}) as FrameworkError;
  if (Array.isArray(framework.validation)) {
    return failure(400, 'invalid_request_error', 'validation_failed', errorMessage(error), schemaErrorParam(framework.validation as SchemaValidationError[]));
  }
  const status = typeof framework.statusCode === 'number' ? framework.statusCode : 500;
  if (status >= 400 && status < 500) {
    const code = (typeof framework.code === 'string' ? FRAMEWORK_CODES[framework.code] : undefined) ?? 'bad_request';
    return failure(status, 'invalid_request_error', code, errorMessage(error));
  }
  if (context.remote) return failure(502, 'upstream_error', 'remote_failure', errorMessage(error));
  return failure(500, 'server_error', 'internal_error', errorMessage(error));
}

/** The `code` of a stream's error line, for a failure after the response started. */
export function streamErrorCode(error: unknown, context: { remote: boolean }): string {
  if (error instanceof DemocritusError) return error.code;
  return context.remote ? 'remote_failure' : 'internal_error';
}

/** Ajv's messages, naming the allowed values and the unexpected field where Ajv leaves them out (`schemaErrorFormatter`). */
export function formatSchemaErrors(errors: readonly SchemaValidationError[], dataVar: string): Error {
  // A failed anyOf comes with one error per branch: say once which types are accepted.
  const anyOfPaths = new Set(errors.filter((error) => error.keyword === 'anyOf').map((error) => error.instancePath));
  const branchTypes = (path: string) => errors.filter((error) => error.keyword === 'type' && error.instancePath === path).map((error) => String(error.params.type));
  const describe = (error: SchemaValidationError) => {
    const where = `${dataVar}${error.instancePath}`;
    const { allowedValues, additionalProperty } = error.params;
    if (error.keyword === 'anyOf' && branchTypes(error.instancePath).length > 0) return `${where} must be ${branchTypes(error.instancePath).join(' or ')}`;
    if (error.keyword === 'enum' && Array.isArray(allowedValues)) return `${where} must be one of ${allowedValues.join(', ')}`;
    if (error.keyword === 'additionalProperties' && typeof additionalProperty === 'string') return `${where} has an unknown field \`${additionalProperty}\``;
    return `${where} ${error.message ?? 'is invalid'}`;
  };
  const shown = errors.filter((error) => !(error.keyword === 'type' && anyOfPaths.has(error.instancePath)));
  return new Error(shown.map(describe).join('; '));
}

/** The request field the first schema error is about, as OpenAI names it: `messages[0].role`, `max_tokens`. */
export function schemaErrorParam(errors: readonly SchemaValidationError[]): string | null {
  const first = errors[0];
  if (first === undefined) return null;
  const segments = first.instancePath.split('/').slice(1).map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  const { additionalProperty, missingProperty } = first.params;
  if (first.keyword === 'additionalProperties' && typeof additionalProperty === 'string') segments.push(additionalProperty);
  if (first.keyword === 'required' && typeof missingProperty === 'string') segments.push(missingProperty);
  return fieldPath(segments);
}

/** `['messages', '0', 'role']` -> `messages[0].role`; null for the body itself. */
export function fieldPath(segments: readonly (string | number)[]): string | null {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number' || /^\d+$/.test(segment)) path += `[${segment}]`;
    else path += path.length === 0 ? segment : `.${segment}`;
  }
  return path.length === 0 ? null : path;
}
