/**
 * What the coordinator decides for a prompt, nothing generated (`POST /api/plan`, `democritus plan`): the sanitizer's
 * input rules, the intent, the complexity and the decision to decompose, the plan as a validated task DAG with its
 * layers and critical path, and for each task its intent and the expert the router would pick now. The decisions are
 * the pure functions of `core/`; this service runs them in order with the node's embedding engine, router and
 * (for the model-based planner) its own expert.
 *
 * ```ts
 * const plans = new PlanService(parts, { planner: 'rules', decomposeThreshold: 0.5 });
 * const report = await plans.plan('Is Madrid further north than Rome? And which is older?', { signal, sanitized: [] });
 * report.layers; // [["1", "2", "3"], ["4"]]
 * ```
 */
import type { PlanReport, PlanTask } from '@democritus/sdk';
import type { IntentResult } from '../../core/intent/intents.js';
import type { ComplexityAssessment, ComplexitySignals } from '../../core/planning/complexity.js';
import type { PlanContext, Planner } from '../../core/planning/planner.js';
import { segmentPrompt } from '../../core/planning/prompt-segments.js';
import type { DagShape, TaskDag } from '../../core/planning/task-dag.js';
import { DemocritusError, errorMessage } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';
import type { RouteDecision } from '../../routing/swarm-router.js';

/** The pieces a plan is made of; the node wires the real ones (daemon/coordinator-setup.ts), tests may wire others. */
export interface PlanServiceParts {
  /** Intents of several texts at once (one embedding batch), in order. */
  classify(texts: readonly string[], signal: AbortSignal | undefined): Promise<IntentResult[]>;
  assessComplexity(prompt: string, signals: ComplexitySignals, threshold: number): ComplexityAssessment;
  planners: { rules: Planner; model: Planner | null };
  /** The plan's layers and critical path; throws DemocritusError `invalid_plan` naming what is wrong with it. */
  validate(dag: TaskDag): DagShape;
  /** The node's router; absent, tasks have no expert. */
  route?: ((prompt: string, signal: AbortSignal | undefined) => Promise<RouteDecision>) | undefined;
}

export type PlannerName = Planner['name'];

export interface PlanOptions {
  planner?: PlannerName;
  signal?: AbortSignal;
  /** What the sanitizer's input rules changed in the prompt, for the report. */
  sanitized?: { rule: string; count: number }[];
}

export interface PlanSettings {
  planner: PlannerName;
  decomposeThreshold: number;
}

/** Sentences of a prompt routed on their own to find the domains it spans (a cost bound, not a rule). */
const MAX_ROUTED_SENTENCES = 4;

export class PlanService {
  constructor(
    private readonly parts: PlanServiceParts,
    private readonly settings: PlanSettings,
    private readonly logger?: Logger,
  ) {}

  /** `prompt` has been through the sanitizer's input rules already; `sanitized` says what they changed. */
  async plan(prompt: string, options: PlanOptions = {}): Promise<PlanReport> {
    const { signal } = options;
    const clock = stopwatch();
    if (prompt.trim().length === 0) throw new DemocritusError('bad_request', 'the prompt is empty after sanitizing');

    const [[intent], domains] = await Promise.all([this.parts.classify([prompt], signal), this.domainsOf(prompt, signal)]);
    if (intent === undefined) throw new DemocritusError('internal_error', 'the intent classifier returned nothing');
    const classifyMs = clock.lap();

    const complexity = this.parts.assessComplexity(prompt, { topExpertDomains: domains }, this.settings.decomposeThreshold);
    const complexityMs = clock.lap();

    const requested = options.planner ?? this.settings.planner;
    const { dag, planner, fallback } = complexity.decompose
      ? await this.decompose(prompt, requested, { assessment: complexity, ...(signal === undefined ? {} : { signal }) })
      : { dag: single(prompt), planner: requested, fallback: null };
    const shape = this.parts.validate(dag);
    const planMs = clock.lap();

    const taskPrompts = dag.tasks.map((task) => task.prompt);
    const [intents, experts] = await Promise.all([
      dag.tasks.length === 1 ? Promise.resolve([intent]) : this.parts.classify(taskPrompts, signal),
      Promise.all(taskPrompts.map((text) => this.expertFor(text, signal))),
    ]);
    const routeMs = clock.lap();

    const tasks = dag.tasks.map((task, index): PlanTask => {
      const taskIntent = task.intent !== null ? { intent: task.intent, confidence: null } : (intents[index] ?? null);
      return {
        id: task.id,
        prompt: task.prompt,
        intent: taskIntent?.intent ?? null,
        intent_confidence: taskIntent?.confidence ?? null,
        depends_on: task.dependsOn,
        kind: task.kind,
        expert: experts[index] ?? null,
      };
    });
    const decomposed = dag.tasks.length > 1;
    return {
      prompt,
      sanitizer: options.sanitized ?? [],
      intent: intent.intent,
      intent_confidence: intent.confidence,
      intent_runner_up: intent.runnerUp,
      intent_cues: intent.cues,
      complexity: complexity.score,
      complexity_features: complexity.features,
      decompose: decomposed,
      decompose_threshold: this.settings.decomposeThreshold,
      planner,
      model_fallback: fallback,
      tasks,
      layers: shape.layers,
      critical_path: shape.criticalPath,
      widest_layer: shape.widestLayer,
      timings: { classify_ms: classifyMs, complexity_ms: complexityMs, plan_ms: planMs, route_ms: routeMs, total_ms: clock.total() },
    };
  }

  /** The plan of the requested planner; the model's plan when it is usable, else the rules' plan and why. */
  private async decompose(prompt: string, requested: PlannerName, context: PlanContext): Promise<{ dag: TaskDag; planner: PlannerName; fallback: string | null }> {
    const { rules, model } = this.parts.planners;
    if (requested === 'rules') return { dag: await rules.plan(prompt, context), planner: 'rules', fallback: null };
    if (model === null) return { dag: await rules.plan(prompt, context), planner: 'rules', fallback: 'this node has no model planner' };
    try {
      const dag = await model.plan(prompt, context);
      this.parts.validate(dag);
      return { dag, planner: 'model', fallback: null };
    } catch (error) {
      if (context.signal?.aborted === true || (error instanceof DemocritusError && error.kind === 'cancelled')) throw error;
      const reason = errorMessage(error);
      this.logger?.info({ err: reason }, 'model plan not usable; planning by rules');
      return { dag: await rules.plan(prompt, context), planner: 'rules', fallback: reason };
    }
  }

  /** The experts best matched by the prompt's sentences, each routed on its own: several mean several domains. */
  private async domainsOf(prompt: string, signal: AbortSignal | undefined): Promise<string[]> {
    const route = this.parts.route;
    // The planner's own segmentation (sentences and list items); very short ones carry no domain.
    const sentences = segmentPrompt(prompt).map((segment) => segment.text).filter((text) => text.length >= 12).slice(0, MAX_ROUTED_SENTENCES);
    if (route === undefined || sentences.length < 2) return [];
    const decisions = await Promise.all(sentences.map((sentence) => route(sentence, signal)));
    const names = decisions.flatMap((decision) => (decision.kind === 'matched' && decision.ranked[0] !== undefined ? [decision.ranked[0].name] : []));
    return [...new Set(names)];
  }

  private async expertFor(prompt: string, signal: AbortSignal | undefined): Promise<PlanTask['expert']> {
    if (this.parts.route === undefined) return null;
    const decision = await this.parts.route(prompt, signal);
    const best = decision.ranked[0];
    if (best === undefined) return null;
    return { peer_id: best.peerId, name: best.name, how: decision.kind === 'matched' ? 'routed' : 'fallback', similarity: Number.isFinite(best.similarity) ? best.similarity : null };
  }
}

function single(prompt: string): TaskDag {
  return { tasks: [{ id: '1', prompt, intent: null, dependsOn: [], kind: 'single' }] };
}

function stopwatch(): { lap(): number; total(): number } {
  const start = performance.now();
  let last = start;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    lap() {
      const now = performance.now();
      const elapsed = now - last;
      last = now;
      return round(elapsed);
    },
    total: () => round(performance.now() - start),
  };
}
