/**
 * Remembers the SHA-256 of model files by real path, size and mtime, so multi-gigabyte files are hashed once and not
 * at every start. Stored as JSON in the cache directory and replaced atomically (temp file + rename); a lost update
 * between two processes only costs a re-hash.
 */
import { randomBytes } from 'node:crypto';
import { readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { sha256File } from './sha256.js';
import type { HashProgress } from './sha256.js';

export interface HashIndexEntry {
  size: number;
  mtimeMs: number;
  sha256: string;
}

interface IndexFile {
  version: 1;
  files: Record<string, HashIndexEntry>;
}

export interface HashLookup {
  sha256: string;
  sizeBytes: number;
  realPath: string;
  /** True when the hash came from the index rather than from reading the file. */
  fromIndex: boolean;
}

export interface HashLookupOptions {
  /** Re-hash even when the index has a matching entry. */
  force?: boolean;
  /** Called before a file is actually read (not on an index hit). */
  onHashing?: (path: string, sizeBytes: number) => void;
  onProgress?: (progress: HashProgress) => void;
  signal?: AbortSignal;
}

export class HashIndex {
  private writes: Promise<void> = Promise.resolve();

  /** `prepareDir` creates the directory holding the index before the first write. */
  constructor(
    readonly indexPath: string,
    private readonly prepareDir: () => Promise<void>,
  ) {}

  async sha256(path: string, options: HashLookupOptions = {}): Promise<HashLookup> {
    const realPath = await realpath(path);
    const before = await stat(realPath);
    const entry = (await this.read()).files[realPath];
    if (!options.force && entry && entry.size === before.size && entry.mtimeMs === before.mtimeMs) {
      return { sha256: entry.sha256, sizeBytes: before.size, realPath, fromIndex: true };
    }
    options.onHashing?.(realPath, before.size);
    const sha256 = await sha256File(realPath, { onProgress: options.onProgress, signal: options.signal });
    const after = await stat(realPath);
    // A file that changed while it was read gets no entry: its hash describes neither version for sure.
    if (after.size === before.size && after.mtimeMs === before.mtimeMs) {
      await this.update(realPath, { size: after.size, mtimeMs: after.mtimeMs, sha256 });
    }
    return { sha256, sizeBytes: before.size, realPath, fromIndex: false };
  }

  /** Records a hash computed elsewhere (by the downloader while the bytes arrived). */
  async record(path: string, sha256: string): Promise<void> {
    const realPath = await realpath(path);
    const { size, mtimeMs } = await stat(realPath);
    await this.update(realPath, { size, mtimeMs, sha256 });
  }

  async entries(): Promise<Record<string, HashIndexEntry>> {
    return (await this.read()).files;
  }

  private update(realPath: string, entry: HashIndexEntry): Promise<void> {
    const write = async () => {
      await this.prepareDir();
      const index = await this.read();
      index.files[realPath] = entry;
      const tmp = `${this.indexPath}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        await writeFile(tmp, `${JSON.stringify(index, null, 2)}\n`, { mode: 0o600 });
        await rename(tmp, this.indexPath);
      } catch (error) {
        await rm(tmp, { force: true });
        throw error;
      }
    };
    // Best effort: the index only saves time, so a read-only cache must not stop a model from loading.
    this.writes = this.writes.then(write).catch(() => undefined);
    return this.writes;
  }

  private async read(): Promise<IndexFile> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(this.indexPath, 'utf8'));
    } catch {
      return { version: 1, files: {} };
    }
    const files: Record<string, HashIndexEntry> = {};
    const raw = (parsed as { files?: unknown } | null)?.files;
    if (typeof raw === 'object' && raw !== null) {
      for (const [path, value] of Object.entries(raw)) {
        if (isEntry(value)) files[path] = value;
      }
    }
    return { version: 1, files };
  }
}

function isEntry(value: unknown): value is HashIndexEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.size === 'number' &&
    typeof entry.mtimeMs === 'number' &&
    typeof entry.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(entry.sha256)
  );
}
