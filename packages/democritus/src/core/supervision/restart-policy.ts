/**
 * When to restart a process that died: exponential backoff, and a cap on restarts within a sliding window after which
 * it is left down (a node that dies at every start should not be restarted forever).
 */
export interface RestartPolicy {
  /** Delay before the first restart in a window; each further restart in the window doubles it. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** Restarts allowed within `windowMs`; 0 never restarts. */
  maxRestarts: number;
  windowMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = { initialDelayMs: 1_000, maxDelayMs: 30_000, maxRestarts: 5, windowMs: 10 * 60_000 };

export type RestartDecision =
  /** Restart after `delayMs`; this is restart number `attempt` of at most `policy.maxRestarts` in the window. */
  | { action: 'restart'; delayMs: number; attempt: number }
  /** `restarts` restarts within the window already: leave the process down. */
  | { action: 'give-up'; restarts: number };

/** `restartTimes`: when earlier restarts were made (ms, any order); `now`: when the process died. */
export function decideRestart(restartTimes: readonly number[], now: number, policy: RestartPolicy): RestartDecision {
  const recent = restartTimes.filter((time) => now - time < policy.windowMs).length;
  if (recent >= policy.maxRestarts) return { action: 'give-up', restarts: recent };
  const delayMs = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** recent);
  return { action: 'restart', delayMs, attempt: recent + 1 };
}
