import type { ApiKeyVerifier } from '../api/api-keys.js';
import type { ControlServerDeps } from '../api/control-server.js';
import { createGrpcServer } from '../api/grpc/grpc-server.js';
import { createChatSocketServer } from '../api/ws/chat-socket-server.js';
import type { LoadedConfig } from '../config/index.js';
import { DemocritusError, errorMessage } from '../errors.js';
import type { Logger } from '../logging/logger.js';

/** The WebSocket and gRPC APIs of a running node. */
export interface StreamApis {
  /** `ws://host:port/ws/chat` */
  wsUrl: string;
  /** `host:port` of the gRPC service. */
  grpcAddress: string;
  close(): Promise<void>;
}

/** Starts the WebSocket (`api.ws_port`) and gRPC (`api.grpc_port`) servers on the same deps as the REST API. */
export async function startStreamApis(deps: ControlServerDeps, loaded: LoadedConfig, apiKeys: ApiKeyVerifier, logger: Logger): Promise<StreamApis> {
  const { host, ws_port: wsPort, grpc_port: grpcPort } = loaded.config.api;
  const ws = createChatSocketServer(deps, { logger, apiKeys });
  const grpc = createGrpcServer(deps, { logger, apiKeys });
  try {
    const wsUrl = await ws.listen(host, wsPort).catch((error: unknown) => {
      throw listenError(loaded, 'api.ws_port', host, wsPort, error);
    });
    const grpcAddress = await grpc.listen(host, grpcPort).catch((error: unknown) => {
      throw listenError(loaded, 'api.grpc_port', host, grpcPort, error);
    });
    return { wsUrl, grpcAddress, close: async () => void (await Promise.all([ws.close(), grpc.close()])) };
  } catch (error) {
    await Promise.all([ws.close(), grpc.close()]).catch(() => undefined);
    throw error;
  }
}

/** One line naming the field and what to do, like the REST port's error. */
export function listenError(loaded: LoadedConfig, field: string, host: string, port: number, error: unknown): DemocritusError {
  const message = errorMessage(error);
  const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE' || /EADDRINUSE|address already in use|No address added/i.test(message);
  const reason = inUse ? `port ${port} is already in use (set ${field} or --set ${field}=<port>)` : message;
  return new DemocritusError('bad_request', `${loaded.file ?? 'config'}: ${field}: cannot listen on ${host}:${port}: ${reason}`, { cause: error });
}
