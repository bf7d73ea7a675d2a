import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RestServer } from '../src/api/rest-server.js';
import { parseConfigText } from '../src/config/index.js';
import type { LlamaEngine } from '../src/engine/llama-engine.js';
import { Scheduler } from '../src/scheduler/scheduler.js';
import { runCli } from './support/cli.js';
import { closedPort } from './support/net.js';
import { createStubApp, startRestServer, STUB_DESCRIPTION, type StubApp } from './support/app-stub.js';
import { collect, createTestEngine, storyRequest } from './support/engine.js';
import { TINY_MODEL_FILE, TINY_MODEL_SHA256 } from './support/tiny-model.js';

describe('democritus peers list / run --remote against a real control server (stub peers), swarm-key generate', () => {
  let engine: LlamaEngine;
  let stub: StubApp;
  let server: RestServer;
  let api: string;
  let deadApi: string;

  beforeAll(async () => {
    engine = await createTestEngine();
    const scheduler = new Scheduler(engine, { maxQueue: 8, maxConcurrentPerModel: 1, rateLimit: { perMinute: 0, burst: 1 } });
    stub = await createStubApp(scheduler);
    ({ server, url: api } = await startRestServer(stub.app));
    deadApi = `http://127.0.0.1:${await closedPort()}`;
  });
  afterAll(async () => {
    await server?.close();
    await engine?.close();
  });

  it('--json prints {peers} exactly as the API returns it', async () => {
    const result = await runCli(['peers', 'list', '--json', '--api', api]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ peers: stub.peerRows });
  });

  it('prints an aligned table: ID, name, status, first address (+N), transport, latency, model, truncated description, advert age', async () => {
    const result = await runCli(['peers', 'list', '--api', api]);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + stub.peerRows.length);
    const [header = '', served = ''] = lines;
    expect(header).toMatch(/^PEER ID\s+NAME\s+STATUS\s+ADDRESSES\s+TRANSPORT\s+LATENCY\s+MODEL\s+DESCRIPTION\s+ADVERT AGE$/);
    expect(served.startsWith(stub.ids.served)).toBe(true);
    for (const cell of ['stub-peer-a', '/ip4/127.0.0.1/tcp/4101 (+1)', 'tcp', '3 ms', TINY_MODEL_FILE, `${STUB_DESCRIPTION.slice(0, 39)}…`, '12s']) {
      expect(served).toContain(cell);
    }
    // Columns line up: every row has its name where the header has NAME.
    const nameColumn = header.indexOf('NAME');
    expect(lines.slice(1).map((line) => line.slice(nameColumn).split(' ')[0])).toEqual(['stub-peer-a', 'stub-busy', 'stub-broken', 'stub-flaky']);
    // A peer whose connections closed or whose dial failed shows as unreachable (routing leaves it out).
    const statusColumn = header.indexOf('STATUS');
    const status = (line: string) => line.slice(statusColumn, header.indexOf('ADDRESSES')).trim();
    expect(lines.slice(1).map(status)).toEqual(['connected', 'not connected', 'unreachable', 'not connected']);
  });

  it('--verbose adds a block per peer with its protocols and every advert field; DEMOCRITUS_API picks the daemon', async () => {
    const result = await runCli(['peers', 'list', '--verbose'], { env: { DEMOCRITUS_API: api } });
    expect(result.code, result.stderr).toBe(0);
    const details = result.stdout.slice(result.stdout.indexOf(`\n\n${stub.ids.served}\n`));
    expect(details).toContain('/democritus/public/infer/1.0.0');
    expect(details).toContain('/ip4/127.0.0.1/udp/4101/quic-v1/p2p/');
    expect(details).toMatch(/advert:\s+from gossip, 12s old/);
    for (const field of ['peerId', 'name', 'description', 'modelSha256', 'modelName', 'contextSize', 'softwareVersion', 'timestampMs', 'expiresAtMs', 'addresses', 'sequence']) {
      expect(details).toMatch(new RegExp(`^ {4}${field}:`, 'm'));
    }
    expect(details).toMatch(/^ {4}sequence:\s+7$/m);
    expect(details).toMatch(/^ {2}reachable:\s+yes$/m);
  });

  it('says clearly when the daemon is not running (exit 1)', async () => {
    const result = await runCli(['peers', 'list', '--api', deadApi]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(`error: cannot reach the Democritus node at ${deadApi}: is it running? (npm start, or democritus daemon)`);
  });

  it('swarm-key generate prints a fresh key as its last line, in the form node.private_swarm_key accepts', async () => {
    const first = await runCli(['swarm-key', 'generate']);
    const second = await runCli(['swarm-key', 'generate']);
    expect(first.code, first.stderr).toBe(0);
    const lines = first.stdout.trimEnd().split('\n');
    const key = lines.at(-1) ?? '';
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(lines.slice(0, -1).every((line) => line.startsWith('#'))).toBe(true);
    expect(second.stdout.trimEnd().split('\n').at(-1)).not.toBe(key);
    const { config } = parseConfigText(`[node]\nprivate_swarm_key = "${key}"\n`, { file: 'config.toml', dir: '.' });
    expect(config.node.private_swarm_key).toBe(key);
  });

  it('run --remote runs on the peer through the daemon and prints the same JSON as a local run, plus the peer', async () => {
    const local = await collect(
      engine.generate(storyRequest({ input: { messages: [{ role: 'user', content: 'Once upon a time' }] }, maxTokens: 20, topLogprobs: 0 })),
    );
    const result = await runCli(['run', '-', 'Once upon a time', '--remote', stub.ids.served, '--api', api, '-n', '20', '-t', '0', '-s', '1', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(output).toMatchObject({
      text: local.text,
      model: TINY_MODEL_FILE,
      model_sha256: TINY_MODEL_SHA256,
      finish_reason: 'length',
      tokens: 20,
      peer: stub.ids.served,
    });
    expect(output.tokens_per_second).toBeGreaterThan(0);
    expect(output.time_to_first_token_ms).toEqual(expect.any(Number));
  });

  it('run --remote streams text like a local run; <model> may name the expert; --logprobs works', async () => {
    const text = await runCli(['run', TINY_MODEL_FILE, 'Once upon a time', '--remote', stub.ids.self, '--api', api, '-n', '8']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout.trim().length).toBeGreaterThan(0);
    expect(text.stderr).toMatch(new RegExp(`\\[8 tokens, [\\d.]+ tokens/s, finish: length, peer: ${stub.ids.self}\\]`));

    const logprobs = await runCli(['run', TINY_MODEL_SHA256, 'Once', '--remote', stub.ids.served, '--api', api, '-n', '4', '--json', '--logprobs', '2']);
    expect(logprobs.code, logprobs.stderr).toBe(0);
    const parsed = JSON.parse(logprobs.stdout) as { logprobs: { top_logprobs: unknown[] }[] };
    expect(parsed.logprobs).toHaveLength(4);
    expect(parsed.logprobs.every((token) => token.top_logprobs.length === 2)).toBe(true);
  });

  it('run --remote fails clearly: wrong model, unknown peer, busy peer, unreachable daemon', async () => {
    const wrongModel = await runCli(['run', 'other.gguf', 'Once', '--remote', stub.ids.served, '--api', api]);
    expect(wrongModel.code).toBe(1);
    expect(wrongModel.stderr).toMatch(new RegExp(`^error: peer ${stub.ids.served} serves ${TINY_MODEL_FILE} \\(${TINY_MODEL_SHA256}\\), not other\\.gguf`, 'm'));

    const stranger = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString();
    const unknown = await runCli(['run', '-', 'Once', '--remote', stranger, '--api', api]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(new RegExp(`^error: unknown peer ${stranger}`, 'm'));

    const busy = await runCli(['run', '-', 'Once', '--remote', stub.ids.busy, '--api', api]);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(/^error: busy, retry after 1500 ms/m);

    const dead = await runCli(['run', '-', 'Once', '--remote', stub.ids.served, '--api', deadApi]);
    expect(dead.code).toBe(1);
    expect(dead.stderr.trim()).toBe(`error: cannot reach the Democritus node at ${deadApi}: is it running? (npm start, or democritus daemon)`);
  });

  it('prints help for the new commands', async () => {
    for (const args of [['peers', '--help'], ['peers', 'list', '--help'], ['swarm-key', 'generate', '--help']]) {
      const result = await runCli(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: democritus/);
    }
  });
});
