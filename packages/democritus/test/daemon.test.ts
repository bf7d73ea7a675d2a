import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startDaemonProcess } from './support/cli.js';
import { testNodeToml } from './support/node-config.js';
import { TINY_MODEL_FILE } from './support/tiny-model.js';

const ready = (line: Record<string, unknown>) => line.msg === 'node ready';

describe('democritus daemon', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'democritus-daemon-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates a private state dir and identity key, logs JSON, stops cleanly, keeps its peer ID across restarts', async () => {
    const stateDir = join(dir, 'state');
    const config = join(dir, 'node.toml');
    await writeFile(config, testNodeToml());

    const first = startDaemonProcess(['--config', config]);
    const firstReady = await first.waitForLog(ready);
    expect(firstReady.model).toBe(TINY_MODEL_FILE);
    expect(first.logs.every((line) => line.unparsed !== true)).toBe(true);
    expect((await stat(stateDir)).mode & 0o777).toBe(0o700);
    expect((await stat(join(stateDir, 'identity.key'))).mode & 0o777).toBe(0o600);
    const keyBytes = await readFile(join(stateDir, 'identity.key'));
    expect(await first.stop('SIGTERM')).toBe(0);
    expect(first.logs.some((line) => line.msg === 'node stopped')).toBe(true);

    const second = startDaemonProcess(['--config', config]);
    const secondReady = await second.waitForLog(ready);
    expect(secondReady.peerId).toBe(firstReady.peerId);
    expect(await readFile(join(stateDir, 'identity.key'))).toEqual(keyBytes);
    expect(await second.stop('SIGINT')).toBe(0);
  });

  it('CLI flags override the file', async () => {
    const config = join(dir, 'override.toml');
    await writeFile(config, testNodeToml({ name: 'from-file', stateDir: 'override-state' }));
    const daemon = startDaemonProcess(['--config', config, '--name', 'from-flag', '--state-dir', join(dir, 'flag-state')]);
    const starting = await daemon.waitForLog((line) => typeof line.msg === 'string' && line.msg.startsWith('starting node'));
    expect(starting.msg).toBe('starting node "from-flag"');
    expect(starting.stateDir).toBe(join(dir, 'flag-state'));
    await daemon.waitForLog(ready);
    expect(await daemon.stop()).toBe(0);
  });

  describe('refuses bad configuration with one line naming the field, before starting', () => {
    const cases: [string, string, RegExp][] = [
      ['wrong type', '[api]\nrest_port = "80a"\n', /^error: bad\.toml: api\.rest_port: expected an integer, got "80a"$/],
      ['unknown key', '[node]\ncolour = "blue"\n', /^error: bad\.toml: node\.colour: unknown field/],
      ['unknown table', '[nodes]\nname = "x"\n', /^error: bad\.toml: nodes: unknown field/],
      ['out of range', '[expert]\ntemperature = 7\n', /^error: bad\.toml: expert\.temperature: must be between 0 and 2, got 7$/],
      ['invalid multiaddr', '[node]\nlisten_address = "/ip4/999.1.1.1/tcp/1"\n', /^error: bad\.toml: node\.listen_address.*invalid multiaddr/],
      ['missing model file', '[expert]\nmodel_path = "missing-model.gguf"\n', /^error: bad\.toml: expert\.model_path: .*missing-model\.gguf.*not found/],
      ['TOML syntax', '[node\nname = 1\n', /^error: bad\.toml: line 1, column \d+: /],
    ];
    for (const [name, body, expected] of cases) {
      it(name, async () => {
        const caseDir = await mkdtemp(join(dir, 'bad-'));
        await writeFile(join(caseDir, 'bad.toml'), `${body}\n`);
        const result = await runCli(['daemon', '--config', 'bad.toml', '--state-dir', join(caseDir, 'state')], { cwd: caseDir });
        expect(result.code).not.toBe(0);
        const lines = result.stderr.trim().split('\n');
        expect(lines, result.stderr).toHaveLength(1);
        expect(lines[0]).toMatch(expected);
      });
    }
  });

  it('a port that is taken: exit 2 with one line naming the port and the config field', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const config = join(dir, 'taken.toml');
      await writeFile(config, testNodeToml({ name: 'taken', stateDir: 'taken-state' }));
      const result = await runCli(['daemon', '--config', config, '--set', `api.rest_port=${port}`]);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr.trim().split('\n').at(-1)).toBe(
        `error: ${config}: api.rest_port: cannot listen on 127.0.0.1:${port}: port ${port} is already in use (set api.rest_port or --set api.rest_port=<port>)`,
      );
    } finally {
      blocker.close();
    }
  });

  it('a public api.host without API keys is a configuration error: exit 2', async () => {
    const config = join(dir, 'public.toml');
    await writeFile(config, testNodeToml({ name: 'public', stateDir: 'public-state' }));
    const result = await runCli(['daemon', '--config', config, '--set', 'api.host=0.0.0.0']);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/api\.host: refusing to listen on 0\.0\.0\.0 without API keys/);
  });
});
