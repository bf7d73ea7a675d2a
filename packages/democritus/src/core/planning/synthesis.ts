/**
 * The prompt of a plan's synthesis task, the same for every planner: each sub-task's answer (`#<id>`, replaced when
 * the plan runs), then the original request.
 */
export function synthesisPrompt(original: string, ids: readonly string[]): string {
  const answers = ids.map((id) => `Answer ${id}: #${id}`).join('\n');
  return `Using these answers:\n${answers}\n\nReply to the original request: ${original}`;
}
