/** How large a plan may be: the one place the bounds live, overridable per call (and by config). */
export interface DagLimits {
  /** Most tasks in one plan, synthesis included. */
  maxTasks: number;
  /** Most layers (the longest dependency chain, counted in tasks). */
  maxDepth: number;
  /** Longest prompt of one task, in characters. */
  maxPromptChars: number;
}

export const DEFAULT_DAG_LIMITS: Readonly<DagLimits> = Object.freeze({
  maxTasks: 16,
  maxDepth: 6,
  maxPromptChars: 8_000,
});

export function dagLimits(overrides: Partial<DagLimits> = {}): DagLimits {
  return { ...DEFAULT_DAG_LIMITS, ...overrides };
}
