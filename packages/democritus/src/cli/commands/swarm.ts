import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DemocritusClient } from '@democritus/sdk';
import type { Command } from 'commander';
import type { LoadedConfig } from '../../config/index.js';
import { addConfigOptions, loadConfigFromFlags, type ConfigFlags } from '../config-options.js';
import { nonNegativeInteger, positiveInteger } from '../argument-parsers.js';

const CLI_PATH = fileURLToPath(new URL('../../../bin/democritus.js', import.meta.url));
const READY_TIMEOUT_MS = 300_000;
const PEERS_TIMEOUT_MS = 30_000;
export const MAX_SWARM_NODES = 16;

/** Descriptions of the local demo experts on the bundled story model: one flavour each, so routing has a choice. */
const STORY_EXPERTS = [
  "Writes short children's stories about animals and nature: cats, dogs, birds, trees and the park.",
  'Writes bedtime stories about kings, princesses, dragons, magic and castles.',
  'Writes stories about children playing with toys, friends and family, at home and at school.',
  'Writes funny stories about food, cooking, cakes and birthday parties.',
  'Writes adventure stories about the sea, boats, trains and trips far away.',
];
const BUNDLED_MODEL = 'stories260K.gguf';

interface SwarmFlags extends ConfigFlags {
  nodes: number;
  restPort: number;
  wsPort: number;
  grpcPort: number;
  json?: boolean;
  verbose?: boolean;
}

interface NodeSpec {
  index: number;
  name: string;
  stateDir: string;
  description: string;
  logFile: string;
}

interface ReadyNode extends NodeSpec {
  peerId: string;
  restUrl: string;
  wsUrl: string;
  grpcAddress: string;
  addresses: string[];
}

/** `democritus swarm --nodes N`: a local swarm of N daemon processes on this machine, connected by bootstrap. */
export function registerSwarmCommand(program: Command): void {
  addConfigOptions(
    program
      .command('swarm')
      .description('start a local swarm: N daemons as separate processes, each its own expert, connected on 127.0.0.1 (npm start runs 3)'),
  )
    .option('--nodes <n>', 'how many nodes', positiveInteger, 3)
    .option('--rest-port <port>', 'REST port of the first node (0 = any free port)', nonNegativeInteger, 8080)
    .option('--ws-port <port>', 'WebSocket port of the first node', nonNegativeInteger, 8081)
    .option('--grpc-port <port>', 'gRPC port of the first node', nonNegativeInteger, 50051)
    .option('--json', 'print the running nodes as one JSON line instead of the summary')
    .option('--verbose', "copy every node's log to stderr (else only warnings; the full logs are in <state root>/logs)")
    .action(async (flags: SwarmFlags) => {
      if (flags.nodes > MAX_SWARM_NODES) throw new Error(`--nodes: at most ${MAX_SWARM_NODES} nodes on one machine`);
      const loaded = await loadConfigFromFlags(flags);
      process.exitCode = await runSwarm(loaded, flags);
    });
}

async function runSwarm(loaded: LoadedConfig, flags: SwarmFlags): Promise<number> {
  const specs = nodeSpecs(loaded, flags.nodes);
  const logDir = join(dirname(loaded.config.node.state_dir), 'logs');
  mkdirSync(logDir, { recursive: true });
  const swarm = new LocalSwarm(flags);

  let stopping = false;
  const stopAll = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`\n${signal}: stopping ${swarm.size} node(s)...\n`);
    swarm.stop();
  };
  process.on('SIGINT', stopAll);
  process.on('SIGTERM', stopAll);
  try {
    const [first, ...rest] = specs;
    if (first === undefined) return 0;
    const firstReady = await swarm.start(first, childArgs(loaded, flags, first, { rest: flags.restPort, ws: flags.wsPort, grpc: flags.grpcPort }, []));
    const bootstrap = firstReady.addresses.filter((address) => address.includes('/tcp/')).slice(0, 1);
    if (bootstrap.length === 0) throw new Error(`${first.name} listens on no TCP address (${firstReady.addresses.join(', ')}): the others cannot bootstrap from it`);
    // The others start side by side: each needs only the first node's address.
    const others = await Promise.all(rest.map((spec) => swarm.start(spec, childArgs(loaded, flags, spec, { rest: 0, ws: 0, grpc: 0 }, bootstrap))));
    const nodes = [firstReady, ...others];
    const peersSeen = await waitForPeers(firstReady, nodes.length - 1);
    if (flags.json) process.stdout.write(`${JSON.stringify({ status: 'running', peersSeen, nodes })}\n`);
    else process.stdout.write(summary(nodes, peersSeen, logDir));
    return await swarm.untilStopped();
  } catch (error) {
    swarm.stop();
    await swarm.untilStopped();
    if (stopping) return 0;
    throw error;
  } finally {
    process.off('SIGINT', stopAll);
    process.off('SIGTERM', stopAll);
  }
}

function nodeSpecs(loaded: LoadedConfig, count: number): NodeSpec[] {
  const { node, expert } = loaded.config;
  const root = dirname(node.state_dir);
  const base = node.name.replace(/-\d+$/, '');
  const bundled = expert.model_path === BUNDLED_MODEL;
  return Array.from({ length: count }, (_, i) => {
    const name = i === 0 ? node.name : `${base}-${i + 1}`;
    return {
      index: i + 1,
      name,
      // The first node keeps the configured state directory (and so its identity); the others sit beside it.
      stateDir: i === 0 ? node.state_dir : join(root, `node-${i + 1}`),
      description: bundled ? (STORY_EXPERTS[i % STORY_EXPERTS.length] ?? expert.description) : i === 0 ? expert.description : `${expert.description} (node ${i + 1})`,
      logFile: join(root, 'logs', `${name}.log`),
    };
  });
}

function childArgs(loaded: LoadedConfig, flags: SwarmFlags, spec: NodeSpec, ports: { rest: number; ws: number; grpc: number }, bootstrap: string[]): string[] {
  const args = ['daemon'];
  if (flags.config !== undefined) args.push('--config', flags.config);
  if (flags.model !== undefined) args.push('--model', flags.model);
  if (flags.threads !== undefined) args.push('--threads', flags.threads);
  if (flags.logLevel !== undefined) args.push('--log-level', flags.logLevel);
  for (const assignment of flags.set ?? []) args.push('--set', assignment);
  args.push('--name', spec.name, '--state-dir', spec.stateDir);
  const set = (field: string, value: string | number) => args.push('--set', `${field}=${value}`);
  set('expert.description', spec.description);
  set('api.rest_port', ports.rest);
  set('api.ws_port', ports.ws);
  set('api.grpc_port', ports.grpc);
  // Fixed P2P ports would collide between the nodes of one machine: the others take free ones.
  if (spec.index > 1 && loaded.config.node.listen_address.some((address) => /\/(tcp|udp)\/[1-9]/.test(address))) set('node.listen_address', '/ip4/127.0.0.1/tcp/0');
  for (const address of bootstrap) set('node.bootstrap_nodes', address);
  return args;
}

/** The child processes of a swarm and their logs. */
class LocalSwarm {
  private readonly children = new Map<ChildProcess, { spec: NodeSpec; exited: Promise<number | null>; log: WriteStream }>();
  private stopped = false;
  private failure: ((reason: Error) => void) | null = null;
  private readonly failed: Promise<never>;

  constructor(private readonly flags: SwarmFlags) {
    this.failed = new Promise<never>((_, reject) => (this.failure = reject));
    this.failed.catch(() => undefined);
  }

  get size(): number {
    return this.children.size;
  }

  /** Starts one daemon and resolves when it logged "node ready"; rejects with its error if it exits first. */
  start(spec: NodeSpec, args: string[]): Promise<ReadyNode> {
    if (this.stopped) return Promise.reject(new Error('the swarm is stopping'));
    // Same process group: a terminal's Ctrl-C reaches the nodes too (each stops once, whoever asks first), and they
    // are not left behind if this process is killed.
    const child = spawn(process.execPath, [CLI_PATH, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: process.env });
    const log = createWriteStream(spec.logFile, { flags: 'a' });
    const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
    this.children.set(child, { spec, exited, log });
    const errorLines: string[] = [];
    return new Promise<ReadyNode>((resolve, reject) => {
      let ready = false;
      const timer = setTimeout(() => reject(new Error(`${spec.name} did not become ready within ${READY_TIMEOUT_MS / 1000} s (log: ${spec.logFile})`)), READY_TIMEOUT_MS);
      timer.unref();
      let buffered = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        log.write(chunk);
        buffered += chunk.toString('utf8');
        let newline: number;
        while ((newline = buffered.indexOf('\n')) !== -1) {
          const line = buffered.slice(0, newline);
          buffered = buffered.slice(newline + 1);
          const entry = parseLogLine(line);
          if (entry === null) {
            // Not a JSON log line: the CLI's own "error: ..." line on a failed start.
            if (line.trim().length > 0) {
              errorLines.push(line);
              process.stderr.write(`[${spec.name}] ${line}\n`);
            }
            continue;
          }
          if (this.flags.verbose || (typeof entry.level === 'number' && entry.level >= 40)) process.stderr.write(`[${spec.name}] ${String(entry.msg ?? line)}\n`);
          if (!ready && entry.msg === 'node ready') {
            ready = true;
            clearTimeout(timer);
            resolve({
              ...spec,
              peerId: String(entry.peerId),
              restUrl: String(entry.restUrl),
              wsUrl: String(entry.wsUrl),
              grpcAddress: String(entry.grpcAddress),
              addresses: Array.isArray(entry.addresses) ? entry.addresses.map(String) : [],
            });
          }
        }
      });
      void exited.then((code) => {
        log.end();
        if (!ready) {
          clearTimeout(timer);
          reject(new Error(`${spec.name} stopped before it was ready (exit code ${code})${errorLines.length > 0 ? '' : `; see ${spec.logFile}`}`));
        } else if (!this.stopped) {
          this.failure?.(new Error(`${spec.name} exited unexpectedly (code ${code}); see ${spec.logFile}`));
        }
      });
    });
  }

  /** Asks every node to stop (SIGTERM: each shuts down cleanly). */
  stop(): void {
    this.stopped = true;
    for (const child of this.children.keys()) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }

  /** Resolves when every node has exited: 0 when each stopped cleanly. A node that dies first stops the others (1). */
  async untilStopped(): Promise<number> {
    const all = Promise.all([...this.children.values()].map((entry) => entry.exited));
    try {
      const codes = await Promise.race([all, this.failed]);
      return codes.every((code) => code === 0) ? 0 : 1;
    } catch (error) {
      process.stderr.write(`error: ${(error as Error).message}; stopping the swarm\n`);
      this.stop();
      await all;
      return 1;
    }
  }
}

function parseLogLine(line: string): Record<string, unknown> | null {
  if (!line.startsWith('{')) return null;
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** Waits (a while) until the first node is connected to the others; returns how many it sees. */
async function waitForPeers(first: ReadyNode, expected: number): Promise<number> {
  const client = new DemocritusClient({ url: first.restUrl, apiKey: process.env.DEMOCRITUS_API_KEY || undefined, timeoutMs: 10_000 });
  const deadline = Date.now() + PEERS_TIMEOUT_MS;
  let seen = 0;
  while (Date.now() < deadline) {
    try {
      seen = (await client.peers()).filter((peer) => peer.connected && peer.name !== null).length;
      if (seen >= expected) return seen;
    } catch {
      // Not answering yet: try again.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return seen;
}

function summary(nodes: ReadyNode[], peersSeen: number, logDir: string): string {
  const first = nodes[0];
  if (first === undefined) return '';
  const width = Math.max(...nodes.map((node) => node.name.length));
  const lines = [
    '',
    `Democritus: a local swarm of ${nodes.length} node(s) is running.`,
    '',
    ...nodes.map(
      (node) => `  ${node.name.padEnd(width)}  ${node.peerId}\n  ${' '.repeat(width)}  REST ${node.restUrl}   WebSocket ${node.wsUrl}   gRPC ${node.grpcAddress}\n  ${' '.repeat(width)}  expert: ${node.description}`,
    ),
    '',
    `${first.name} sees ${peersSeen} of the other ${nodes.length - 1} node(s). Logs: ${relative(process.cwd(), logDir) || logDir}/`,
    '',
    'Ask the swarm:',
    `  npx democritus ask "Once upon a time" --stream${first.restUrl === 'http://127.0.0.1:8080' ? '' : ` --api ${first.restUrl}`}`,
    `  curl -sN ${first.restUrl}/v1/chat/completions -H 'content-type: application/json' \\`,
    `    -d '{"model":"swarm","stream":true,"messages":[{"role":"user","content":"Once upon a time"}]}'`,
    `  npx democritus peers list${first.restUrl === 'http://127.0.0.1:8080' ? '' : ` --api ${first.restUrl}`}`,
    '',
    'Press Ctrl-C to stop all nodes.',
    '',
  ];
  return lines.join('\n');
}
