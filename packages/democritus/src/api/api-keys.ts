/**
 * API keys shared by every interface (REST, WebSocket, gRPC): where they come from and how a presented key is checked.
 *
 * ```ts
 * const keys = await loadApiKeys(loaded);           // [api] api_keys + api_keys_file + $DEMOCRITUS_API_KEYS
 * assertSafeExposure(loaded, keys);                 // refuses a public host without keys
 * keys.verify(bearerToken(request.headers.authorization)); // constant time
 * ```
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import type { LoadedConfig } from '../config/index.js';
import { DemocritusError, errorMessage } from '../errors.js';

/** Extra keys from the environment, comma-separated. */
export const API_KEYS_ENV = 'DEMOCRITUS_API_KEYS';

export class ApiKeyVerifier {
  /** SHA-256 digests: equal length whatever the key, so the comparison time says nothing about a key's length. */
  private readonly digests: Buffer[];

  constructor(keys: readonly string[]) {
    this.digests = [...new Set(keys)].map(digest);
  }

  /** False when no key is configured: every request is accepted. */
  get enabled(): boolean {
    return this.digests.length > 0;
  }

  get count(): number {
    return this.digests.length;
  }

  /** True when authentication is off, or `presented` equals one of the keys (compared in constant time). */
  verify(presented: string | undefined | null): boolean {
    return this.clientIdentity(presented, 'unknown') !== null;
  }

  /**
   * Who a request comes from, or null when it presents no valid key: `key:<12 hex digits of the key's SHA-256>` for a
   * valid key (never the key itself), `addr:<remote address>` when the node has no keys. Constant time over the keys.
   */
  clientIdentity(presented: string | undefined | null, remoteAddress: string | undefined): string | null {
    if (!this.enabled) return `addr:${remoteAddress ?? 'unknown'}`;
    if (typeof presented !== 'string' || presented.length === 0) return null;
    const candidate = digest(presented);
    // Every key is compared, match or not, so the time does not tell which key (or whether an early one) matched.
    let matched: Buffer | null = null;
    for (const key of this.digests) if (timingSafeEqual(key, candidate)) matched = key;
    return matched === null ? null : `key:${matched.subarray(0, 6).toString('hex')}`;
  }
}

function digest(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/** The token of an `Authorization: Bearer <token>` header (case-insensitive scheme), else undefined. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined) return undefined;
  const match = /^\s*bearer\s+(\S+)\s*$/i.exec(value);
  return match?.[1];
}

/** Keys from `[api] api_keys`, the lines of `[api] api_keys_file` and `$DEMOCRITUS_API_KEYS`. */
export async function loadApiKeys(loaded: LoadedConfig, env: NodeJS.ProcessEnv = process.env): Promise<ApiKeyVerifier> {
  const { api } = loaded.config;
  const keys = [...api.api_keys];
  if (api.api_keys_file !== undefined) {
    let text: string;
    try {
      text = await readFile(api.api_keys_file, 'utf8');
    } catch (error) {
      throw new DemocritusError('io', `${loaded.file ?? 'config'}: api.api_keys_file: cannot read ${api.api_keys_file}: ${errorMessage(error)}`);
    }
    for (const line of text.split('\n')) {
      const key = line.trim();
      if (key.length > 0 && !key.startsWith('#')) keys.push(key);
    }
  }
  for (const key of (env[API_KEYS_ENV] ?? '').split(',')) if (key.trim().length > 0) keys.push(key.trim());
  return new ApiKeyVerifier(keys);
}

/** True for 127.0.0.0/8, ::1 and `localhost`. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === 'localhost' || bare === '::1') return true;
  return isIP(bare) === 4 && bare.startsWith('127.');
}

/** Refuses to serve the APIs on a non-loopback host without keys unless `api.allow_unauthenticated_public` says so. */
export function assertSafeExposure(loaded: LoadedConfig, keys: ApiKeyVerifier): void {
  const { api } = loaded.config;
  if (keys.enabled || isLoopbackHost(api.host) || api.allow_unauthenticated_public) return;
  throw new DemocritusError(
    'config_invalid',
    `${loaded.file ?? 'config'}: api.host: refusing to listen on ${api.host} without API keys; set api.api_keys (or api_keys_file, ` +
      `$${API_KEYS_ENV}), or set api.allow_unauthenticated_public = true to expose the node to everyone who can reach it`,
  );
}
