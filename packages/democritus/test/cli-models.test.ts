import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startDaemonProcess } from './support/cli.js';
import { startModelServer, type ModelServer } from './support/model-server.js';
import { testNodeToml } from './support/node-config.js';
import { TINY_MODEL_FILE, TINY_MODEL_SHA256, tinyModelPath } from './support/tiny-model.js';

describe('democritus models and first start on a machine without the model (local HTTP hub)', () => {
  let dir: string;
  let server: ModelServer;
  let offline: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'democritus-models-cli-'));
    server = await startModelServer({ [`tinyllamas/${TINY_MODEL_FILE}`]: await readFile(tinyModelPath()) });
    // No search path: the model must come from the (local) hub.
    offline = { DEMOCRITUS_MODELS_PATH: '', HF_ENDPOINT: server.baseUrl };
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('pull downloads an hf: spec into the cache with progress and verifies it; list and verify see it', async () => {
    const stateDir = join(dir, 'pull-state');
    const pulled = await runCli(['models', 'pull', `hf:ggml-org/models/tinyllamas/${TINY_MODEL_FILE}`, '--sha256', TINY_MODEL_SHA256, '--state-dir', stateDir], {
      env: offline,
    });
    expect(pulled.code, pulled.stderr).toBe(0);
    expect(pulled.stdout).toContain(TINY_MODEL_SHA256);
    expect(pulled.stderr).toContain('downloading model');

    const listed = await runCli(['models', 'list', '--json', '--state-dir', stateDir], { env: offline });
    const models = JSON.parse(listed.stdout) as { name: string; sha256: string; location: string }[];
    expect(models).toEqual([expect.objectContaining({ name: TINY_MODEL_FILE, sha256: TINY_MODEL_SHA256, location: 'cache' })]);

    const verified = await runCli(['models', 'verify', TINY_MODEL_FILE, '--state-dir', stateDir], { env: offline });
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/^ok\t/);
  });

  it('pull refuses a download whose hash differs and keeps nothing', async () => {
    const stateDir = join(dir, 'bad-hash-state');
    const pulled = await runCli(['models', 'pull', `hf:ggml-org/models/tinyllamas/${TINY_MODEL_FILE}`, '--sha256', 'b'.repeat(64), '--state-dir', stateDir], {
      env: offline,
    });
    expect(pulled.code).toBe(1);
    expect(pulled.stderr).toMatch(/sha256 mismatch/);
    const listed = await runCli(['models', 'list', '--json', '--state-dir', stateDir], { env: offline });
    expect(JSON.parse(listed.stdout)).toEqual([]);
  });

  it('a daemon whose config names the model by file name and hf: source downloads it once, then starts offline', async () => {
    const config = join(dir, 'fresh.toml');
    await writeFile(
      config,
      testNodeToml({
        stateDir: 'fresh-state',
        expert: [`model_url = "hf:ggml-org/models/tinyllamas/${TINY_MODEL_FILE}"`, `model_sha256 = "${TINY_MODEL_SHA256}"`],
      }),
    );
    const first = startDaemonProcess(['--config', config], offline);
    await first.waitForLog((line) => line.msg === 'node ready');
    expect(first.logs.some((line) => line.msg === 'downloading model')).toBe(true);
    expect(await first.stop()).toBe(0);
    const downloads = server.fileRequests().length;

    const second = startDaemonProcess(['--config', config], offline);
    await second.waitForLog((line) => line.msg === 'node ready');
    expect(second.logs.some((line) => line.msg === 'downloading model')).toBe(false);
    expect(server.fileRequests().length).toBe(downloads);
    expect(await second.stop()).toBe(0);
  });
});
