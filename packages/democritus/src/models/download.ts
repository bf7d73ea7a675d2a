/**
 * Resumable, verified download of one model file.
 *
 * Bytes go to `<dest>.partial`, with a sidecar `<dest>.partial.json` recording the URL and the server's validators.
 * A later call resumes with `Range` + `If-Range`; a server that answers 200 instead of 206 restarts the file from
 * zero. Only a complete file whose size, GGUF header and SHA-256 check out is fsynced and renamed to `dest`, so the
 * cache never holds a half-written or corrupt model under its final name.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CancelledError, ModelDownloadError, ModelIntegrityError, errorMessage } from '../errors.js';
import { assertGgufFile } from './gguf-header.js';
import { parseDownloadUrl } from './model-source.js';
import { feedFile, normalizeSha256 } from './sha256.js';

export interface DownloadProgress {
  /** Bytes on disk so far, including a resumed prefix. */
  downloadedBytes: number;
  /** Size of the whole file when the server announced it. */
  totalBytes: number | null;
  /** Average rate of the current transfer. */
  bytesPerSecond: number;
}

export interface DownloadOptions {
  /** https: URL (http: only on loopback, see parseDownloadUrl). */
  url: string;
  destPath: string;
  /** When given, a file with another hash is deleted and refused. */
  expectedSha256?: string;
  /** Called at most every 100 ms while bytes arrive, and once at the end. */
  onProgress?: (progress: DownloadProgress) => void;
  /** Aborting keeps the `.partial` file for a later resume. */
  signal?: AbortSignal;
  /** Extra request headers, e.g. an authorization token; dropped on a redirect to another origin. */
  headers?: Record<string, string>;
}

export interface DownloadResult {
  path: string;
  sha256: string;
  sizeBytes: number;
  /** Bytes reused from an earlier interrupted attempt (0 for a fresh download). */
  resumedFromBytes: number;
}

interface PartialMeta {
  url: string;
  etag: string | null;
  lastModified: string | null;
  totalBytes: number | null;
}

const PROGRESS_INTERVAL_MS = 100;
const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

export async function downloadFile(options: DownloadOptions): Promise<DownloadResult> {
  const url = parseDownloadUrl(options.url).href;
  const expected = normalizeSha256(options.expectedSha256);
  const { destPath, signal } = options;
  const partialPath = `${destPath}.partial`;
  const metaPath = `${partialPath}.json`;
  const discardPartial = () => Promise.all([rm(partialPath, { force: true }), rm(metaPath, { force: true })]);
  throwIfCancelled(signal, url, 0);
  await mkdir(dirname(destPath), { recursive: true });

  // Resume only what this URL started, and only when a splice of two server versions would be detected:
  // by the validator (If-Range) or by the expected hash.
  let meta = await readMeta(metaPath);
  let resumeFrom = (await fileSize(partialPath)) ?? 0;
  const resumable =
    meta !== null && meta.url === url && (meta.etag !== null || meta.lastModified !== null || expected !== undefined);
  if (!resumable || (meta?.totalBytes != null && resumeFrom > meta.totalBytes)) {
    await discardPartial();
    meta = null;
    resumeFrom = 0;
  }

  let hash = createHash('sha256');
  if (resumeFrom > 0) {
    try {
      await feedFile(hash, partialPath, { signal });
    } catch (error) {
      throwIfCancelled(signal, url, 0);
      throw error;
    }
  }
  let totalBytes = meta?.totalBytes ?? null;
  const alreadyComplete = resumeFrom > 0 && totalBytes === resumeFrom;

  let downloadedBytes = resumeFrom;
  const startedAt = performance.now();
  const progress = (): DownloadProgress => {
    const seconds = Math.max((performance.now() - startedAt) / 1000, 1e-3);
    return { downloadedBytes, totalBytes, bytesPerSecond: (downloadedBytes - resumeFrom) / seconds };
  };

  if (!alreadyComplete) {
    let response = await fetchFollowingRedirects(url, requestHeaders(options.headers, resumeFrom, meta), signal);
    if (resumeFrom > 0 && !isMatchingPartialResponse(response, resumeFrom)) {
      // 200 (changed file or no range support), 416 or an unexpected range: start over.
      if (response.status !== 200) {
        await response.body?.cancel();
        response = await fetchFollowingRedirects(url, requestHeaders(options.headers, 0, null), signal);
      }
      resumeFrom = 0;
      downloadedBytes = 0;
      hash = createHash('sha256');
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new ModelDownloadError(`download of ${url} failed: HTTP ${response.status} ${response.statusText}`.trim());
    }
    totalBytes = announcedTotal(response, resumeFrom);
    const newMeta: PartialMeta = {
      url,
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
      totalBytes,
    };
    await writeFile(metaPath, JSON.stringify(newMeta));

    const file = await open(partialPath, resumeFrom > 0 ? 'a' : 'w');
    let lastProgressAt = Number.NEGATIVE_INFINITY;
    try {
      for await (const chunk of (response.body ?? []) as AsyncIterable<Uint8Array>) {
        await file.write(chunk);
        hash.update(chunk);
        downloadedBytes += chunk.length;
        if (totalBytes !== null && downloadedBytes > totalBytes) {
          await file.close().catch(() => undefined);
          await discardPartial();
          throw new ModelIntegrityError(`download of ${url} sent more than the announced ${totalBytes} bytes`);
        }
        const now = performance.now();
        if (options.onProgress && now - lastProgressAt >= PROGRESS_INTERVAL_MS) {
          lastProgressAt = now;
          options.onProgress(progress());
        }
      }
      await file.sync();
    } catch (error) {
      if (error instanceof ModelIntegrityError) throw error;
      throwIfCancelled(signal, url, downloadedBytes);
      throw new ModelDownloadError(
        `download of ${url} interrupted after ${downloadedBytes} of ${totalBytes ?? 'unknown'} bytes ` +
          `(${describeError(error)}); run it again to resume`,
        { cause: error },
      );
    } finally {
      await file.close().catch(() => undefined);
    }
  }
  options.onProgress?.(progress());

  if (totalBytes !== null && downloadedBytes < totalBytes) {
    throw new ModelDownloadError(
      `download of ${url} ended after ${downloadedBytes} of ${totalBytes} bytes; run it again to resume`,
    );
  }
  try {
    await assertGgufFile(partialPath, url);
  } catch (error) {
    await discardPartial();
    throw error;
  }
  const sha256 = hash.digest('hex');
  if (expected !== undefined && sha256 !== expected) {
    await discardPartial();
    throw new ModelIntegrityError(`sha256 mismatch for ${url}: expected ${expected}, got ${sha256}`);
  }
  await rename(partialPath, destPath);
  await rm(metaPath, { force: true });
  await syncDirectory(dirname(destPath));
  return { path: destPath, sha256, sizeBytes: downloadedBytes, resumedFromBytes: resumeFrom };
}

/** Follows redirects by hand so that each hop passes the same scheme rule and credentials stay with their origin. */
async function fetchFollowingRedirects(
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal | undefined,
): Promise<Response> {
  let current = url;
  let hopHeaders = headers;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let response: Response;
    try {
      response = await fetch(current, { headers: hopHeaders, redirect: 'manual', signal });
    } catch (error) {
      throwIfCancelled(signal, url, 0);
      throw new ModelDownloadError(`download of ${url} failed: ${describeError(error)}`, { cause: error });
    }
    if (!REDIRECT_STATUSES.has(response.status)) return response;
    await response.body?.cancel();
    const location = response.headers.get('location');
    if (location === null) throw new ModelDownloadError(`download of ${url} failed: HTTP ${response.status} without Location`);
    let next: URL;
    try {
      next = parseDownloadUrl(new URL(location, current).href);
    } catch (error) {
      throw new ModelDownloadError(`download of ${url} refused a redirect: ${errorMessage(error)}`);
    }
    if (next.origin !== new URL(current).origin) {
      hopHeaders = Object.fromEntries(Object.entries(hopHeaders).filter(([name]) => !CREDENTIAL_HEADERS.includes(name)));
    }
    current = next.href;
  }
  throw new ModelDownloadError(`download of ${url} failed: more than ${MAX_REDIRECTS} redirects`);
}

function requestHeaders(
  extra: Record<string, string> | undefined,
  resumeFrom: number,
  meta: PartialMeta | null,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(extra ?? {})) headers[name.toLowerCase()] = value;
  // Content-Length must describe the file itself, not a compressed transfer.
  headers['accept-encoding'] = 'identity';
  if (resumeFrom > 0) {
    headers.range = `bytes=${resumeFrom}-`;
    // If-Range needs a strong validator; a weak ETag falls back to Last-Modified.
    const validator = meta?.etag && !meta.etag.startsWith('W/') ? meta.etag : meta?.lastModified;
    if (validator) headers['if-range'] = validator;
  }
  return headers;
}

function isMatchingPartialResponse(response: Response, resumeFrom: number): boolean {
  if (response.status !== 206) return false;
  return parseContentRange(response.headers.get('content-range'))?.start === resumeFrom;
}

function parseContentRange(header: string | null): { start: number; total: number | null } | null {
  const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(header?.trim() ?? '');
  if (!match) return null;
  return { start: Number(match[1]), total: match[3] === '*' ? null : Number(match[3]) };
}

/** Size of the whole file as announced by the server, or null when it did not say (or compressed the transfer). */
function announcedTotal(response: Response, resumeFrom: number): number | null {
  if (response.status === 206) return parseContentRange(response.headers.get('content-range'))?.total ?? null;
  const encoding = response.headers.get('content-encoding');
  const length = response.headers.get('content-length');
  if ((encoding !== null && encoding !== 'identity') || length === null || !/^\d+$/.test(length)) return null;
  return resumeFrom + Number(length);
}

async function readMeta(path: string): Promise<PartialMeta | null> {
  try {
    const value: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const record = value as Record<string, unknown>;
    const optionalString = (v: unknown) => (typeof v === 'string' ? v : null);
    if (typeof record.url !== 'string') return null;
    return {
      url: record.url,
      etag: optionalString(record.etag),
      lastModified: optionalString(record.lastModified),
      totalBytes: typeof record.totalBytes === 'number' ? record.totalBytes : null,
    };
  } catch {
    return null;
  }
}

async function fileSize(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch {
    return null;
  }
}

async function syncDirectory(path: string): Promise<void> {
  try {
    const dir = await open(path, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    // Not every platform or file system can fsync a directory; the rename itself already happened.
  }
}

function throwIfCancelled(signal: AbortSignal | undefined, url: string, downloadedBytes: number): void {
  if (signal?.aborted) {
    throw new CancelledError(`download of ${url} cancelled after ${downloadedBytes} bytes; run it again to resume`);
  }
}

/** undici reports network failures as "fetch failed" / "terminated" with the useful part in `cause`. */
function describeError(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  return cause instanceof Error ? `${errorMessage(error)}: ${cause.message}` : errorMessage(error);
}
