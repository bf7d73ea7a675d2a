import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { TINY_MODEL_FILE, TINY_MODEL_SHA256 } from './support/tiny-model.js';

describe('democritus run (real model, real process)', () => {
  let stateDir: string;
  beforeAll(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'democritus-run-'));
  });
  afterAll(async () => {
    await rm(stateDir, { recursive: true, force: true });
  });

  it('streams the generation to stdout', async () => {
    const result = await runCli(['run', TINY_MODEL_FILE, 'Once upon a time', '-n', '30', '-t', '0', '--state-dir', stateDir]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().length).toBeGreaterThan(20);
    expect(result.stderr).toMatch(/30 tokens, [\d.]+ tokens\/s, finish: length/);
  });

  it('--json prints one object with text, token count, tokens/s and the model SHA-256; fixed seed repeats', async () => {
    const args = ['run', TINY_MODEL_FILE, 'Once upon a time', '--max-tokens', '25', '--temperature', '0.9', '--seed', '11', '--json', '--state-dir', stateDir];
    const first = await runCli(args);
    const second = await runCli(args);
    expect(first.code, first.stderr).toBe(0);
    const a = JSON.parse(first.stdout) as Record<string, unknown>;
    const b = JSON.parse(second.stdout) as Record<string, unknown>;
    expect(a).toMatchObject({ model: TINY_MODEL_FILE, model_sha256: TINY_MODEL_SHA256, tokens: 25, finish_reason: 'length' });
    expect(a.tokens_per_second).toBeGreaterThan(0);
    expect(typeof a.text).toBe('string');
    expect(b.text).toBe(a.text);
  });

  it('--logprobs adds per-token log-probabilities to the JSON', async () => {
    const result = await runCli(['run', TINY_MODEL_FILE, 'Once upon a time', '-n', '5', '-t', '0', '--json', '--logprobs', '3', '--state-dir', stateDir]);
    const parsed = JSON.parse(result.stdout) as { logprobs: { logprob: number; top_logprobs: unknown[] }[] };
    expect(parsed.logprobs).toHaveLength(5);
    for (const token of parsed.logprobs) {
      expect(token.logprob).toBeLessThanOrEqual(0);
      expect(token.top_logprobs).toHaveLength(3);
    }
  });

  it('refuses a model whose SHA-256 does not match, naming both hashes', async () => {
    const result = await runCli(['run', TINY_MODEL_FILE, 'Once', '--sha256', 'a'.repeat(64), '--state-dir', stateDir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(TINY_MODEL_SHA256);
    expect(result.stderr).toContain('a'.repeat(64));
  });

  it('reports an unknown model clearly', async () => {
    const result = await runCli(['run', 'no-such-model.gguf', 'Once', '--state-dir', stateDir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: .*no-such-model\.gguf.*not found/m);
  });

  it('prints help for every command', async () => {
    for (const args of [['--help'], ['run', '--help'], ['daemon', '--help'], ['models', '--help'], ['models', 'pull', '--help']]) {
      const result = await runCli(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: democritus/);
    }
  });
});
