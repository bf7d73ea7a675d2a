import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DemocritusClient } from '@democritus/sdk';
import type { Command } from 'commander';
import type { LoadedConfig } from '../../config/index.js';
import { DemocritusError } from '../../errors.js';
import { BUNDLED_MODEL } from '../../models/bundled-model.js';
import { EXIT_USAGE } from '../exit-codes.js';
import { addConfigOptions, loadConfigFromFlags, type ConfigFlags } from '../config-options.js';
import { nonNegativeInteger, positiveInteger } from '../argument-parsers.js';
import { decideRestart, DEFAULT_RESTART_POLICY, type RestartPolicy } from '../../core/supervision/restart-policy.js';

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

interface SwarmFlags extends ConfigFlags {
  nodes: number;
  restPort: number;
  wsPort: number;
  grpcPort: number;
  maxRestarts: number;
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
  /** The daemon's process id (it changes when the node is restarted). */
  pid: number;
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
    .option(
      '--max-restarts <n>',
      `restarts of a node that dies, within ${DEFAULT_RESTART_POLICY.windowMs / 60_000} minutes, before it is left down (0 = never restart)`,
      nonNegativeInteger,
      DEFAULT_RESTART_POLICY.maxRestarts,
    )
    .option('--json', 'print the running nodes as one JSON line instead of the summary (and a line per restart)')
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
  const swarm = new LocalSwarm(flags, { ...DEFAULT_RESTART_POLICY, maxRestarts: flags.maxRestarts });

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
    const argsFor = (spec: NodeSpec) => (ports: Ports, bootstrap: string[]) => childArgs(loaded, flags, spec, ports, bootstrap);
    const firstReady = await swarm.start(first, { rest: flags.restPort, ws: flags.wsPort, grpc: flags.grpcPort }, [], argsFor(first));
    const bootstrap = firstReady.addresses.filter((address) => address.includes('/tcp/')).slice(0, 1);
    if (bootstrap.length === 0) throw new Error(`${first.name} listens on no TCP address (${firstReady.addresses.join(', ')}): the others cannot bootstrap from it`);
    // The others start side by side: each needs only the first node's address.
    const others = await Promise.all(rest.map((spec) => swarm.start(spec, { rest: 0, ws: 0, grpc: 0 }, bootstrap, argsFor(spec))));
    const nodes = [firstReady, ...others];
    const peersSeen = await waitForPeers(firstReady, nodes.length - 1);
    if (flags.json) process.stdout.write(`${JSON.stringify({ status: 'running', peersSeen, nodes })}\n`);
    else process.stdout.write(summary(nodes, peersSeen, logDir));
    return await swarm.untilStopped();
  } catch (error) {
    swarm.stop();
    await swarm.untilStopped();
    if (stopping) return 0;
    // A node that refused its configuration (a port that is taken, a bad value) makes the swarm's configuration bad too.
    if (error instanceof NodeStartError && error.exitCode === EXIT_USAGE) throw new DemocritusError('config_invalid', error.message, { cause: error });
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
  const bundled = expert.model_path === BUNDLED_MODEL.fileName;
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

function childArgs(loaded: LoadedConfig, flags: SwarmFlags, spec: NodeSpec, ports: Ports, bootstrap: string[]): string[] {
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

interface Ports {
  rest: number;
  ws: number;
  grpc: number;
}

/** Builds a node's daemon arguments: its API ports and the addresses it bootstraps from. */
type ArgsFor = (ports: Ports, bootstrap: string[]) => string[];

interface SupervisedNode {
  spec: NodeSpec;
  argsFor: ArgsFor;
  /** The running process, if any. */
  child: ChildProcess | null;
  /** What the node printed when it was last ready. */
  ready: ReadyNode | null;
  restartTimes: number[];
  restartTimer: NodeJS.Timeout | null;
  /** Left down after too many restarts. */
  down: boolean;
}

/**
 * The child processes of a swarm and their logs. A node that exits unexpectedly after it was ready is restarted on
 * the same API ports after a backoff, bootstrapping from a node that is up, and left down after too many restarts in
 * a window (`RestartPolicy`); the others keep serving meanwhile. A node that fails its first start stops the swarm.
 */
class LocalSwarm {
  private readonly nodes: SupervisedNode[] = [];
  private stopped = false;
  /** Exit codes of the nodes that were serving when the swarm was asked to stop. */
  private readonly stopCodes: (number | null)[] = [];
  private finish: ((code: number) => void) | null = null;
  private readonly finished = new Promise<number>((resolve) => (this.finish = resolve));

  constructor(
    private readonly flags: SwarmFlags,
    private readonly policy: RestartPolicy,
  ) {}

  /** Nodes whose process is running. */
  get size(): number {
    return this.nodes.filter((node) => node.child !== null).length;
  }

  /** Starts one daemon and resolves when it logged "node ready"; rejects with its error if it exits first. */
  start(spec: NodeSpec, ports: Ports, bootstrap: string[], argsFor: ArgsFor): Promise<ReadyNode> {
    const node: SupervisedNode = { spec, argsFor, child: null, ready: null, restartTimes: [], restartTimer: null, down: false };
    this.nodes.push(node);
    return this.spawn(node, ports, bootstrap);
  }

  /** Asks every node to stop (SIGTERM: each shuts down cleanly) and cancels pending restarts. */
  stop(): void {
    this.stopped = true;
    for (const node of this.nodes) {
      if (node.restartTimer !== null) clearTimeout(node.restartTimer);
      node.restartTimer = null;
      const child = node.child;
      if (child !== null && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    }
    this.settle();
  }

  /**
   * Resolves once `stop()` was called and every node has exited: 0 when each node that was serving stopped cleanly.
   * Resolves 1 when every node is down for good.
   */
  untilStopped(): Promise<number> {
    return this.finished;
  }

  private settle(): void {
    if (this.nodes.some((node) => node.child !== null)) return;
    if (this.stopped) this.finish?.(this.stopCodes.every((code) => code === 0) ? 0 : 1);
    else if (this.nodes.length > 0 && this.nodes.every((node) => node.down)) {
      process.stderr.write('error: every node of the swarm is down\n');
      this.finish?.(1);
    }
  }

  private spawn(node: SupervisedNode, ports: Ports, bootstrap: string[]): Promise<ReadyNode> {
    if (this.stopped) return Promise.reject(new Error('the swarm is stopping'));
    const { spec } = node;
    // Same process group: a terminal's Ctrl-C reaches the nodes too (each stops once, whoever asks first), and they
    // are not left behind if this process is killed.
    const child = spawn(process.execPath, [CLI_PATH, ...node.argsFor(ports, bootstrap)], { stdio: ['ignore', 'ignore', 'pipe'], env: process.env });
    const log = createWriteStream(spec.logFile, { flags: 'a' });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
    node.child = child;
    const errorLines: string[] = [];
    return new Promise<ReadyNode>((resolve, reject) => {
      let ready = false;
      const timer = setTimeout(() => {
        child.kill('SIGTERM');
        reject(new NodeStartError(spec, `did not become ready within ${READY_TIMEOUT_MS / 1000} s (log: ${spec.logFile})`));
      }, READY_TIMEOUT_MS);
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
            node.ready = {
              ...spec,
              pid: child.pid ?? 0,
              peerId: String(entry.peerId),
              restUrl: String(entry.restUrl),
              wsUrl: String(entry.wsUrl),
              grpcAddress: String(entry.grpcAddress),
              addresses: Array.isArray(entry.addresses) ? entry.addresses.map(String) : [],
            };
            resolve(node.ready);
          }
        }
      });
      void exited.then(({ code, signal }) => {
        log.end();
        if (node.child === child) node.child = null;
        if (this.stopped && ready) this.stopCodes.push(code);
        const how = signal === null ? `exit code ${code}` : `killed by ${signal}`;
        if (!ready) {
          clearTimeout(timer);
          reject(new NodeStartError(spec, `stopped before it was ready (${how})${errorLines.length > 0 ? '' : `; see ${spec.logFile}`}`, code));
        } else if (!this.stopped) {
          this.restartLater(node, `exited unexpectedly (${how})`);
        }
        this.settle();
      });
    });
  }

  /** A node that was ready died (`what` says how): restart it after the policy's delay, or leave it down. */
  private restartLater(node: SupervisedNode, what: string): void {
    const { name, logFile } = node.spec;
    const decision = decideRestart(node.restartTimes, Date.now(), this.policy);
    const window = formatDuration(this.policy.windowMs);
    if (decision.action === 'give-up') {
      node.down = true;
      const why = this.policy.maxRestarts === 0 ? 'restarts are off (--max-restarts 0)' : `it was restarted ${decision.restarts} time(s) within ${window} already`;
      process.stderr.write(`[${name}] ${what}; ${why}: leaving it down, the other nodes keep serving (log: ${logFile})\n`);
      if (this.flags.json) process.stdout.write(`${JSON.stringify({ status: 'down', name })}\n`);
      this.settle();
      return;
    }
    process.stderr.write(
      `[${name}] ${what}; restarting it in ${formatDuration(decision.delayMs)} (restart ${decision.attempt} of at most ${this.policy.maxRestarts} within ${window}; log: ${logFile})\n`,
    );
    node.restartTimer = setTimeout(() => {
      node.restartTimer = null;
      node.restartTimes.push(Date.now());
      void this.restart(node, decision.attempt);
    }, decision.delayMs);
  }

  private async restart(node: SupervisedNode, attempt: number): Promise<void> {
    const previous = node.ready;
    if (previous === null || this.stopped) return;
    const ports = portsOf(previous);
    const bootstrap = this.nodes
      .flatMap((other) => (other === node || other.child === null ? [] : (other.ready?.addresses ?? [])))
      .filter((address) => address.includes('/tcp/'))
      .slice(0, 1);
    try {
      const ready = await this.spawn(node, ports, bootstrap);
      process.stderr.write(`[${ready.name}] restarted (restart ${attempt}): REST ${ready.restUrl}   WebSocket ${ready.wsUrl}   gRPC ${ready.grpcAddress}\n`);
      if (this.flags.json) process.stdout.write(`${JSON.stringify({ status: 'restarted', node: ready })}\n`);
    } catch (error) {
      // It failed again before it was ready: that restart counted already; decide again.
      if (!this.stopped) this.restartLater(node, error instanceof NodeStartError ? error.what : String(error));
    }
  }
}

/** A node that did not become ready; `what` says why, without its name. */
class NodeStartError extends Error {
  constructor(
    spec: NodeSpec,
    readonly what: string,
    /** The node's exit code, when it exited. */
    readonly exitCode: number | null = null,
  ) {
    super(`${spec.name} ${what}`);
  }
}

/** The API ports a node had, so that a restarted node keeps its endpoints. */
function portsOf(node: ReadyNode): Ports {
  const port = (url: string): number => Number(new URL(url).port);
  return { rest: port(node.restUrl), ws: port(node.wsUrl), grpc: Number(node.grpcAddress.slice(node.grpcAddress.lastIndexOf(':') + 1)) };
}

function formatDuration(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  return `${Number((ms / 1000).toFixed(1))} s`;
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
    `${first.name} sees ${peersSeen} of the other ${nodes.length - 1} node(s). Logs: ${logDir}/`,
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
