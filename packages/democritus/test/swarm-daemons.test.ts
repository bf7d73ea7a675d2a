import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startDaemonProcess, type DaemonProcess } from './support/cli.js';
import { testNodeToml } from './support/node-config.js';
import { eventually } from './support/swarm.js';

interface RunningNode {
  process: DaemonProcess;
  peerId: string;
  addresses: string[];
  restUrl: string;
}

const LISTEN = { tcp: '/ip4/127.0.0.1/tcp/0', quic: '/ip4/127.0.0.1/udp/0/quic-v1' } as const;

async function startNode(dir: string, name: string, transport: keyof typeof LISTEN, bootstrap: string[]): Promise<RunningNode> {
  const config = join(dir, `${name}.toml`);
  await writeFile(config, testNodeToml({ name, stateDir: `${name}-state`, listen: [LISTEN[transport]], bootstrap }));
  const process = startDaemonProcess(['--config', config]);
  const ready = await process.waitForLog((line) => line.msg === 'node ready');
  return { process, peerId: String(ready.peerId), addresses: ready.addresses as string[], restUrl: String(ready.restUrl) };
}

for (const transport of ['tcp', 'quic'] as const) {
  describe(`three daemon processes over ${transport}`, () => {
    let dir: string;
    let nodes: RunningNode[] = [];

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), `democritus-swarm-${transport}-`));
      const first = await startNode(dir, 'node-a', transport, []);
      const bootstrap = first.addresses.filter((address) => address.includes(transport === 'quic' ? '/quic-v1' : '/tcp/'));
      expect(bootstrap.length).toBeGreaterThan(0);
      nodes = [first, await startNode(dir, 'node-b', transport, bootstrap), await startNode(dir, 'node-c', transport, bootstrap)];
    });
    afterAll(async () => {
      for (const node of nodes) expect(await node.process.stop()).toBe(0);
      await rm(dir, { recursive: true, force: true });
    });

    it('each node lists the other two in `democritus peers list --json`', async () => {
      for (const node of nodes) {
        const others = nodes.filter((other) => other !== node);
        type Row = { peerId: string; name: string | null; model: { name: string } | null };
        const listed = await eventually(`${node.peerId} lists the others`, async (): Promise<Row[] | null> => {
          const result = await runCli(['peers', 'list', '--json', '--api', node.restUrl]);
          const { peers } = JSON.parse(result.stdout) as { peers: Row[] };
          return others.every((other) => peers.some((peer) => peer.peerId === other.peerId && peer.name !== null)) ? peers : null;
        });
        for (const other of others) {
          const row = listed.find((peer) => peer.peerId === other.peerId);
          expect(row?.model?.name).toBe('stories260K.gguf');
        }
      }
      const table = await runCli(['peers', 'list', '--api', nodes[0]?.restUrl ?? '']);
      expect(table.code).toBe(0);
      expect(table.stdout).toContain('node-b');
      expect(table.stdout).toContain('node-c');
    });

    it('a daemon logs each peer that joins at info, with its peer ID', async () => {
      const [a, b, c] = nodes;
      if (a === undefined || b === undefined || c === undefined) throw new Error('nodes missing');
      for (const other of [b, c]) {
        const line = await a.process.waitForLog((l) => l.msg === 'peer joined' && l.peer === other.peerId);
        expect(line.level).toBe(30);
      }
    });

    it('the connection between bootstrap peers uses the configured transport', async () => {
      const result = await runCli(['peers', 'list', '--json', '--api', nodes[1]?.restUrl ?? '']);
      const { peers } = JSON.parse(result.stdout) as { peers: { peerId: string; transports: string[] }[] };
      expect(peers.find((peer) => peer.peerId === nodes[0]?.peerId)?.transports).toContain(transport);
    });

    it('`democritus run --remote` streams a generation from another node that equals its local one', async () => {
      const [a, , c] = nodes;
      if (a === undefined || c === undefined) throw new Error('nodes missing');
      const args = ['Once upon a time', '-n', '20', '-t', '0', '--json'];
      const remote = await runCli(['run', '--remote', c.peerId, '--api', a.restUrl, '-', ...args]);
      expect(remote.code, remote.stderr).toBe(0);
      const local = await runCli(['run', '--remote', c.peerId, '--api', c.restUrl, '-', ...args]);
      expect(local.code, local.stderr).toBe(0);
      const remoteJson = JSON.parse(remote.stdout) as { text: string; tokens: number };
      expect(remoteJson.tokens).toBe(20);
      expect(remoteJson.text).toBe((JSON.parse(local.stdout) as { text: string }).text);
    });
  });
}
