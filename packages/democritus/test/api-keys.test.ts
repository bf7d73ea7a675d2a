import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyVerifier, assertSafeExposure, bearerToken, isLoopbackHost, loadApiKeys } from '../src/api/api-keys.js';
import type { ErrorBody } from '../src/api/types.js';
import { ControlApiError, ControlClient, resolveApiKey } from '../src/cli/control-client.js';
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

  it('the CLI takes --api-key, then $DEMOCRITUS_API_KEY', () => {
    expect(resolveApiKey(KEY_A, { DEMOCRITUS_API_KEY: KEY_B })).toBe(KEY_A);
    expect(resolveApiKey(undefined, { DEMOCRITUS_API_KEY: KEY_B })).toBe(KEY_B);
    expect(resolveApiKey(undefined, { DEMOCRITUS_API_KEY: '  ' })).toBeUndefined();
    expect(resolveApiKey(undefined, {})).toBeUndefined();
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

  it('the CLI’s control client sends its key, and reports a refusal as ControlApiError 401', async () => {
    const peers = await new ControlClient(url, KEY_B).peers();
    expect(peers.length).toBeGreaterThan(0);
    const refused = await new ControlClient(url).peers().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ControlApiError);
    expect(refused).toMatchObject({ status: 401, code: 'invalid_api_key' });
  });
});
