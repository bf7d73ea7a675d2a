import { SAMPLING, type DemocritusClient, type GenerateBody } from '@democritus/sdk';
import type { Command } from 'commander';
import type { GenerationEvent } from '../../engine/types.js';
import { createLogger } from '../../logging/logger.js';
import { createLocalRuntime, resolveModel } from '../../runtime/local-runtime.js';
import { nonNegativeInteger, nonNegativeNumber, positiveInteger } from '../argument-parsers.js';
import { addConfigOptions, loadConfigFromFlags, type ConfigFlags } from '../config-options.js';
import { reportGeneration } from '../generation-report.js';
import { createDownloadProgress } from '../progress.js';
import { API_KEY_FLAG_HELP, nodeClient } from '../node-client.js';

interface RunFlags extends ConfigFlags {
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  seed?: number;
  stop?: string[];
  logprobs?: number;
  sha256?: string;
  json?: boolean;
  remote?: string;
  api?: string;
  apiKey?: string;
}

/** The `<model>` argument of `run --remote` that means "whatever expert the peer serves". */
const PEER_EXPERT = '-';

export function registerRunCommand(program: Command): void {
  addConfigOptions(
    program
      .command('run')
      .description('generate once with a model on this machine (like `ollama run`), or on a peer with --remote; streamed to stdout')
      .argument('<model>', `file name, path, https: URL or hf:<owner>/<repo>/<file>; with --remote, ${PEER_EXPERT} or the peer's expert (name or SHA-256)`)
      .argument('<prompt>', 'the prompt')
      .option('-n, --max-tokens <n>', 'tokens to generate (default: expert.max_tokens)', positiveInteger)
      .option('-t, --temperature <t>', 'sampling temperature, 0 = greedy (default: expert.temperature)', nonNegativeNumber)
      .option('--top-p <p>', 'nucleus sampling mass (default: expert.top_p)', nonNegativeNumber)
      .option('-s, --seed <seed>', 'sampler seed; the same seed gives the same text', nonNegativeInteger)
      .option('--stop <text...>', 'stop sequences')
      .option('--logprobs <k>', 'report the top-k alternatives per token in --json output', nonNegativeInteger)
      .option('--sha256 <hex>', 'expected SHA-256 of the model file')
      .option('--json', 'print one JSON object instead of streaming text')
      .option('--remote <peer-id>', "run on that peer, through the running daemon's control API (the daemon's [expert] settings are the defaults)")
      .option('--api <url>', 'REST API of the daemon used by --remote (default: $DEMOCRITUS_API or http://127.0.0.1:8080)')
      .option('--api-key <key>', API_KEY_FLAG_HELP),
  ).action(async (source: string, prompt: string, flags: RunFlags) => {
    if (flags.remote !== undefined) await runRemote(source, prompt, flags.remote, flags);
    else await runLocal(source, prompt, flags);
  });
}

async function runLocal(source: string, prompt: string, flags: RunFlags): Promise<void> {
  const loaded = await loadConfigFromFlags({ ...flags, logLevel: flags.logLevel ?? 'warn' });
  const { config } = loaded;
  const logger = createLogger({ level: config.node.log_level });
  const runtime = await createLocalRuntime(loaded, logger);
  try {
    const model = await resolveModel(runtime.registry, { source, expectedSha256: flags.sha256 }, logger, { progress: createDownloadProgress });
    // Load first so that the reported speed is the generation's, not the model load's.
    await runtime.engine.preload(model);
    const controller = new AbortController();
    const cancel = () => controller.abort();
    process.once('SIGINT', cancel);
    try {
      const stream = await runtime.scheduler.generate(
        {
          model,
          input: { messages: [{ role: 'user', content: prompt }] },
          maxTokens: flags.maxTokens ?? config.expert.max_tokens,
          sampling: {
            temperature: flags.temperature ?? config.expert.temperature,
            topP: flags.topP ?? config.expert.top_p,
            topK: SAMPLING.topK,
            seed: flags.seed ?? Math.floor(Math.random() * 2 ** 32),
          },
          stop: flags.stop ?? [],
          topLogprobs: flags.json ? (flags.logprobs ?? 0) : 0,
          signal: controller.signal,
        },
        { clientId: 'local', priority: 'local' },
      );
      await reportGeneration(stream, { json: flags.json === true, logprobs: flags.logprobs, model: { name: model.name, sha256: model.sha256 } });
    } finally {
      process.off('SIGINT', cancel);
    }
  } finally {
    await runtime.close();
  }
}

/**
 * `run --remote`: the local daemon runs the generation on the peer (POST /api/generate) and streams it back.
 * Sampling flags left out take the daemon's defaults; `<model>` is checked against the model the peer advertises.
 */
async function runRemote(source: string, prompt: string, peer: string, flags: RunFlags): Promise<void> {
  const client = nodeClient(flags, { timeoutMs: 30_000 });
  const model = await peerModel(client, peer);
  if (model !== null) {
    const wanted = [source === PEER_EXPERT ? undefined : source, flags.sha256].filter((value) => value !== undefined);
    for (const value of wanted) {
      if (value !== model.name && value.toLowerCase() !== model.sha256) {
        throw new Error(`peer ${peer} serves ${model.name} (${model.sha256}), not ${value}; pass ${PEER_EXPERT} as <model> to use its expert`);
      }
    }
  }

  const body: GenerateBody = { messages: [{ role: 'user', content: prompt }], peer };
  if (flags.maxTokens !== undefined) body.max_tokens = flags.maxTokens;
  if (flags.temperature !== undefined) body.temperature = flags.temperature;
  if (flags.topP !== undefined) body.top_p = flags.topP;
  if (flags.seed !== undefined) body.seed = flags.seed;
  if (flags.stop !== undefined) body.stop = flags.stop;
  if (flags.json && flags.logprobs !== undefined) body.top_logprobs = flags.logprobs;

  const controller = new AbortController();
  const cancel = () => controller.abort();
  process.once('SIGINT', cancel);
  try {
    await reportGeneration(cancellable(client.generate(body, { signal: controller.signal }), controller.signal, model?.sha256 ?? ''), {
      json: flags.json === true,
      logprobs: flags.logprobs,
      model: { name: model?.name ?? null, sha256: model?.sha256 ?? null },
      peer,
    });
  } finally {
    process.off('SIGINT', cancel);
  }
}

/** The model a peer serves: this node's own expert, or the one in the peer's advert (null when it sent none). */
async function peerModel(client: DemocritusClient, peer: string): Promise<{ name: string; sha256: string } | null> {
  const health = await client.health();
  if (peer === health.peerId) return health.model;
  const view = (await client.peers()).find((candidate) => candidate.peerId === peer);
  return view?.model ?? null;
}

/**
 * Closing the connection (Ctrl-C) cancels the generation on the node, but then no done event arrives: one is
 * made from what was seen, so that a cancelled remote run reports like a cancelled local one.
 */
async function* cancellable(events: AsyncIterable<GenerationEvent>, signal: AbortSignal, modelSha256: string): AsyncGenerator<GenerationEvent> {
  const started = performance.now();
  let firstTokenMs: number | null = null;
  let completionTokens = 0;
  try {
    for await (const event of events) {
      if (event.type === 'token') {
        firstTokenMs ??= performance.now() - started;
        if (event.tokenId >= 0) completionTokens += 1;
      }
      yield event;
    }
  } catch (error) {
    if (!signal.aborted) throw error;
    yield {
      type: 'done',
      finishReason: 'cancelled',
      usage: { promptTokens: 0, completionTokens },
      modelSha256,
      timings: { firstTokenMs, totalMs: performance.now() - started },
    };
  }
}
