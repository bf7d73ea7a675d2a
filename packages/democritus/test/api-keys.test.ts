import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyVerifier, assertSafeExposure, bearerToken, isLoopbackHost, loadApiKeys } from '../src/api/api-keys.js';
import { Writable } from 'node:stream';
import { DemocritusApiError, DemocritusClient, type ErrorBody } from '@democritus/sdk';
import { pino } from 'pino';
import { parseConfigText } from '../src/config/index.js';
import { startStubServer, type StubServer } from './support/stub-server.js';

const KEY_A = 'sk-key-a-0123456789abcdef';
const KEY_B = 'sk-key-b-fedcba9876543210';

const configWith = (api: string[]) => parseConfigText(['[api]', ...api, ''].join('\n'), { file: 'test.toml', dir: tmpdir() });

describe('ApiKeyVerifier and bearerToken', () => {
  it('accepts everything without keys, and only a configured key with keys', () => {
    const open = new ApiKeyVerifier([]);
    expect(open.enabled).toBe(false);
    expect(open.verify(undefined)).toBe(true);
    expect(open.verify('anything')).toBe(true);

    const keys = new ApiKeyVerifier([KEY_A, KEY_B, KEY_A]);
    expect(keys.enabled).toBe(true);
    expect(keys.count).toBe(2);
    expect(keys.verify(KEY_A)).toBe(true);
    expect(keys.verify(KEY_B)).toBe(true);
    for (const wrong of [undefined, null, '', `${KEY_A}x`, KEY_A.slice(0, -1), KEY_A.toUpperCase(), ' ']) expect(keys.verify(wrong)).toBe(false);
  });

  it('reads the token of a Bearer header, case-insensitively, and nothing else', () => {
    expect(bearerToken(`Bearer ${KEY_A}`)).toBe(KEY_A);
    expect(bearerToken(`bearer ${KEY_A}`)).toBe(KEY_A);
    expect(bearerToken(`  BEARER   ${KEY_A}  `)).toBe(KEY_A);
    expect(bearerToken([`Bearer ${KEY_B}`, `Bearer ${KEY_A}`])).toBe(KEY_B);
    for (const header of [undefined, '', 'Bearer', 'Bearer ', `Basic ${KEY_A}`, `Bearer ${KEY_A} extra`, KEY_A]) expect(bearerToken(header)).toBeUndefined();
  });
});

describe('loadApiKeys and the public-host guard', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'democritus-keys-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('collects keys from api_keys, the lines of api_keys_file (comments and blanks skipped) and $DEMOCRITUS_API_KEYS', async () => {
    const file = join(dir, 'keys.txt');
    await writeFile(file, `# team keys\n${KEY_B}\n\n  sk-from-file-000000000000  \n`);
    const loaded = configWith([`api_keys = ["${KEY_A}"]`, `api_keys_file = "${file}"`]);
    const keys = await loadApiKeys(loaded, { DEMOCRITUS_API_KEYS: ' sk-from-env-1111111111111, ,sk-from-env-2222222222222' });
    expect(keys.count).toBe(5);
    for (const key of [KEY_A, KEY_B, 'sk-from-file-000000000000', 'sk-from-env-1111111111111', 'sk-from-env-2222222222222']) expect(keys.verify(key)).toBe(true);
    expect(keys.verify('# team keys')).toBe(false);

    expect((await loadApiKeys(configWith([]), {})).enabled).toBe(false);
    await expect(loadApiKeys(configWith([`api_keys_file = "${join(dir, 'missing.txt')}"`]), {})).rejects.toThrow(/api\.api_keys_file: cannot read/);
  });

  it('refuses short keys in the config', () => {
    expect(() => configWith(['api_keys = ["short"]'])).toThrow(/at least 16 characters/);
  });

  it('refuses a non-loopback host without keys unless allow_unauthenticated_public is set', () => {
    const none = new ApiKeyVerifier([]);
    const some = new ApiKeyVerifier([KEY_A]);
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', '[::1]', 'localhost']) {
      expect(isLoopbackHost(host), host).toBe(true);
      expect(() => assertSafeExposure(configWith([`host = "${host}"`]), none)).not.toThrow();
    }
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.org', '128.0.0.1']) {
      expect(isLoopbackHost(host), host).toBe(false);
      const loaded = configWith([`host = "${host}"`]);
      expect(() => assertSafeExposure(loaded, none), host).toThrow(/refusing to listen on .* without API keys/);
      expect(() => assertSafeExposure(loaded, some), host).not.toThrow();
      expect(() => assertSafeExposure(configWith([`host = "${host}"`, 'allow_unauthenticated_public = true']), none), host).not.toThrow();
    }
  });
});

describe('the control server with API keys (real Fastify server and engine, stub peers)', () => {
  let running: StubServer;
  let url: string;

  beforeAll(async () => {
    running = await startStubServer({ apiKeys: new ApiKeyVerifier([KEY_A, KEY_B]) });
    ({ url } = running);
  });
  afterAll(async () => {
    await running?.close();
  });

  const chatBody = JSON.stringify({ messages: [{ role: 'user', content: 'Once upon a time' }], max_tokens: 2 });

  it('requires a key on every route but /health, and answers 401 in OpenAI’s shape before reading the body', async () => {
    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect((await fetch(`${url}/health?deep=1`)).status).toBe(200);
    const requests: [string, RequestInit][] = [
      ['/api/peers', {}],
      ['/v1/models', {}],
      ['/v1/chat/completions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: chatBody }],
      ['/v1/chat/completions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' }],
      ['/api/generate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"prompt":"Once"}' }],
      ['/no/such/route', {}],
    ];
    for (const [path, init] of requests) {
      for (const authorization of [undefined, 'Bearer sk-wrong-0000000000000000', `Basic ${KEY_A}`, KEY_A]) {
        const headers = new Headers(init.headers);
        if (authorization !== undefined) headers.set('authorization', authorization);
        const response = await fetch(`${url}${path}`, { ...init, headers });
        expect(response.status, `${path} ${authorization}`).toBe(401);
        expect(response.headers.get('www-authenticate')).toBe('Bearer');
        const body = (await response.json()) as ErrorBody;
        expect(body.error).toMatchObject({ type: 'invalid_request_error', param: null, code: 'invalid_api_key' });
        expect(body.error.message).toMatch(authorization === undefined ? /didn't provide an API key/ : /Incorrect API key/);
      }
    }
  });

  it('serves requests that carry any configured key', async () => {
    for (const key of [KEY_A, KEY_B]) {
      expect((await fetch(`${url}/v1/models`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(200);
      const chat = await fetch(`${url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `bearer ${key}` },
        body: chatBody,
      });
      expect(chat.status).toBe(200);
    }
  });

  it('the SDK (which the CLI uses) takes --api / --api-key first, then $DEMOCRITUS_API / $DEMOCRITUS_API_KEY', async () => {
    const env = { DEMOCRITUS_API: url, DEMOCRITUS_API_KEY: KEY_B };
    expect((await DemocritusClient.fromEnv({}, env).peers()).length).toBeGreaterThan(0);
    const flagWins = await DemocritusClient.fromEnv({ apiKey: 'a-wrong-key-of-enough-length' }, env).peers().catch((error: unknown) => error);
    expect(flagWins).toMatchObject({ status: 401, code: 'invalid_api_key' });
    expect(DemocritusClient.fromEnv({ url: 'http://127.0.0.1:9' }, env).url).toBe('http://127.0.0.1:9');
    expect(DemocritusClient.fromEnv({}, { DEMOCRITUS_API: 'http://127.0.0.1:7/', DEMOCRITUS_API_KEY: '  ' }).url).toBe('http://127.0.0.1:7');
  });

  it('the SDK (which the CLI uses) sends its key, and reports a refusal as DemocritusApiError 401', async () => {
    const peers = await new DemocritusClient({ url, apiKey: KEY_B }).peers();
    expect(peers.length).toBeGreaterThan(0);
    const refused = await new DemocritusClient({ url }).peers().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DemocritusApiError);
    expect(refused).toMatchObject({ status: 401, code: 'invalid_api_key' });
  });
});

describe('client identity: each API key is its own client', () => {
  let running: StubServer;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') logLines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    // Two requests at once, then one per minute: the third request of one client in a row is refused.
    running = await startStubServer({ apiKeys: new ApiKeyVerifier([KEY_A, KEY_B]), rateLimit: { perMinute: 1, burst: 2 }, appLogger: pino({ level: 'info' }, sink) });
  });
  afterAll(async () => {
    await running?.close();
  });

  const chat = (key: string) =>
    fetch(`${running.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'Once upon a time' }], max_tokens: 2 }),
    });

  it('one key exhausts its rate limit; the other is still served; logs name a digest of the key, never the key', async () => {
    expect((await chat(KEY_A)).status).toBe(200);
    expect((await chat(KEY_A)).status).toBe(200);
    const limited = await chat(KEY_A);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).not.toBeNull();
    expect(((await limited.json()) as ErrorBody).error).toMatchObject({ type: 'rate_limit_error', code: 'rate_limited' });

    expect((await chat(KEY_B)).status).toBe(200);
    expect((await chat(KEY_B)).status).toBe(200);

    const requests = logLines.filter((line) => line.msg === 'request' || line.msg === 'request refused');
    const clients = new Set(requests.map((line) => line.client));
    expect(clients.size).toBe(2);
    for (const client of clients) expect(client).toMatch(/^key:[0-9a-f]{12}$/);
    const text = JSON.stringify(logLines);
    expect(text).not.toContain(KEY_A);
    expect(text).not.toContain(KEY_B);
    expect(text).not.toContain('Once upon a time');
    expect(requests.find((line) => line.outcome === 'rate_limited')).toMatchObject({ interface: 'rest' });
    expect(requests.filter((line) => line.outcome === 'length')).toHaveLength(4);
  });
});
