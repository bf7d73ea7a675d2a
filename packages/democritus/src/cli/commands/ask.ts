import { MAX_EXPERTS, SWARM_MODEL, type AskOptions, type ChatCompletionRequest, type ChosenExpert, type DemocritusClient, type ExpertAnswer } from '@democritus/sdk';
import type { Command } from 'commander';
import { nonNegativeInteger, nonNegativeNumber, positiveInteger } from '../argument-parsers.js';
import { API_FLAG_HELP, API_KEY_FLAG_HELP, nodeClient, type NodeApiFlags } from '../node-client.js';

interface AskFlags extends NodeApiFlags {
  experts?: number;
  stream?: boolean;
  model: string;
  json?: boolean;
  maxTokens?: number;
  temperature?: number;
  seed?: number;
  system?: string;
}

/** `democritus ask "<prompt>"`: one question to the swarm through a running node's OpenAI-compatible API (the SDK). */
export function registerAskCommand(program: Command): void {
  const command = program
    .command('ask')
    .description('ask the swarm: the prompt is routed to the best expert(s) by the running node (POST /v1/chat/completions)')
    .argument('<prompt>', 'the prompt')
    .option('--stream', 'print the answer as it is generated')
    .option('--model <model>', `"${SWARM_MODEL}" (semantic routing), or an expert name or peer ID`, SWARM_MODEL)
    .option('--experts <n>', `ask the router's top N experts (1..${MAX_EXPERTS}) and print each one's answer, not merged`, positiveInteger)
    .option('--json', 'print one JSON object: text, model, experts, finish_reason, usage (with --experts N > 1: {answers: [...]})')
    .option('-n, --max-tokens <n>', 'most tokens to generate (default: the expert\'s max_tokens)', positiveInteger)
    .option('-t, --temperature <t>', 'sampling temperature, 0 = greedy', nonNegativeNumber)
    .option('-s, --seed <n>', 'sampling seed', nonNegativeInteger)
    .option('--system <text>', 'a system message before the prompt')
    .option('--api <url>', API_FLAG_HELP)
    .option('--api-key <key>', API_KEY_FLAG_HELP)
    .action(async (prompt: string, flags: AskFlags) => {
      const client = nodeClient(flags);
      const options: AskOptions = { model: flags.model };
      if (flags.maxTokens !== undefined) options.maxTokens = flags.maxTokens;
      if (flags.temperature !== undefined) options.temperature = flags.temperature;
      if (flags.seed !== undefined) options.seed = flags.seed;
      if (flags.system !== undefined) options.system = flags.system;

      // Ctrl-C closes the connection, which cancels the generation on the node.
      const controller = new AbortController();
      const onSignal = () => controller.abort();
      process.once('SIGINT', onSignal);
      options.signal = controller.signal;
      try {
        if (flags.experts !== undefined && flags.experts > 1) {
          if (flags.experts > MAX_EXPERTS) command.error(`error: --experts must be at most ${MAX_EXPERTS}`);
          if (flags.model !== SWARM_MODEL) command.error('error: --experts N > 1 lets the router pick the experts; leave out --model');
          await askSeveral(client, prompt, flags.experts, options, flags);
          return;
        }
        if (flags.stream && !flags.json) {
          const stream = client.askStream(prompt, options);
          for await (const piece of stream) process.stdout.write(piece);
          process.stdout.write('\n');
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
      } finally {
        process.off('SIGINT', onSignal);
      }
    });
}

const NOT_MERGED = "not merged: combining the experts' answers (Mixture-of-Agents) is not implemented yet";

/**
 * `--experts N` (N > 1): the router's top N experts each answer the prompt, in parallel, pinned by peer ID. Printed one
 * after the other under a header naming the expert; with --stream the first (best-ranked) expert's answer is streamed
 * live while the others run, and theirs are printed, in rank order, once they are done.
 */
async function askSeveral(client: DemocritusClient, prompt: string, count: number, options: AskOptions, flags: AskFlags): Promise<void> {
  if (flags.json || !flags.stream) {
    const answers = await client.ask(prompt, { ...options, experts: count });
    noteFewer(count, answers.length);
    if (flags.json) process.stdout.write(`${JSON.stringify({ answers, merged: false, note: `one answer per expert, ${NOT_MERGED}` }, null, 2)}\n`);
    else process.stdout.write(`${answers.map((answer) => `${header(answer)}\n${answer.text}\n`).join('\n')}\n(${answers.length} answers, one per expert, ${NOT_MERGED})\n`);
    return;
  }

  const chosen = await client.topExperts(prompt, count, options);
  noteFewer(count, Math.max(1, chosen.length));
  const [first, ...others] = chosen;
  // The others start now, in parallel with the streamed one; a failure of any of them fails the command.
  const failed = new AbortController();
  const signal = AbortSignal.any([options.signal ?? failed.signal, failed.signal]);
  const pending = others.map((expert) => client.ask(prompt, { ...options, signal, model: expert.peerId, experts: 1 }).then(([answer]) => answer as ExpertAnswer));
  let failure: unknown;
  for (const answer of pending) {
    answer.catch((error: unknown) => {
      failure ??= error;
      failed.abort();
    });
  }
  try {
    const stream = client.askStream(prompt, { ...options, signal, ...(first === undefined ? {} : { model: first.peerId }) });
    let headed = false;
    for await (const piece of stream) {
      if (!headed) process.stdout.write(`${header(servedBy(stream.experts, first))}\n`);
      headed = true;
      process.stdout.write(piece);
    }
    if (!headed) process.stdout.write(`${header(servedBy(stream.experts, first))}\n`);
    process.stdout.write('\n');
    for (const answer of pending) {
      const done = await answer;
      process.stdout.write(`\n${header(done)}\n${done.text}\n`);
    }
    process.stdout.write(`\n(${1 + pending.length} answers, one per expert, ${NOT_MERGED})\n`);
  } catch (error) {
    failed.abort();
    // The stream was cancelled because another expert failed: report that failure.
    throw failure ?? error;
  }
}

function servedBy(served: { name: string; peer_id: string }[], asked: ChosenExpert | undefined): { expert: string; peer_id: string } {
  const expert = served[0];
  if (expert !== undefined) return { expert: expert.name, peer_id: expert.peer_id };
  return { expert: asked?.name ?? SWARM_MODEL, peer_id: asked?.peerId ?? '' };
}

function header(answer: { expert: string; peer_id: string }): string {
  return `=== ${answer.expert}${answer.peer_id === '' ? '' : ` (${answer.peer_id})`} ===`;
}

function noteFewer(asked: number, got: number): void {
  if (got < asked) process.stderr.write(`note: asked for ${asked} experts; the router knows ${got}, so ${got} answer${got === 1 ? '' : 's'}\n`);
}

function toRequest(prompt: string, options: AskOptions): ChatCompletionRequest {
  const request: ChatCompletionRequest = { model: options.model ?? SWARM_MODEL, messages: [] };
  if (options.system !== undefined) request.messages.push({ role: 'system', content: options.system });
  request.messages.push({ role: 'user', content: prompt });
  if (options.maxTokens !== undefined) request.max_tokens = options.maxTokens;
  if (options.temperature !== undefined) request.temperature = options.temperature;
  if (options.seed !== undefined) request.seed = options.seed;
  return request;
}
