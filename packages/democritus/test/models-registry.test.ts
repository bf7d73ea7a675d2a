import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ModelIntegrityError, ModelNotFoundError } from '../src/errors.js';
import { silentLogger } from '../src/logging/logger.js';
import { BUNDLED_MODEL } from '../src/models/bundled-model.js';
import { ModelRegistry, parseModelSource } from '../src/models/index.js';
import { resolveModel } from '../src/runtime/local-runtime.js';
import { startModelServer } from './support/model-server.js';
import type { ModelServer } from './support/model-server.js';
import { TINY_MODEL_BYTES, TINY_MODEL_FILE, TINY_MODEL_SHA256, tinyModelPath } from './support/tiny-model.js';

const MODEL = readFileSync(tinyModelPath());
const HF_SPEC = 'hf:ggml-org/models/tinyllamas/stories260K.gguf';
/** A valid GGUF file with other contents (one flipped byte in the tensor data): same name, other identity. */
const ALTERED = Buffer.from(MODEL);
ALTERED[TINY_MODEL_BYTES - 100] = (ALTERED[TINY_MODEL_BYTES - 100] ?? 0) ^ 0xff;

let server: ModelServer;
let root: string;
let cacheDir: string;
let searchA: string;
let searchB: string;

beforeAll(async () => {
  server = await startModelServer({ 'tinyllamas/stories260K.gguf': MODEL });
});

afterAll(async () => {
  await server.close();
});

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'democritus-registry-'));
  cacheDir = join(root, 'cache');
  searchA = join(root, 'search-a');
  searchB = join(root, 'search-b');
  await mkdir(searchA);
  await mkdir(searchB);
  server.behaviour = {};
  server.requests.length = 0;
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function registry(searchDirs = [searchA, searchB]): ModelRegistry {
  return new ModelRegistry({ cacheDir, searchDirs, env: { HF_ENDPOINT: server.baseUrl } });
}

describe('resolveModel (what `run` and the daemon call)', () => {
  it('a bare bundled file name found nowhere is downloaded from its public source and checked against its SHA-256', async () => {
    const handle = await resolveModel(registry([]), { source: BUNDLED_MODEL.fileName }, silentLogger());
    expect(handle).toMatchObject({ sha256: BUNDLED_MODEL.sha256, name: BUNDLED_MODEL.fileName, sizeBytes: BUNDLED_MODEL.sizeBytes });
    expect(server.requests.map((r) => r.path)).toContain('/ggml-org/models/resolve/main/tinyllamas/stories260K.gguf');
    expect(BUNDLED_MODEL.source).toBe(HF_SPEC);
  });
});

describe('ModelRegistry.resolve', () => {
  it('downloads an hf: model into the cache, verifies it and records its hash', async () => {
    const status: string[] = [];
    const progress: number[] = [];
    const handle = await registry().resolve(
      { source: HF_SPEC, expectedSha256: TINY_MODEL_SHA256.toUpperCase() },
      { onStatus: (m) => status.push(m), onProgress: (p) => progress.push(p.downloadedBytes) },
    );

    const cached = join(cacheDir, TINY_MODEL_FILE);
    expect(handle).toEqual({ sha256: TINY_MODEL_SHA256, path: cached, name: TINY_MODEL_FILE, sizeBytes: TINY_MODEL_BYTES });
    expect(server.requests.map((r) => [r.path, r.status])).toEqual([
      ['/ggml-org/models/resolve/main/tinyllamas/stories260K.gguf', 302],
      ['/files/tinyllamas/stories260K.gguf', 200],
    ]);
    expect(status).toEqual([
      `downloading ${server.baseUrl}/ggml-org/models/resolve/main/tinyllamas/stories260K.gguf to ${cached}`,
    ]);
    expect(progress.at(-1)).toBe(TINY_MODEL_BYTES);
    expect((await stat(cacheDir)).mode & 0o777).toBe(0o700);
    expect((await readdir(cacheDir)).sort()).toEqual(['index.json', TINY_MODEL_FILE]);
    const index = JSON.parse(await readFile(join(cacheDir, 'index.json'), 'utf8')) as {
      files: Record<string, { sha256: string; size: number }>;
    };
    expect(index.files[cached]).toMatchObject({ sha256: TINY_MODEL_SHA256, size: TINY_MODEL_BYTES });
  });

  it('uses the cached copy on the next start without downloading or re-hashing it', async () => {
    await registry().resolve({ source: HF_SPEC, expectedSha256: TINY_MODEL_SHA256 });
    server.requests.length = 0;

    const status: string[] = [];
    const handle = await registry().resolve(
      { source: HF_SPEC, expectedSha256: TINY_MODEL_SHA256 },
      { onStatus: (m) => status.push(m) },
    );
    expect(handle.path).toBe(join(cacheDir, TINY_MODEL_FILE));
    expect(server.requests).toEqual([]);
    expect(status).toEqual([]);
  });

  it('hashes a local file once, then trusts the index while size and mtime are unchanged', async () => {
    const local = join(searchA, TINY_MODEL_FILE);
    await copyFile(tinyModelPath(), local);
    const fixedTime = 1_700_000_000;
    await utimes(local, fixedTime, fixedTime);
    const status: string[] = [];
    const onStatus = (m: string) => status.push(m);

    const first = await registry().resolve({ source: TINY_MODEL_FILE }, { onStatus });
    expect(first).toEqual({ sha256: TINY_MODEL_SHA256, path: local, name: TINY_MODEL_FILE, sizeBytes: TINY_MODEL_BYTES });
    expect(status).toEqual([`computing sha256 of ${local} (1.1 MiB)`]);

    await registry().resolve({ source: TINY_MODEL_FILE }, { onStatus });
    expect(status).toHaveLength(1);

    // Same size and mtime but other bytes: the index cannot tell, verify() re-hashes and can.
    await writeFile(local, ALTERED);
    await utimes(local, fixedTime, fixedTime);
    expect((await registry().resolve({ source: TINY_MODEL_FILE })).sha256).toBe(TINY_MODEL_SHA256);
    const verified = await registry().verify(TINY_MODEL_FILE, TINY_MODEL_SHA256);
    expect(verified.ok).toBe(false);
    expect(verified.problem).toBe(`model file ${local} has sha256 ${verified.handle.sha256}, expected ${TINY_MODEL_SHA256}`);
    // An expected hash that disagrees with the index is re-checked before the file is refused.
    await expect(registry().resolve({ source: TINY_MODEL_FILE, expectedSha256: TINY_MODEL_SHA256 })).rejects.toThrow(
      ModelIntegrityError,
    );
  });

  it('looks a name up in the cache first, then in each search directory in order', async () => {
    await writeFile(join(searchB, TINY_MODEL_FILE), ALTERED);
    await copyFile(tinyModelPath(), join(searchA, TINY_MODEL_FILE));
    expect((await registry().resolve({ source: TINY_MODEL_FILE })).path).toBe(join(searchA, TINY_MODEL_FILE));
    expect((await registry([searchB, searchA]).resolve({ source: TINY_MODEL_FILE })).path).toBe(
      join(searchB, TINY_MODEL_FILE),
    );

    await mkdir(cacheDir, { recursive: true });
    await writeFile(join(cacheDir, TINY_MODEL_FILE), ALTERED);
    expect((await registry().resolve({ source: TINY_MODEL_FILE })).path).toBe(join(cacheDir, TINY_MODEL_FILE));
  });

  it('refuses a local file whose hash differs from the expected one', async () => {
    const local = join(searchA, 'model.gguf');
    await writeFile(local, ALTERED);
    const attempt = registry().resolve({ source: local, expectedSha256: TINY_MODEL_SHA256 });
    await expect(attempt).rejects.toThrow(ModelIntegrityError);
    await expect(attempt).rejects.toThrow(new RegExp(`^model file ${local} has sha256 [0-9a-f]{64}, expected ${TINY_MODEL_SHA256}$`));
  });

  it('refuses a local file that is not GGUF', async () => {
    const local = join(searchA, 'notes.gguf');
    await writeFile(local, 'just some text, long enough to hold a header\n');
    await expect(registry().resolve({ source: 'notes.gguf' })).rejects.toThrow(
      `${local}: not a GGUF file (magic bytes 6a 75 73 74 "just", expected "GGUF")`,
    );
  });

  it('names every directory it searched when a model is missing', async () => {
    const attempt = registry().resolve({ source: 'missing.gguf' });
    await expect(attempt).rejects.toThrow(ModelNotFoundError);
    await expect(attempt).rejects.toThrow(
      `model "missing.gguf" not found (looked in: ${cacheDir}, ${searchA}, ${searchB}); ` +
        'set expert.model_url or DEMOCRITUS_MODELS_PATH',
    );
    await expect(registry().resolve({ source: join(root, 'nowhere.gguf') })).rejects.toThrow(
      `model file ${join(root, 'nowhere.gguf')} not found`,
    );
  });

  it('downloads a missing named model from downloadUrl under the configured name', async () => {
    const handle = await registry().resolve({
      source: 'tiny.gguf',
      downloadUrl: `${server.baseUrl}/files/tinyllamas/stories260K.gguf`,
      expectedSha256: TINY_MODEL_SHA256,
    });
    expect(handle).toMatchObject({ path: join(cacheDir, 'tiny.gguf'), name: 'tiny.gguf', sha256: TINY_MODEL_SHA256 });
  });

  it('replaces a corrupt cached copy when it knows where to download the right one', async () => {
    await mkdir(cacheDir);
    await writeFile(join(cacheDir, TINY_MODEL_FILE), ALTERED);
    const status: string[] = [];
    const handle = await registry().resolve(
      { source: HF_SPEC, expectedSha256: TINY_MODEL_SHA256 },
      { onStatus: (m) => status.push(m) },
    );
    expect(handle.sha256).toBe(TINY_MODEL_SHA256);
    expect(status[1]).toMatch(/has sha256 [0-9a-f]{64}, expected 270cba1b.*; downloading it again$/);
  });

  it('shares one transfer between concurrent requests for the same file', async () => {
    server.behaviour = { chunkDelayMs: 5 };
    const models = registry();
    const request = { source: HF_SPEC, expectedSha256: TINY_MODEL_SHA256 };
    const [a, b] = await Promise.all([models.resolve(request), models.resolve(request)]);
    expect(a).toEqual(b);
    expect(server.fileRequests()).toHaveLength(1);
  });

  it('refuses a corrupted download and keeps nothing of it', async () => {
    server.behaviour = { corruptByteAt: 5000 };
    const attempt = registry().resolve({ source: HF_SPEC, expectedSha256: TINY_MODEL_SHA256 });
    await expect(attempt).rejects.toThrow(ModelIntegrityError);
    expect(await readdir(cacheDir)).toEqual([]);
  });
});

describe('ModelRegistry.pull, list and verify', () => {
  it('pulls into the cache once', async () => {
    const models = registry();
    const first = await models.pull(HF_SPEC, { expectedSha256: TINY_MODEL_SHA256 });
    expect(first.path).toBe(join(cacheDir, TINY_MODEL_FILE));
    const status: string[] = [];
    await models.pull(HF_SPEC, { expectedSha256: TINY_MODEL_SHA256, onStatus: (m) => status.push(m) });
    expect(server.fileRequests()).toHaveLength(1);
    expect(status).toEqual([`${first.path} is already in the cache (sha256 ${TINY_MODEL_SHA256})`]);
    await expect(models.pull('stories260K.gguf')).rejects.toThrow(
      'cannot pull "stories260K.gguf": give an https: URL or hf:<owner>/<repo>/<file>',
    );
  });

  it('lists the GGUF files of the cache and search directories', async () => {
    const models = registry();
    await models.pull(HF_SPEC);
    await writeFile(join(cacheDir, 'next.gguf.partial'), MODEL.subarray(0, 1000));
    await writeFile(join(searchA, 'altered.gguf'), ALTERED);
    await writeFile(join(searchA, 'readme.txt'), 'not a model');
    await copyFile(tinyModelPath(), join(searchB, TINY_MODEL_FILE));

    const listing = await models.list();
    expect(listing.map(({ sha256: _sha256, ...rest }) => rest)).toEqual([
      { name: TINY_MODEL_FILE, path: join(cacheDir, TINY_MODEL_FILE), sizeBytes: TINY_MODEL_BYTES, location: 'cache' },
      { name: 'altered.gguf', path: join(searchA, 'altered.gguf'), sizeBytes: TINY_MODEL_BYTES, location: 'search-path' },
      { name: TINY_MODEL_FILE, path: join(searchB, TINY_MODEL_FILE), sizeBytes: TINY_MODEL_BYTES, location: 'search-path' },
    ]);
    expect(listing.map((l) => l.sha256)).toEqual([TINY_MODEL_SHA256, expect.not.stringMatching(TINY_MODEL_SHA256), TINY_MODEL_SHA256]);
    const index = JSON.parse(await readFile(join(cacheDir, 'index.json'), 'utf8')) as { files: object };
    expect(Object.keys(index.files)).toHaveLength(3);
  });

  it('verifies a model by path and by name', async () => {
    const local = join(searchA, TINY_MODEL_FILE);
    await copyFile(tinyModelPath(), local);
    await expect(registry().verify(local, TINY_MODEL_SHA256)).resolves.toEqual({
      ok: true,
      handle: { sha256: TINY_MODEL_SHA256, path: local, name: TINY_MODEL_FILE, sizeBytes: TINY_MODEL_BYTES },
    });
    await writeFile(local, MODEL.subarray(0, 500_000));
    const result = await registry().verify(TINY_MODEL_FILE);
    expect(result.ok).toBe(false);
    expect(result.problem).toMatch(/truncated: 500000 bytes/);
    await expect(registry().verify('absent.gguf')).rejects.toThrow(ModelNotFoundError);
  });
});

describe('parseModelSource', () => {
  const env = { HF_ENDPOINT: 'https://mirror.example/' };

  it('recognises paths, names, URLs and hf: specs', () => {
    expect(parseModelSource('/m/a.gguf')).toEqual({ kind: 'path', path: '/m/a.gguf' });
    expect(parseModelSource('./a.gguf')).toEqual({ kind: 'path', path: './a.gguf' });
    expect(parseModelSource('models/a.gguf')).toEqual({ kind: 'path', path: 'models/a.gguf' });
    expect(parseModelSource('~/a.gguf', { homeDir: '/home/u' })).toEqual({ kind: 'path', path: '/home/u/a.gguf' });
    expect(parseModelSource('a.gguf')).toEqual({ kind: 'name', fileName: 'a.gguf' });
    expect(parseModelSource('https://host/x/a%20b.gguf?download=1')).toEqual({
      kind: 'url',
      url: 'https://host/x/a%20b.gguf?download=1',
      fileName: 'a b.gguf',
    });
    expect(parseModelSource('http://127.0.0.1:8000/a.gguf')).toMatchObject({ kind: 'url', fileName: 'a.gguf' });
    expect(parseModelSource('hf:org/repo/dir/m.gguf#v1.0', { env })).toEqual({
      kind: 'hf',
      owner: 'org',
      repo: 'repo',
      filePath: 'dir/m.gguf',
      revision: 'v1.0',
      fileName: 'm.gguf',
      url: 'https://mirror.example/org/repo/resolve/v1.0/dir/m.gguf',
    });
    expect(parseModelSource(HF_SPEC, { env: {} })).toMatchObject({
      revision: 'main',
      url: 'https://huggingface.co/ggml-org/models/resolve/main/tinyllamas/stories260K.gguf',
    });
    expect(parseModelSource(HF_SPEC, { env: { MODEL_ENDPOINT: 'https://a.example', HF_ENDPOINT: 'https://b.example' } }))
      .toMatchObject({ url: 'https://a.example/ggml-org/models/resolve/main/tinyllamas/stories260K.gguf' });
  });

  it('explains what it does not accept', () => {
    expect(() => parseModelSource('ftp://host/a.gguf')).toThrow(
      'unsupported model source "ftp://host/a.gguf": use a file name, a path, an https: URL or hf:<owner>/<repo>/<file>',
    );
    expect(() => parseModelSource('http://example.com/a.gguf')).toThrow(/plain http: is only allowed/);
    expect(() => parseModelSource('https://host/dir/')).toThrow(/cannot derive a file name/);
    expect(() => parseModelSource('hf:org/repo')).toThrow(/expected hf:<owner>\/<repo>\/<path\/to\/file.gguf>/);
    expect(() => parseModelSource('hf:org/repo/../x.gguf')).toThrow(/expected hf:/);
    expect(() => parseModelSource('')).toThrow(/it is empty/);
  });
});
