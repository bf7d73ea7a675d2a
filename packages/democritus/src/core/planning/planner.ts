/** A planner turns a prompt into a task DAG; the coordinator picks one by config (`rules` is the default). */
import type { Intent } from '../intent/intents.js';
import type { ComplexityAssessment, ComplexitySignals } from './complexity.js';
import { planByRules } from './rules-planner.js';
import type { TaskDag } from './task-dag.js';

export interface PlanContext {
  signals?: ComplexitySignals;
  threshold?: number;
  assessment?: ComplexityAssessment;
  intentOf?: (prompt: string) => Intent | null;
  /** Cancels planning that does work (the model-based planner's generation). */
  signal?: AbortSignal;
}

export interface Planner {
  readonly name: 'rules' | 'model';
  plan(prompt: string, context: PlanContext): Promise<TaskDag>;
}

export function createRulesPlanner(): Planner {
  return {
    name: 'rules',
    plan: (prompt, context) => Promise.resolve(planByRules(prompt, context)),
  };
}
