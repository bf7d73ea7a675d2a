/**
 * A chat answered by several experts (`democritus.experts` > 1): the prompt is routed, the top N experts (this node
 * among them when it ranks) answer concurrently, their answers are embedded in one batch and aggregated
 * (core/aggregation). For consensus and vote the winner's answer is replayed as the generation; for synthesis this
 * node's expert writes the merged answer from the Mixture-of-Agents prompt, and its generation is the one returned.
 *
 * ```ts
 * const generation = await multiExpertChat(deps, { messages, experts: 3, method: 'auto' }, signal);
 * generation.aggregation?.outcome.winner; // who won, or null for synthesis
 * ```
 */
import type { AggregationRequest } from '@democritus/sdk';
import { aggregate, synthesisMessages, type AggregationAnswer, type AggregationOutcome } from '../../core/aggregation/index.js';
import type { RankedRoute } from '../../core/routing/decide.js';
import type { Intent } from '../../core/intent/intents.js';
import type { ChatMessage, DoneEvent, GenerationEvent, TokenEvent } from '../../engine/types.js';
import { DemocritusError, errorMessage } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';
import { routingText, selfChoice } from '../expert-choice.js';
import type { ExpertChoice, Generation, NodeInfo } from '../node-app.js';
import type { TaskExpert, TaskFailure } from './plan-recorder.js';

/** How many experts answer and how their answers become one. */
export interface AggregationCommand {
  experts: number;
  method: AggregationRequest;
}

/** How the answers of several experts became one generation. */
export interface AggregationReport {
  outcome: AggregationOutcome;
  /** The expert that wrote the synthesis; null for consensus and vote. */
  aggregator: ExpertChoice | null;
  /** Every aggregated answer, in the order the outcome's indices refer to. */
  answers: { expert: ExpertChoice; text: string; weight: number }[];
  /** Experts whose generation failed and was left out. */
  failed: { expert: ExpertChoice; error: string }[];
  /** Ms since the request began: the last answer's end and the outcome's decision. */
  timings: { answeredMs: number; decidedMs: number };
}

/** One expert's answer starting and ending; times in ms since the answers began. */
export type AnswerProgress =
  | { type: 'answer_started'; expert: TaskExpert; atMs: number }
  | { type: 'answer_finished'; expert: TaskExpert; completionTokens: number; ms: number; atMs: number }
  | { type: 'answer_failed'; expert: TaskExpert; error: TaskFailure; atMs: number };

export interface MultiExpertDeps {
  info: Pick<NodeInfo, 'peerId' | 'name' | 'expert'>;
  /** The router's ranking of at most `top` experts; absent, this node answers alone. */
  route?: ((prompt: string, options: { top: number; signal: AbortSignal }) => Promise<{ ranked: readonly RankedRoute[] }>) | undefined;
  modelNameOf(peerId: string): string | undefined;
  /** Every expert this node can reach, itself included: they fill the places the router's matches leave. */
  known(): ExpertChoice[];
  /** Starts one generation on a given expert, through the app's own path (sanitizer, scheduler or peer, logs). */
  generateOn(expert: ExpertChoice, messages: ChatMessage[], signal: AbortSignal): Promise<Generation>;
  /** Unit vectors of the answers, in one batch; absent, consensus decides by weight. */
  embed?: ((texts: string[], signal: AbortSignal) => Promise<Float32Array[]>) | undefined;
  /** The prompt's intent, for `auto`; absent, `auto` decides without it. */
  classify?: ((prompt: string, signal: AbortSignal) => Promise<Intent>) | undefined;
  logger: Logger;
  /** Each expert's answer as it starts and ends (must not throw). */
  onProgress?: ((event: AnswerProgress) => void) | undefined;
}

interface Answer {
  expert: ExpertChoice;
  weight: number;
  tokens: TokenEvent[];
  done: DoneEvent;
  generation: Generation;
}

export async function multiExpertChat(deps: MultiExpertDeps, messages: ChatMessage[], command: AggregationCommand, signal: AbortSignal): Promise<Generation> {
  const began = performance.now();
  const prompt = routingText(messages);
  const experts = await topExperts(deps, prompt, command.experts, signal);
  // One shared signal: the client leaving, or a failure no other expert can avoid (the request itself is refused),
  // cancels every answer.
  const fatal = new AbortController();
  const shared = AbortSignal.any([signal, fatal.signal]);
  const origin = performance.now();
  const at = () => Math.round((performance.now() - origin) * 100) / 100;
  const results = await Promise.allSettled(
    experts.map(({ expert, weight }) =>
      answerOf(deps, expert, weight, messages, shared, at).catch((error: unknown) => {
        if (error instanceof DemocritusError && error.kind === 'bad_request') fatal.abort(error);
        if (!shared.aborted) {
          const failure = error instanceof DemocritusError ? { code: error.code, message: error.message } : { code: 'upstream_failed' as const, message: errorMessage(error) };
          deps.onProgress?.({ type: 'answer_failed', expert: taskExpert(expert), error: failure, atMs: at() });
        }
        throw error;
      }),
    ),
  );
  const answeredMs = performance.now() - began;
  if (signal.aborted) throw new DemocritusError('cancelled', 'the request was cancelled: its client left');
  if (fatal.signal.aborted) throw fatal.signal.reason;
  const answers: Answer[] = [];
  const failed: AggregationReport['failed'] = [];
  results.forEach((result, index) => {
    if (result.status === 'fulfilled') answers.push(result.value);
    else failed.push({ expert: experts[index]!.expert, error: errorMessage(result.reason) });
  });
  if (answers.length === 0) throw results.find((result) => result.status === 'rejected')!.reason;

  const texts = answers.map((answer) => textOf(answer.tokens));
  const [embeddings, intent] = await Promise.all([
    deps.embed === undefined ? undefined : deps.embed(texts, signal),
    deps.classify === undefined || command.method !== 'auto' ? null : deps.classify(prompt, signal),
  ]);
  const inputs: AggregationAnswer[] = answers.map((answer, i) => ({
    expert: { peerId: answer.expert.peerId, name: answer.expert.name },
    text: texts[i]!,
    weight: answer.weight,
    ...(embeddings?.[i] === undefined ? {} : { embedding: embeddings[i] }),
  }));
  const outcome = aggregate(inputs, { method: command.method, intent });
  const timings = { answeredMs, decidedMs: performance.now() - began };
  const used = answers.map((answer) => answer.expert);
  const report = (aggregator: ExpertChoice | null): AggregationReport => ({
    outcome,
    aggregator,
    answers: answers.map((answer, i) => ({ expert: answer.expert, text: texts[i]!, weight: answer.weight })),
    failed,
    timings,
  });
  deps.logger.info(
    { method: outcome.method, requested: outcome.requested, winner: outcome.winner?.expert.name ?? null, conflict: outcome.conflict, answers: answers.length, failed: failed.length },
    'answers aggregated',
  );

  if (outcome.winner === null) {
    const aggregator = selfChoice(deps.info, 'pinned');
    const synthesis = await deps.generateOn(aggregator, synthesisMessages(messages, texts.map((text) => ({ text }))), signal);
    return { ...synthesis, experts: [...used, aggregator], aggregation: report(aggregator) };
  }
  const winner = answers[outcome.winner.index]!;
  return { ...winner.generation, events: replay(winner.tokens, winner.done), experts: used, aggregation: report(null) };
}

/**
 * The router's top `count` experts, weighted by their routing score (0 when not positive); when fewer match the
 * prompt, other reachable experts fill the places with weight 0 (reported and clustered, without a say in the winner
 * unless no expert has one). This node alone without a router.
 */
async function topExperts(deps: MultiExpertDeps, prompt: string, count: number, signal: AbortSignal): Promise<{ expert: ExpertChoice; weight: number }[]> {
  if (deps.route === undefined) return [{ expert: selfChoice(deps.info, 'fallback'), weight: 1 }];
  const decision = await deps.route(prompt, { top: count, signal });
  const chosen = decision.ranked.slice(0, count).map((route) => ({
    expert: route.isLocal
      ? { ...selfChoice(deps.info, 'routed'), name: route.name }
      : { peer: route.peerId, peerId: route.peerId, name: route.name, modelName: deps.modelNameOf(route.peerId) ?? 'unknown', how: 'routed' as const },
    weight: Number.isFinite(route.score) && route.score > 0 ? route.score : 0,
  }));
  for (const expert of deps.known()) {
    if (chosen.length >= count) break;
    if (!chosen.some((taken) => taken.expert.peerId === expert.peerId)) chosen.push({ expert, weight: 0 });
  }
  return chosen;
}

/** One expert's whole answer; a generation that ends in an error or is cancelled is a failure. */
async function answerOf(deps: MultiExpertDeps, expert: ExpertChoice, weight: number, messages: ChatMessage[], signal: AbortSignal, at: () => number): Promise<Answer> {
  const generation = await deps.generateOn(expert, messages, signal);
  const startedMs = at();
  deps.onProgress?.({ type: 'answer_started', expert: taskExpert(expert), atMs: startedMs });
  const tokens: TokenEvent[] = [];
  let done: DoneEvent | undefined;
  for await (const event of generation.events) {
    if (event.type === 'token') tokens.push(event);
    else done = event;
  }
  if (done === undefined) throw new DemocritusError('internal_error', `${expert.name}'s generation ended without a result`);
  if (done.finishReason === 'error') throw new DemocritusError('engine_failure', done.error ?? `${expert.name}'s generation failed`);
  if (done.finishReason === 'cancelled') throw new DemocritusError('cancelled', `${expert.name}'s generation was cancelled`);
  const atMs = at();
  deps.onProgress?.({ type: 'answer_finished', expert: taskExpert(expert), completionTokens: done.usage.completionTokens, ms: Math.round((atMs - startedMs) * 100) / 100, atMs });
  return { expert, weight, tokens, done, generation };
}

function taskExpert(expert: ExpertChoice): TaskExpert {
  return { peerId: expert.peerId, name: expert.name };
}

function textOf(tokens: readonly TokenEvent[]): string {
  return tokens.map((token) => token.text).join('');
}

async function* replay(tokens: readonly TokenEvent[], done: DoneEvent): AsyncGenerator<GenerationEvent> {
  yield* tokens;
  yield done;
}
