import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CancelledError, ModelDownloadError, ModelIntegrityError } from '../src/errors.js';
import { downloadFile } from '../src/models/download.js';
import type { DownloadProgress } from '../src/models/download.js';
import { assertGgufFile } from '../src/models/gguf-header.js';
import { sha256File } from '../src/models/sha256.js';
import { startModelServer } from './support/model-server.js';
import type { ModelServer } from './support/model-server.js';
import { TINY_MODEL_BYTES, TINY_MODEL_SHA256, tinyModelPath } from './support/tiny-model.js';

const MODEL = readFileSync(tinyModelPath());
const HALF = Math.floor(TINY_MODEL_BYTES / 2);

let server: ModelServer;
let dir: string;
let url: string;
let dest: string;

beforeAll(async () => {
  server = await startModelServer({
    'tinyllamas/stories260K.gguf': MODEL,
    'page.gguf': Buffer.from('<!doctype html><html><body>Sign in to continue</body></html>\n'.repeat(20)),
  });
  url = `${server.baseUrl}/files/tinyllamas/stories260K.gguf`;
});

afterAll(async () => {
  await server.close();
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'democritus-download-'));
  dest = join(dir, 'stories260K.gguf');
  server.behaviour = {};
  server.requests.length = 0;
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Serves the first half of the file, waits until the client has written it to disk, then cuts the connection. */
async function interruptedAtHalf(): Promise<void> {
  let release = () => {};
  server.behaviour = { dropAfterBytes: HALF, dropWhen: new Promise<void>((resolve) => (release = resolve)) };
  const attempt = downloadFile({ url, destPath: dest, expectedSha256: TINY_MODEL_SHA256 });
  const failure = attempt.then(
    () => undefined,
    (error: unknown) => error,
  );
  while ((await sizeOf(`${dest}.partial`)) < HALF) await new Promise((resolve) => setTimeout(resolve, 5));
  release();
  const error = await failure;
  expect(error).toBeInstanceOf(ModelDownloadError);
  expect((error as Error).message).toMatch(
    new RegExp(`^download of ${url} interrupted after ${HALF} of ${TINY_MODEL_BYTES} bytes \\(.+\\); run it again to resume$`),
  );
}

async function sizeOf(path: string): Promise<number> {
  return stat(path).then(
    (s) => s.size,
    () => 0,
  );
}

describe('downloadFile', () => {
  it('downloads with progress and verifies the SHA-256', async () => {
    server.behaviour = { chunkBytes: 64 * 1024, chunkDelayMs: 15 };
    const progress: DownloadProgress[] = [];
    const result = await downloadFile({
      url,
      destPath: dest,
      expectedSha256: TINY_MODEL_SHA256,
      onProgress: (p) => progress.push(p),
    });

    expect(result).toEqual({ path: dest, sha256: TINY_MODEL_SHA256, sizeBytes: TINY_MODEL_BYTES, resumedFromBytes: 0 });
    expect(await sha256File(dest)).toBe(TINY_MODEL_SHA256);
    // At least the first chunk and the final report; paced chunks usually give several more.
    expect(progress.length).toBeGreaterThanOrEqual(2);
    const downloaded = progress.map((p) => p.downloadedBytes);
    expect(downloaded).toEqual([...downloaded].sort((a, b) => a - b));
    expect(progress.every((p) => p.totalBytes === TINY_MODEL_BYTES && p.bytesPerSecond >= 0)).toBe(true);
    expect(progress.at(-1)?.downloadedBytes).toBe(TINY_MODEL_BYTES);
    expect(await readdir(dir)).toEqual(['stories260K.gguf']);
  });

  it('refuses a corrupted download and leaves nothing behind', async () => {
    server.behaviour = { corruptByteAt: TINY_MODEL_BYTES - 100 };
    const attempt = downloadFile({ url, destPath: dest, expectedSha256: TINY_MODEL_SHA256 });
    await expect(attempt).rejects.toThrow(ModelIntegrityError);
    await expect(attempt).rejects.toThrow(`sha256 mismatch for ${url}: expected ${TINY_MODEL_SHA256}, got `);
    expect(await readdir(dir)).toEqual([]);
  });

  it('resumes an interrupted download with a Range request', async () => {
    await interruptedAtHalf();
    expect((await stat(`${dest}.partial`)).size).toBe(HALF);
    const sidecar = JSON.parse(await readFile(`${dest}.partial.json`, 'utf8')) as Record<string, unknown>;
    expect(sidecar).toMatchObject({ url, totalBytes: TINY_MODEL_BYTES });
    expect(sidecar.etag).toMatch(/^"[0-9a-f]{16}"$/);

    const progress: DownloadProgress[] = [];
    const second = await downloadFile({ url, destPath: dest, expectedSha256: TINY_MODEL_SHA256, onProgress: (p) => progress.push(p) });

    const [, resumed] = server.fileRequests();
    expect(resumed).toMatchObject({ range: `bytes=${HALF}-`, ifRange: sidecar.etag, status: 206 });
    expect(second).toMatchObject({ sha256: TINY_MODEL_SHA256, sizeBytes: TINY_MODEL_BYTES, resumedFromBytes: HALF });
    expect(progress[0]?.downloadedBytes).toBeGreaterThan(HALF);
    expect(await sha256File(dest)).toBe(TINY_MODEL_SHA256);
    expect(await readdir(dir)).toEqual(['stories260K.gguf']);
  });

  it('keeps the partial file when the caller aborts, and resumes from it', async () => {
    server.behaviour = { chunkBytes: 32 * 1024, chunkDelayMs: 10 };
    const controller = new AbortController();
    const first = downloadFile({
      url,
      destPath: dest,
      signal: controller.signal,
      // The first report comes with the first chunk: abort there, mid-file.
      onProgress: () => controller.abort(),
    });
    await expect(first).rejects.toThrow(CancelledError);
    const kept = (await stat(`${dest}.partial`)).size;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(TINY_MODEL_BYTES);

    server.behaviour = {};
    const second = await downloadFile({ url, destPath: dest });
    expect(server.fileRequests().at(-1)).toMatchObject({ range: `bytes=${kept}-`, status: 206 });
    expect(second).toMatchObject({ sha256: TINY_MODEL_SHA256, resumedFromBytes: kept });
  });

  it('restarts from zero when the server answers a range request with 200', async () => {
    await interruptedAtHalf();

    server.behaviour = { ignoreRange: true };
    const result = await downloadFile({ url, destPath: dest, expectedSha256: TINY_MODEL_SHA256 });
    expect(server.fileRequests().at(-1)).toMatchObject({ range: `bytes=${HALF}-`, status: 200 });
    expect(result).toMatchObject({ sha256: TINY_MODEL_SHA256, sizeBytes: TINY_MODEL_BYTES, resumedFromBytes: 0 });
    expect((await stat(dest)).size).toBe(TINY_MODEL_BYTES);
    expect(await readdir(dir)).toEqual(['stories260K.gguf']);
  });

  it('follows the hub redirect', async () => {
    const hubUrl = `${server.baseUrl}/ggml-org/models/resolve/main/tinyllamas/stories260K.gguf`;
    const result = await downloadFile({ url: hubUrl, destPath: dest, expectedSha256: TINY_MODEL_SHA256 });
    expect(result.sha256).toBe(TINY_MODEL_SHA256);
    expect(server.requests.map((r) => r.status)).toEqual([302, 200]);
  });

  it('reports HTTP errors with the URL and status', async () => {
    const missing = `${server.baseUrl}/files/missing.gguf`;
    const attempt = downloadFile({ url: missing, destPath: dest });
    await expect(attempt).rejects.toThrow(ModelDownloadError);
    await expect(attempt).rejects.toThrow(`download of ${missing} failed: HTTP 404 Not Found`);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a file that is not GGUF', async () => {
    const page = `${server.baseUrl}/files/page.gguf`;
    const attempt = downloadFile({ url: page, destPath: dest });
    await expect(attempt).rejects.toThrow(ModelIntegrityError);
    await expect(attempt).rejects.toThrow(`${page}: not a GGUF file (magic bytes 3c 21 64 6f "<!do", expected "GGUF")`);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a short download of unknown length through the GGUF size check', async () => {
    server.behaviour = { truncateTo: HALF };
    const attempt = downloadFile({ url, destPath: dest });
    await expect(attempt).rejects.toThrow(ModelIntegrityError);
    await expect(attempt).rejects.toThrow(/truncated: 592688 bytes, but its header and tensor data need at least 1185376/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses plain http: except on loopback', async () => {
    await expect(downloadFile({ url: 'http://example.com/m.gguf', destPath: dest })).rejects.toThrow(
      /plain http: is only allowed for 127.0.0.1/,
    );
    expect(server.requests).toEqual([]);
  });
});

describe('assertGgufFile', () => {
  it('accepts the real model and rejects truncated and foreign files', async () => {
    await expect(assertGgufFile(tinyModelPath())).resolves.toMatchObject({ version: 3, minimumFileBytes: TINY_MODEL_BYTES });
    const truncated = join(dir, 'truncated.gguf');
    await writeFile(truncated, MODEL.subarray(0, TINY_MODEL_BYTES - 1));
    await expect(assertGgufFile(truncated)).rejects.toThrow(`${truncated}: truncated: ${TINY_MODEL_BYTES - 1} bytes`);
    const headerOnly = join(dir, 'header.gguf');
    await writeFile(headerOnly, MODEL.subarray(0, 200));
    await expect(assertGgufFile(headerOnly)).rejects.toThrow(new RegExp(`^${headerOnly}: truncated`));
    const tiny = join(dir, 'tiny.gguf');
    await writeFile(tiny, 'GGUF');
    await expect(assertGgufFile(tiny)).rejects.toThrow(`${tiny}: truncated: 4 bytes, a GGUF header needs at least 24`);
    const v1 = join(dir, 'v1.gguf');
    const v1Bytes = Buffer.from(MODEL.subarray(0, 4096));
    v1Bytes.writeUInt32LE(1, 4);
    await writeFile(v1, v1Bytes);
    await expect(assertGgufFile(v1)).rejects.toThrow(/unsupported GGUF version 1 \(expected 2 or 3\)/);
  });
});
