import {
  AGGREGATION_REQUESTS,
  DECOMPOSE_MODES,
  MAX_AGGREGATED_EXPERTS,
  SWARM_MODEL,
  type AggregationMetadata,
  type AggregationRequest,
  type ChatCompletionRequest,
  type CompletionUsage,
  type DecomposeMode,
  type DemocritusExtension,
  type DemocritusOptions,
  type FinishReason,
} from '@democritus/sdk';
import { Option, type Command } from 'commander';
import { nonNegativeInteger, nonNegativeNumber, positiveInteger } from '../argument-parsers.js';
import { progressLine } from '../chat-progress-lines.js';
import { API_FLAG_HELP, API_KEY_FLAG_HELP, nodeClient, type NodeApiFlags } from '../node-client.js';

interface AskFlags extends NodeApiFlags {
  experts?: number;
  aggregation?: AggregationRequest;
  decompose?: DecomposeMode;
  showAnswers?: boolean;
  progress?: boolean;
  stream?: boolean;
  model: string;
  json?: boolean;
  maxTokens?: number;
  temperature?: number;
  seed?: number;
  system?: string;
}

/** What `ask --json` prints: the answer and everything the node reported about how it was made. */
interface AskResult {
  text: string;
  model: string;
  experts: DemocritusExtension['experts'];
  finish_reason: FinishReason | null;
  usage: CompletionUsage | null;
  plan?: DemocritusExtension['plan'];
  aggregation?: AggregationMetadata;
  sanitizer?: DemocritusExtension['sanitizer'];
}

/** `democritus ask "<prompt>"`: one question to the swarm through a running node's OpenAI-compatible API (the SDK). */
export function registerAskCommand(program: Command): void {
  const command = program
    .command('ask')
    .description('ask the swarm: the prompt is routed to the best expert(s) by the running node (POST /v1/chat/completions)')
    .argument('<prompt>', 'the prompt')
    .option('--stream', 'print the answer as it is generated')
    .option('--model <model>', `"${SWARM_MODEL}" (semantic routing), or an expert name or peer ID`, SWARM_MODEL)
    .option('--experts <n>', `the node asks its top N experts (1..${MAX_AGGREGATED_EXPERTS}) and merges their answers (democritus.experts)`, positiveInteger)
    .addOption(new Option('--aggregation <method>', 'how the answers of --experts N are merged (default: auto, by the prompt\'s intent)').choices(AGGREGATION_REQUESTS))
    .addOption(new Option('--decompose <mode>', 'split a complex prompt into sub-tasks across the swarm (default: the node\'s coordinator.decompose)').choices(DECOMPOSE_MODES))
    .option('--show-answers', 'with --experts N: also print each expert\'s answer under its name (who said what)')
    .option('--progress', 'print the plan\'s progress on stderr as tasks start and finish (the default when stderr is a terminal)')
    .option('--no-progress', 'print no progress')
    .option('--json', 'print one JSON object: text, model, experts, finish_reason, usage, and the plan and aggregation when there was one')
    .option('-n, --max-tokens <n>', 'most tokens to generate (default: the expert\'s max_tokens)', positiveInteger)
    .option('-t, --temperature <t>', 'sampling temperature, 0 = greedy', nonNegativeNumber)
    .option('-s, --seed <n>', 'sampling seed', nonNegativeInteger)
    .option('--system <text>', 'a system message before the prompt')
    .option('--api <url>', API_FLAG_HELP)
    .option('--api-key <key>', API_KEY_FLAG_HELP)
    .action(async (prompt: string, flags: AskFlags) => {
      if (flags.experts !== undefined && flags.experts > MAX_AGGREGATED_EXPERTS) command.error(`error: --experts must be at most ${MAX_AGGREGATED_EXPERTS}`);
      const several = flags.experts !== undefined && flags.experts > 1;
      if (several && flags.model !== SWARM_MODEL) command.error('error: --experts N > 1 lets the router pick the experts; leave out --model');
      if (flags.aggregation !== undefined && !several) command.error('error: --aggregation merges the answers of --experts N > 1');
      if (flags.showAnswers && !several) command.error('error: --show-answers prints the answers of --experts N > 1');

      const client = nodeClient(flags);
      const request = toRequest(prompt, flags);
      // Ctrl-C closes the connection, which cancels the generation on the node.
      const controller = new AbortController();
      const onSignal = () => controller.abort();
      process.once('SIGINT', onSignal);
      const signal = controller.signal;
      try {
        const progress = flags.progress ?? process.stderr.isTTY;
        const live = flags.stream === true && flags.json !== true;
        let result: AskResult;
        if (progress || live) {
          const onProgress = progress ? (event: Parameters<typeof progressLine>[0]) => void process.stderr.write(`${progressLine(event)}\n`) : undefined;
          const stream = client.chatCompletionStream(request, { signal, ...(onProgress === undefined ? {} : { onProgress }) });
          let text = '';
          for await (const piece of stream) {
            text += piece;
            if (live) process.stdout.write(piece);
          }
          if (live) process.stdout.write('\n');
          result = askResult(text, stream.model ?? request.model ?? SWARM_MODEL, stream.democritus, stream.finishReason, stream.usage);
        } else {
          const completion = await client.chatCompletion(request, { signal });
          const choice = completion.choices[0];
          result = askResult(choice?.message.content ?? '', completion.model, completion.democritus, choice?.finish_reason ?? null, completion.usage);
        }
        if (flags.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else process.stdout.write(humanOutput(result, { printedText: live, showAnswers: flags.showAnswers === true }));
      } finally {
        process.off('SIGINT', onSignal);
      }
    });
}

function askResult(text: string, model: string, extension: DemocritusExtension | null | undefined, finishReason: FinishReason | null, usage: CompletionUsage | null): AskResult {
  return {
    text,
    model,
    experts: extension?.experts ?? [],
    finish_reason: finishReason,
    usage,
    ...(extension?.plan === undefined ? {} : { plan: extension.plan }),
    ...(extension?.aggregation === undefined ? {} : { aggregation: extension.aggregation }),
    ...(extension?.sanitizer === undefined ? {} : { sanitizer: extension.sanitizer }),
  };
}

/**
 * The merged answer (unless it was streamed already); with --show-answers each expert's answer under a header naming
 * it, and how they were merged.
 */
function humanOutput(result: AskResult, options: { printedText: boolean; showAnswers: boolean }): string {
  const parts = options.printedText ? [] : [`${result.text}\n`];
  const { aggregation } = result;
  if (options.showAnswers && aggregation !== undefined) {
    for (const answer of aggregation.answers) parts.push(`\n${header(answer.name, answer.peer_id)}\n${answer.text}\n`);
    for (const failed of aggregation.failed) parts.push(`\n${header(failed.name, failed.peer_id)}\n(failed: ${failed.error})\n`);
    parts.push(`\n(${aggregation.answers.length} answers merged by ${aggregation.method}${aggregation.conflict ? ', in conflict' : ''}: ${aggregation.reason})\n`);
  }
  return parts.join('');
}

function header(name: string, peerId: string): string {
  return `=== ${name} (${peerId}) ===`;
}

function toRequest(prompt: string, flags: AskFlags): ChatCompletionRequest {
  const request: ChatCompletionRequest = { model: flags.model, messages: [] };
  if (flags.system !== undefined) request.messages.push({ role: 'system', content: flags.system });
  request.messages.push({ role: 'user', content: prompt });
  if (flags.maxTokens !== undefined) request.max_tokens = flags.maxTokens;
  if (flags.temperature !== undefined) request.temperature = flags.temperature;
  if (flags.seed !== undefined) request.seed = flags.seed;
  const democritus: DemocritusOptions = {};
  if (flags.experts !== undefined) democritus.experts = flags.experts;
  if (flags.aggregation !== undefined) democritus.aggregation = flags.aggregation;
  if (flags.decompose !== undefined) democritus.decompose = flags.decompose;
  if (Object.keys(democritus).length > 0) request.democritus = democritus;
  return request;
}
