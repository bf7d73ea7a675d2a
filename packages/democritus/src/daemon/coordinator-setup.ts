import { PlanService } from '../app/coordinator/plan-service.js';
import { IntentClassifier } from '../app/coordinator/intent-classifier.js';
import { ModelPlanner } from '../app/coordinator/model-planner.js';
import type { ChatPlanSettings } from '../app/coordinator/planned-chat.js';
import type { DagLimits } from '../core/planning/dag-limits.js';
import { assessComplexity } from '../core/planning/complexity.js';
import { validateDag } from '../core/planning/dag-validation.js';
import { createRulesPlanner } from '../core/planning/planner.js';
import type { LoadedConfig } from '../config/index.js';
import type { EmbeddingEngine } from '../embedding/types.js';
import type { ModelHandle } from '../engine/types.js';
import type { Logger } from '../logging/logger.js';
import type { SwarmRouter } from '../routing/swarm-router.js';
import type { LocalRuntime } from '../runtime/local-runtime.js';

/** The scheduler's client identity of the node's own planning generations. */
const COORDINATOR_CLIENT = 'node:coordinator';

/** How large a plan may be, from `[coordinator]` and `[inference]`. */
export function planLimits(loaded: LoadedConfig): DagLimits {
  const { coordinator, inference } = loaded.config;
  // A task's prompt holds at most the user's prompt and the planner's own words around it.
  return { maxTasks: coordinator.max_tasks, maxDepth: coordinator.max_depth, maxPromptChars: 2 * inference.max_prompt_chars };
}

/** How "swarm" chats are split and run (`[coordinator]`). */
export function chatPlanSettings(loaded: LoadedConfig): ChatPlanSettings {
  const { coordinator } = loaded.config;
  return {
    mode: coordinator.decompose,
    threshold: coordinator.decompose_threshold,
    limits: planLimits(loaded),
    maxConcurrentTasks: coordinator.max_concurrent_tasks,
    taskDeadlineMs: coordinator.task_deadline_seconds * 1000,
  };
}

/** The coordinator's planning on a running node: its embedding engine, router and own expert, as `[coordinator]` says. */
export function planServiceFor(
  loaded: LoadedConfig,
  parts: { runtime: LocalRuntime; expertModel: ModelHandle; router: SwarmRouter; embedding: EmbeddingEngine; logger: Logger; classifier?: IntentClassifier },
): PlanService {
  const { coordinator } = loaded.config;
  const classifier = parts.classifier ?? new IntentClassifier(parts.embedding);
  const limits = planLimits(loaded);
  const modelPlanner = new ModelPlanner({
    model: parts.expertModel,
    generate: (request) => parts.runtime.scheduler.generate(request, { clientId: COORDINATOR_CLIENT, priority: 'local' }),
    maxSubtasks: coordinator.max_tasks - 1,
    maxTokens: coordinator.model_plan_max_tokens,
  });
  return new PlanService(
    {
      classify: (texts, signal) => classifier.classifyBatch(texts, signal === undefined ? {} : { signal }),
      assessComplexity: (prompt, signals, threshold) => assessComplexity(prompt, signals, threshold),
      planners: { rules: createRulesPlanner(), model: modelPlanner },
      validate: (dag) => validateDag(dag, limits),
      route: (prompt, signal) => parts.router.route(prompt, signal === undefined ? {} : { signal }),
    },
    { planner: coordinator.planner, decomposeThreshold: coordinator.decompose_threshold },
    parts.logger,
  );
}
