/**
 * Parses the ways a user can name a model: a local path, a bare file name (looked up in the cache and search
 * directories), an https: URL, or a Hugging Face spec `hf:<owner>/<repo>/<path/to/file.gguf>[#<revision>]`.
 * Pure: the environment and home directory are parameters.
 */
import { expandHome } from '../util/paths.js';
import { DemocritusError } from '../errors.js';

export type ModelSource =
  | { kind: 'path'; path: string }
  | { kind: 'name'; fileName: string }
  | { kind: 'url'; url: string; fileName: string }
  | {
      kind: 'hf';
      owner: string;
      repo: string;
      /** Path of the file inside the repository, e.g. `tinyllamas/stories260K.gguf`. */
      filePath: string;
      revision: string;
      fileName: string;
      /** `<endpoint>/<owner>/<repo>/resolve/<revision>/<filePath>`. */
      url: string;
    };

export interface ParseModelSourceOptions {
  /** Reads `MODEL_ENDPOINT` then `HF_ENDPOINT` (the same variables as node-llama-cpp and llama.cpp). */
  env?: NodeJS.ProcessEnv;
  /** Expands a leading `~`. */
  homeDir?: string;
}

export const DEFAULT_HF_ENDPOINT = 'https://huggingface.co';

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const HF_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function parseModelSource(spec: string, options: ParseModelSourceOptions = {}): ModelSource {
  const trimmed = spec.trim();
  if (trimmed === '') throw sourceError(spec, 'it is empty');
  const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === 'hf') return parseHfSpec(trimmed, options.env ?? process.env);
  if (scheme === 'http' || scheme === 'https') {
    const url = parseDownloadUrl(trimmed);
    return { kind: 'url', url: url.href, fileName: fileNameFromUrl(url) };
  }
  if (scheme !== undefined) throw sourceError(spec);
  if (trimmed === '~' || trimmed.startsWith('~/')) {
    return { kind: 'path', path: expandHome(trimmed, options.homeDir) };
  }
  if (trimmed.includes('/') || trimmed.includes('\\')) return { kind: 'path', path: trimmed };
  if (trimmed === '.' || trimmed === '..') return { kind: 'path', path: trimmed };
  return { kind: 'name', fileName: trimmed };
}

/**
 * Accepts https: URLs anywhere, and plain http: only on the loopback interface. Plain http is allowed there so that
 * tests and a local mirror can serve models without TLS; anywhere else it would let a network attacker swap the file
 * (the SHA-256 check only protects when an expected hash is configured).
 */
export function parseDownloadUrl(spec: string): URL {
  let url: URL;
  try {
    url = new URL(spec);
  } catch {
    throw sourceError(spec, 'it is not a valid URL');
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return url;
  if (url.protocol === 'http:') {
    throw sourceError(spec, 'plain http: is only allowed for 127.0.0.1, localhost and [::1]; use https:');
  }
  throw sourceError(spec);
}

/** The last path segment of a URL, decoded; it becomes the file name in the cache. */
export function fileNameFromUrl(url: URL): string {
  const segments = url.pathname.split('/');
  const last = segments[segments.length - 1] ?? '';
  let name: string;
  try {
    name = decodeURIComponent(last);
  } catch {
    name = '';
  }
  if (!isSafeFileName(name)) {
    throw sourceError(url.href, 'cannot derive a file name from its path; the URL must end with the file name');
  }
  return name;
}

export function hfEndpoint(env: NodeJS.ProcessEnv): string {
  const configured = [env.MODEL_ENDPOINT, env.HF_ENDPOINT].find((value) => value !== undefined && value !== '');
  if (configured === undefined) return DEFAULT_HF_ENDPOINT;
  return parseDownloadUrl(configured).href.replace(/\/+$/, '');
}

function parseHfSpec(spec: string, env: NodeJS.ProcessEnv): ModelSource {
  const body = spec.slice('hf:'.length);
  const hashAt = body.indexOf('#');
  const repoPath = hashAt === -1 ? body : body.slice(0, hashAt);
  const revision = hashAt === -1 ? 'main' : body.slice(hashAt + 1);
  const [owner = '', repo = '', ...fileSegments] = repoPath.split('/');
  const usage = 'expected hf:<owner>/<repo>/<path/to/file.gguf>[#<revision>]';
  if (!HF_NAME.test(owner) || !HF_NAME.test(repo)) throw sourceError(spec, usage);
  if (fileSegments.length === 0 || !fileSegments.every(isSafeFileName)) throw sourceError(spec, usage);
  if (revision === '') throw sourceError(spec, 'the revision after "#" is empty');
  const filePath = fileSegments.join('/');
  const encodedPath = fileSegments.map(encodeURIComponent).join('/');
  const url = `${hfEndpoint(env)}/${owner}/${repo}/resolve/${encodeURIComponent(revision)}/${encodedPath}`;
  const fileName = fileSegments[fileSegments.length - 1] ?? '';
  return { kind: 'hf', owner, repo, filePath, revision, fileName, url };
}

function isSafeFileName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);
}

function sourceError(spec: string, reason?: string): DemocritusError {
  const detail = reason ? `: ${reason}` : ': use a file name, a path, an https: URL or hf:<owner>/<repo>/<file>';
  return new DemocritusError('bad_request', `unsupported model source "${spec}"${detail}`);
}
