/** The wire types the SDK reads and sends: OpenAI's chat format plus Democritus's extension fields. */

export type ChatRole = 'system' | 'user' | 'assistant';

export interface ChatMessage {
  role: ChatRole;
  content: string;
}

/** A `POST /v1/chat/completions` body (the fields a Democritus node honours; `stream` is set by the SDK). */
export interface ChatCompletionRequest {
  /** "swarm" (the default: semantic routing), or an expert's name or peer ID to pin the request to it. */
  model?: string;
  messages: ChatMessage[];
  max_tokens?: number;
  max_completion_tokens?: number;
  temperature?: number;
  top_p?: number;
  seed?: number;
  stop?: string | string[];
  logprobs?: boolean;
  top_logprobs?: number;
  n?: 1;
  user?: string;
}

/** Which expert served a response, and how it was chosen. */
export interface ServedExpert {
  peer_id: string;
  name: string;
  model: string;
  how: 'pinned' | 'routed' | 'fallback';
}

export interface CompletionUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export type FinishReason = 'stop' | 'length' | (string & {});

export interface ChatCompletion {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  choices: { index: number; message: { role: 'assistant'; content: string }; finish_reason: FinishReason; logprobs?: unknown }[];
  usage: CompletionUsage;
  democritus?: { experts: ServedExpert[] };
}

export interface ChatCompletionChunk {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  choices: { index: number; delta: { role?: 'assistant'; content?: string }; finish_reason: FinishReason | null; logprobs?: unknown }[];
  usage?: CompletionUsage | null;
  democritus?: { experts: ServedExpert[] };
}

/** One row of `GET /api/peers`. */
export interface Peer {
  peerId: string;
  /** The expert's name; null until its advert arrived. */
  name: string | null;
  connected: boolean;
  addresses: string[];
  transports: string[];
  latencyMs: number | null;
  model: { name: string; sha256: string } | null;
  description: string | null;
  advertAgeMs: number | null;
  [field: string]: unknown;
}

/** `GET /health`. */
export interface Health {
  status: string;
  peerId: string;
  swarmId: string;
  name: string;
  version: string;
  uptimeMs: number;
  addresses: string[];
  model: { name: string; sha256: string };
  peers: { connected: number; known: number };
  scheduler: { running: number; queued: number; [field: string]: unknown };
  [field: string]: unknown;
}

/** One expert of a routing decision (`POST /api/route`), best first. */
export interface RankedExpert {
  peerId: string;
  name: string;
  isLocal: boolean;
  /** How the node knows the expert: local, gossip, direct or dht. */
  source: string;
  /** The fused match, null when the expert has no comparable vector. */
  similarity: number | null;
  score: number | null;
  [field: string]: unknown;
}

/** `POST /api/route`: where the node's router would send a prompt (nothing is generated). */
export interface RouteDecision {
  kind: 'matched' | 'fallback';
  reason: 'no-match' | 'no-candidates' | null;
  ranked: RankedExpert[];
  [field: string]: unknown;
}

/** One expert's answer of `ask(prompt, {experts: N})`. The answers are separate: nothing merges them (yet). */
export interface ExpertAnswer {
  /** The expert's name. */
  expert: string;
  peer_id: string;
  text: string;
  finish_reason: FinishReason | null;
  usage: CompletionUsage;
}
