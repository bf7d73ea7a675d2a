/**
 * Finds, downloads and verifies GGUF model files. A model is identified by its SHA-256; a file is only handed out
 * (as a ModelHandle) after its GGUF header checked out and its hash matched the expected one, when one is configured.
 */
import { mkdir, readdir, stat } from 'node:fs/promises';
import { expandHome } from '../util/paths.js';
import { basename, join, resolve as resolvePath } from 'node:path';
import type { ModelHandle } from '../engine/types.js';
import { DemocritusError, ModelIntegrityError, ModelNotFoundError, errorMessage } from '../errors.js';
import { downloadFile } from './download.js';
import type { DownloadProgress, DownloadResult } from './download.js';
import { assertGgufFile } from './gguf-header.js';
import { HashIndex } from './hash-index.js';
import { parseModelSource } from './model-source.js';
import type { ModelSource } from './model-source.js';
import { normalizeSha256 } from './sha256.js';

export interface ModelRegistryOptions {
  /** Downloads land here (created with mode 0700 when first needed), with the hash index `index.json`. */
  cacheDir: string;
  /** Searched after the cache, in order, for models named by file name. */
  searchDirs: string[];
  /** Environment for the Hugging Face endpoint (`MODEL_ENDPOINT`, `HF_ENDPOINT`); default process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface ResolveRequest {
  /** A file name, a path, an https: URL or `hf:<owner>/<repo>/<file>`. */
  source: string;
  /** Where to download the model from when `source` is not found locally. */
  downloadUrl?: string;
  /** Lowercase or uppercase hex; when set, any other file is refused. */
  expectedSha256?: string;
}

export interface ResolveOptions {
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
  /** Human-readable steps: "downloading ...", "computing sha256 of ...". */
  onStatus?: (message: string) => void;
}

export type ModelLocation = 'cache' | 'search-path';

export interface ModelListing {
  name: string;
  path: string;
  sizeBytes: number;
  sha256: string;
  location: ModelLocation;
}

export interface VerifyResult {
  handle: ModelHandle;
  ok: boolean;
  problem?: string;
}

interface FoundFile {
  path: string;
  location: ModelLocation;
}

export class ModelRegistry {
  readonly cacheDir: string;
  readonly searchDirs: readonly string[];
  private readonly env: NodeJS.ProcessEnv;
  private readonly index: HashIndex;
  /** Downloads in progress by destination, so concurrent requests for one file share one transfer. */
  private readonly downloads = new Map<string, Promise<DownloadResult>>();

  constructor(options: ModelRegistryOptions) {
    this.cacheDir = resolvePath(expandHome(options.cacheDir));
    this.searchDirs = options.searchDirs.map((dir) => resolvePath(expandHome(dir)));
    this.env = options.env ?? process.env;
    this.index = new HashIndex(join(this.cacheDir, 'index.json'), () => this.ensureCacheDir());
  }

  /** Finds (or downloads) the model and verifies it; never returns a file that failed a check. */
  async resolve(request: ResolveRequest, options: ResolveOptions = {}): Promise<ModelHandle> {
    const expected = normalizeSha256(request.expectedSha256);
    const source = this.parse(request.source);
    const remote = request.downloadUrl === undefined ? remoteOf(source) : remoteOf(this.parse(request.downloadUrl));
    if (request.downloadUrl !== undefined && remote === undefined) {
      throw new DemocritusError('bad_request', `download URL "${request.downloadUrl}" must be an https: URL or hf: spec`);
    }

    let fileName: string;
    if (source.kind === 'path') {
      const path = resolvePath(source.path);
      if (await isFile(path)) return this.verifyLocal(path, expected, options);
      if (remote === undefined) throw new ModelNotFoundError(`model file ${path} not found`);
      fileName = remote.fileName;
    } else {
      fileName = source.fileName;
    }

    const found = await this.findByName(fileName);
    if (found) {
      try {
        return await this.verifyLocal(found.path, expected, options);
      } catch (error) {
        // A bad file in our own cache is replaced when we know where to get the right one; anything else is refused.
        if (!(error instanceof ModelIntegrityError && found.location === 'cache' && remote)) throw error;
        options.onStatus?.(`${error.message}; downloading it again`);
      }
    }
    if (remote === undefined) {
      const dirs = [this.cacheDir, ...this.searchDirs].join(', ');
      throw new ModelNotFoundError(
        `model "${fileName}" not found (looked in: ${dirs}); set expert.model_url or DEMOCRITUS_MODELS_PATH`,
      );
    }
    return this.download(remote.url, fileName, expected, options);
  }

  /** Downloads a model into the cache, unless a valid file of that name (and expected hash) is already there. */
  async pull(
    source: string,
    options: ResolveOptions & { expectedSha256?: string } = {},
  ): Promise<ModelHandle> {
    const expected = normalizeSha256(options.expectedSha256);
    const remote = remoteOf(this.parse(source));
    if (remote === undefined) {
      throw new DemocritusError('bad_request', `cannot pull "${source}": give an https: URL or hf:<owner>/<repo>/<file>`);
    }
    const destPath = join(this.cacheDir, remote.fileName);
    if (await isFile(destPath)) {
      try {
        const handle = await this.verifyLocal(destPath, expected, options);
        options.onStatus?.(`${destPath} is already in the cache (sha256 ${handle.sha256})`);
        return handle;
      } catch (error) {
        if (!(error instanceof ModelIntegrityError)) throw error;
        options.onStatus?.(`${error.message}; downloading it again`);
      }
    }
    return this.download(remote.url, remote.fileName, expected, options);
  }

  /** Re-hashes (ignoring the index) and re-checks the header of a model named by file name or path. */
  async verify(nameOrPath: string, expectedSha256?: string): Promise<VerifyResult> {
    const expected = normalizeSha256(expectedSha256);
    const path = await this.locate(nameOrPath);
    const { sha256, sizeBytes } = await this.index.sha256(path, { force: true });
    const handle: ModelHandle = { sha256, path, name: basename(path), sizeBytes };
    try {
      await assertGgufFile(path);
    } catch (error) {
      return { handle, ok: false, problem: errorMessage(error) };
    }
    if (expected !== undefined && sha256 !== expected) {
      return { handle, ok: false, problem: `model file ${path} has sha256 ${sha256}, expected ${expected}` };
    }
    return { handle, ok: true };
  }

  /** The *.gguf files in the cache and the search directories (each real file once, first location wins). */
  async list(): Promise<ModelListing[]> {
    const listings: ModelListing[] = [];
    const seen = new Set<string>();
    const dirs: [string, ModelLocation][] = [
      [this.cacheDir, 'cache'],
      ...this.searchDirs.map((dir): [string, ModelLocation] => [dir, 'search-path']),
    ];
    for (const [dir, location] of dirs) {
      for (const name of (await readdirOrEmpty(dir)).sort()) {
        if (!name.toLowerCase().endsWith('.gguf')) continue;
        const path = join(dir, name);
        if (!(await isFile(path))) continue;
        const { sha256, sizeBytes, realPath } = await this.index.sha256(path);
        if (seen.has(realPath)) continue;
        seen.add(realPath);
        listings.push({ name, path, sizeBytes, sha256, location });
      }
    }
    return listings;
  }

  private async verifyLocal(path: string, expected: string | undefined, options: ResolveOptions): Promise<ModelHandle> {
    await assertGgufFile(path);
    const onHashing = (file: string, size: number) =>
      options.onStatus?.(`computing sha256 of ${file} (${(size / 2 ** 20).toFixed(1)} MiB)`);
    let lookup = await this.index.sha256(path, { onHashing, signal: options.signal });
    if (expected !== undefined && lookup.sha256 !== expected && lookup.fromIndex) {
      // Never refuse a model on the word of a possibly stale index entry.
      lookup = await this.index.sha256(path, { force: true, onHashing, signal: options.signal });
    }
    if (expected !== undefined && lookup.sha256 !== expected) {
      throw new ModelIntegrityError(`model file ${path} has sha256 ${lookup.sha256}, expected ${expected}`);
    }
    return { sha256: lookup.sha256, path, name: basename(path), sizeBytes: lookup.sizeBytes };
  }

  private async download(
    url: string,
    fileName: string,
    expected: string | undefined,
    options: ResolveOptions,
  ): Promise<ModelHandle> {
    const destPath = join(this.cacheDir, fileName);
    let pending = this.downloads.get(destPath);
    if (pending === undefined) {
      options.onStatus?.(`downloading ${url} to ${destPath}`);
      pending = this.ensureCacheDir().then(() =>
        downloadFile({
          url,
          destPath,
          expectedSha256: expected,
          onProgress: options.onProgress,
          signal: options.signal,
        }),
      );
      this.downloads.set(destPath, pending);
      void pending.then(
        () => this.downloads.delete(destPath),
        () => this.downloads.delete(destPath),
      );
    } else {
      options.onStatus?.(`waiting for the download of ${url} already in progress`);
    }
    const result = await pending;
    if (expected !== undefined && result.sha256 !== expected) {
      // Another caller started this download without (or with another) expected hash.
      throw new ModelIntegrityError(`model file ${destPath} has sha256 ${result.sha256}, expected ${expected}`);
    }
    await this.index.record(destPath, result.sha256);
    return { sha256: result.sha256, path: destPath, name: fileName, sizeBytes: result.sizeBytes };
  }

  private async locate(nameOrPath: string): Promise<string> {
    const source = this.parse(nameOrPath);
    if (source.kind === 'path') {
      const path = resolvePath(source.path);
      if (await isFile(path)) return path;
      throw new ModelNotFoundError(`model file ${path} not found`);
    }
    const found = await this.findByName(source.fileName);
    if (found) return found.path;
    const dirs = [this.cacheDir, ...this.searchDirs].join(', ');
    throw new ModelNotFoundError(`model "${source.fileName}" not found (looked in: ${dirs})`);
  }

  private async findByName(fileName: string): Promise<FoundFile | undefined> {
    if (await isFile(join(this.cacheDir, fileName))) return { path: join(this.cacheDir, fileName), location: 'cache' };
    for (const dir of this.searchDirs) {
      const path = join(dir, fileName);
      if (await isFile(path)) return { path, location: 'search-path' };
    }
    return undefined;
  }

  private parse(spec: string): ModelSource {
    return parseModelSource(spec, { env: this.env });
  }

  private async ensureCacheDir(): Promise<void> {
    await mkdir(this.cacheDir, { recursive: true, mode: 0o700 });
  }
}

/** Config directories first, then the entries of `DEMOCRITUS_MODELS_PATH` (colon-separated); empty entries dropped. */
function remoteOf(source: ModelSource): { url: string; fileName: string } | undefined {
  return source.kind === 'url' || source.kind === 'hf' ? { url: source.url, fileName: source.fileName } : undefined;
}


async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function readdirOrEmpty(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}
