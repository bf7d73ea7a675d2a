import type { ListenerTimeouts } from '../api/http/client-errors.js';
import type { LoadedConfig } from '../config/index.js';
import { DemocritusError, errorMessage } from '../errors.js';

/** The `[api]` timeouts every HTTP listener applies. */
export function listenerTimeouts(loaded: LoadedConfig): ListenerTimeouts {
  const { api } = loaded.config;
  return { headersMs: api.headers_timeout_seconds * 1000, requestMs: api.request_timeout_seconds * 1000 };
}

/**
 * A listener that could not start, in one line naming the field and what to do: `address_in_use` for a taken port
 * (the CLI exits 2, a configuration problem), `io` otherwise.
 */
export function listenError(loaded: LoadedConfig, field: string, host: string, port: number, error: unknown): DemocritusError {
  const message = errorMessage(error);
  const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE' || /EADDRINUSE|address already in use|No address added/i.test(message);
  const reason = inUse ? `port ${port} is already in use (set ${field} or --set ${field}=<port>)` : message;
  return new DemocritusError(inUse ? 'address_in_use' : 'io', `${loaded.file ?? 'config'}: ${field}: cannot listen on ${host}:${port}: ${reason}`, { cause: error });
}
