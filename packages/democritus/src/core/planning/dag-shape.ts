/**
 * The execution shape of a plan: topological layers (Kahn's algorithm, tasks kept in plan order within a layer), the
 * critical path and the widest layer. Pure; `validateDag` checks a plan first and refuses cycles with their tasks named.
 */
import { DemocritusError } from '../../errors.js';
import type { DagShape, TaskDag } from './task-dag.js';

export type Layering = { layers: string[][] } | { cycle: string[] };

/** Layers of a DAG whose dependencies all exist, or one cycle among its tasks. Unknown dependencies are ignored. */
export function layerTasks(dag: TaskDag): Layering {
  const ids = dag.tasks.map((task) => task.id);
  const known = new Set(ids);
  const remaining = new Map(dag.tasks.map((task) => [task.id, new Set(task.dependsOn.filter((dep) => known.has(dep)))]));
  const layers: string[][] = [];
  while (remaining.size > 0) {
    const ready = ids.filter((id) => remaining.get(id)?.size === 0);
    if (ready.length === 0) return { cycle: findCycle(remaining) };
    for (const id of ready) remaining.delete(id);
    for (const deps of remaining.values()) for (const id of ready) deps.delete(id);
    layers.push(ready);
  }
  return { layers };
}

/** The shape of a valid DAG (see `validateDag`); a DAG with a cycle has no shape and this throws. */
export function dagShape(dag: TaskDag): DagShape {
  const layering = layerTasks(dag);
  if ('cycle' in layering) throw new DemocritusError('invalid_plan', `the plan has a cycle: ${layering.cycle.join(' -> ')}`);
  const { layers } = layering;
  return { layers, criticalPath: criticalPath(dag, layers), widestLayer: Math.max(0, ...layers.map((layer) => layer.length)) };
}

/** The longest chain of dependencies; among equally long chains, the one ending at the latest task of the last layer. */
function criticalPath(dag: TaskDag, layers: readonly string[][]): string[] {
  const dependsOn = new Map(dag.tasks.map((task) => [task.id, task.dependsOn]));
  const longest = new Map<string, { length: number; previous: string | null }>();
  for (const id of layers.flat()) {
    let best: { length: number; previous: string | null } = { length: 1, previous: null };
    for (const dep of dependsOn.get(id) ?? []) {
      const before = longest.get(dep);
      if (before !== undefined && before.length + 1 > best.length) best = { length: before.length + 1, previous: dep };
    }
    longest.set(id, best);
  }
  let end: string | null = null;
  for (const [id, entry] of longest) if (end === null || entry.length >= (longest.get(end)?.length ?? 0)) end = id;
  const path: string[] = [];
  for (let id = end; id !== null; id = longest.get(id)?.previous ?? null) path.unshift(id);
  return path;
}

/** Walks dependencies among tasks left unlayered (each has one) until a task repeats: that loop is a cycle. */
function findCycle(remaining: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const [start] = remaining.keys();
  const seen: string[] = [];
  let current = start;
  while (current !== undefined && !seen.includes(current)) {
    seen.push(current);
    const [next] = remaining.get(current) ?? [];
    current = next;
  }
  if (current === undefined) return seen;
  return [...seen.slice(seen.indexOf(current)), current];
}
