/**
 * Which waiting request starts next: the highest priority first; within a priority, the client with the fewest
 * generations running, then the client that started one least recently (round robin, so that one client's burst
 * cannot take every free slot while others wait); then first come.
 */
export interface WaitingRequest {
  clientId: string;
  /** Lower runs first. */
  priorityRank: number;
}

export interface ClientActivity {
  running: ReadonlyMap<string, number>;
  /** A number that grows with each start: when each client last started a generation (absent: not recently). */
  lastStarted: ReadonlyMap<string, number>;
}

/** The index in `waiting` (in arrival order within each priority) of the request to start next, or -1 when empty. */
export function nextFairRequest(waiting: readonly WaitingRequest[], activity: ClientActivity): number {
  const running = (clientId: string) => activity.running.get(clientId) ?? 0;
  const lastStarted = (clientId: string) => activity.lastStarted.get(clientId) ?? -1;
  let best = -1;
  for (let i = 0; i < waiting.length; i++) {
    const candidate = waiting[i]!;
    const current = waiting[best];
    if (current === undefined) {
      best = i;
      continue;
    }
    const byPriority = candidate.priorityRank - current.priorityRank;
    const byRunning = running(candidate.clientId) - running(current.clientId);
    const byRecency = lastStarted(candidate.clientId) - lastStarted(current.clientId);
    if (byPriority < 0 || (byPriority === 0 && (byRunning < 0 || (byRunning === 0 && byRecency < 0)))) best = i;
  }
  return best;
}
