/**
 * The application layer: what a node does, as one object every interface calls (REST, WebSocket, gRPC, and through
 * them the SDK and the CLI). It chooses the expert, runs the generation here or on a peer, reports the swarm, and
 * returns results and typed failures (DemocritusError), never transport errors. A request goes
 * API -> app -> (routing, network, scheduler) -> engine; nothing below this layer imports the API or the CLI.
 *
 * ```ts
 * const app = createNodeApp(components);
 * const caller = { clientId: 'key:3f9a0c41d2e7', interface: 'rest' } as const;
 * const run = await app.chat({ model: 'swarm', messages, generation }, caller, signal);
 * for await (const event of run.events) if (event.type === 'token') process.stdout.write(event.text);
 * ```
 */
import type { AggregationRequest, AuditMetadata, DecomposeMode, FailoverMetadata, Health, Peer, PlanReport, SanitizerMetadata } from '@democritus/sdk';
import type { PlanRunReport } from './coordinator/planned-chat.js';
import type { PlanProgress } from './coordinator/plan-recorder.js';
import type { ChatMessage, GenerationEvent, SamplingParameters } from '../engine/types.js';
import type { RouteDecision } from '../routing/swarm-router.js';
import type { AggregationCommand, AggregationReport, AnswerProgress } from './coordinator/multi-expert.js';

/** The interfaces a request can arrive through. */
export type Interface = 'rest' | 'ws' | 'grpc';

/** Who asks. */
export interface Caller {
  /**
   * The client's identity: `key:<digest>` (a digest of its API key, never the key) or `addr:<remote address>` when the
   * node has no keys. Rate limits, queue fairness and request logs use it.
   */
  clientId: string;
  interface: Interface;
}

/** Who this node is. */
export interface NodeInfo {
  peerId: string;
  swarmId: string;
  name: string;
  version: string;
  /** `Date.now()` when the node started. */
  startedAt: number;
  /** Listen addresses with /p2p/<peer-id>. */
  multiaddrs(): string[];
  /** This node's own expert. */
  expert: { description: string; modelName: string; modelSha256: string };
}

/**
 * What a chat request that leaves them out gets: the sampling settings (the node's `[expert]` table) and how many
 * experts answer a "swarm" chat and how their answers are merged (`[coordinator]` `experts`, `aggregation`; absent: one
 * expert, `auto`).
 */
export interface GenerationDefaults {
  maxTokens: number;
  temperature: number;
  topP: number;
  experts?: number | undefined;
  aggregation?: AggregationRequest | undefined;
}

/** How one generation runs, every default filled in. */
export interface GenerationSettings {
  maxTokens: number;
  sampling: SamplingParameters;
  stop: string[];
  /** Alternatives reported per token, 0..LIMITS.maxTopLogprobs. */
  topLogprobs: number;
}

/** A chat: `model` is "swarm" (routed by meaning), or an expert's name, peer ID, model name or SHA-256 (pinned). */
export interface ChatCommand {
  model: string;
  messages: ChatMessage[];
  generation: GenerationSettings;
  /** Several experts answer and their answers are aggregated (`experts` > 1, model "swarm" only); absent, one expert. */
  aggregation?: AggregationCommand | undefined;
  /** May a "swarm" chat be split into sub-tasks; absent, the node's `coordinator.decompose`. */
  decompose?: DecomposeMode | undefined;
  /** Live progress: a decomposed chat's plan and task attempts, or several experts' answers, as they start and end (must not throw). */
  onProgress?: ((event: ChatProgress) => void) | undefined;
}

/**
 * The progress of a chat: of a decomposed one the plan once (before any task starts), then every task attempt's
 * events; of one answered by several experts each expert's answer starting and ending (AnswerProgress).
 */
export type ChatProgress = { type: 'plan'; finalTaskId: string; layers: string[][]; tasks: { id: string; kind: PlanProgressKind; dependsOn: string[] }[] } | PlanProgress | AnswerProgress;

type PlanProgressKind = Extract<PlanProgress, { type: 'task_started' }>['kind'];

/** A generation on a named expert: `peer` null is this node. */
export interface GenerateCommand {
  peer: string | null;
  input: { prompt: string } | { messages: ChatMessage[] };
  generation: GenerationSettings;
}

/** The expert that serves a request. */
export interface ExpertChoice {
  /** The peer that runs it: null for this node. */
  peer: string | null;
  peerId: string;
  name: string;
  modelName: string;
  /** pinned: the request named this expert; routed: semantic routing chose it; fallback: nothing matched well. */
  how: 'pinned' | 'routed' | 'fallback';
}

/** A generation that has started. */
export interface Generation {
  /** The node's id for the request, in its logs. */
  requestId: string;
  expert: ExpertChoice;
  /**
   * Token events and one done event. A failure after the start is thrown from the iteration as a DemocritusError
   * (`remote_failure` and other upstream codes for a peer). Iterate once; `return()` (or aborting the signal given to
   * the app) cancels the generation and frees its slot.
   */
  events: AsyncIterable<GenerationEvent>;
  /**
   * What the sanitizer changed in the prompt and the answer (complete once the events ended), for the response
   * metadata; null when it changed nothing.
   */
  sanitizer(): SanitizerMetadata | null;
  /** Every expert that took part when several answered (the aggregated ones, then the aggregator); absent: `expert` alone. */
  experts?: ExpertChoice[];
  /** How several experts' answers became this one (the chat command's `aggregation`); absent for one expert. */
  aggregation?: AggregationReport;
  /** How a decomposed chat ran (its tasks' records are complete once the events ended); absent when not decomposed. */
  plan?: PlanRunReport;
  /** The switches of a mid-answer failover (complete once the events ended); absent or empty: one expert wrote it. */
  failovers?: () => FailoverMetadata[];
  /** The spot-check audit of a remote answer (complete once the events ended); absent when it was not audited. */
  audit?: () => AuditMetadata | null;
}

/** Embeddings of texts with the node's embedding model. */
export interface EmbeddingResult {
  vectors: Float32Array[];
  /** The embedding model's name, e.g. "use-lite". */
  model: string;
  /** The embedding space id (a hash of the model's files). */
  spaceId: string;
}

export interface NodeApp {
  readonly info: NodeInfo;
  readonly defaults: GenerationDefaults;
  /** Who the node is, its model, peers, queue and memory. */
  health(): Promise<Health>;
  /** The peer directory: every known or connected peer. */
  peers(): Promise<Peer[]>;
  /** Where a prompt would go, with every factor of the ranking (nothing is generated). */
  route(prompt: string, options: { top?: number; signal?: AbortSignal }): Promise<RouteDecision>;
  /**
   * What the coordinator would do with a prompt (nothing is generated): sanitizer changes, intent, complexity and the
   * decision, the task DAG and the expert for each task. `unavailable` on a node without an embedding model.
   */
  plan(prompt: string, options: { planner?: 'rules' | 'model'; signal?: AbortSignal }): Promise<PlanReport>;
  /** Unit vectors, in input order. */
  embed(texts: readonly string[], options: { signal?: AbortSignal }): Promise<EmbeddingResult>;
  /**
   * Chooses the expert for a chat and starts its generation there. Resolves once the generation holds a slot (here
   * or on the peer); rejects with DemocritusError: `not_found` (unknown model), `busy`, `rate_limited`,
   * `bad_request`, `upstream_failed` (a peer that failed before its first token), `cancelled`.
   */
  chat(command: ChatCommand, caller: Caller, signal: AbortSignal): Promise<Generation>;
  /** Starts a generation on the expert named by peer ID (or this node), with the same failures as `chat`. */
  generate(command: GenerateCommand, caller: Caller, signal: AbortSignal): Promise<Generation>;
}
