/**
 * The control API's wire format, shared by the server (src/api) and its client (src/cli/control-client.ts).
 * Request bodies are snake_case like the rest of the HTTP surface; stream lines are the engine's GenerationEvents.
 */
import type { RankedRoute } from '../core/routing/decide.js';
import type { ChatRole, GenerationEvent, LoadedModelInfo } from '../engine/types.js';
import type { PeerView } from '../network/peer-view.js';
import type { RouteDecision } from '../routing/swarm-router.js';
import type { SchedulerStats } from '../scheduler/scheduler.js';

/** `POST /api/generate` body: exactly one of `prompt` and `messages`. */
export interface GenerateBody {
  prompt?: string;
  messages?: { role: ChatRole; content: string }[];
  /** Peer ID of the expert that runs the generation; absent (or this node's own ID) means this node. */
  peer?: string;
  max_tokens?: number;
  temperature?: number;
  top_p?: number;
  seed?: number;
  stop?: string[];
  top_logprobs?: number;
}

/** The last line of a stream that failed after it started. */
export interface StreamErrorLine {
  type: 'error';
  code: string;
  message: string;
}

/** One NDJSON line of a `POST /api/generate` response. */
export type GenerateStreamLine = GenerationEvent | StreamErrorLine;

/**
 * The body of every error response sent before a stream starts: OpenAI's shape. `param` names the offending request
 * field (`messages[0].role`), null when the error is not about one field.
 */
export interface ErrorBody {
  error: { message: string; type: ApiErrorType; param: string | null; code: string };
}

export type ApiErrorType = 'invalid_request_error' | 'not_found_error' | 'rate_limit_error' | 'upstream_error' | 'server_error';

export interface HealthBody {
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
  loadedModels: LoadedModelInfo[];
  memory: NodeJS.MemoryUsage;
}

export interface PeersBody {
  peers: PeerView[];
}

/** `POST /api/route` body (`GET /api/route` takes the same fields in its query string). */
export interface RouteBody {
  prompt: string;
  /** Experts listed, 1..100; all of them when absent. */
  top?: number;
}

/** A ranked expert as `/api/route` sends it: a score that is not finite (no comparable vector) is null. */
export type RankedRouteBody = Omit<RankedRoute, 'embedding' | 'lexical' | 'similarity' | 'score' | 'factors'> & {
  embedding: number | null;
  lexical: number | null;
  similarity: number | null;
  factors: { similarity: number | null; load: number | null; latency: number | null; reputation: number | null };
  score: number | null;
};

/** `/api/route`: the router's decision (see `RouteDecision`), non-finite numbers as null. */
export type RouteResponseBody = Omit<RouteDecision, 'ranked'> & { ranked: RankedRouteBody[] };
