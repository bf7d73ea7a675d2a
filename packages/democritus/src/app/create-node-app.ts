import { randomBytes } from 'node:crypto';
import type { Health, Peer } from '@democritus/sdk';
import { SWARM_MODEL } from '@democritus/sdk';
import type { ExpertAdvert } from '../core/directory/expert-advert.js';
import { lengthGuard } from '../core/sanitizer/length-guard.js';
import { sanitizeInput } from '../core/sanitizer/pipeline.js';
import type { EmbeddingEngine } from '../embedding/types.js';
import { STALL_FLOOR_MS } from '../core/failover/stall-timeout.js';
import type { ChatMessage, Continuation, GenerationEvent, LoadedModelInfo, ModelHandle } from '../engine/types.js';
import { DemocritusError, invalidRequest } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import type { RemoteInferenceRequest } from '../network/inference/index.js';
import type { RouteDecision } from '../routing/swarm-router.js';
import type { ScheduleOptions, Scheduler } from '../scheduler/scheduler.js';
import type { Intent } from '../core/intent/intents.js';
import { multiExpertChat, type AggregationCommand } from './coordinator/multi-expert.js';
import type { PlanService } from './coordinator/plan-service.js';
import { chatPlan, plannedChat, type ChatPlanSettings } from './coordinator/planned-chat.js';
import { spotCheckFor, type SpotCheckSettings } from './audit/spot-check.js';
import { pinnedExpert, routingText, selfChoice } from './expert-choice.js';
import { failoverGeneration, type FailoverExpert } from './failover-generation.js';
import type { Caller, ChatCommand, ExpertChoice, Generation, GenerationDefaults, GenerationSettings, NodeApp, NodeInfo } from './node-app.js';
import { generationFailure, logRefused, observedGeneration, type RequestRecord } from './observed-generation.js';
import { sanitizedOutput } from './sanitized-output.js';
import { SanitizerRecord, sanitizerSettings, type SanitizerSettings } from './sanitizer-settings.js';

/** What the app needs of the swarm. */
export interface SwarmAccess {
  /** The peer directory as the API shows it. */
  peers(): Promise<Peer[]>;
  /** The adverts of the experts this node knows and can reach (for pinning a request by name). */
  adverts(): readonly ExpertAdvert[];
  /** Streams a generation from another expert (signature-checked). */
  generateRemote(peerId: string, request: RemoteInferenceRequest, signal: AbortSignal): AsyncIterable<GenerationEvent>;
}

export interface NodeAppComponents {
  info: NodeInfo;
  defaults: GenerationDefaults;
  /** Longest prompt accepted, in characters over all messages (`inference.max_prompt_chars`). */
  maxPromptChars: number;
  expertModel: ModelHandle;
  scheduler: Pick<Scheduler, 'generate' | 'stats'>;
  loadedModels(): LoadedModelInfo[];
  swarm: SwarmAccess;
  /** Ranks the experts for a prompt; absent, "swarm" requests are served by this node. */
  router?: { route(prompt: string, options: { top?: number; signal?: AbortSignal }): Promise<RouteDecision> } | undefined;
  embedding?: Pick<EmbeddingEngine, 'embed' | 'modelName' | 'spaceId'> | undefined;
  /** The prompt's intent, for `auto` aggregation; absent, `auto` decides without it. */
  intents?: { classify(prompt: string, options: { signal?: AbortSignal }): Promise<{ intent: Intent }> } | undefined;
  /** The coordinator's planning; absent, `plan` is unavailable. */
  plans?: Pick<PlanService, 'plan'> | undefined;
  /** How "swarm" chats are split into sub-tasks (`[coordinator]`); absent, they never are. */
  chatPlans?: ChatPlanSettings | undefined;
  logger: Logger;
  /** Spot-check audits of remote answers of this node's model (`[audit]`); absent, none. */
  audit?: SpotCheckSettings | undefined;
  /** The sanitizer's rules (the `[sanitizer]` table); absent, its defaults. */
  sanitizer?: SanitizerSettings | undefined;
  /** Mid-answer failover (`[coordinator] max_failovers`, `failover_stall_floor_ms`); absent, 2 switches and the default floor. */
  failover?: FailoverSettings | undefined;
}

export interface FailoverSettings {
  maxFailovers: number;
  stallFloorMs: number;
}

/** The experts that may continue an answer when its expert fails mid-answer, best first; none for a request pinned to one peer. */
type Alternatives = (input: PromptInput, signal: AbortSignal) => Promise<readonly ExpertChoice[]>;

const NO_ALTERNATIVES: Alternatives = () => Promise.resolve([]);

/** The app of a running node (see node-app.ts). */
export function createNodeApp(components: NodeAppComponents): NodeApp {
  const { info, logger, swarm } = components;
  const sanitizer = components.sanitizer ?? sanitizerSettings();

  /** Refuses a prompt past `inference.max_prompt_chars` before anything reads it (embedding, routing, tokenizing). */
  const refuseLongPrompt = (texts: readonly string[], param: string): void => {
    const tooLong = lengthGuard(texts, { maxChars: components.maxPromptChars, maxTokens: sanitizer.maxPromptTokens }, param);
    if (tooLong !== null) throw invalidRequest(`${tooLong.message} (inference.max_prompt_chars)`, param, 'prompt_too_long');
  };

  /** The prompt as it enters the node: the input rules applied, or a `bad_request` naming what they refuse. */
  const sanitizedInput = (input: PromptInput, record: SanitizerRecord): PromptInput => {
    const texts = 'prompt' in input ? [input.prompt] : input.messages.map((message) => message.content);
    const result = sanitizeInput(texts, sanitizer.input);
    if (result.refusal !== null) {
      const param = 'prompt' in input ? 'prompt' : `messages[${result.refusal.index}].content`;
      throw invalidRequest(`${param} ${result.refusal.message}; this node refuses it (sanitizer.input.${result.refusal.rule} = "refuse")`, param, 'unsafe_character');
    }
    record.input = result.changes;
    if (result.changes.length === 0) return input;
    if ('prompt' in input) return { prompt: result.texts[0] ?? '' };
    return { messages: input.messages.map((message, index) => ({ ...message, content: result.texts[index] ?? '' })) };
  };

  const failover = components.failover ?? { maxFailovers: 2, stallFloorMs: STALL_FLOOR_MS };
  const modelNameOf = (peerId: string) => swarm.adverts().find((advert) => advert.peerId === peerId)?.modelName;
  const modelShaOf = (expert: ExpertChoice): string | undefined =>
    expert.peer === null ? info.expert.modelSha256 : swarm.adverts().find((advert) => advert.peerId === expert.peerId)?.modelSha256;

  /** The router's ranking as choices, best first; this node alone when it is empty or there is no router. */
  const rankedExperts = async (messages: readonly ChatMessage[], signal: AbortSignal): Promise<ExpertChoice[]> => {
    const router = components.router;
    if (router === undefined) return [selfChoice(info, 'fallback')];
    const decision = await router.route(routingText(messages), { signal });
    const how: ExpertChoice['how'] = decision.kind === 'matched' ? 'routed' : 'fallback';
    const ranked = decision.ranked.map((route): ExpertChoice =>
      route.isLocal ? { ...selfChoice(info, how), name: route.name } : { peer: route.peerId, peerId: route.peerId, name: route.name, modelName: modelNameOf(route.peerId) ?? 'unknown', how },
    );
    return ranked.length > 0 ? ranked : [selfChoice(info, 'fallback')];
  };

  /**
   * The expert for a chat and who may take over its answer: the rest of the ranking for "swarm"; for a model pinned by
   * name or SHA-256, the other experts serving the same model; none for a peer pinned by id or expert name.
   */
  const chooseExpert = async (model: string, messages: readonly ChatMessage[], signal: AbortSignal): Promise<{ expert: ExpertChoice; alternatives: ExpertChoice[] }> => {
    if (model !== SWARM_MODEL) {
      const expert = pinnedExpert(model, info, swarm.adverts());
      if (model === expert.peerId || model === expert.name) return { expert, alternatives: [] };
      const sha = modelShaOf(expert);
      const same = [selfChoice(info, 'pinned'), ...swarm.adverts().map((advert): ExpertChoice => ({ peer: advert.peerId, peerId: advert.peerId, name: advert.name, modelName: advert.modelName, how: 'pinned' }))];
      return { expert, alternatives: same.filter((candidate) => candidate.peerId !== expert.peerId && modelShaOf(candidate) === sha) };
    }
    const [expert = selfChoice(info, 'fallback'), ...alternatives] = await rankedExperts(messages, signal);
    return { expert, alternatives };
  };

  const run = async (
    expertOf: (input: PromptInput, signal: AbortSignal) => Promise<ExpertChoice>,
    rawInput: PromptInput,
    generation: GenerationSettings,
    caller: Caller,
    signal: AbortSignal,
    alternatives: Alternatives = NO_ALTERNATIVES,
  ): Promise<Generation> => {
    const sanitized = new SanitizerRecord();
    const record: RequestRecord = { requestId: requestId(), caller, expert: null, startedAt: performance.now(), sanitizer: sanitized };
    try {
      refuseLongPrompt('prompt' in rawInput ? [rawInput.prompt] : rawInput.messages.map((m) => m.content), 'prompt' in rawInput ? 'prompt' : 'messages');
      const input = sanitizedInput(rawInput, sanitized);
      const expert = await expertOf(input, signal);
      record.expert = expert;
      // The repetition detector cancels through this, as the caller does through its signal.
      const stop = new AbortController();
      const live = AbortSignal.any([signal, stop.signal]);
      const spot =
        components.audit === undefined || expert.peer === null
          ? null
          : spotCheckFor(components.audit, { requestId: record.requestId, expert: expert.peerId, modelSha256: modelShaOf(expert), messages: messagesOf(input), greedy: generation.sampling.temperature === 0 });
      const served = await failoverGeneration({
        requestId: record.requestId,
        first: { expert, modelSha256: modelShaOf(expert) },
        startFirst: async (attempt) => {
          const events = await start(expert, input, generation, caller, attempt, record.requestId);
          return spot === null ? events : spot.events(events);
        },
        candidates: async () => (await alternatives(input, live)).map((choice): FailoverExpert => ({ expert: choice, modelSha256: modelShaOf(choice) })),
        startOn: (next, continuation, maxTokens, attempt) =>
          start(next.expert, input, { ...generation, maxTokens }, caller, attempt, record.requestId, { continuation, modelSha256: 'tokenIds' in continuation ? next.modelSha256 : undefined }),
        maxTokens: generation.maxTokens,
        maxFailovers: failover.maxFailovers,
        stallFloorMs: failover.stallFloorMs,
        signal: live,
        logger,
      });
      const output = sanitizedOutput(served.events, sanitizer.output, sanitized, stop);
      return {
        requestId: record.requestId,
        expert,
        events: observedGeneration(output, record, logger, signal),
        sanitizer: () => sanitized.metadata(),
        failovers: served.failovers,
        ...(spot === null ? {} : { audit: () => spot.result() }),
      };
    } catch (error) {
      const failure = signal.aborted && !(error instanceof DemocritusError) ? new DemocritusError('cancelled', 'cancelled') : generationFailure(error, record.expert?.peer != null);
      logRefused(logger, record, failure);
      throw failure;
    }
  };

  const start = async (
    expert: ExpertChoice,
    input: PromptInput,
    generation: GenerationSettings,
    caller: Caller,
    signal: AbortSignal,
    id: string,
    continued?: { continuation: Continuation; modelSha256: string | undefined },
  ): Promise<AsyncIterable<GenerationEvent>> => {
    const continuation = continued === undefined ? {} : { continuation: continued.continuation };
    if (expert.peer === null) {
      const schedule: ScheduleOptions = { clientId: caller.clientId, priority: 'local' };
      return components.scheduler.generate({ model: components.expertModel, input, ...generation, ...continuation, signal }, schedule);
    }
    const messages = messagesOf(input);
    const model = continued?.modelSha256 === undefined ? {} : { modelSha256: continued.modelSha256 };
    return swarm.generateRemote(expert.peer, { requestId: id, messages, ...generation, ...continuation, ...model }, signal);
  };

  return {
    info,
    defaults: components.defaults,
    async health(): Promise<Health> {
      const peers = await swarm.peers();
      return {
        status: 'ok',
        peerId: info.peerId,
        swarmId: info.swarmId,
        name: info.name,
        version: info.version,
        uptimeMs: Date.now() - info.startedAt,
        addresses: info.multiaddrs(),
        model: { name: info.expert.modelName, sha256: info.expert.modelSha256 },
        peers: { connected: peers.filter((peer) => peer.connected).length, known: peers.length },
        scheduler: components.scheduler.stats(),
        loadedModels: components.loadedModels(),
        memory: process.memoryUsage(),
      };
    },
    peers: () => swarm.peers(),
    async route(prompt, options) {
      refuseLongPrompt([prompt], 'prompt');
      if (prompt.trim().length === 0) throw invalidRequest('prompt must not be blank', 'prompt');
      if (components.router === undefined) throw new DemocritusError('unavailable', 'this node has no router');
      return components.router.route(prompt, options);
    },
    async embed(texts, options) {
      refuseLongPrompt(texts, 'input');
      const embedding = components.embedding;
      if (embedding === undefined) throw new DemocritusError('unavailable', 'this node has no embedding model');
      const vectors = await embedding.embed(texts, options.signal === undefined ? {} : { signal: options.signal });
      return { vectors, model: embedding.modelName, spaceId: embedding.spaceId };
    },
    async plan(prompt, options) {
      refuseLongPrompt([prompt], 'prompt');
      if (prompt.trim().length === 0) throw invalidRequest('prompt must not be blank', 'prompt');
      if (components.plans === undefined) throw new DemocritusError('unavailable', 'this node has no coordinator (it needs an embedding model)');
      const record = new SanitizerRecord();
      const input = sanitizedInput({ prompt }, record);
      return components.plans.plan('prompt' in input ? input.prompt : prompt, { ...options, sanitized: record.input.map(({ rule, count }) => ({ rule, count })) });
    },
    chat: async (command, caller, signal) => {
      if (command.aggregation !== undefined && command.aggregation.experts > 1) return multiExpert(command, command.aggregation, caller, signal);
      const decomposed = command.model === SWARM_MODEL ? await planned(command, caller, signal) : null;
      if (decomposed !== null) return decomposed;
      let alternatives: readonly ExpertChoice[] = [];
      const expertOf = async (input: PromptInput, s: AbortSignal) => {
        const choice = await chooseExpert(command.model, 'messages' in input ? input.messages : [], s);
        alternatives = choice.alternatives;
        return choice.expert;
      };
      return run(expertOf, { messages: command.messages }, command.generation, caller, signal, () => Promise.resolve(alternatives));
    },
    generate: (command, caller, signal) => run(() => namedExpert(command.peer), command.input, command.generation, caller, signal),
  };

  /** Several experts answer one chat and their answers are aggregated (coordinator/multi-expert.ts). */
  async function multiExpert(command: ChatCommand, aggregation: AggregationCommand, caller: Caller, signal: AbortSignal): Promise<Generation> {
    if (command.model !== SWARM_MODEL) {
      throw invalidRequest(`democritus.experts > 1 asks the swarm for several answers: model must be "${SWARM_MODEL}", not ${JSON.stringify(command.model)}`, 'democritus.experts');
    }
    refuseLongPrompt(command.messages.map((m) => m.content), 'messages');
    const { router, embedding, intents } = components;
    return multiExpertChat(
      {
        info,
        route: router === undefined ? undefined : (prompt, options) => router.route(prompt, options),
        modelNameOf: (peerId) => swarm.adverts().find((advert) => advert.peerId === peerId)?.modelName,
        known: () => [
          selfChoice(info, 'fallback'),
          ...swarm.adverts().map((advert): ExpertChoice => ({ peer: advert.peerId, peerId: advert.peerId, name: advert.name, modelName: advert.modelName, how: 'fallback' })),
        ],
        generateOn: (expert, messages, s) => run(() => Promise.resolve(expert), { messages }, command.generation, caller, s),
        embed: embedding === undefined ? undefined : (texts, s) => embedding.embed(texts, { signal: s }),
        classify: intents === undefined ? undefined : async (prompt, s) => (await intents.classify(prompt, { signal: s })).intent,
        logger,
        onProgress: command.onProgress,
      },
      command.messages,
      aggregation,
      signal,
    );
  }

  /**
   * A "swarm" chat split into sub-tasks (coordinator/planned-chat.ts), or null when it takes the single-expert path.
   * The prompt is checked and sanitized first, so a refusal is the client's 400, not a failed sub-task.
   */
  async function planned(command: ChatCommand, caller: Caller, signal: AbortSignal): Promise<Generation | null> {
    const settings = components.chatPlans;
    const mode = command.decompose ?? settings?.mode ?? 'never';
    if (settings === undefined || mode === 'never') return null;
    refuseLongPrompt(command.messages.map((m) => m.content), 'messages');
    const input = sanitizedInput({ messages: command.messages }, new SanitizerRecord());
    const messages = 'messages' in input ? input.messages : command.messages;
    const dag = chatPlan(messages, mode, settings);
    if (dag === null) return null;
    const record: RequestRecord = { requestId: requestId(), caller, expert: null, startedAt: performance.now(), sanitizer: new SanitizerRecord() };
    try {
      const generation = await plannedChat(
        {
          rank: (prompt, s) => rankedExperts([{ role: 'user', content: prompt }], s),
          // A sub-task whose expert fails mid-answer goes on on the next expert its own prompt ranks.
          start: (expert, taskMessages, s) =>
            run(() => Promise.resolve(expert), { messages: taskMessages }, command.generation, caller, s, (input, a) => rankedExperts('messages' in input ? input.messages : [], a)),
          onProgress: command.onProgress,
        },
        dag,
        messages,
        settings,
        record.requestId,
        signal,
      );
      logger.info({ requestId: record.requestId, client: caller.clientId, interface: caller.interface, tasks: dag.tasks.length, experts: (generation.experts ?? []).length }, 'plan running');
      return generation;
    } catch (error) {
      const failure = signal.aborted && !(error instanceof DemocritusError) ? new DemocritusError('cancelled', 'cancelled') : generationFailure(error, true);
      logRefused(logger, record, failure);
      throw failure;
    }
  }

  /** This node, or a peer in the directory (`peer_not_found` otherwise). */
  async function namedExpert(peer: string | null): Promise<ExpertChoice> {
    if (peer === null || peer === info.peerId) return selfChoice(info, 'pinned');
    if (!(await swarm.peers()).some((view) => view.peerId === peer)) {
      throw new DemocritusError('peer_not_found', `unknown peer ${peer}: not in this node's peer directory (GET /api/peers)`, { param: 'peer' });
    }
    const advert = swarm.adverts().find((candidate) => candidate.peerId === peer);
    return { peer, peerId: peer, name: advert?.name ?? peer, modelName: advert?.modelName ?? 'unknown', how: 'pinned' };
  }
}

type PromptInput = { prompt: string } | { messages: ChatMessage[] };

/** What a peer receives: a prompt goes as one user message. */
function messagesOf(input: PromptInput): ChatMessage[] {
  return 'prompt' in input ? [{ role: 'user', content: input.prompt }] : input.messages;
}

/** `req_` and 12 random base64url characters: unique enough to find one request in the logs. */
function requestId(): string {
  return `req_${randomBytes(9).toString('base64url')}`;
}
