import type { ApiKeyVerifier } from '../api/api-keys.js';
import { createGrpcServer } from '../api/grpc/grpc-server.js';
import { createChatSocketServer } from '../api/ws/chat-socket-server.js';
import type { NodeApp } from '../app/node-app.js';
import type { LoadedConfig } from '../config/index.js';
import type { Logger } from '../logging/logger.js';
import { listenError, listenerTimeouts } from './listeners.js';

/** The WebSocket and gRPC APIs of a running node. */
export interface StreamApis {
  /** `ws://host:port/ws/chat` */
  wsUrl: string;
  /** `host:port` of the gRPC service. */
  grpcAddress: string;
  close(): Promise<void>;
}

/** Starts the WebSocket (`api.ws_port`) and gRPC (`api.grpc_port`) servers on the same app as the REST API. */
export async function startStreamApis(app: NodeApp, loaded: LoadedConfig, apiKeys: ApiKeyVerifier, logger: Logger): Promise<StreamApis> {
  const { api } = loaded.config;
  const { host, ws_port: wsPort, grpc_port: grpcPort } = api;
  const ws = createChatSocketServer(app, { logger, apiKeys, timeouts: listenerTimeouts(loaded), stalledClientMs: api.stalled_client_seconds * 1000 });
  const grpc = createGrpcServer(app, { logger, apiKeys, idleTimeoutMs: api.idle_timeout_seconds * 1000 });
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
