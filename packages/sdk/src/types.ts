/**
 * The response shapes of a Democritus node, defined once: the node builds its answers with these types and this SDK
 * reads them. OpenAI's chat, models and embeddings formats with Democritus's extension fields, and the node's own
 * routes (health, peers, routing decisions, NDJSON generation).
 */

import type { Intent } from './intents.js';
import type { AggregationMethod, AggregationRequest } from './aggregation.js';

export type ChatRole = 'system' | 'user' | 'assistant';

export interface ChatMessage {
  role: ChatRole;
  content: string;
}

// ---- Errors ----

export type ApiErrorType =
  | 'invalid_request_error'
  | 'not_found_error'
  | 'rate_limit_error'
  | 'upstream_error'
  | 'server_error';

/**
 * Every error answer before a stream starts (and every error event of an OpenAI stream): OpenAI's shape. `param` names
 * the offending request field (`messages[0].role`), null when the error is not about one field.
 */
export interface ErrorBody {
  error: { message: string; type: ApiErrorType; param: string | null; code: string };
}

// ---- OpenAI chat completions ----

/** Which expert served a response, and how it was chosen. */
export interface ServedExpert {
  peer_id: string;
  name: string;
  model: string;
  /** pinned: the request named it; routed: semantic routing chose it; fallback: nothing matched well. */
  how: 'pinned' | 'routed' | 'fallback';
}

/** One sanitizer rule that changed something, and how many pieces it changed. */
export interface SanitizerChangeCount {
  /** `ansi`, `unicode`, `html_escape`, `html_drop`. */
  rule: string;
  count: number;
}

/**
 * What the node's sanitizer changed in a request: on the prompt as it entered, on the answer as it left, and whether the
 * repetition detector stopped a degenerate generation (its finish reason is then `stop`).
 */
export interface SanitizerMetadata {
  input: SanitizerChangeCount[];
  output: SanitizerChangeCount[];
  repetition: boolean;
}

/** The `democritus` field of chat responses. */
export interface DemocritusExtension {
  experts: ServedExpert[];
  /** On the final chunk and non-streaming responses, only when the sanitizer changed something. */
  sanitizer?: SanitizerMetadata;
  /** On the final chunk and non-streaming responses of a request that aggregated several experts' answers. */
  aggregation?: AggregationMetadata;
  /** On the final chunk and non-streaming responses of a `"swarm"` chat that was split into sub-tasks. */
  plan?: PlanMetadata;
  /** On the final chunk and non-streaming responses, only when the serving expert failed mid-answer and another went on. */
  failovers?: FailoverMetadata[];
  /** On the final chunk and non-streaming responses of an answer this node spot-checked (`[audit] spot_check_rate`). */
  audit?: AuditMetadata;
}

/**
 * A spot-check audit of a remote answer: this node, holding the expert's model, teacher-forced the prompt and the
 * answer and compared every token with what the expert signed.
 */
export interface AuditMetadata {
  /** Peer IDs of the node that audited (this one) and of the audited expert. */
  auditor: string;
  expert: string;
  passed: boolean;
  /** The checks that failed: kl_mean, kl_high, implausible_token, logprob, argmax, token_mismatch, length, token_out_of_vocabulary. */
  failed: string[];
  tokens: number;
  /** Mean and high-percentile KL(expert ‖ auditor) per token, in nats; null when the answer could not be compared. */
  kl_mean: number | null;
  kl_high: number | null;
  max_logprob_delta: number | null;
  /** How long the audit took, in ms (one prefill of prompt + answer). */
  ms: number;
}

/** One switch of a mid-answer failover: the expert that failed, the one that went on, and the seam. */
export interface FailoverMetadata {
  /** Peer id of the expert that failed. */
  from: string;
  /** Peer id of the expert that continued the answer. */
  to: string;
  /** Completion tokens already streamed when the switch happened. */
  at_token: number;
  /** From the last token before the switch to the first after it, in ms; null when the new expert sent none. */
  gap_ms: number | null;
  /** stream_error (reset, closed connection, peer failure), stream_ended, bad_response (signature, transcript), engine_failure, stall. */
  reason: 'stream_error' | 'stream_ended' | 'bad_response' | 'engine_failure' | 'stall';
  /** How the answer so far was handed over: the exact token ids (same model) or the text. */
  continuation: 'token_ids' | 'text';
  /** In a decomposed chat, the task whose answer moved (`democritus.plan`'s task ids); absent otherwise. */
  task_id?: string;
}

/** How a decomposed chat ran: every task with the experts it was tried on (`democritus.plan`). */
export interface PlanMetadata {
  /** The task whose answer streamed to the client (the synthesis). */
  final_task: string;
  layers: string[][];
  tasks: {
    id: string;
    kind: PlanTaskKind;
    depends_on: string[];
    status: 'waiting' | 'running' | 'finished' | 'failed' | 'cancelled';
    /** In order; a second attempt is the retry on the next-ranked expert. Times in ms since the plan began. */
    attempts: {
      peer_id: string;
      name: string;
      outcome: 'running' | 'finished' | 'failed' | 'cancelled';
      started_ms: number;
      first_token_ms: number | null;
      ended_ms: number | null;
      completion_tokens: number;
      error: string | null;
    }[];
  }[];
}

/** An expert as progress events name it. */
export interface ProgressExpert {
  peer_id: string;
  name: string;
}

/**
 * Live progress of a `"swarm"` chat. A decomposed one, in order: `plan` once, then per attempt of a task
 * `task_started` and one of `task_finished`, `task_retried` (it failed and goes on to `next`) or `task_failed` (its
 * last attempt failed: the chat fails); `attempt` counts from 1. One answered by several experts (`democritus.experts`):
 * per expert `answer_started` and `answer_finished` or `answer_failed`. Times are milliseconds since the plan (or the
 * answers) began. On REST only with `democritus.progress: true` (SSE comments, PROGRESS_SSE_COMMENT); always on
 * WebSocket (`progress` frames) and gRPC (`ChatEvent.progress`).
 */
export type ChatProgressEvent =
  | { type: 'plan'; final_task: string; layers: string[][]; tasks: { id: string; kind: PlanTaskKind; depends_on: string[] }[] }
  | { type: 'task_started'; task_id: string; kind: PlanTaskKind; attempt: number; expert: ProgressExpert; at_ms: number }
  | { type: 'task_finished'; task_id: string; attempt: number; expert: ProgressExpert; completion_tokens: number; ms: number; at_ms: number }
  | { type: 'task_retried'; task_id: string; attempt: number; expert: ProgressExpert; error: string; next: ProgressExpert; at_ms: number }
  | { type: 'task_failed'; task_id: string; attempt: number; expert: ProgressExpert; error: string; at_ms: number }
  | { type: 'answer_started'; expert: ProgressExpert; at_ms: number }
  | { type: 'answer_finished'; expert: ProgressExpert; completion_tokens: number; ms: number; at_ms: number }
  | { type: 'answer_failed'; expert: ProgressExpert; error: string; at_ms: number };

export type PlanTaskKind = 'single' | 'subtask' | 'synthesis';

/** One answer's place in an aggregation: its index among the answers and who gave it. */
export interface AggregatedAnswerRef {
  index: number;
  peer_id: string;
  name: string;
}

/** How several experts' answers became one (`democritus.experts` > 1). */
export interface AggregationMetadata {
  /** The method that decided (for `auto`, the one it chose; `vote` without a closed answer falls back to `consensus`). */
  method: AggregationMethod;
  requested: AggregationRequest;
  /** The answer sent (consensus, vote); null for synthesis, whose answer the aggregator wrote. */
  winner: AggregatedAnswerRef | null;
  /** The expert that wrote the synthesis; null for consensus and vote. */
  aggregator: ServedExpert | null;
  /** True when the answers fall into more than one cluster. */
  conflict: boolean;
  /** Answers that agree, heaviest first; `answer` is the shared final answer (`number:36`), null for free text. */
  clusters: { answer: string | null; members: AggregatedAnswerRef[]; weight: number }[];
  /** `vote` only: every distinct final answer, heaviest first; `voters` are answer indices. */
  tally?: { answer: { kind: 'number' | 'boolean' | 'option' | 'span'; value: string }; weight: number; count: number; voters: number[] }[];
  /** `vote` only: the top weights were equal and the earliest answer broke the tie. */
  tie?: boolean;
  /** `consensus` only: each answer's cosine to the weighted centroid, by answer index (null without an embedding). */
  similarities?: (number | null)[];
  /** Why this method and this winner, in one line. */
  reason: string;
  /** Every answer that was aggregated, by index: who said what. */
  answers: (AggregatedAnswerRef & { text: string; weight: number })[];
  /** Experts whose generation failed and was left out. */
  failed: { peer_id: string; name: string; error: string }[];
  /**
   * In ms since the node began the request (routing included): when the last expert's generation ended (`answered_ms`,
   * the slowest answer) and when the outcome was decided (`decided_ms`: the answers embedded and aggregated).
   */
  timings: { answered_ms: number; decided_ms: number };
}

export interface TopLogprob {
  token: string;
  logprob: number;
  bytes: number[];
}

export interface TokenLogprobEntry extends TopLogprob {
  top_logprobs: TopLogprob[];
}

export interface ChoiceLogprobs {
  content: TokenLogprobEntry[];
  refusal: null;
}

export type FinishReason = 'stop' | 'length';

export interface CompletionUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export interface ChatCompletion {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  choices: {
    index: 0;
    message: { role: 'assistant'; content: string; refusal: null };
    logprobs: ChoiceLogprobs | null;
    finish_reason: FinishReason;
  }[];
  usage: CompletionUsage;
  democritus: DemocritusExtension;
}

export interface ChunkDelta {
  role?: 'assistant';
  content?: string;
  refusal?: null;
}

export interface ChatCompletionChunk {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  /** Empty in the usage chunk only. */
  choices: { index: 0; delta: ChunkDelta; logprobs: ChoiceLogprobs | null; finish_reason: FinishReason | null }[];
  /** Present on every chunk when `stream_options.include_usage` is set: null but on the last one. */
  usage?: CompletionUsage | null;
  /** On the first chunk and the one with the finish reason. */
  democritus?: DemocritusExtension;
}

// ---- OpenAI models and embeddings ----

export interface ModelObject {
  id: string;
  object: 'model';
  /** Seconds since the epoch. */
  created: number;
  owned_by: string;
  /** The expert behind this id (absent for `swarm`). */
  democritus?: { peer_id: string; name: string; model: string; description: string; self: boolean };
}

export interface ModelList {
  object: 'list';
  data: ModelObject[];
}

export interface EmbeddingObject {
  object: 'embedding';
  index: number;
  /** Floats, or the little-endian float32 bytes in base64 for `encoding_format: "base64"`. */
  embedding: number[] | string;
}

export interface EmbeddingList {
  object: 'list';
  data: EmbeddingObject[];
  model: string;
  usage: { prompt_tokens: number; total_tokens: number };
}

// ---- Generation events (`POST /api/generate`, NDJSON) ----

export interface TokenAlternative {
  tokenId: number;
  text: string;
  /** Natural-log probability under the model's raw distribution. */
  logprob: number;
}

export interface TokenEvent {
  type: 'token';
  /** Text this token adds; empty while a multi-byte character is incomplete. */
  text: string;
  tokenId: number;
  logprob: number;
  /** Most likely alternatives at this position, best first. */
  topLogprobs: TokenAlternative[];
}

export type GenerationFinishReason = 'stop' | 'length' | 'cancelled' | 'error';

export interface DoneEvent {
  type: 'done';
  finishReason: GenerationFinishReason;
  usage: { promptTokens: number; completionTokens: number };
  modelSha256: string;
  /** Milliseconds from the start of generation to the first token and to the end. */
  timings: { firstTokenMs: number | null; totalMs: number };
  error?: string;
}

export type GenerationEvent = TokenEvent | DoneEvent;

/** The last line of a stream that failed after it started. */
export interface StreamErrorLine {
  type: 'error';
  code: string;
  message: string;
}

/** One NDJSON line of a `POST /api/generate` response. */
export type GenerateStreamLine = GenerationEvent | StreamErrorLine;

// ---- Health ----

export interface SchedulerStats {
  running: number;
  queued: number;
  queuedByPriority: { local: number; remote: number };
}

export interface LoadedModel {
  sha256: string;
  name: string;
  sizeBytes: number;
  activeGenerations: number;
  lastUsedAt: number;
}

/** `GET /health`. */
export interface Health {
  status: 'ok';
  peerId: string;
  swarmId: string;
  name: string;
  version: string;
  uptimeMs: number;
  addresses: string[];
  model: { name: string; sha256: string };
  peers: { connected: number; known: number };
  scheduler: SchedulerStats;
  loadedModels: LoadedModel[];
  memory: { rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number };
}

// ---- Peers ----

/** How a node learnt an advert. */
export type AdvertSource = 'gossip' | 'direct' | 'dht';

/** An advert's routing profile as the API shows it: what it holds, without the vectors. */
export interface RoutingSummary {
  spaceId: string;
  dimensions: number;
  hasDescriptionVector: boolean;
  exemplars: number;
  signatures: string[];
  terms: number;
}

/** An expert's signed advert as the API shows it. */
export interface AdvertView {
  peerId: string;
  name: string;
  description: string;
  modelSha256: string;
  modelName: string;
  contextSize: number;
  activeGenerations: number;
  queueDepth: number;
  softwareVersion: string;
  timestampMs: number;
  expiresAtMs: number;
  addresses: string[];
  sequence: number;
  routing: RoutingSummary | null;
}

/** One row of `GET /api/peers`. */
export interface Peer {
  peerId: string;
  /** The expert's name; null until its advert arrived. */
  name: string | null;
  connected: boolean;
  /**
   * False once the node's connections to the peer closed or a dial failed (the peer is then not routed to), until it
   * reconnects or sends a newer advert.
   */
  reachable: boolean;
  addresses: string[];
  /** Transports of the open connections: tcp, quic, relay. */
  transports: string[];
  latencyMs: number | null;
  model: { name: string; sha256: string } | null;
  description: string | null;
  advertAgeMs: number | null;
  advertSource: AdvertSource | null;
  protocols: string[];
  advert: AdvertView | null;
}

/** `GET /api/peers`. */
export interface PeersBody {
  peers: Peer[];
}

// ---- Routing decisions ----

/** One expert of a routing decision, best first. A score that is not finite (no comparable vector) is null. */
export interface RankedExpert {
  peerId: string;
  name: string;
  isLocal: boolean;
  /** How the node knows the expert: its own, or the advert's source. */
  source: 'local' | AdvertSource;
  /** Embedding similarity (cosine scale). */
  embedding: number | null;
  /** Lexical TF-IDF cosine. */
  lexical: number | null;
  /** The fused match, compared with the minimum similarity. */
  similarity: number | null;
  activeGenerations: number;
  queueDepth: number;
  latencyMs: number | null;
  reputation: number | null;
  factors: { similarity: number | null; load: number | null; latency: number | null; reputation: number | null };
  score: number | null;
}

/** The DHT lookup behind a routing decision. */
export interface DhtLookupReport {
  /** `awaited`: the decision waited for it; `background`: known experts matched, the lookup feeds later decisions. */
  mode: 'awaited' | 'background';
  /** `batched`: one band-lookup message per DHT peer for all keys; `walks`: one kad-dht walk per key. */
  method: 'batched' | 'walks';
  probes: number;
  peersAsked: number;
  providers: number;
  /** Providers whose advert came from the record holders that named them. */
  fromHolders: number;
  /** Providers whose advert was fetched from the provider itself. */
  fetched: number;
  walkMs: number;
  ms: number;
}

/** `POST /api/route`: where the node's router would send a prompt (nothing is generated). */
export interface RouteDecision {
  kind: 'matched' | 'fallback';
  reason: 'no-match' | 'no-candidates' | null;
  ranked: RankedExpert[];
  /** `cache`: the matches came from a recent decision for a prompt with the same signature. */
  from: 'cache' | 'fresh';
  spaceId: string;
  /** The prompt's 64-bit LSH signature (16 hex digits). */
  signature: string;
  dht: DhtLookupReport | null;
  timings: { embedMs: number; decideMs: number; totalMs: number };
}

// ---- SDK results ----

/** One expert's answer of `ask(prompt, {experts: N})`. The answers are separate: nothing merges them (yet). */
export interface ExpertAnswer {
  /** The expert's name. */
  expert: string;
  peer_id: string;
  text: string;
  finish_reason: FinishReason | null;
  usage: CompletionUsage;
}

// ---- Planning (`POST /api/plan`, `democritus plan --json`) ----

/** One task of a plan, with the expert the router would pick for it now. */
export interface PlanTask {
  id: string;
  prompt: string;
  intent: Intent | null;
  intent_confidence: number | null;
  /** Ids of the tasks whose answers this one needs; `#<id>` in the prompt is replaced by that answer. */
  depends_on: string[];
  /** `single`: the prompt is not decomposed; `synthesis`: combines the other answers into the reply. */
  kind: 'single' | 'subtask' | 'synthesis';
  /** The router's choice for the task's prompt (null when the node has no router). */
  expert: { peer_id: string; name: string; how: 'routed' | 'fallback'; similarity: number | null } | null;
}

/** What the coordinator decides for a prompt, nothing generated: the shape of `democritus plan --json`. */
export interface PlanReport {
  /** The prompt as planned (after the sanitizer's input rules). */
  prompt: string;
  /** What the sanitizer changed in the prompt (empty: nothing). */
  sanitizer: { rule: string; count: number }[];
  intent: Intent;
  intent_confidence: number;
  intent_runner_up: { intent: Intent; confidence: number };
  /** Names of the lexical cues that fired. */
  intent_cues: string[];
  /** In [0, 1]. */
  complexity: number;
  complexity_features: Record<string, number>;
  /** complexity >= decompose_threshold (or the planner found nothing to split: then false). */
  decompose: boolean;
  decompose_threshold: number;
  /** The planner that made the tasks; `model_fallback` says why the model's plan was not used. */
  planner: 'rules' | 'model';
  model_fallback: string | null;
  tasks: PlanTask[];
  /** Task ids by depth: a layer's tasks can run at once. */
  layers: string[][];
  critical_path: string[];
  widest_layer: number;
  timings: { classify_ms: number; complexity_ms: number; plan_ms: number; route_ms: number; total_ms: number };
}
