import type { LoadedConfig } from '../config/index.js';
import { DemocritusError, errorMessage } from '../errors.js';
import type { ModelHandle } from '../engine/types.js';
import { loadOrCreateIdentity, type NodeIdentity } from '../identity/node-identity.js';
import type { Logger } from '../logging/logger.js';
import type { ModelRegistry } from '../models/index.js';
import type { ProgressFactory } from '../runtime/download-progress.js';
import { createLocalRuntime, createRegistry, resolveModel, type LocalRuntime } from '../runtime/local-runtime.js';
import { createRestServer, type RestServer } from '../api/rest-server.js';
import type { NodeApp } from '../app/node-app.js';
import { SwarmNode } from '../network/swarm-node.js';
import { assertSafeExposure, loadApiKeys, type ApiKeyVerifier } from '../api/api-keys.js';
import type { EmbeddingEngine } from '../embedding/types.js';
import { startEmbeddingEngine } from './embedding-setup.js';
import { listenError, listenerTimeouts } from './listeners.js';
import { nodeAppFor } from './node-app-setup.js';
import { buildOwnRoutingProfile, createRouter } from './routing-setup.js';
import type { RoutingProfile } from '../core/directory/expert-advert.js';
import type { SwarmRouter } from '../routing/swarm-router.js';
import { startStreamApis, type StreamApis } from './stream-apis.js';
import { ensureStateDir } from '../state/state-dir.js';
import { SOFTWARE_VERSION } from '../version.js';
import { logDependencyPatches } from '../patches/registry.js';

export interface RunningDaemon {
  identity: NodeIdentity;
  runtime: LocalRuntime;
  expertModel: ModelHandle;
  swarm: SwarmNode;
  embedding: EmbeddingEngine;
  apiKeys: ApiKeyVerifier;
  /** What every interface calls. */
  app: NodeApp;
  /** Base URL of the REST API (OpenAI-compatible routes, GET /health, GET /api/peers, POST /api/generate). */
  restUrl: string;
  /** WebSocket chat API, `ws://host:port/ws/chat`. */
  wsUrl: string;
  /** gRPC API, `host:port`. */
  grpcAddress: string;
  stop(): Promise<void>;
}

export interface StartDaemonOptions {
  /** Aborts the start (a signal while the model downloads, say). */
  signal?: AbortSignal;
  /** Shows model downloads (a terminal progress bar); log lines at every 10% by default. */
  progress?: ProgressFactory;
}

/**
 * Starts a node: private state directory, persistent identity, the expert model verified and loaded, then the swarm
 * presence (libp2p, advert, DHT record, inference protocol) and the APIs.
 */
export async function startDaemon(loaded: LoadedConfig, logger: Logger, options: StartDaemonOptions = {}): Promise<RunningDaemon> {
  const { signal, progress } = options;
  const { config } = loaded;
  const apiKeys = await loadApiKeys(loaded);
  assertSafeExposure(loaded, apiKeys);
  await ensureStateDir(config.node.state_dir);
  // The model is checked first: a missing or corrupt model stops the node before it creates or announces anything.
  const expertModel = await resolveExpertModel(loaded, createRegistry(loaded), logger, { signal, progress });
  const identity = await loadOrCreateIdentity(config.node.state_dir);
  logger.info(
    { peerId: identity.peerId.toString(), stateDir: config.node.state_dir, newIdentity: identity.created, version: SOFTWARE_VERSION },
    `starting node "${config.node.name}"`,
  );
  logDependencyPatches(logger);

  const runtime = await createLocalRuntime(loaded, logger);
  let swarm: SwarmNode | null = null;
  let control: RestServer | null = null;
  let embedding: EmbeddingEngine | null = null;
  let streamApis: StreamApis | null = null;
  let router: SwarmRouter | null = null;
  try {
    await runtime.engine.preload(expertModel);
    embedding = await startEmbeddingEngine(loaded, runtime, logger, { signal, progress });
    const profile = await buildOwnRoutingProfile(loaded, embedding);
    swarm = await startSwarm(loaded, identity, runtime, expertModel, profile, logger);
    const provided = swarm;
    void swarm
      .provideRoutingKeys(profile)
      .then((result) => logger.debug(result, 'routing band keys provided in the DHT'))
      .catch((error: unknown) => logger.warn({ err: errorMessage(error) }, 'could not provide routing band keys'));
    router = createRouter(loaded, embedding, provided, { name: config.node.name, model: expertModel, profile, scheduler: runtime.scheduler }, logger);
    const app = nodeAppFor(loaded, { runtime, swarm, expertModel, router, embedding, logger });
    control = createRestServer(app, { logger, apiKeys, timeouts: listenerTimeouts(loaded) });
    const restUrl = await listenRestServer(control, loaded);
    streamApis = await startStreamApis(app, loaded, apiKeys, logger);
    const { wsUrl, grpcAddress } = streamApis;
    logger.info(
      {
        peerId: swarm.peerId,
        swarmId: swarm.swarmId,
        addresses: swarm.multiaddrs(),
        restUrl,
        wsUrl,
        grpcAddress,
        model: expertModel.name,
        sha256: expertModel.sha256,
        threads: runtime.threadsFor(expertModel),
      },
      'node ready',
    );
    const running = swarm;
    const server = control;
    const embeddings = embedding;
    const streams = streamApis;
    const routes = router;
    return {
      identity,
      runtime,
      expertModel,
      swarm: running,
      embedding: embeddings,
      apiKeys,
      app,
      restUrl,
      wsUrl,
      grpcAddress,
      stop: async () => {
        await Promise.all([server.close(), streams.close()]);
        routes.close();
        await running.stop();
        await embeddings.close();
        await runtime.close();
        logger.info('node stopped');
      },
    };
  } catch (error) {
    await control?.close().catch(() => undefined);
    await streamApis?.close().catch(() => undefined);
    router?.close();
    await swarm?.stop().catch(() => undefined);
    await embedding?.close().catch(() => undefined);
    await runtime.close();
    throw error;
  }
}

async function listenRestServer(server: RestServer, loaded: LoadedConfig): Promise<string> {
  const { host, rest_port: port } = loaded.config.api;
  try {
    await server.listen({ host, port });
  } catch (error) {
    throw listenError(loaded, 'api.rest_port', host, port, error);
  }
  const address = server.server.address();
  const boundPort = typeof address === 'object' && address !== null ? address.port : port;
  return `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;
}

/** Load changes are republished at most this often: adverts are hints for routing, not a live feed. */
const ADVERT_LOAD_REFRESH_MS = 2_000;

function throttle(action: () => void, waitMs: number): () => void {
  let timer: NodeJS.Timeout | null = null;
  return () => {
    if (timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      action();
    }, waitMs);
    timer.unref();
  };
}

async function startSwarm(
  loaded: LoadedConfig,
  identity: NodeIdentity,
  runtime: LocalRuntime,
  expertModel: ModelHandle,
  profile: RoutingProfile,
  logger: Logger,
): Promise<SwarmNode> {
  const { node, expert } = loaded.config;
  const swarm = await SwarmNode.start({
    privateKey: identity.privateKey,
    listen: node.listen_address,
    bootstrap: node.bootstrap_nodes,
    privateSwarmKey: node.private_swarm_key,
    mdns: node.mdns,
    relayServer: node.relay_server,
    advertTtlMs: node.advert_ttl_seconds * 1000,
    scheduler: runtime.scheduler,
    expertModel,
    advertContent: () => {
      const stats = runtime.scheduler.stats();
      return {
        name: node.name,
        description: expert.description,
        modelSha256: expertModel.sha256,
        modelName: expertModel.name,
        contextSize: expert.max_context,
        activeGenerations: stats.running,
        queueDepth: stats.queued,
        softwareVersion: SOFTWARE_VERSION,
        routing: profile,
      };
    },
    logger,
  });
  runtime.scheduler.onChange(throttle(() => void swarm.refreshAdvert(), ADVERT_LOAD_REFRESH_MS));
  const bootstrapHint = swarm.multiaddrs().find((address) => address.includes('/tcp/')) ?? swarm.multiaddrs()[0];
  logger.info({ peerId: swarm.peerId, addresses: swarm.multiaddrs() }, `listening; other nodes can bootstrap from ${bootstrapHint ?? '(no address)'}`);
  return swarm;
}

async function resolveExpertModel(loaded: LoadedConfig, registry: ModelRegistry, logger: Logger, options: StartDaemonOptions): Promise<ModelHandle> {
  const { expert } = loaded.config;
  try {
    return await resolveModel(
      registry,
      { source: expert.model_path, downloadUrl: expert.model_url, expectedSha256: expert.model_sha256 },
      logger,
      options,
    );
  } catch (error) {
    if (error instanceof DemocritusError) {
      const label = loaded.file ?? 'config';
      throw new DemocritusError(error.code, `${label}: expert.model_path: ${errorMessage(error)}`, { cause: error });
    }
    throw error;
  }
}
