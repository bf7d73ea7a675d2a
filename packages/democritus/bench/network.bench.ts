/**
 * Network benchmark: remote generation from a peer (a real daemon process serving over libp2p, TCP and QUIC) against
 * local generation on the same model with the same parameters, interleaved. Reports tokens/s and time to first token.
 */
import { generateKeyPair } from '@libp2p/crypto/keys';
import { LlamaEngine } from '../src/engine/llama-engine.js';
import type { GenerationEvent, ModelHandle } from '../src/engine/types.js';
import { silentLogger } from '../src/logging/logger.js';
import { SwarmNode } from '../src/network/swarm-node.js';
import { Scheduler } from '../src/scheduler/scheduler.js';
import { startDaemon } from './daemon-process.js';
import { median } from './stats.js';

export interface NetworkBenchRow {
  transport: 'tcp' | 'quic';
  localTokensPerSecond: number;
  remoteTokensPerSecond: number;
  ratio: number;
  localTtftMs: number;
  remoteTtftMs: number;
  ttftOverheadMs: number;
}

interface Measured {
  tokens: number;
  tokensPerSecond: number;
  ttftMs: number;
}

async function measure(events: AsyncIterable<GenerationEvent>): Promise<Measured> {
  const started = performance.now();
  let first = 0;
  let tokens = 0;
  for await (const event of events) {
    if (event.type !== 'token') continue;
    if (tokens === 0) first = performance.now() - started;
    tokens += 1;
  }
  return { tokens, tokensPerSecond: tokens / ((performance.now() - started) / 1000), ttftMs: first };
}

export async function runNetworkBenchmark(options: { model: ModelHandle; rounds: number; maxTokens: number }): Promise<NetworkBenchRow[]> {
  const server = await startDaemon({ name: 'bench-server', listen: ['/ip4/127.0.0.1/tcp/0', '/ip4/127.0.0.1/udp/0/quic-v1'] });
  const engine = await LlamaEngine.create({
    backend: 'cpu',
    threads: 1,
    contextSize: 1024,
    sequencesPerModel: 1,
    limits: { maxLoadedModels: 1, memoryBudgetBytes: 0 },
    logger: silentLogger(),
  });
  const scheduler = new Scheduler(engine, { maxQueue: 4, maxConcurrentPerModel: 1, rateLimit: { perMinute: 0, burst: 1 } });
  await engine.preload(options.model);
  const rows: NetworkBenchRow[] = [];
  try {
    for (const transport of ['tcp', 'quic'] as const) {
      const serverAddress = server.addresses.find((a) => (transport === 'quic' ? a.includes('/quic-v1') : a.includes('/tcp/')));
      if (serverAddress === undefined) throw new Error(`server has no ${transport} address`);
      const client = await SwarmNode.start({
        privateKey: await generateKeyPair('Ed25519'),
        listen: [transport === 'quic' ? '/ip4/127.0.0.1/udp/0/quic-v1' : '/ip4/127.0.0.1/tcp/0'],
        bootstrap: [serverAddress],
        mdns: false,
        relayServer: false,
        advertTtlMs: 60_000,
        scheduler,
        expertModel: options.model,
        advertContent: () => ({
          name: 'bench-client',
          description: '',
          modelSha256: options.model.sha256,
          modelName: options.model.name,
          contextSize: 1024,
          activeGenerations: 0,
          queueDepth: 0,
          softwareVersion: 'bench',
        }),
        logger: silentLogger(),
      });
      try {
        const request = {
          messages: [{ role: 'user' as const, content: 'Once upon a time' }],
          maxTokens: options.maxTokens,
          sampling: { temperature: 0, topP: 1, topK: 40, seed: 1 },
          topLogprobs: 0,
        };
        const local = () =>
          scheduler
            .generate(
              { model: options.model, input: { messages: request.messages }, maxTokens: request.maxTokens, sampling: request.sampling, topLogprobs: 0 },
              { clientId: 'local', priority: 'local' },
            )
            .then(measure);
        const remote = () => measure(client.generateRemote(server.peerId, request));
        await local();
        await remote();
        const locals: Measured[] = [];
        const remotes: Measured[] = [];
        for (let round = 0; round < options.rounds; round++) {
          if (round % 2 === 0) {
            locals.push(await local());
            remotes.push(await remote());
          } else {
            remotes.push(await remote());
            locals.push(await local());
          }
        }
        const used = client.libp2p.getConnections().map((c) => c.remoteAddr.toString());
        if (!used.some((address) => (transport === 'quic' ? address.includes('/quic') : address.includes('/tcp/')))) {
          throw new Error(`benchmark connection is not ${transport}: ${used.join(', ')}`);
        }
        const localTps = median(locals.map((m) => m.tokensPerSecond));
        const remoteTps = median(remotes.map((m) => m.tokensPerSecond));
        const localTtft = median(locals.map((m) => m.ttftMs));
        const remoteTtft = median(remotes.map((m) => m.ttftMs));
        rows.push({
          transport,
          localTokensPerSecond: localTps,
          remoteTokensPerSecond: remoteTps,
          ratio: remoteTps / localTps,
          localTtftMs: localTtft,
          remoteTtftMs: remoteTtft,
          ttftOverheadMs: remoteTtft - localTtft,
        });
      } finally {
        await client.stop();
      }
    }
  } finally {
    await engine.close();
    await server.stop();
  }
  return rows;
}
