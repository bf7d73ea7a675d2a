/**
 * How a failure is answered over HTTP: the one table from a failure's kind to the HTTP status and OpenAI error type,
 * and the conversion of whatever a route throws (the app's DemocritusErrors, Fastify's parser and schema errors) into
 * a failure. The WebSocket API reports the same status and type in its error frames; gRPC has its own table
 * (grpc/grpc-failures.ts).
 */
import type { ApiErrorType, ErrorBody } from '@democritus/sdk';
import { DemocritusError, errorMessage, isErrorCode, kindOfCode, retryAfterMsOf, type ErrorCode, type FailureKind } from '../errors.js';
import { schemaErrorParam, type SchemaValidationError } from './schema-errors.js';

/** A failure as every interface reports it. */
export interface Failure {
  kind: FailureKind;
  /** The stable code (`model_not_found`, `validation_failed`, ...). */
  code: string;
  message: string;
  /** The request field at fault, as OpenAI names it (`messages[0].role`); null when none. */
  param: string | null;
  /** Seconds to wait before retrying (busy, rate limited). */
  retryAfterSeconds?: number;
}

export const HTTP_OF_KIND: Record<FailureKind, { status: number; type: ApiErrorType }> = {
  bad_request: { status: 400, type: 'invalid_request_error' },
  unauthorized: { status: 401, type: 'invalid_request_error' },
  not_found: { status: 404, type: 'not_found_error' },
  timeout: { status: 408, type: 'invalid_request_error' },
  too_large: { status: 413, type: 'invalid_request_error' },
  unsupported_media_type: { status: 415, type: 'invalid_request_error' },
  busy: { status: 429, type: 'rate_limit_error' },
  rate_limited: { status: 429, type: 'rate_limit_error' },
  upstream_failed: { status: 502, type: 'upstream_error' },
  cancelled: { status: 503, type: 'server_error' },
  unavailable: { status: 503, type: 'server_error' },
  internal: { status: 500, type: 'server_error' },
  address_in_use: { status: 500, type: 'server_error' },
  io: { status: 500, type: 'server_error' },
  config_invalid: { status: 500, type: 'server_error' },
};

/** Fastify's (and Node's HTTP parser's) own failures by their FST_/HPE_ code or status. */
const FRAMEWORK_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
};
const CODE_OF_STATUS: Record<number, ErrorCode> = { 400: 'bad_request', 404: 'route_not_found', 408: 'request_timeout', 413: 'body_too_large', 415: 'unsupported_media_type', 431: 'headers_too_large' };

interface FrameworkError {
  statusCode?: unknown;
  code?: unknown;
  validation?: unknown;
}

/** Anything thrown while answering a request, as a failure. Unknown errors are this node's fault (`internal_error`). */
export function failureOf(error: unknown): Failure {
  if (error instanceof DemocritusError) {
    const retryAfterMs = retryAfterMsOf(error);
    return {
      kind: error.kind,
      code: error.code,
      message: error.message,
      param: error.param,
      ...(retryAfterMs === undefined ? {} : { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) }),
    };
  }
  const framework = (typeof error === 'object' && error !== null ? error : {}) as FrameworkError;
  if (Array.isArray(framework.validation)) {
    return { kind: 'bad_request', code: 'validation_failed', message: errorMessage(error), param: schemaErrorParam(framework.validation as SchemaValidationError[]) };
  }
  const status = typeof framework.statusCode === 'number' ? framework.statusCode : 500;
  if (status >= 400 && status < 500) {
    const named = typeof framework.code === 'string' ? FRAMEWORK_CODES[framework.code] : undefined;
    const code = named ?? CODE_OF_STATUS[status] ?? 'bad_request';
    return { kind: kindOfCode(code), code, message: errorMessage(error), param: null };
  }
  return { kind: 'internal', code: 'internal_error', message: errorMessage(error), param: null };
}

/** A failure from a stable code and message (for stream error events that carry a code). */
export function failureFromCode(code: string, message: string): Failure {
  return { kind: kindOfCode(isErrorCode(code) ? code : 'internal_error'), code, message, param: null };
}

/** How a failure is answered over HTTP: status, `{error: {...}}` body and, for 429, the Retry-After header (seconds). */
export interface HttpFailure {
  statusCode: number;
  body: ErrorBody;
  retryAfterSeconds?: number;
}

export function httpFailure(failure: Failure): HttpFailure {
  return {
    statusCode: HTTP_OF_KIND[failure.kind].status,
    body: errorBodyOf(failure),
    ...(failure.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: failure.retryAfterSeconds }),
  };
}

/** The `{error}` body of a failure (also the error event of an OpenAI stream). */
export function errorBodyOf(failure: Failure): ErrorBody {
  return { error: { message: failure.message, type: HTTP_OF_KIND[failure.kind].type, param: failure.param, code: failure.code } };
}
