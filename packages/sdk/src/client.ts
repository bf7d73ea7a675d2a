import { DemocritusApiError, DemocritusConnectionError, DemocritusStreamError } from './errors.js';
import { LIMITS, SWARM_MODEL } from './limits.js';
import { ndjsonValues } from './ndjson.js';
import type { ChatCompletionBody, DemocritusOptions, GenerateBody } from './request-schemas.js';
import { PROGRESS_SSE_COMMENT, sseData } from './sse.js';
import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatMessage,
  ChatProgressEvent,
  CompletionUsage,
  DemocritusExtension,
  ExpertAnswer,
  FinishReason,
  GenerateStreamLine,
  GenerationEvent,
  Health,
  Peer,
  PeersBody,
  PlanReport,
  RouteDecision,
  ServedExpert,
} from './types.js';

/** The REST address a local node serves by default (`npm start`, `democritus daemon`). */
export const DEFAULT_URL = 'http://127.0.0.1:8080';
/** The environment variables `DemocritusClient.fromEnv` reads: the node's URL and its API key. */
export const API_URL_ENV = 'DEMOCRITUS_API';
export const API_KEY_ENV = 'DEMOCRITUS_API_KEY';

/** A chat completion request as the SDK sends it (`stream` is set by the method called). */
export type ChatCompletionRequest = Omit<ChatCompletionBody, 'stream' | 'stream_options'>;

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

/** Most experts one `ask` consults (the route API's `top` limit). */
export const MAX_EXPERTS = LIMITS.maxExperts;

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface StreamOptions extends RequestOptions {
  /**
   * Called with each live progress event of a decomposed chat as it arrives; setting it asks the node for them
   * (`democritus.progress: true`). They are also kept in `ChatCompletionStream.progress`.
   */
  onProgress?: (event: ChatProgressEvent) => void;
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
  /** Democritus's own request options: `decompose`, `experts` and `aggregation` (the node merges the answers), `progress`. */
  democritus?: DemocritusOptions;
  /** See AskExpertsOptions; without it `ask` returns the one answer's text. */
  experts?: undefined;
}

export interface AskExpertsOptions extends Omit<AskOptions, 'experts'> {
  /**
   * How many experts answer, 1..100. With more than one, the node's router picks the top N experts for the prompt
   * (`POST /api/route`) and each one answers it, in parallel, pinned by peer ID (so `model` must be left out or
   * "swarm"); fewer answers come back when the swarm knows fewer experts. The answers are NOT merged here: for one
   * merged answer, ask with `democritus: {experts: N}` instead (the node aggregates them and reports who said what in
   * the response's `democritus.aggregation`). With 1, the one expert `model` names (or routing picks) answers.
   */
  experts: number;
}

/** An expert the router picked, as `topExperts` returns it. */
export interface ChosenExpert {
  peerId: string;
  name: string;
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
    return DemocritusClient.fromEnv({ ...options, ...(options.port === undefined ? {} : { url: `http://127.0.0.1:${options.port}` }) });
  }

  /**
   * `url` and `apiKey` when given (and not empty), else `$DEMOCRITUS_API` and `$DEMOCRITUS_API_KEY`, else the local
   * node's default address and no key. What the CLI's `--api` and `--api-key` flags do.
   */
  static fromEnv(options: DemocritusClientOptions = {}, env: Record<string, string | undefined> = processEnv()): DemocritusClient {
    const url = nonEmpty(options.url) ?? nonEmpty(env[API_URL_ENV]) ?? DEFAULT_URL;
    const apiKey = nonEmpty(options.apiKey) ?? nonEmpty(env[API_KEY_ENV]);
    return new DemocritusClient({ ...options, url, ...(apiKey === undefined ? {} : { apiKey }) });
  }

  /**
   * One prompt, one answer: the text of a chat completion of `[system?, user: prompt]`. With `{experts: N}`, every
   * expert's answer instead (see AskExpertsOptions), best-ranked first; if one of them fails, the others are cancelled
   * and the error is thrown.
   */
  ask(prompt: string, options: AskExpertsOptions): Promise<ExpertAnswer[]>;
  ask(prompt: string, options?: AskOptions): Promise<string>;
  async ask(prompt: string, options: AskOptions | AskExpertsOptions = {}): Promise<string | ExpertAnswer[]> {
    if (options.experts !== undefined) return this.askExperts(prompt, options as AskExpertsOptions);
    const completion = await this.chatCompletion(askRequest(prompt, options), options);
    return completion.choices[0]?.message.content ?? '';
  }

  /**
   * The `count` experts the node's router ranks best for a prompt (`POST /api/route` with `top`), best first; empty
   * when no expert has a routing profile (a plain "swarm" request still finds one).
   */
  async topExperts(prompt: string, count: number, options: RequestOptions = {}): Promise<ChosenExpert[]> {
    checkExperts(count);
    const decision = await this.route(prompt, { ...options, top: count });
    return decision.ranked.slice(0, count).map((expert) => ({ peerId: expert.peerId, name: expert.name }));
  }

  /** `POST /api/route`: where the node would send a prompt and why (nothing is generated). */
  async route(prompt: string, options: RequestOptions & { top?: number } = {}): Promise<RouteDecision> {
    const response = await this.request('/api/route', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(options.top === undefined ? { prompt } : { prompt, top: options.top }),
      signal: withTimeout(options.signal, this.timeoutMs),
    });
    return (await response.json()) as RouteDecision;
  }

  /** `POST /api/plan`: how the node's coordinator would split a prompt into tasks, and where each would go. */
  async plan(prompt: string, options: RequestOptions & { planner?: 'rules' | 'model' } = {}): Promise<PlanReport> {
    const response = await this.request('/api/plan', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(options.planner === undefined ? { prompt } : { prompt, planner: options.planner }),
      signal: withTimeout(options.signal, this.timeoutMs),
    });
    return (await response.json()) as PlanReport;
  }

  private async askExperts(prompt: string, options: AskExpertsOptions): Promise<ExpertAnswer[]> {
    const { experts: count, ...single } = options;
    checkExperts(count);
    if (count === 1) return [answerOf(await this.chatCompletion(askRequest(prompt, single), single))];
    if (single.model !== undefined && single.model !== SWARM_MODEL) {
      throw new TypeError(`experts > 1 lets the router pick the experts: leave model out (or "swarm"), got ${JSON.stringify(single.model)}`);
    }
    const chosen = await this.topExperts(prompt, count, single);
    if (chosen.length === 0) return [answerOf(await this.chatCompletion(askRequest(prompt, single), single))];
    // One failure cancels the other generations.
    const failed = new AbortController();
    const signal = single.signal === undefined ? failed.signal : AbortSignal.any([single.signal, failed.signal]);
    try {
      return await Promise.all(
        chosen.map(async (expert) => answerOf(await this.chatCompletion(askRequest(prompt, { ...single, model: expert.peerId }), { signal }), expert)),
      );
    } catch (error) {
      failed.abort();
      throw error;
    }
  }

  /** Streams the answer to one prompt as text pieces. */
  askStream(prompt: string, options: AskOptions & StreamOptions = {}): ChatCompletionStream {
    return this.chatCompletionStream(askRequest(prompt, options), options);
  }

  /** `POST /v1/chat/completions`, not streamed. */
  async chatCompletion(request: ChatCompletionRequest, options: RequestOptions = {}): Promise<ChatCompletion> {
    const response = await this.request('/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
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
  chatCompletionStream(request: ChatCompletionRequest, options: StreamOptions = {}): ChatCompletionStream {
    const body: ChatCompletionRequest = options.onProgress === undefined ? request : { ...request, democritus: { ...request.democritus, progress: true } };
    return new ChatCompletionStream(
      (signal) =>
        this.request('/v1/chat/completions', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
          body: JSON.stringify({ ...body, stream: true, stream_options: { include_usage: true } }),
          signal,
        }),
      options.signal,
      this.url,
      options.onProgress,
    );
  }

  /** `GET /api/peers`: the node's peer directory. */
  async peers(options: RequestOptions = {}): Promise<Peer[]> {
    return ((await this.getJson('/api/peers', options)) as PeersBody).peers;
  }

  /**
   * `POST /api/generate`: one generation on the node, or on the peer `body.peer` names, as the engine's events (NDJSON).
   * A refusal is thrown as DemocritusApiError before the first event; a failure after it as DemocritusStreamError.
   * Leaving the loop early (or aborting `signal`) closes the connection, which cancels the generation.
   */
  async *generate(body: GenerateBody, options: RequestOptions = {}): AsyncGenerator<GenerationEvent> {
    const controller = new AbortController();
    const signal = options.signal === undefined ? controller.signal : AbortSignal.any([options.signal, controller.signal]);
    try {
      const response = await this.request('/api/generate', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/x-ndjson' },
        body: JSON.stringify(body),
        signal,
      });
      if (response.body === null) throw new DemocritusConnectionError(this.url, 'the node sent an empty response');
      try {
        for await (const value of ndjsonValues(response.body)) {
          const line = value as GenerateStreamLine;
          if (line.type === 'error') throw new DemocritusStreamError(line.code, line.message);
          yield line;
        }
      } catch (error) {
        if (isAbort(error) || error instanceof DemocritusStreamError || error instanceof SyntaxError || signal.aborted) throw error;
        throw new DemocritusConnectionError(this.url, `the connection to the node at ${this.url} broke: ${String(error)}`, { cause: error });
      }
    } finally {
      controller.abort();
    }
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
  /**
   * The final chunk's `democritus` object once it arrived: the experts, and when there was one the plan
   * (`plan`), the aggregation (`aggregation`) and what the sanitizer changed.
   */
  democritus: DemocritusExtension | null = null;
  /** The progress events received so far (asked for with `democritus.progress: true` or `onProgress`). */
  readonly progress: ChatProgressEvent[] = [];
  private readonly controller = new AbortController();
  private started = false;

  constructor(
    private readonly open: (signal: AbortSignal) => Promise<Response>,
    signal: AbortSignal | undefined,
    private readonly url: string,
    private readonly onProgress?: (event: ChatProgressEvent) => void,
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
      for await (const data of sseData(response.body, (comment) => this.onComment(comment))) {
        const parsed = JSON.parse(data) as ChatCompletionChunk | { error: { message: string; type?: string; param?: string; code?: string } };
        if ('error' in parsed) {
          const { error } = parsed;
          throw new DemocritusApiError(response.status, error.code ?? null, error.type ?? null, error.param ?? null, error.message);
        }
        this.id ??= parsed.id;
        this.model ??= parsed.model;
        if (parsed.democritus !== undefined) {
          this.experts = parsed.democritus.experts;
          this.democritus = parsed.democritus;
        }
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

  private onComment(comment: string): void {
    if (!comment.startsWith(`${PROGRESS_SSE_COMMENT} `)) return;
    const event = JSON.parse(comment.slice(PROGRESS_SSE_COMMENT.length + 1)) as ChatProgressEvent;
    this.progress.push(event);
    this.onProgress?.(event);
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

function askRequest(prompt: string, options: Omit<AskOptions, 'experts'>): ChatCompletionRequest {
  const messages: ChatMessage[] = [];
  if (options.system !== undefined) messages.push({ role: 'system', content: options.system });
  messages.push({ role: 'user', content: prompt });
  const request: ChatCompletionRequest = { model: options.model ?? SWARM_MODEL, messages };
  if (options.maxTokens !== undefined) request.max_tokens = options.maxTokens;
  if (options.temperature !== undefined) request.temperature = options.temperature;
  if (options.topP !== undefined) request.top_p = options.topP;
  if (options.seed !== undefined) request.seed = options.seed;
  if (options.stop !== undefined) request.stop = options.stop;
  if (options.democritus !== undefined) request.democritus = options.democritus;
  return request;
}

function checkExperts(experts: number): void {
  if (!Number.isInteger(experts) || experts < 1 || experts > MAX_EXPERTS) throw new RangeError(`experts must be an integer from 1 to ${MAX_EXPERTS}, got ${experts}`);
}

/** One expert's answer; `expert` (the one asked) names it when the completion does not say who served it. */
function answerOf(completion: ChatCompletion, expert?: ChosenExpert): ExpertAnswer {
  const served = completion.democritus?.experts[0];
  return {
    expert: served?.name ?? expert?.name ?? completion.model,
    peer_id: served?.peer_id ?? expert?.peerId ?? '',
    text: completion.choices[0]?.message.content ?? '',
    finish_reason: completion.choices[0]?.finish_reason ?? null,
    usage: completion.usage,
  };
}

function processEnv(): Record<string, string | undefined> {
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
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
