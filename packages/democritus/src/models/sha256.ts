/** Streaming SHA-256 of a file: constant memory whatever the model's size. */
import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { DemocritusError } from '../errors.js';

export interface HashProgress {
  hashedBytes: number;
  totalBytes: number;
}

export interface Sha256FileOptions {
  /** Called after every chunk (1 MiB). */
  onProgress?: (progress: HashProgress) => void;
  signal?: AbortSignal;
}

const CHUNK_BYTES = 1 << 20;

/** Lowercase hex SHA-256 of the file's contents. */
export async function sha256File(path: string, options: Sha256FileOptions = {}): Promise<string> {
  const hash = createHash('sha256');
  await feedFile(hash, path, options);
  return hash.digest('hex');
}

/** Updates `hash` with the file's contents without finalizing it; returns the number of bytes read. */
export async function feedFile(hash: Hash, path: string, options: Sha256FileOptions = {}): Promise<number> {
  const totalBytes = options.onProgress ? (await stat(path)).size : 0;
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES, signal: options.signal });
  let hashedBytes = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    hashedBytes += chunk.length;
    options.onProgress?.({ hashedBytes, totalBytes });
  }
  return hashedBytes;
}

/** Validates and lowercases a hex SHA-256; returns undefined for undefined. */
export function normalizeSha256(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(trimmed)) throw new DemocritusError('bad_request', `expected sha256 "${value}" is not 64 hex digits`);
  return trimmed;
}
