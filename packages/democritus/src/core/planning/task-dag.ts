/**
 * A plan: the sub-tasks a prompt is split into, their dependencies and a final synthesis task. A task's prompt may
 * refer to an earlier task's answer as `#<id>` (StrategyQA's notation), replaced by that answer when the plan runs.
 */
import type { Intent } from '../intent/intents.js';

export interface PlannedTask {
  /** "1", "2", ...: unique in the plan, the `#<id>` other prompts refer to. */
  id: string;
  prompt: string;
  intent: Intent | null;
  /** Ids of the tasks whose answers this one needs (every `#<id>` in its prompt, and possibly more). */
  dependsOn: string[];
  /** `synthesis` combines the other answers into the reply; a plan that is not decomposed is one `single` task. */
  kind: 'single' | 'subtask' | 'synthesis';
}

export interface TaskDag {
  tasks: PlannedTask[];
}

/** What a valid DAG offers for execution. */
export interface DagShape {
  /** Tasks grouped by depth: every task of a layer depends only on tasks of earlier layers. */
  layers: string[][];
  /** The longest chain of dependent tasks, first to last. */
  criticalPath: string[];
  /** Tasks of the largest layer: the parallelism the plan offers. */
  widestLayer: number;
}
