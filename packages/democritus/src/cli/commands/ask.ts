import { DemocritusClient, type AskOptions, type ChatCompletionRequest } from '@democritus/sdk';
import type { Command } from 'commander';
import { resolveApiUrl } from '../control-client.js';
import { nonNegativeInteger, nonNegativeNumber, positiveInteger } from '../argument-parsers.js';

interface AskFlags {
  experts?: number;
  stream?: boolean;
  model: string;
  json?: boolean;
  api?: string;
  apiKey?: string;
  maxTokens?: number;
  temperature?: number;
  seed?: number;
  system?: string;
}

/** `democritus ask "<prompt>"`: one question to the swarm through a running node's OpenAI-compatible API (the SDK). */
export function registerAskCommand(program: Command): void {
  program
    .command('ask')
    .description('ask the swarm: the prompt is routed to the best expert(s) by the running node (POST /v1/chat/completions)')
    .argument('<prompt>', 'the prompt')
    .option('--stream', 'print the answer as it is generated')
    .option('--model <model>', '"swarm" (semantic routing), or an expert name or peer ID', 'swarm')
    .option('--experts <n>', 'how many experts to consult (the node serves one until the coordinator lands)', positiveInteger)
    .option('--json', 'print one JSON object: text, model, experts, finish_reason, usage')
    .option('-n, --max-tokens <n>', 'most tokens to generate (default: the expert\'s max_tokens)', positiveInteger)
    .option('-t, --temperature <t>', 'sampling temperature, 0 = greedy', nonNegativeNumber)
    .option('-s, --seed <n>', 'sampling seed', nonNegativeInteger)
    .option('--system <text>', 'a system message before the prompt')
    .option('--api <url>', 'REST API of the node (default: $DEMOCRITUS_API or http://127.0.0.1:8080)')
    .option('--api-key <key>', 'API key of the node (default: $DEMOCRITUS_API_KEY)')
    .action(async (prompt: string, flags: AskFlags) => {
      const client = new DemocritusClient({ url: resolveApiUrl(flags.api), apiKey: flags.apiKey ?? (process.env.DEMOCRITUS_API_KEY || undefined) });
      const options: AskOptions = { model: flags.model };
      if (flags.maxTokens !== undefined) options.maxTokens = flags.maxTokens;
      if (flags.temperature !== undefined) options.temperature = flags.temperature;
      if (flags.seed !== undefined) options.seed = flags.seed;
      if (flags.system !== undefined) options.system = flags.system;
      if (flags.experts !== undefined) options.experts = flags.experts;

      // Ctrl-C closes the connection, which cancels the generation on the node.
      const controller = new AbortController();
      const onSignal = () => controller.abort();
      process.once('SIGINT', onSignal);
      options.signal = controller.signal;
      try {
        if (flags.stream && !flags.json) {
          const stream = client.askStream(prompt, options);
          for await (const piece of stream) process.stdout.write(piece);
          process.stdout.write('\n');
          noteExperts(flags.experts, stream.experts.length);
          return;
        }
        const request = toRequest(prompt, options);
        const completion = await client.chatCompletion(request, options);
        const text = completion.choices[0]?.message.content ?? '';
        const experts = completion.democritus?.experts ?? [];
        if (flags.json) {
          const output = { text, model: completion.model, experts, finish_reason: completion.choices[0]?.finish_reason ?? null, usage: completion.usage };
          process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
        } else {
          process.stdout.write(`${text}\n`);
        }
        noteExperts(flags.experts, experts.length);
      } finally {
        process.off('SIGINT', onSignal);
      }
    });
}

function toRequest(prompt: string, options: AskOptions): ChatCompletionRequest {
  const request: ChatCompletionRequest = { model: options.model ?? 'swarm', messages: [] };
  if (options.system !== undefined) request.messages.push({ role: 'system', content: options.system });
  request.messages.push({ role: 'user', content: prompt });
  if (options.maxTokens !== undefined) request.max_tokens = options.maxTokens;
  if (options.temperature !== undefined) request.temperature = options.temperature;
  if (options.seed !== undefined) request.seed = options.seed;
  return request;
}

function noteExperts(asked: number | undefined, served: number): void {
  if (asked !== undefined && asked > 1 && served < asked) {
    process.stderr.write(`note: ${served} expert(s) served this answer (asked for ${asked}): this node does not combine experts yet\n`);
  }
}
