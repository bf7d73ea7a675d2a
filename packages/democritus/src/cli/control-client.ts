import type { ErrorBody, GenerateBody, GenerateStreamLine, HealthBody, PeersBody, RouteBody, RouteResponseBody } from '../api/types.js';
import { errorMessage } from '../errors.js';
import type { GenerationEvent } from '../engine/types.js';
import type { PeerView } from '../network/peer-view.js';

export const DEFAULT_API_URL = 'http://127.0.0.1:8080';
const REQUEST_TIMEOUT_MS = 30_000;

/** `--api` wins, then `DEMOCRITUS_API`, then the daemon's default REST address. */
export function resolveApiUrl(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const url = flag ?? (env.DEMOCRITUS_API !== undefined && env.DEMOCRITUS_API !== '' ? env.DEMOCRITUS_API : DEFAULT_API_URL);
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw new Error(`invalid API URL ${JSON.stringify(url)}: expected http://<host>:<port>`);
  return url.replace(/\/+$/, '');
}

/** The environment variable with the API key the CLI sends (`--api-key` wins). */
export const API_KEY_ENV = 'DEMOCRITUS_API_KEY';

/** `--api-key` wins, then `$DEMOCRITUS_API_KEY`; undefined sends no Authorization header. */
export function resolveApiKey(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const key = flag ?? env[API_KEY_ENV];
  return key !== undefined && key.trim() !== '' ? key.trim() : undefined;
}

/** The daemon answered with an error (`{error: {message, type, code}}`). */
export class ControlApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ControlApiError';
  }
}

/** Nothing answers at the API address. */
export class DaemonUnreachableError extends Error {
  constructor(
    readonly baseUrl: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot reach the daemon at ${baseUrl}: is it running? (start it with democritus daemon)`, options);
    this.name = 'DaemonUnreachableError';
  }
}

/** A failure reported by the stream's last line after the generation had started. */
export class GenerationStreamError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'GenerationStreamError';
  }
}

/** A small client for the node's control API (see docs/api-reference.md). */
export class ControlClient {
  /** `apiKey` is sent as `Authorization: Bearer <key>` on every request. */
  constructor(
    readonly baseUrl: string,
    private readonly apiKey?: string,
  ) {}

  async health(): Promise<HealthBody> {
    return (await this.getJson('/health')) as HealthBody;
  }

  async peers(): Promise<PeerView[]> {
    return ((await this.getJson('/api/peers')) as PeersBody).peers;
  }

  /** Where the node would route a prompt (`POST /api/route`): the ranked experts and every factor. */
  async route(body: RouteBody): Promise<RouteResponseBody> {
    const response = await this.fetch('/api/route', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (!response.ok) throw await apiError(response);
    return (await response.json()) as RouteResponseBody;
  }

  /**
   * Streams a generation's events. An error line ends the stream with GenerationStreamError; an HTTP refusal
   * is a ControlApiError. Aborting `signal` closes the connection, which cancels the generation on the node.
   */
  async *generate(body: GenerateBody, signal?: AbortSignal): AsyncGenerator<GenerationEvent> {
    const response = await this.fetch('/api/generate', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/x-ndjson' },
      body: JSON.stringify(body),
      signal,
    });
    if (!response.ok) throw await apiError(response);
    if (response.body === null) throw new Error('the daemon sent an empty response');
    const lines = readNdjson(response.body);
    for (;;) {
      let next: IteratorResult<unknown>;
      try {
        next = await lines.next();
      } catch (error) {
        // undici reports a connection that closed mid-body as TypeError("terminated").
        if (signal?.aborted === true || !(error instanceof TypeError)) throw error;
        throw new Error(`the connection to the daemon at ${this.baseUrl} broke: ${errorMessage(error)}`, { cause: error });
      }
      if (next.done === true) return;
      const line = next.value as GenerateStreamLine;
      if (line.type === 'error') throw new GenerationStreamError(line.code, line.message);
      yield line;
    }
  }

  private async getJson(path: string): Promise<unknown> {
    const response = await this.fetch(path, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    if (!response.ok) throw await apiError(response);
    return response.json();
  }

  private async fetch(path: string, init: RequestInit): Promise<Response> {
    try {
      const headers = new Headers(init.headers);
      if (this.apiKey !== undefined) headers.set('authorization', `Bearer ${this.apiKey}`);
      return await fetch(`${this.baseUrl}${path}`, { ...init, headers });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        throw new Error(`the daemon at ${this.baseUrl} did not answer within ${REQUEST_TIMEOUT_MS / 1000} s`, { cause: error });
      }
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      // fetch rejects with a TypeError ("fetch failed") when nothing listens or the connection breaks.
      throw new DaemonUnreachableError(this.baseUrl, { cause: error });
    }
  }
}

async function apiError(response: Response): Promise<ControlApiError> {
  const text = await response.text().catch(() => '');
  const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
  let code = `http_${response.status}`;
  let message = `the daemon answered ${response.status} ${response.statusText}`;
  try {
    const body = JSON.parse(text) as Partial<ErrorBody>;
    if (typeof body.error?.message === 'string') message = body.error.message;
    if (typeof body.error?.code === 'string') code = body.error.code;
  } catch {
    if (text.length > 0) message += `: ${text.slice(0, 200)}`;
  }
  return new ControlApiError(response.status, code, message, Number.isFinite(retryAfter) ? retryAfter : null);
}

/** Parses a stream of newline-delimited JSON values; a blank line is skipped, a bad line is an error. */
export async function* readNdjson(body: AsyncIterable<Uint8Array>): AsyncGenerator<unknown> {
  const decoder = new TextDecoder();
  let buffered = '';
  const parse = (line: string): unknown => {
    try {
      return JSON.parse(line) as unknown;
    } catch (error) {
      throw new Error(`the daemon sent a line that is not JSON (${errorMessage(error)}): ${line.slice(0, 200)}`, { cause: error });
    }
  };
  for await (const chunk of body) {
    buffered += decoder.decode(chunk, { stream: true });
    let newline: number;
    while ((newline = buffered.indexOf('\n')) !== -1) {
      const line = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      if (line.length > 0) yield parse(line);
    }
  }
  buffered += decoder.decode();
  if (buffered.trim().length > 0) yield parse(buffered.trim());
}
