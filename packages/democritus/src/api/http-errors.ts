import { BusyError, DemocritusError, RateLimitedError, errorMessage } from '../errors.js';
import type { ApiErrorType, ErrorBody } from './types.js';

/** An error with its HTTP meaning decided where it is thrown. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly type: ApiErrorType,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** How an error is answered: status, `{error: {...}}` body and, for 429, the Retry-After header (seconds). */
export interface HttpFailure {
  statusCode: number;
  body: ErrorBody;
  retryAfterSeconds?: number;
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
  const failure = (statusCode: number, type: ApiErrorType, code: string, message: string): HttpFailure => ({
    statusCode,
    body: { error: { message, type, code } },
  });
  if (error instanceof HttpError) return failure(error.statusCode, error.type, error.code, error.message);
  if (error instanceof BusyError || error instanceof RateLimitedError) {
    return { ...failure(429, 'rate_limit_error', error.code, error.message), retryAfterSeconds: Math.max(1, Math.ceil(error.retryAfterMs / 1000)) };
  }
  if (error instanceof DemocritusError && error.code === 'bad_request') return failure(400, 'invalid_request_error', error.code, error.message);
  // Only seen when the server is closing (a client that left gets no answer at all).
  if (error instanceof DemocritusError && error.code === 'cancelled') return failure(503, 'server_error', error.code, error.message);

  const framework = (typeof error === 'object' && error !== null ? error : {}) as FrameworkError;
  if (framework.validation !== undefined) return failure(400, 'invalid_request_error', 'validation_failed', errorMessage(error));
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
