/**
 * Network benchmark, as a user sees it: a client asks its own node (a real daemon process) for a generation, run either
 * by that node's engine (local) or by another daemon process's engine over libp2p (remote, TCP or QUIC). Same model,
 * same parameters, interleaved; both paths go through the same control API, so the difference is the swarm hop.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ndjsonValues } from '@democritus/sdk';
import type { ModelHandle } from '../src/engine/types.js';
import { benchModel } from './bench-model.js';
import { startDaemon, type DaemonHandle } from './daemon-process.js';
import { median } from './stats.js';

export interface NetworkBenchRow {
  transport: 'tcp' | 'quic';
  localTokensPerSecond: number;
  remoteTokensPerSecond: number;
  ratio: number;
  localTtftMs: number;
  remoteTtftMs: number;
  ttftOverheadMs: number;
  /** Median CPU time per generation of the client's daemon (it runs the local generation itself). */
  localClientCpuMs: number | null;
  /** Median CPU time per remote generation of the client's daemon (receiving, checking and relaying the tokens). */
  remoteClientCpuMs: number | null;
  /** Median CPU time per remote generation of the serving daemon (generating, signing and sending the tokens). */
  remoteServerCpuMs: number | null;
}

interface Measured {
  tokensPerSecond: number;
  ttftMs: number;
  clientCpuMs: number | null;
  serverCpuMs: number | null;
}

/**
 * CPU time (ms) that all threads of a process have run so far, from /proc/<pid>/task/<tid>/schedstat (nanoseconds,
 * unlike the 10 ms ticks of /proc/<pid>/stat); null where there is no such file. On a shared machine CPU time moves
 * far less than wall time with the other processes' load.
 */
function cpuMs(pid: number): number | null {
  try {
    let total = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        total += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
      } catch {
        // the thread ended meanwhile
      }
    }
    return total;
  } catch {
    return null;
  }
}

function cpuSince(pid: number, before: number | null): number | null {
  const now = cpuMs(pid);
  return now === null || before === null ? null : now - before;
}

function medianOrNull(values: (number | null)[]): number | null {
  return values.some((value) => value === null) ? null : median(values as number[]);
}

async function generate(node: DaemonHandle, server: DaemonHandle, maxTokens: number, peer?: string): Promise<Measured> {
  const clientCpu = cpuMs(node.pid);
  const serverCpu = cpuMs(server.pid);
  const started = performance.now();
  const response = await fetch(`${node.restUrl}/api/generate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ prompt: 'Once upon a time', max_tokens: maxTokens, temperature: 0, seed: 1, ...(peer ? { peer } : {}) }),
  });
  if (!response.ok || response.body === null) throw new Error(`generate failed: HTTP ${response.status} ${await response.text()}`);
  let tokens = 0;
  let first = 0;
  for await (const line of ndjsonValues(response.body)) {
    const event = line as { type: string };
    if (event.type === 'error') throw new Error(`generation failed: ${JSON.stringify(line)}`);
    if (event.type !== 'token') continue;
    if (tokens === 0) first = performance.now() - started;
    tokens += 1;
  }
  return {
    tokensPerSecond: tokens / ((performance.now() - started) / 1000),
    ttftMs: first,
    clientCpuMs: cpuSince(node.pid, clientCpu),
    serverCpuMs: cpuSince(server.pid, serverCpu),
  };
}

export async function runNetworkBenchmark(options: { model: ModelHandle; rounds: number; maxTokens: number }): Promise<NetworkBenchRow[]> {
  const rows: NetworkBenchRow[] = [];
  const server = await startDaemon({ name: 'bench-server', listen: ['/ip4/127.0.0.1/tcp/0', '/ip4/127.0.0.1/udp/0/quic-v1'] });
  try {
    for (const transport of ['tcp', 'quic'] as const) {
      const serverAddress = server.addresses.find((a) => (transport === 'quic' ? a.includes('/quic-v1') : a.includes('/tcp/')));
      if (serverAddress === undefined) throw new Error(`server has no ${transport} address`);
      const listen = transport === 'quic' ? '/ip4/127.0.0.1/udp/0/quic-v1' : '/ip4/127.0.0.1/tcp/0';
      const client = await startDaemon({ name: `bench-client-${transport}`, listen: [listen], bootstrap: [serverAddress] });
      try {
        await waitForPeer(client, server.peerId, transport);
        const local = () => generate(client, server, options.maxTokens);
        const remote = () => generate(client, server, options.maxTokens, server.peerId);
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
          localClientCpuMs: medianOrNull(locals.map((m) => m.clientCpuMs)),
          remoteClientCpuMs: medianOrNull(remotes.map((m) => m.clientCpuMs)),
          remoteServerCpuMs: medianOrNull(remotes.map((m) => m.serverCpuMs)),
        });
      } finally {
        await client.stop();
      }
    }
  } finally {
    await server.stop();
  }
  return rows;
}

/** Waits until the client lists the server with a connection on the transport under test. */
async function waitForPeer(client: DaemonHandle, peerId: string, transport: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${client.restUrl}/api/peers`);
    const { peers } = (await response.json()) as { peers: { peerId: string; name: string | null; transports: string[] }[] };
    const server = peers.find((peer) => peer.peerId === peerId);
    if (server?.name && server.transports.includes(transport)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`client never saw the server over ${transport}`);
}

export function describeNetworkBenchmark(rounds: number, maxTokens: number): string {
  return `network benchmark: a client's node generating on a peer daemon over libp2p vs on its own engine, ${rounds} interleaved rounds of ${maxTokens} tokens`;
}

export function printNetworkBenchmark(rows: NetworkBenchRow[]): void {
  for (const row of rows) {
    console.log(
      `  ${row.transport.padEnd(5)} remote ${row.remoteTokensPerSecond.toFixed(0).padStart(6)} tok/s | local ${row.localTokensPerSecond
        .toFixed(0)
        .padStart(6)} tok/s | ratio ${row.ratio.toFixed(3)} (target >= 0.90) | TTFT remote ${row.remoteTtftMs.toFixed(1)} ms, local ${row.localTtftMs.toFixed(
        1,
      )} ms, overhead ${row.ttftOverheadMs.toFixed(1)} ms (target <= 10) | CPU per generation: remote client ${formatMs(
        row.remoteClientCpuMs,
      )}, remote server ${formatMs(row.remoteServerCpuMs)}, local ${formatMs(row.localClientCpuMs)}`,
    );
  }
}

function formatMs(value: number | null): string {
  return value === null ? '-' : `${value.toFixed(1)} ms`;
}

// `node scripts/run-bench.js network.bench.ts` runs this benchmark alone (`npm run bench` runs it with the others).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const model = benchModel();
  const rounds = Number(process.env.BENCH_ROUNDS ?? 12);
  const maxTokens = 300;
  console.log(describeNetworkBenchmark(rounds, maxTokens));
  const rows = await runNetworkBenchmark({ model, rounds, maxTokens });
  printNetworkBenchmark(rows);
  console.log(JSON.stringify({ network: rows }));
}
