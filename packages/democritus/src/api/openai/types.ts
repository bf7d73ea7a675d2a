/**
 * OpenAI's response wire format as this node sends it (`/v1/chat/completions`, `/v1/models`, `/v1/embeddings`), plus
 * the `democritus` extension field that says which experts served a response.
 */

/** Which expert served a response, and how it was chosen. */
export interface ServedExpert {
  peer_id: string;
  name: string;
  model: string;
  /** pinned: the request named it; routed: semantic routing chose it; fallback: nothing matched well. */
  how: 'pinned' | 'routed' | 'fallback';
}

export interface DemocritusExtension {
  experts: ServedExpert[];
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

export type ChatFinishReason = 'stop' | 'length';

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
    finish_reason: ChatFinishReason;
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
  choices: { index: 0; delta: ChunkDelta; logprobs: ChoiceLogprobs | null; finish_reason: ChatFinishReason | null }[];
  /** Present on every chunk when `stream_options.include_usage` is set: null but on the last one. */
  usage?: CompletionUsage | null;
  /** On the first chunk and the one with the finish reason. */
  democritus?: DemocritusExtension;
}

export interface ModelObject {
  id: string;
  object: 'model';
  /** Seconds since the epoch. */
  created: number;
  owned_by: string;
  /** Extension: the expert behind this id (absent for `swarm`). */
  democritus?: { peer_id: string; name: string; model: string; description: string | null; self: boolean };
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
