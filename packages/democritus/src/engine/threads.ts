import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';

/**
 * llama.cpp's default thread count oversubscribes small machines (about 100x slower on 2 cores), so the engine always
 * passes an explicit count: the configured one, or the number of physical cores, never more than the cores available.
 */
export function resolveThreadCount(configured: number): number {
  const available = availableParallelism();
  if (configured > 0) return Math.min(configured, available);
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
