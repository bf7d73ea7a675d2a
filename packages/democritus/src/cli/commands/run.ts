import type { Command } from 'commander';
import { nonNegativeInteger, nonNegativeNumber, positiveInteger } from '../argument-parsers.js';
import { createLogger } from '../../logging/logger.js';
import type { DoneEvent } from '../../engine/types.js';
import { createLocalRuntime, resolveModel } from '../../runtime/local-runtime.js';
import { addConfigOptions, loadConfigFromFlags, type ConfigFlags } from '../config-options.js';

interface RunFlags extends ConfigFlags {
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  seed?: number;
  stop?: string[];
  logprobs?: number;
  sha256?: string;
  json?: boolean;
}

export function registerRunCommand(program: Command): void {
  addConfigOptions(
    program
      .command('run')
      .description('generate once with a model on this machine, streamed to stdout (like `ollama run`)')
      .argument('<model>', 'file name, path, https: URL or hf:<owner>/<repo>/<file>')
      .argument('<prompt>', 'the prompt')
      .option('-n, --max-tokens <n>', 'tokens to generate (default: expert.max_tokens)', positiveInteger)
      .option('-t, --temperature <t>', 'sampling temperature, 0 = greedy (default: expert.temperature)', nonNegativeNumber)
      .option('--top-p <p>', 'nucleus sampling mass (default: expert.top_p)', nonNegativeNumber)
      .option('-s, --seed <seed>', 'sampler seed; the same seed gives the same text', nonNegativeInteger)
      .option('--stop <text...>', 'stop sequences')
      .option('--logprobs <k>', 'report the top-k alternatives per token in --json output', nonNegativeInteger)
      .option('--sha256 <hex>', 'expected SHA-256 of the model file')
      .option('--json', 'print one JSON object instead of streaming text'),
  ).action(async (source: string, prompt: string, flags: RunFlags) => {
    const loaded = await loadConfigFromFlags({ ...flags, logLevel: flags.logLevel ?? 'warn' });
    const { config } = loaded;
    const logger = createLogger({ level: config.node.log_level });
    const runtime = await createLocalRuntime(loaded, logger);
    try {
      const model = await resolveModel(runtime.registry, { source, expectedSha256: flags.sha256 }, logger);
      // Load first so that the reported speed is the generation's, not the model load's.
      await runtime.engine.preload(model);
      const controller = new AbortController();
      const cancel = () => controller.abort();
      process.once('SIGINT', cancel);
      const stream = await runtime.scheduler.generate(
        {
          model,
          input: { messages: [{ role: 'user', content: prompt }] },
          maxTokens: flags.maxTokens ?? config.expert.max_tokens,
          sampling: {
            temperature: flags.temperature ?? config.expert.temperature,
            topP: flags.topP ?? config.expert.top_p,
            topK: 40,
            seed: flags.seed ?? Math.floor(Math.random() * 2 ** 32),
          },
          stop: flags.stop ?? [],
          topLogprobs: flags.json ? (flags.logprobs ?? 0) : 0,
          signal: controller.signal,
        },
        { clientId: 'local', priority: 'local' },
      );
      let text = '';
      let done: DoneEvent | undefined;
      const tokens: { token_id: number; text: string; logprob: number; top_logprobs?: { token_id: number; text: string; logprob: number }[] }[] = [];
      for await (const event of stream) {
        if (event.type === 'done') {
          done = event;
          continue;
        }
        text += event.text;
        if (flags.json) {
          if (event.tokenId >= 0 && flags.logprobs !== undefined) {
            tokens.push({
              token_id: event.tokenId,
              text: event.text,
              logprob: event.logprob,
              top_logprobs: event.topLogprobs.map((t) => ({ token_id: t.tokenId, text: t.text, logprob: t.logprob })),
            });
          }
        } else {
          process.stdout.write(event.text);
        }
      }
      process.off('SIGINT', cancel);
      if (done === undefined) throw new Error('generation ended without a result');
      const seconds = done.timings.totalMs / 1000;
      if (flags.json) {
        const result = {
          text,
          model: model.name,
          model_sha256: model.sha256,
          finish_reason: done.finishReason,
          prompt_tokens: done.usage.promptTokens,
          tokens: done.usage.completionTokens,
          tokens_per_second: seconds > 0 ? done.usage.completionTokens / seconds : 0,
          time_to_first_token_ms: done.timings.firstTokenMs,
          duration_ms: done.timings.totalMs,
          ...(flags.logprobs !== undefined ? { logprobs: tokens } : {}),
        };
        process.stdout.write(`${JSON.stringify(result)}\n`);
      } else {
        process.stdout.write('\n');
        process.stderr.write(
          `[${done.usage.completionTokens} tokens, ${(done.usage.completionTokens / seconds).toFixed(1)} tokens/s, finish: ${done.finishReason}]\n`,
        );
      }
      if (done.finishReason === 'error') throw new Error(`generation failed: ${done.error ?? 'unknown error'}`);
    } finally {
      await runtime.close();
    }
  });
}
