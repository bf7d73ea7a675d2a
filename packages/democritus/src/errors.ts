/** Errors that cross module boundaries carry a stable code so that the CLI, HTTP and P2P layers can map them. */
export type ErrorCode =
  | 'config_invalid'
  | 'model_not_found'
  | 'model_integrity'
  | 'model_download'
  | 'model_unavailable'
  | 'busy'
  | 'rate_limited'
  | 'bad_request'
  | 'cancelled'
  | 'engine_closed';

export class DemocritusError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The scheduler's queue is full: the caller should retry later. */
export class BusyError extends DemocritusError {
  constructor(readonly retryAfterMs: number) {
    super('busy', `busy, retry after ${retryAfterMs} ms`);
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

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
