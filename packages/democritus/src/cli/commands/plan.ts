import type { PlanReport } from '@democritus/sdk';
import { Option, type Command } from 'commander';
import { API_FLAG_HELP, API_KEY_FLAG_HELP, nodeClient, type NodeApiFlags } from '../node-client.js';
import { alignColumns } from '../peer-table.js';

interface PlanFlags extends NodeApiFlags {
  json?: boolean;
  planner?: 'rules' | 'model';
}

/** `democritus plan "<prompt>"`: how the running node's coordinator would split a prompt, and where each task would go (POST /api/plan). */
export function registerPlanCommand(program: Command): void {
  program
    .command('plan')
    .description("show how the running node would plan a prompt: sanitizer changes, intent, complexity, the task DAG and each task's expert (POST /api/plan)")
    .argument('<prompt>', 'the prompt to plan (nothing is generated)')
    .addOption(new Option('--planner <name>', "the planner (default: the node's coordinator.planner)").choices(['rules', 'model']))
    .option('--json', 'print the API answer as one JSON object')
    .option('--api <url>', API_FLAG_HELP)
    .option('--api-key <key>', API_KEY_FLAG_HELP)
    .action(async (prompt: string, flags: PlanFlags) => {
      const client = nodeClient(flags, { timeoutMs: 120_000 });
      const report = await client.plan(prompt, flags.planner === undefined ? {} : { planner: flags.planner });
      process.stdout.write(flags.json ? `${JSON.stringify(report)}\n` : `${formatPlan(report)}\n`);
    });
}

/** The readable plan: the decisions first, then one row per task, then the layers and the critical path. */
export function formatPlan(report: PlanReport): string {
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  const changes = report.sanitizer.length === 0 ? 'nothing changed' : report.sanitizer.map((change) => `${change.rule} x${change.count}`).join(', ');
  const cues = report.intent_cues.length === 0 ? '' : `; cues: ${report.intent_cues.join(', ')}`;
  const decision = report.decompose
    ? `decomposed by the ${report.planner} planner into ${report.tasks.length} tasks`
    : 'not decomposed (one task)';
  const lines = [
    `sanitizer:  ${changes}`,
    `intent:     ${report.intent} (${percent(report.intent_confidence)}; runner-up ${report.intent_runner_up.intent} ${percent(report.intent_runner_up.confidence)}${cues})`,
    `complexity: ${report.complexity.toFixed(2)} (threshold ${report.decompose_threshold.toFixed(2)}): ${decision}`,
  ];
  if (report.model_fallback !== null) lines.push(`            the model's plan was not used: ${report.model_fallback}`);
  const header = ['TASK', 'KIND', 'INTENT', 'NEEDS', 'EXPERT', 'PROMPT'];
  const rows = report.tasks.map((task) => [
    task.id,
    task.kind,
    task.intent ?? '-',
    task.depends_on.length === 0 ? '-' : task.depends_on.map((id) => `#${id}`).join(','),
    task.expert === null ? '-' : `${task.expert.name}${task.expert.how === 'fallback' ? ' (fallback)' : ''}`,
    oneLine(task.prompt, 70),
  ]);
  lines.push('', alignColumns([header, ...rows]), '');
  lines.push(`layers:        ${report.layers.map((layer) => `[${layer.join(', ')}]`).join(' -> ')} (widest: ${report.widest_layer})`);
  lines.push(`critical path: ${report.critical_path.join(' -> ')}`);
  const t = report.timings;
  lines.push(`timings:       classify ${t.classify_ms} ms, complexity ${t.complexity_ms} ms, plan ${t.plan_ms} ms, route ${t.route_ms} ms, total ${t.total_ms} ms`);
  return lines.join('\n');
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
