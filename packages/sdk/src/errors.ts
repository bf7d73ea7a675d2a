/** The node answered with an error: `{"error": {"message", "type", "param", "code"}}` and an HTTP status. */
export class DemocritusApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    readonly type: string | null,
    readonly param: string | null,
    message: string,
    /** Seconds to wait before retrying (429 answers). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'DemocritusApiError';
  }
}

/** Nothing answered at the node's address, or the connection broke. */
export class DemocritusConnectionError extends Error {
  constructor(
    readonly url: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DemocritusConnectionError';
  }
}

/** A stream that had started failed: its last line (NDJSON) or event (SSE) said why. */
export class DemocritusStreamError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DemocritusStreamError';
  }
}
