import { DemocritusApiError, DemocritusConnectionError } from './errors.js';
import { sseData } from './sse.js';
import type { ChatCompletion, ChatCompletionChunk, ChatCompletionRequest, ChatMessage, CompletionUsage, FinishReason, Health, Peer, ServedExpert } from './types.js';

/** The REST address a local node serves by default (`npm start`, `democritus daemon`). */
export const DEFAULT_URL = 'http://127.0.0.1:8080';

export interface DemocritusClientOptions {
  /** Base URL of the node's REST API; default http://127.0.0.1:8080. */
  url?: string;
  /** Sent as `Authorization: Bearer <key>` when the node has API keys. */
  apiKey?: string;
  /** Milliseconds to wait for an answer to a non-streamed request; default 120 000. */
  timeoutMs?: number;
  /** A fetch implementation (default: the global one). */
  fetch?: typeof fetch;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * How many experts to consult (sent as the `x-democritus-experts` header). Today a node serves every request with
   * one expert; the coordinator honours more when it lands.
   */
  experts?: number;
}

export interface AskOptions extends RequestOptions {
  /** "swarm" (default), or an expert's name or peer ID. */
  model?: string;
  /** A system message put before the prompt. */
  system?: string;
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  seed?: number;
  stop?: string | string[];
}

/**
 * A client for one Democritus node's REST API: OpenAI-compatible chat completions (`/v1/chat/completions`), the peer
 * directory (`/api/peers`) and health (`/health`). Plain `fetch`, no dependencies; works in Node 20+ and browsers.
 */
export class DemocritusClient {
  readonly url: string;
  private readonly apiKey: string | undefined;
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;

  constructor(options: DemocritusClientOptions = {}) {
    const url = options.url ?? DEFAULT_URL;
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw new TypeError(`invalid node URL ${JSON.stringify(url)}: expected http://<host>:<port>`);
    this.url = url.replace(/\/+$/, '');
    this.apiKey = options.apiKey;
    this.timeoutMs = options.timeoutMs ?? 120_000;
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  }

  /** The node on this machine: `$DEMOCRITUS_API` or http://127.0.0.1:8080, with `$DEMOCRITUS_API_KEY` if set. */
  static local(options: Omit<DemocritusClientOptions, 'url'> & { port?: number } = {}): DemocritusClient {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
    const url = options.port !== undefined ? `http://127.0.0.1:${options.port}` : env.DEMOCRITUS_API || DEFAULT_URL;
    return new DemocritusClient({ ...options, url, apiKey: options.apiKey ?? (env.DEMOCRITUS_API_KEY || undefined) });
  }

  /** One prompt, one answer: the text of a chat completion of `[system?, user: prompt]`. */
  async ask(prompt: string, options: AskOptions = {}): Promise<string> {
    const completion = await this.chatCompletion(askRequest(prompt, options), options);
    return completion.choices[0]?.message.content ?? '';
  }

  /** Streams the answer to one prompt as text pieces. */
  askStream(prompt: string, options: AskOptions = {}): ChatCompletionStream {
    return this.chatCompletionStream(askRequest(prompt, options), options);
  }

  /** `POST /v1/chat/completions`, not streamed. */
  async chatCompletion(request: ChatCompletionRequest, options: RequestOptions = {}): Promise<ChatCompletion> {
    const response = await this.request('/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...expertsHeader(options.experts) },
      body: JSON.stringify({ ...request, stream: false }),
      signal: withTimeout(options.signal, this.timeoutMs),
    });
    return (await response.json()) as ChatCompletion;
  }

  /**
   * `POST /v1/chat/completions` with `stream: true`: an async iterable of the answer's text pieces. The request is sent
   * when iteration starts; a refusal (bad request, unknown model, busy) is thrown from the loop as DemocritusApiError.
   * Leaving the loop early (or `abort()`) closes the connection, which cancels the generation on the node.
   */
  chatCompletionStream(request: ChatCompletionRequest, options: RequestOptions = {}): ChatCompletionStream {
    return new ChatCompletionStream((signal) =>
      this.request('/v1/chat/completions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...expertsHeader(options.experts) },
        body: JSON.stringify({ ...request, stream: true, stream_options: { include_usage: true } }),
        signal,
      }),
      options.signal,
      this.url,
    );
  }

  /** `GET /api/peers`: the node's peer directory. */
  async peers(options: RequestOptions = {}): Promise<Peer[]> {
    return ((await this.getJson('/api/peers', options)) as { peers: Peer[] }).peers;
  }

  /** `GET /health`: who the node is, its model, peers and queue. */
  async health(options: RequestOptions = {}): Promise<Health> {
    return (await this.getJson('/health', options)) as Health;
  }

  private async getJson(path: string, options: RequestOptions): Promise<unknown> {
    const response = await this.request(path, { headers: { accept: 'application/json' }, signal: withTimeout(options.signal, this.timeoutMs) });
    return response.json();
  }

  /** A fetch with the API key; non-2xx answers become DemocritusApiError, network failures DemocritusConnectionError. */
  private async request(path: string, init: RequestInit): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.apiKey !== undefined) headers.set('authorization', `Bearer ${this.apiKey}`);
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.url}${path}`, { ...init, headers });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new DemocritusConnectionError(this.url, `cannot reach the Democritus node at ${this.url}: is it running? (npm start, or democritus daemon)`, { cause: error });
    }
    if (!response.ok) throw await apiError(response);
    return response;
  }
}

/** The answer of a streamed chat completion: iterate for text pieces; the fields fill in as chunks arrive. */
export class ChatCompletionStream implements AsyncIterable<string> {
  /** The completion's id (the same on every chunk). */
  id: string | null = null;
  model: string | null = null;
  /** The experts that served it. */
  experts: ServedExpert[] = [];
  finishReason: FinishReason | null = null;
  usage: CompletionUsage | null = null;
  private readonly controller = new AbortController();
  private started = false;

  constructor(
    private readonly open: (signal: AbortSignal) => Promise<Response>,
    signal: AbortSignal | undefined,
    private readonly url: string,
  ) {
    if (signal !== undefined) {
      if (signal.aborted) this.controller.abort(signal.reason);
      else signal.addEventListener('abort', () => this.controller.abort(signal.reason), { once: true });
    }
  }

  /** Stops the stream; the node cancels the generation. */
  abort(): void {
    this.controller.abort();
  }

  /** Every chunk as the node sent it (use either this or the text iterator, once). */
  async *chunks(): AsyncGenerator<ChatCompletionChunk> {
    if (this.started) throw new Error('a ChatCompletionStream can be iterated once');
    this.started = true;
    const response = await this.open(this.controller.signal);
    if (response.body === null) throw new DemocritusConnectionError(this.url, 'the node sent an empty response');
    try {
      for await (const data of sseData(response.body)) {
        const parsed = JSON.parse(data) as ChatCompletionChunk | { error: { message: string; type?: string; param?: string; code?: string } };
        if ('error' in parsed) {
          const { error } = parsed;
          throw new DemocritusApiError(response.status, error.code ?? null, error.type ?? null, error.param ?? null, error.message);
        }
        this.id ??= parsed.id;
        this.model ??= parsed.model;
        if (parsed.democritus !== undefined) this.experts = parsed.democritus.experts;
        if (parsed.usage) this.usage = parsed.usage;
        const finish = parsed.choices[0]?.finish_reason;
        if (finish !== undefined && finish !== null) this.finishReason = finish;
        yield parsed;
      }
    } catch (error) {
      if (isAbort(error) || error instanceof DemocritusApiError || error instanceof SyntaxError) throw error;
      if (this.controller.signal.aborted) throw error;
      throw new DemocritusConnectionError(this.url, `the stream from ${this.url} broke: ${String(error)}`, { cause: error });
    } finally {
      this.controller.abort();
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<string> {
    for await (const chunk of this.chunks()) {
      const text = chunk.choices[0]?.delta.content;
      if (text !== undefined && text.length > 0) yield text;
    }
  }

  /** Reads the whole stream and returns the text. */
  async text(): Promise<string> {
    let text = '';
    for await (const piece of this) text += piece;
    return text;
  }
}

function askRequest(prompt: string, options: AskOptions): ChatCompletionRequest {
  const messages: ChatMessage[] = [];
  if (options.system !== undefined) messages.push({ role: 'system', content: options.system });
  messages.push({ role: 'user', content: prompt });
  const request: ChatCompletionRequest = { model: options.model ?? 'swarm', messages };
  if (options.maxTokens !== undefined) request.max_tokens = options.maxTokens;
  if (options.temperature !== undefined) request.temperature = options.temperature;
  if (options.topP !== undefined) request.top_p = options.topP;
  if (options.seed !== undefined) request.seed = options.seed;
  if (options.stop !== undefined) request.stop = options.stop;
  return request;
}

function expertsHeader(experts: number | undefined): Record<string, string> {
  if (experts === undefined) return {};
  if (!Number.isInteger(experts) || experts < 1) throw new RangeError(`experts must be a positive integer, got ${experts}`);
  return { 'x-democritus-experts': String(experts) };
}

function withTimeout(signal: AbortSignal | undefined, timeoutMs: number): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return signal === undefined ? timeout : AbortSignal.any([signal, timeout]);
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

async function apiError(response: Response): Promise<DemocritusApiError> {
  const text = await response.text().catch(() => '');
  const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
  let message = `the node answered ${response.status} ${response.statusText}`;
  let code: string | null = null;
  let type: string | null = null;
  let param: string | null = null;
  try {
    const body = JSON.parse(text) as { error?: { message?: unknown; code?: unknown; type?: unknown; param?: unknown } };
    if (typeof body.error?.message === 'string') message = body.error.message;
    if (typeof body.error?.code === 'string') code = body.error.code;
    if (typeof body.error?.type === 'string') type = body.error.type;
    if (typeof body.error?.param === 'string') param = body.error.param;
  } catch {
    if (text.length > 0) message += `: ${text.slice(0, 200)}`;
  }
  return new DemocritusApiError(response.status, code, type, param, message, Number.isFinite(retryAfter) ? retryAfter : null);
}
