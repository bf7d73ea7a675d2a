import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../bin/democritus.js', import.meta.url));

export interface DaemonHandle {
  /** The daemon's process ID (its CPU time is in /proc/<pid>). */
  pid: number;
  peerId: string;
  addresses: string[];
  restUrl: string;
  /** The daemon's folder (config and state): start it again there to keep its identity. */
  dir: string;
  stop(): Promise<void>;
  /** SIGKILLs it and waits for the exit; the folder stays. */
  kill(): Promise<void>;
}

export interface DaemonOptions {
  name: string;
  listen: string[];
  bootstrap?: string[];
  /** Lines appended to the config (they land in its last table, [inference]). */
  extraToml?: string;
  /** The expert's model file (default stories260K.gguf) and extra [expert] lines (description, examples). */
  modelFile?: string;
  expertToml?: string[];
  /** The expert's context size in tokens (default 1024). */
  maxContext?: number;
  /** A folder from an earlier run of the same daemon (same peer identity); a new one when absent. */
  dir?: string;
}

/** Starts a real `democritus daemon` process on 127.0.0.1 with random ports and waits until it is ready. */
export async function startDaemon(options: DaemonOptions): Promise<DaemonHandle> {
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), `democritus-bench-${options.name}-`)));
  const config = join(dir, 'node.toml');
  await writeFile(
    config,
    [
      '[node]',
      `name = "${options.name}"`,
      `listen_address = ${JSON.stringify(options.listen)}`,
      `bootstrap_nodes = ${JSON.stringify(options.bootstrap ?? [])}`,
      'state_dir = "state"',
      '[expert]',
      `model_path = "${options.modelFile ?? 'stories260K.gguf'}"`,
      ...(options.expertToml ?? []),
      `max_context = ${options.maxContext ?? 1024}`,
      '[api]',
      'rest_port = 0',
      'ws_port = 0',
      'grpc_port = 0',
      '[inference]',
      'threads = 1',
      'rate_limit_per_minute = 0',
      options.extraToml ?? '',
    ].join('\n'),
  );
  // BENCH_DAEMON_NODE_ARGS passes Node flags to the daemons, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile them.
  const nodeArgs = process.env.BENCH_DAEMON_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, CLI, 'daemon', '--config', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  const ready = await new Promise<Record<string, unknown>>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`daemon ${options.name} not ready in 60 s`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (const line of buffer.split('\n').slice(0, -1)) {
        try {
          const parsed = JSON.parse(line) as Record<string, unknown>;
          if (parsed.msg === 'node ready') {
            clearTimeout(timer);
            resolve(parsed);
          }
        } catch {
          // not a log line
        }
      }
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
    });
    child.on('exit', (code) => reject(new Error(`daemon ${options.name} exited with ${code}`)));
  });
  return {
    pid: child.pid ?? -1,
    peerId: String(ready.peerId),
    addresses: (ready.addresses as string[]) ?? [],
    restUrl: String(ready.restUrl ?? ''),
    dir,
    kill: async () => {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
