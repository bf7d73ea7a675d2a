/**
 * Failures that cross module boundaries. Each carries a stable `code` (what went wrong, e.g. `model_not_found`) and,
 * through one table, a `kind` (whose fault it is and what the caller can do). Every interface maps the kind once:
 * HTTP status and OpenAI error type (api/failures.ts), gRPC status (api/grpc/grpc-failures.ts), WebSocket error
 * frames, CLI exit codes (cli/exit-codes.ts). Nothing below the API layer knows about HTTP.
 */

/** Whose fault a failure is and what the caller can do about it. */
export type FailureKind =
  /** The request is wrong: fix it. */
  | 'bad_request'
  /** No or a wrong API key. */
  | 'unauthorized'
  /** The model, expert, peer or route named does not exist. */
  | 'not_found'
  /** The request is larger than allowed. */
  | 'too_large'
  /** The request body is not in a format the node reads (not JSON). */
  | 'unsupported_media_type'
  /** The client was too slow to send its request. */
  | 'timeout'
  /** The node (or the expert) is at capacity: retry later. */
  | 'busy'
  /** This client asked too often: retry later. */
  | 'rate_limited'
  /** Another node (a peer expert, a download source) failed. */
  | 'upstream_failed'
  /** The request was cancelled (the client left, or the node is shutting down). */
  | 'cancelled'
  /** The node cannot serve this now (shutting down, a model that cannot be loaded). */
  | 'unavailable'
  /** A fault of this node. */
  | 'internal'
  /** A port or address to listen on is taken. */
  | 'address_in_use'
  /** A file or device could not be read or written. */
  | 'io'
  /** The configuration is wrong: fix the file or the flag. */
  | 'config_invalid';

/** Every stable failure code and its kind: the one table that decides how each code is reported. */
const KIND_OF_CODE = {
  // Kinds are codes of their own.
  bad_request: 'bad_request',
  unauthorized: 'unauthorized',
  not_found: 'not_found',
  too_large: 'too_large',
  unsupported_media_type: 'unsupported_media_type',
  timeout: 'timeout',
  busy: 'busy',
  rate_limited: 'rate_limited',
  upstream_failed: 'upstream_failed',
  cancelled: 'cancelled',
  unavailable: 'unavailable',
  internal: 'internal',
  address_in_use: 'address_in_use',
  io: 'io',
  config_invalid: 'config_invalid',
  // Requests.
  validation_failed: 'bad_request',
  invalid_json: 'bad_request',
  invalid_utf8: 'bad_request',
  unsupported_value: 'bad_request',
  prompt_too_long: 'bad_request',
  invalid_plan: 'bad_request',
  /** A prompt with a character the sanitizer refuses (sanitizer.input.unicode = "refuse"). */
  unsafe_character: 'bad_request',
  invalid_api_key: 'unauthorized',
  body_too_large: 'too_large',
  headers_too_large: 'too_large',
  request_timeout: 'timeout',
  route_not_found: 'not_found',
  peer_not_found: 'not_found',
  peer_unreachable: 'upstream_failed',
  remote_failure: 'upstream_failed',
  /** A task of a plan failed on two experts (the plan executor's retry was spent): the whole request fails. */
  task_failed: 'upstream_failed',
  /** An expert did not finish a plan's task within the plan executor's task deadline; the task moves on to the next expert. */
  task_deadline: 'upstream_failed',
  // Models and engines.
  model_not_found: 'not_found',
  model_integrity: 'bad_request',
  model_download: 'upstream_failed',
  model_unavailable: 'unavailable',
  engine_closed: 'unavailable',
  engine_failure: 'internal',
  internal_error: 'internal',
} as const satisfies Record<string, FailureKind>;

export type ErrorCode = keyof typeof KIND_OF_CODE;

/** Every stable failure code. */
export const ERROR_CODES = Object.keys(KIND_OF_CODE) as ErrorCode[];

export function kindOfCode(code: ErrorCode): FailureKind {
  return KIND_OF_CODE[code];
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(KIND_OF_CODE, value);
}

export interface DemocritusErrorOptions {
  cause?: unknown;
  /** The request field at fault (`messages[0].role`), as OpenAI names it. */
  param?: string | null;
}

export class DemocritusError extends Error {
  readonly kind: FailureKind;
  readonly param: string | null;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: DemocritusErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.kind = KIND_OF_CODE[code];
    this.param = options.param ?? null;
  }
}

/** A request field is wrong: a `bad_request` failure naming it. */
export function invalidRequest(message: string, param: string | null = null, code: ErrorCode = 'validation_failed'): DemocritusError {
  return new DemocritusError(code, message, { param });
}

/** The scheduler's queue (or a peer's) is full: the caller should retry later. */
export class BusyError extends DemocritusError {
  constructor(
    readonly retryAfterMs: number,
    message = `busy, retry after ${retryAfterMs} ms`,
  ) {
    super('busy', message);
  }
}

/** The caller exceeded its request rate. */
export class RateLimitedError extends DemocritusError {
  constructor(
    readonly clientId: string,
    readonly retryAfterMs: number,
  ) {
    super('rate_limited', `rate limit exceeded for client "${clientId}", retry after ${retryAfterMs} ms`);
  }
}

export class ModelNotFoundError extends DemocritusError {
  constructor(message: string) {
    super('model_not_found', message);
  }
}

/** A model file that is not what it claims to be: wrong hash, truncated, or not GGUF. Never loaded. */
export class ModelIntegrityError extends DemocritusError {
  constructor(message: string) {
    super('model_integrity', message);
  }
}

export class ModelDownloadError extends DemocritusError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('model_download', message, options);
  }
}

export class CancelledError extends DemocritusError {
  constructor(message = 'cancelled') {
    super('cancelled', message);
  }
}

/** Milliseconds to wait before retrying, for failures that say (busy, rate limited). */
export function retryAfterMsOf(error: unknown): number | undefined {
  return error instanceof BusyError || error instanceof RateLimitedError ? error.retryAfterMs : undefined;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
