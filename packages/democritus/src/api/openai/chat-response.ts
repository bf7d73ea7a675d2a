/**
 * OpenAI chat completion responses built from the engine's GenerationEvents: the whole `chat.completion` object, or
 * the `chat.completion.chunk`s of a stream. Pure.
 *
 * ```ts
 * const chunks = new ChatChunkBuilder({ model: 'swarm', experts, includeUsage: true, logprobs: false });
 * chunks.roleChunk(); chunks.tokenChunk(token); chunks.finishChunk(done); chunks.usageChunk(done);
 * ```
 */
import { randomBytes } from 'node:crypto';
import type {
  AggregatedAnswerRef,
  AggregationMetadata,
  ChatCompletion,
  ChatCompletionChunk,
  FinishReason as ChatFinishReason,
  ChoiceLogprobs,
  CompletionUsage,
  DemocritusExtension,
  AuditMetadata,
  FailoverMetadata,
  PlanMetadata,
  SanitizerMetadata,
  ServedExpert,
  TokenLogprobEntry,
  TopLogprob,
} from '@democritus/sdk';
import type { AggregationReport } from '../../app/coordinator/multi-expert.js';
import type { PlanRunReport } from '../../app/coordinator/planned-chat.js';
import type { ExpertChoice } from '../../app/node-app.js';
import type { AnswerRef } from '../../core/aggregation/index.js';
import type { DoneEvent, TokenEvent, TokenLogprob, Usage } from '../../engine/types.js';
import { errorText } from '../chat-progress.js';

/** `chatcmpl-` and 24 random base62-ish characters, like OpenAI's ids. */
export function completionId(): string {
  return `chatcmpl-${randomBytes(18).toString('base64url').replace(/[-_]/g, 'x')}`;
}

export function servedExpert(choice: ExpertChoice): ServedExpert {
  return { peer_id: choice.peerId, name: choice.name, model: choice.modelName, how: choice.how };
}

/** The `x-democritus-expert` response header: the serving peer IDs, comma-separated. */
export const EXPERT_HEADER = 'x-democritus-expert';
/** A decomposed chat's task layers (`1,2>3`): which tasks ran in parallel, and then which. */
export const PLAN_HEADER = 'x-democritus-plan';
/** How several answers became one, in a line: `method=vote; answers=3; failed=0; conflict=true; winner=<peer id>`. */
export const AGGREGATION_HEADER = 'x-democritus-aggregation';

export function expertHeader(experts: readonly ServedExpert[]): string {
  return experts.map((expert) => expert.peer_id).join(', ');
}

/** `stop` and `length` as they are; a generation that ended otherwise is reported as an error, not a finish reason. */
export function openAiFinishReason(done: DoneEvent): ChatFinishReason {
  return done.finishReason === 'length' ? 'length' : 'stop';
}

export function completionUsage(usage: Usage): CompletionUsage {
  return { prompt_tokens: usage.promptTokens, completion_tokens: usage.completionTokens, total_tokens: usage.promptTokens + usage.completionTokens };
}

function topLogprob(token: TokenLogprob): TopLogprob {
  return { token: token.text, logprob: token.logprob, bytes: [...Buffer.from(token.text, 'utf8')] };
}

export function tokenLogprobEntry(event: TokenEvent): TokenLogprobEntry {
  return { ...topLogprob(event), top_logprobs: event.topLogprobs.map(topLogprob) };
}

/** How several answers became one, as the API shows it (snake_case). */
export function aggregationMetadata(report: AggregationReport): AggregationMetadata {
  const { outcome } = report;
  const ref = (answer: AnswerRef): AggregatedAnswerRef => ({ index: answer.index, peer_id: answer.expert.peerId, name: answer.expert.name });
  return {
    method: outcome.method,
    requested: outcome.requested,
    winner: outcome.winner === null ? null : ref(outcome.winner),
    aggregator: report.aggregator === null ? null : servedExpert(report.aggregator),
    conflict: outcome.conflict,
    clusters: outcome.clusters.map((cluster) => ({ answer: cluster.answer, members: cluster.members.map(ref), weight: cluster.weight })),
    ...(outcome.tally === undefined ? {} : { tally: outcome.tally.map((entry) => ({ ...entry, answer: { ...entry.answer }, voters: [...entry.voters] })) }),
    ...(outcome.tie === undefined ? {} : { tie: outcome.tie }),
    ...(outcome.similarities === undefined ? {} : { similarities: [...outcome.similarities] }),
    reason: outcome.reason,
    answers: report.answers.map((answer, index) => ({ index, peer_id: answer.expert.peerId, name: answer.expert.name, text: answer.text, weight: answer.weight })),
    failed: report.failed.map((failure) => ({ peer_id: failure.expert.peerId, name: failure.expert.name, error: failure.error })),
    timings: { answered_ms: round(report.timings.answeredMs), decided_ms: round(report.timings.decidedMs) },
  };
}

export interface CompletionContext {
  /** The model as the request named it ("swarm", an expert's name or peer ID). */
  model: string;
  experts: ServedExpert[];
  /** On the final chunk and the whole answer of a request that aggregated several answers. */
  aggregation?: AggregationMetadata | undefined;
  /** On the final chunk and the whole answer of a decomposed chat: read when the answer ends (the records are complete then). */
  plan?: (() => PlanMetadata) | undefined;
  /** The switches of a mid-answer failover: read when the answer ends; on the final chunk and the whole answer when there were any. */
  failovers?: (() => FailoverMetadata[]) | undefined;
  audit?: (() => AuditMetadata | null) | undefined;
  logprobs: boolean;
  id?: string;
  /** Seconds since the epoch. */
  created?: number;
}

/** The non-streaming answer: every token event of the generation and its done event (and what the sanitizer changed). */
export function chatCompletion(context: CompletionContext, tokens: readonly TokenEvent[], done: DoneEvent, sanitizer: SanitizerMetadata | null = null): ChatCompletion {
  return {
    id: context.id ?? completionId(),
    object: 'chat.completion',
    created: context.created ?? nowSeconds(),
    model: context.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: tokens.map((token) => token.text).join(''), refusal: null },
        logprobs: context.logprobs ? { content: tokens.map(tokenLogprobEntry), refusal: null } : null,
        finish_reason: openAiFinishReason(done),
      },
    ],
    usage: completionUsage(done.usage),
    democritus: finalExtension({ experts: context.experts }, sanitizer, context),
  };
}

/** How a decomposed chat ran, as the API reports it (snake_case, no text). */
export function planMetadata(report: PlanRunReport): PlanMetadata {
  return {
    final_task: report.finalTaskId,
    layers: report.layers,
    tasks: report.records().map((record) => ({
      id: record.id,
      kind: record.kind,
      depends_on: record.dependsOn,
      status: record.status,
      attempts: record.attempts.map((attempt) => ({
        peer_id: attempt.expert.peerId,
        name: attempt.expert.name,
        outcome: attempt.outcome,
        started_ms: round(attempt.startedMs),
        first_token_ms: attempt.firstTokenMs === null ? null : round(attempt.firstTokenMs),
        ended_ms: attempt.endedMs === null ? null : round(attempt.endedMs),
        completion_tokens: attempt.completionTokens,
        error: attempt.error === null ? null : errorText(attempt.error),
      })),
    })),
  };
}

/** The `x-democritus-aggregation` header: method, answer and failure counts, conflict, and the winner or the aggregator (peer IDs: header values are ASCII). */
export function aggregationHeader(aggregation: AggregationMetadata): string {
  const who = aggregation.winner !== null ? `winner=${aggregation.winner.peer_id}` : `aggregator=${aggregation.aggregator?.peer_id ?? 'none'}`;
  return `method=${aggregation.method}; answers=${aggregation.answers.length}; failed=${aggregation.failed.length}; conflict=${aggregation.conflict}; ${who}`;
}

/** The `x-democritus-failovers` header of a whole (non-streamed) answer that failed over: `<from>><to>@<token>`, comma-separated. */
export const FAILOVER_HEADER = 'x-democritus-failovers';

export function failoverHeader(failovers: readonly FailoverMetadata[]): string {
  return failovers.map((failover) => `${failover.from}>${failover.to}@${failover.at_token}`).join(',');
}

/** The `x-democritus-plan` header of a decomposed chat: its layers, e.g. `1,2>3`. */
export function planHeader(layers: readonly (readonly string[])[]): string {
  return layers.map((layer) => layer.join(',')).join('>');
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** The `democritus` object of a final chunk or a whole answer: `sanitizer` only when it changed something, `aggregation` and `plan` when there was one. */
function finalExtension(extension: DemocritusExtension, sanitizer: SanitizerMetadata | null, context: Pick<CompletionContext, 'aggregation' | 'plan' | 'failovers' | 'audit'>): DemocritusExtension {
  const { aggregation, plan } = context;
  const failovers = context.failovers?.() ?? [];
  const audit = context.audit?.() ?? null;
  return {
    ...(failovers.length === 0 ? {} : { failovers }),
    ...(audit === null ? {} : { audit }),
    ...extension,
    ...(sanitizer === null ? {} : { sanitizer }),
    ...(aggregation === undefined ? {} : { aggregation }),
    ...(plan === undefined ? {} : { plan: plan() }),
  };
}

/** The chunks of one streamed completion; they share `id`, `created` and `model`. */
export class ChatChunkBuilder {
  readonly id: string;
  readonly created: number;
  private readonly extension: DemocritusExtension;

  constructor(private readonly context: CompletionContext & { includeUsage: boolean }) {
    this.id = context.id ?? completionId();
    this.created = context.created ?? nowSeconds();
    this.extension = { experts: context.experts };
  }

  get includesUsage(): boolean {
    return this.context.includeUsage;
  }

  /** The first chunk: the assistant role and empty content, as OpenAI sends it. */
  roleChunk(): ChatCompletionChunk {
    return { ...this.chunk({ role: 'assistant', content: '', refusal: null }, null, null), democritus: this.extension };
  }

  /** One token's chunk; null for a token that adds no text (an incomplete character) when no logprobs are asked. */
  tokenChunk(event: TokenEvent): ChatCompletionChunk | null {
    if (event.text.length === 0 && !this.context.logprobs) return null;
    const logprobs: ChoiceLogprobs | null = this.context.logprobs ? { content: [tokenLogprobEntry(event)], refusal: null } : null;
    return this.chunk({ content: event.text }, logprobs, null);
  }

  /** The chunk with the finish reason and an empty delta (and what the sanitizer changed). */
  finishChunk(done: DoneEvent, sanitizer: SanitizerMetadata | null = null): ChatCompletionChunk {
    return { ...this.chunk({}, null, openAiFinishReason(done)), democritus: finalExtension(this.extension, sanitizer, this.context) };
  }

  /** With `include_usage`: empty `choices` and the usage, just before `[DONE]`. */
  usageChunk(done: DoneEvent): ChatCompletionChunk {
    return { ...this.base(), choices: [], usage: completionUsage(done.usage) };
  }

  private chunk(delta: ChatCompletionChunk['choices'][number]['delta'], logprobs: ChoiceLogprobs | null, finishReason: ChatFinishReason | null): ChatCompletionChunk {
    return { ...this.base(), choices: [{ index: 0, delta, logprobs, finish_reason: finishReason }], ...(this.context.includeUsage ? { usage: null } : {}) };
  }

  private base(): Pick<ChatCompletionChunk, 'id' | 'object' | 'created' | 'model'> {
    return { id: this.id, object: 'chat.completion.chunk', created: this.created, model: this.context.model };
  }
}

/** One server-sent event line: `data: <json>` and a blank line. */
export function sseData(value: unknown): string {
  return `data: ${typeof value === 'string' ? value : JSON.stringify(value)}\n\n`;
}

export const SSE_DONE = sseData('[DONE]');

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
