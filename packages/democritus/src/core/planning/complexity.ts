/**
 * How complex a prompt is, in [0, 1], and whether to decompose it. Each feature that can split a prompt contributes a
 * weight and the contributions combine as a noisy-or (1 - prod(1 - c)), so one strong feature decides and several weak
 * ones add up. The score is a ranking; the decision also needs a structure the planner can split: domains and length
 * alone raise the score but give no sub-tasks. Output constraints (length, format, keywords ...) bind the whole reply:
 * they are never sub-tasks, and a prompt that is one task with constraints is not decomposed.
 */
import { analyzePrompt, type PromptAnalysis } from './prompt-analysis.js';

/** The decision threshold when the config does not set one (`[coordinator]`). */
export const DEFAULT_DECOMPOSE_THRESHOLD = 0.5;

export interface ComplexitySignals {
  /** Domains of the top-ranked experts for the prompt, from the router; several distinct ones hint at several tasks. */
  topExpertDomains?: readonly string[];
}

export interface ComplexityAssessment {
  score: number;
  /** Every feature's raw value (counts), by name. */
  features: Record<string, number>;
  decompose: boolean;
}

/** Contribution of each feature when present (in [0, 1]); one place, documented in docs/architecture.md. */
export const COMPLEXITY_WEIGHTS = Object.freeze({
  independentQuestions: 0.7,
  multiPart: 0.7,
  comparison: 0.7,
  enumeration: 0.6,
  comparisonQuestion: 0.65,
  bridgeQuestion: 0.55,
  severalDomains: 0.25,
  /** Reached at 1,000 words; linear below. */
  length: 0.2,
});

export function assessComplexity(
  prompt: string,
  signals: ComplexitySignals = {},
  threshold: number = DEFAULT_DECOMPOSE_THRESHOLD,
  analysis: PromptAnalysis = analyzePrompt(prompt),
): ComplexityAssessment {
  const questions = analysis.tasks.filter((task) => task.role === 'question').length;
  const domains = new Set(signals.topExpertDomains ?? []).size;
  const features: Record<string, number> = {
    tasks: analysis.tasks.length,
    questions,
    list_tasks: analysis.listTasks.length,
    enumeration_items: analysis.enumeration?.enumeration.items.length ?? 0,
    comparison: analysis.enumeration?.enumeration.comparison === true ? 1 : 0,
    bridge_entities: analysis.bridge?.bridge.entities.length ?? 0,
    constraints: analysis.constraints.length,
    domains,
    words: analysis.words,
  };
  const w = COMPLEXITY_WEIGHTS;
  const contributions = [
    analysis.tasks.length >= 2 ? w.independentQuestions : 0,
    analysis.listTasks.length >= 2 ? w.multiPart : 0,
    analysis.enumeration === null ? 0 : analysis.enumeration.enumeration.comparison ? w.comparison : w.enumeration,
    analysis.bridge === null ? 0 : analysis.bridge.bridge.entities.length >= 2 ? w.comparisonQuestion : w.bridgeQuestion,
    domains >= 2 ? w.severalDomains : 0,
    analysis.constraints.length === 0 ? w.length * Math.min(1, analysis.words / 1000) : 0,
  ];
  const score = 1 - contributions.reduce((rest, c) => rest * (1 - c), 1);
  const splittable = analysis.tasks.length >= 2 || analysis.listTasks.length >= 2 || analysis.enumeration !== null || analysis.bridge !== null;
  return { score, features, decompose: splittable && score >= threshold };
}
