import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { chooseThreadCount } from '../core/threads/thread-count.js';

/**
 * llama.cpp threads for a model: the configured count (never more than the cores available), or with 0 one thread
 * for a small model and one per physical core for a larger one (see `chooseThreadCount`). llama.cpp's own default (4)
 * oversubscribes small machines, so the engine always passes a count.
 */
export function resolveThreadCount(configured: number, modelBytes: number): number {
  return chooseThreadCount({ configured, modelBytes, physicalCores: physicalCoreCount(), availableCores: availableParallelism() });
}

/** One thread per physical core: what `threads = 0` meant before it depended on the model (kept for the benchmark). */
export function physicalCoreThreads(): number {
  const available = availableParallelism();
  return Math.max(1, Math.min(physicalCoreCount() ?? available, available));
}

function physicalCoreCount(): number | null {
  try {
    const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
    const cores = new Set<string>();
    let physicalId = '0';
    for (const line of cpuinfo.split('\n')) {
      const [key, value] = line.split(':').map((part) => part.trim());
      if (key === 'physical id' && value !== undefined) physicalId = value;
      if (key === 'core id' && value !== undefined) cores.add(`${physicalId}:${value}`);
    }
    return cores.size > 0 ? cores.size : null;
  } catch {
    return null;
  }
}
