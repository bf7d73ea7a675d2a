// `democritus swarm --nodes 3` (what `npm start` runs), then the SDK and `democritus ask` / `health` against it: real
// processes on 127.0.0.1, the real tiny model, the node's real OpenAI-compatible REST API.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemocritusApiError, DemocritusClient, DemocritusConnectionError, type AggregationMetadata, type CompletionUsage, type ServedExpert } from '@democritus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PATH, runCli } from './support/cli.js';
import { testNodeToml } from './support/node-config.js';
import { eventually } from './support/swarm.js';

/** What `democritus ask --json` prints. */
interface AskJson {
  text: string;
  experts: ServedExpert[];
  usage: CompletionUsage | null;
  aggregation?: AggregationMetadata;
}

interface SwarmNodeInfo {
  name: string;
  pid: number;
  peerId: string;
  restUrl: string;
  wsUrl: string;
  grpcAddress: string;
  description: string;
}

describe('democritus swarm --nodes 3', () => {
  let dir: string;
  let child: ChildProcess;
  let exited: Promise<number | null>;
  let stderr = '';
  /** The JSON lines the swarm printed on stdout: the running nodes, then one per restart or node left down. */
  let stdoutLines: string[] = [];
  let nodes: SwarmNodeInfo[];
  let peersSeen: number;
  let first: SwarmNodeInfo;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'democritus-local-swarm-'));
    const config = join(dir, 'swarm.toml');
    await writeFile(config, testNodeToml({ name: 'local-1', stateDir: 'state/node-1' }));
    const args = ['swarm', '--nodes', '3', '--config', config, '--rest-port', '0', '--ws-port', '0', '--grpc-port', '0', '--max-restarts', '1', '--json'];
    child = spawn(process.execPath, [CLI_PATH, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    exited = new Promise((resolve) => child.once('close', (code) => resolve(code)));
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      stdoutLines = stdout.split('\n').slice(0, -1).filter((line) => line.startsWith('{'));
    });
    const ready = await new Promise<{ nodes: SwarmNodeInfo[]; peersSeen: number }>((resolve, reject) => {
      child.stdout?.on('data', () => {
        const line = stdoutLines[0];
        if (line !== undefined && stdout.includes('\n')) resolve(JSON.parse(line) as { nodes: SwarmNodeInfo[]; peersSeen: number });
      });
      void exited.then((code) => reject(new Error(`swarm exited (${code}) before it was ready: ${stderr}`)));
    });
    nodes = ready.nodes;
    peersSeen = ready.peersSeen;
    first = nodes[0] as SwarmNodeInfo;
  });
  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('starts three nodes, each its own expert, and the first one sees the two others', async () => {
    expect(nodes.map((node) => node.name)).toEqual(['local-1', 'local-2', 'local-3']);
    expect(new Set(nodes.map((node) => node.description)).size).toBe(3);
    expect(new Set(nodes.map((node) => node.restUrl)).size).toBe(3);
    expect(peersSeen).toBe(2);
    const peers = await new DemocritusClient({ url: first.restUrl }).peers();
    const others = nodes.slice(1).map((node) => node.peerId);
    expect(peers.filter((peer) => others.includes(peer.peerId) && peer.connected).map((peer) => peer.name).sort()).toEqual(['local-2', 'local-3']);
    expect((await readdir(join(dir, 'state', 'logs'))).sort()).toEqual(['local-1.log', 'local-2.log', 'local-3.log']);
  });

  describe('the SDK', () => {
    it('ask() answers a prompt', async () => {
      const client = new DemocritusClient({ url: first.restUrl });
      const text = await client.ask('Once upon a time', { maxTokens: 20, temperature: 0 });
      expect(text.length).toBeGreaterThan(0);
    });

    it('chatCompletion() reports usage and the serving expert; a pinned expert serves it', async () => {
      const client = new DemocritusClient({ url: first.restUrl });
      const third = nodes[2] as SwarmNodeInfo;
      const completion = await client.chatCompletion({ model: 'local-3', messages: [{ role: 'user', content: 'Once upon a time' }], max_tokens: 12, temperature: 0 });
      expect(completion.usage.completion_tokens).toBe(12);
      expect(completion.choices[0]?.finish_reason).toBe('length');
      expect(completion.democritus?.experts[0]?.peer_id).toBe(third.peerId);
    });

    it('chatCompletionStream() yields text pieces that add up to the non-streamed answer', async () => {
      const client = new DemocritusClient({ url: first.restUrl });
      const request = { messages: [{ role: 'user' as const, content: 'Once upon a time' }], max_tokens: 24, temperature: 0, model: 'local-2' };
      const stream = client.chatCompletionStream(request);
      const pieces: string[] = [];
      for await (const piece of stream) pieces.push(piece);
      expect(pieces.length).toBeGreaterThan(1);
      expect(stream.finishReason).toBe('length');
      expect(stream.usage?.completion_tokens).toBe(24);
      expect(stream.experts[0]?.name).toBe('local-2');
      const whole = await client.chatCompletion(request);
      expect(pieces.join('')).toBe(whole.choices[0]?.message.content);
    });

    it('ask() with {experts: 2} returns one answer from each of the two top-ranked experts', async () => {
      const client = new DemocritusClient({ url: first.restUrl });
      const top = await client.topExperts('Once upon a time', 2);
      expect(top).toHaveLength(2);
      const answers = await client.ask('Once upon a time', { experts: 2, maxTokens: 6, temperature: 0 });
      expect(answers.map((answer) => answer.peer_id)).toEqual(top.map((expert) => expert.peerId));
      expect(new Set(answers.map((answer) => answer.peer_id)).size).toBe(2);
      for (const answer of answers) {
        expect(nodes.map((node) => node.name)).toContain(answer.expert);
        expect(answer.text.length).toBeGreaterThan(0);
        expect(answer.usage.completion_tokens).toBe(6);
      }
      await expect(client.ask('hi', { experts: 2, model: 'local-2' })).rejects.toBeInstanceOf(TypeError);
    });

    it('peers() and health() describe the swarm', async () => {
      const client = DemocritusClient.local({ port: Number(new URL(first.restUrl).port) });
      const health = await client.health();
      expect(health).toMatchObject({ status: 'ok', peerId: first.peerId, name: 'local-1' });
      expect(health.peers.connected).toBeGreaterThanOrEqual(2);
      expect((await client.peers()).length).toBeGreaterThanOrEqual(2);
    });

    it('errors are typed: an unknown model, an unreachable node', async () => {
      const client = new DemocritusClient({ url: first.restUrl });
      const failure = await client.ask('hi', { model: 'no-such-expert' }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(DemocritusApiError);
      expect(failure).toMatchObject({ status: 404, code: 'model_not_found' });
      const streamed = (async () => {
        for await (const _ of client.askStream('hi', { model: 'no-such-expert' })) void _;
      })();
      await expect(streamed).rejects.toBeInstanceOf(DemocritusApiError);
      await expect(new DemocritusClient({ url: 'http://127.0.0.1:1' }).health()).rejects.toBeInstanceOf(DemocritusConnectionError);
    });
  });

  describe('the CLI', () => {
    it('`democritus ask --stream` prints a streamed answer from the swarm', async () => {
      const result = await runCli(['ask', 'Once upon a time', '--stream', '--api', first.restUrl, '-n', '30']);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout.trim().length).toBeGreaterThan(10);
    });

    it('`democritus ask --json` names the expert; --model pins it', async () => {
      const result = await runCli(['ask', 'Once upon a time', '--json', '--model', 'local-2', '--api', first.restUrl, '-n', '8', '-t', '0']);
      expect(result.code, result.stderr).toBe(0);
      const output = JSON.parse(result.stdout) as { text: string; experts: { name: string }[]; finish_reason: string; usage: { completion_tokens: number } };
      expect(output.experts[0]?.name).toBe('local-2');
      expect(output.usage.completion_tokens).toBe(8);
      expect(output.finish_reason).toBe('length');
    });

    it('`democritus ask --experts 2 --json` prints the merged answer and how it was merged: two answers from two different experts', async () => {
      const result = await runCli(['ask', 'Once upon a time', '--experts', '2', '--aggregation', 'consensus', '--json', '--api', first.restUrl, '-n', '8', '-t', '0']);
      expect(result.code, result.stderr).toBe(0);
      const output = JSON.parse(result.stdout) as AskJson;
      const aggregation = output.aggregation!;
      expect(aggregation).toMatchObject({ method: 'consensus', requested: 'consensus', failed: [] });
      expect(aggregation.answers).toHaveLength(2);
      expect(new Set(aggregation.answers.map((answer) => answer.peer_id)).size).toBe(2);
      for (const answer of aggregation.answers) {
        const node = nodes.find((candidate) => candidate.peerId === answer.peer_id);
        expect(node?.name).toBe(answer.name);
        expect(answer.text.length).toBeGreaterThan(0);
      }
      // Consensus sends the winner's own answer.
      expect(output.text).toBe(aggregation.answers[aggregation.winner!.index]!.text);
      expect(output.experts).toHaveLength(2);
      expect(output.usage?.completion_tokens).toBe(8);
    });

    it("`democritus ask --experts 3 --show-answers` prints the merged answer, then each expert's answer under its name", async () => {
      const args = ['ask', 'Once upon a time', '--experts', '3', '--aggregation', 'consensus', '--api', first.restUrl, '-n', '8', '-t', '0'];
      const result = await runCli([...args, '--show-answers']);
      expect(result.code, result.stderr).toBe(0);
      const json = JSON.parse((await runCli([...args, '--json'])).stdout) as AskJson;
      const headers = [...result.stdout.matchAll(/^=== (\S+) \((\S+)\) ===$/gm)].map((match) => match[2]);
      expect(new Set(headers)).toEqual(new Set(nodes.map((node) => node.peerId)));
      // The merged answer comes first (greedy: the same answer as the --json run's), then who said what.
      expect(result.stdout.startsWith(`${json.text}\n`)).toBe(true);
      for (const answer of json.aggregation!.answers) expect(result.stdout).toContain(`=== ${answer.name} (${answer.peer_id}) ===\n${answer.text}\n`);
      expect(result.stdout).toMatch(/\(3 answers merged by consensus/);
      const streamed = await runCli([...args, '--stream']);
      expect(streamed.code, streamed.stderr).toBe(0);
      expect(streamed.stdout).toBe(`${json.text}\n`);
    });

    it('`democritus ask` refuses options that do not go together, naming them', async () => {
      const cases: [string[], string][] = [
        [['--experts', '2', '--model', 'local-2'], '--model'],
        [['--experts', '9'], '--experts'],
        [['--aggregation', 'vote'], '--aggregation'],
        [['--experts', '2', '--aggregation', 'average'], '--aggregation'],
        [['--decompose', 'sometimes'], '--decompose'],
        [['--show-answers'], '--show-answers'],
      ];
      for (const [flags, named] of cases) {
        const result = await runCli(['ask', 'hi', ...flags, '--api', first.restUrl]);
        expect(result.code, flags.join(' ')).toBe(2);
        expect(result.stderr, flags.join(' ')).toContain(named);
      }
    });

    it('`democritus ask` with an unknown model fails with the API message', async () => {
      const result = await runCli(['ask', 'hi', '--model', 'nobody', '--api', first.restUrl]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('nobody');
    });

    it('`democritus health` prints the node, and --json its /health', async () => {
      const table = await runCli(['health', '--api', first.restUrl]);
      expect(table.code, table.stderr).toBe(0);
      expect(table.stdout).toContain('local-1');
      expect(table.stdout).toMatch(/peers\s+2 connected/);
      const json = await runCli(['health', '--json', '--api', first.restUrl]);
      expect((JSON.parse(json.stdout) as { peerId: string }).peerId).toBe(first.peerId);
      const down = await runCli(['health', '--api', 'http://127.0.0.1:1']);
      expect(down.code).toBe(1);
      expect(down.stderr).toContain('cannot reach');
    });
  });

  describe('a node that dies', () => {
    const answers = async (node: SwarmNodeInfo): Promise<boolean> => (await new DemocritusClient({ url: node.restUrl }).health()).peerId === node.peerId;

    it('is restarted on the same ports, with a log line, while the others keep serving', async () => {
      const victim = nodes[2] as SwarmNodeInfo;
      const others = nodes.slice(0, 2);
      process.kill(victim.pid, 'SIGKILL');
      await eventually('the line saying local-3 is restarted', () => stderr.includes('[local-3] exited unexpectedly (killed by SIGKILL); restarting it in'));
      for (const node of others) expect(await answers(node)).toBe(true);
      await eventually('local-3 back on its ports', () => stderr.includes(`[local-3] restarted (restart 1): REST ${victim.restUrl}   WebSocket ${victim.wsUrl}   gRPC ${victim.grpcAddress}`), 120_000);
      expect(await answers(victim)).toBe(true);
      for (const node of others) expect(await answers(node)).toBe(true);
      // Same identity (its state directory), connected to the swarm again.
      await eventually('local-1 connected to local-3 again', async () =>
        (await new DemocritusClient({ url: first.restUrl }).peers()).some((peer) => peer.peerId === victim.peerId && peer.connected),
      );
      const completion = await new DemocritusClient({ url: first.restUrl }).chatCompletion({ model: 'local-3', messages: [{ role: 'user', content: 'Once upon a time' }], max_tokens: 4 });
      expect(completion.democritus?.experts[0]?.peer_id).toBe(victim.peerId);
    });

    it('is left down, with a log line, once it used up its restarts (--max-restarts 1); the others keep serving', async () => {
      const victim = nodes[2] as SwarmNodeInfo;
      const line = await eventually('the JSON line of the restart', () => stdoutLines.find((candidate) => candidate.includes('"restarted"')));
      const restarted = JSON.parse(line) as { node: SwarmNodeInfo };
      expect(restarted.node).toMatchObject({ name: 'local-3', peerId: victim.peerId, restUrl: victim.restUrl });
      expect(restarted.node.pid).not.toBe(victim.pid);
      process.kill(restarted.node.pid, 'SIGKILL');
      await eventually('the line saying local-3 is left down', () =>
        /\[local-3\] exited unexpectedly \(killed by SIGKILL\); it was restarted 1 time\(s\) within 10 min already: leaving it down, the other nodes keep serving/.test(stderr),
      );
      expect(stdoutLines.some((line) => line === JSON.stringify({ status: 'down', name: 'local-3' }))).toBe(true);
      await expect(fetch(`${victim.restUrl}/health`)).rejects.toThrow();
      for (const node of nodes.slice(0, 2)) expect(await answers(node)).toBe(true);
    });
  });

  it('stops every node cleanly on SIGINT (exit 0)', async () => {
    child.kill('SIGINT');
    expect(await exited, stderr).toBe(0);
    for (const node of nodes) await expect(fetch(`${node.restUrl}/health`)).rejects.toThrow();
  });
});

describe('democritus swarm: a port that is taken', () => {
  it('fails with exit code 2 and a message naming the port and the flag', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'democritus-swarm-port-'));
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const config = join(dir, 'swarm.toml');
      await writeFile(config, testNodeToml({ name: 'busy-1', stateDir: 'state/node-1' }));
      const result = await runCli(['swarm', '--nodes', '2', '--config', config, '--rest-port', '0', '--ws-port', '0', '--grpc-port', String(port)]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`api.grpc_port: cannot listen on 127.0.0.1:${port}: port ${port} is already in use`);
    } finally {
      blocker.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
