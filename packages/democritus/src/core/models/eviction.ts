export interface ResidentModel {
  key: string;
  sizeBytes: number;
  activeGenerations: number;
  lastUsedAt: number;
}

export interface ResidencyLimits {
  maxLoadedModels: number;
  /** 0 means no memory budget. */
  memoryBudgetBytes: number;
}

export type EvictionPlan =
  | { kind: 'load'; evict: string[] }
  /** Room can only be made by unloading models that are generating: wait until one is idle. */
  | { kind: 'wait' }
  | { kind: 'impossible'; reason: string };

/**
 * Decides which loaded models to unload, least recently used first, so that a new model fits the limits.
 * A model with running generations is never chosen.
 */
export function planEviction(resident: readonly ResidentModel[], incomingBytes: number, limits: ResidencyLimits): EvictionPlan {
  if (limits.memoryBudgetBytes > 0 && incomingBytes > limits.memoryBudgetBytes) {
    return {
      kind: 'impossible',
      reason: `model needs ${formatMb(incomingBytes)} but the memory budget is ${formatMb(limits.memoryBudgetBytes)}`,
    };
  }
  const fits = (count: number, bytes: number) =>
    count + 1 <= limits.maxLoadedModels && (limits.memoryBudgetBytes === 0 || bytes + incomingBytes <= limits.memoryBudgetBytes);

  let count = resident.length;
  let bytes = resident.reduce((sum, m) => sum + m.sizeBytes, 0);
  const evict: string[] = [];
  const idleOldestFirst = resident.filter((m) => m.activeGenerations === 0).sort((a, b) => a.lastUsedAt - b.lastUsedAt);
  for (const candidate of idleOldestFirst) {
    if (fits(count, bytes)) break;
    evict.push(candidate.key);
    count -= 1;
    bytes -= candidate.sizeBytes;
  }
  return fits(count, bytes) ? { kind: 'load', evict } : { kind: 'wait' };
}

function formatMb(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MiB`;
}
