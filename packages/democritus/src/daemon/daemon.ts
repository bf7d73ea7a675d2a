import type { LoadedConfig } from '../config/index.js';
import { DemocritusError, errorMessage } from '../errors.js';
import type { ModelHandle } from '../engine/types.js';
import { loadOrCreateIdentity, type NodeIdentity } from '../identity/node-identity.js';
import type { Logger } from '../logging/logger.js';
import type { ModelRegistry } from '../models/index.js';
import { createLocalRuntime, createRegistry, resolveModel, type LocalRuntime } from '../runtime/local-runtime.js';
import { createControlServer, type ControlServer } from '../api/control-server.js';
import { SwarmNode } from '../network/swarm-node.js';
import { assertSafeExposure, loadApiKeys, type ApiKeyVerifier } from '../api/api-keys.js';
import type { EmbeddingEngine } from '../embedding/types.js';
import { controlDeps } from './control-deps.js';
import { startEmbeddingEngine } from './embedding-setup.js';
import { buildOwnRoutingProfile, createRouter, swarmRouting } from './routing-setup.js';
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
  /** Base URL of the control API (GET /health, GET /api/peers, POST /api/generate). */
  restUrl: string;
  /** WebSocket chat API, `ws://host:port/ws/chat`. */
  wsUrl: string;
  /** gRPC API, `host:port`. */
  grpcAddress: string;
  stop(): Promise<void>;
}

/**
 * Starts a node: private state directory, persistent identity, the expert model verified and loaded, then the swarm
 * presence (libp2p, advert, DHT record, inference protocol).
 */
export async function startDaemon(loaded: LoadedConfig, logger: Logger, signal?: AbortSignal): Promise<RunningDaemon> {
  const { config } = loaded;
  const apiKeys = await loadApiKeys(loaded);
  assertSafeExposure(loaded, apiKeys);
  await ensureStateDir(config.node.state_dir);
  // The model is checked first: a missing or corrupt model stops the node before it creates or announces anything.
  const expertModel = await resolveExpertModel(loaded, createRegistry(loaded), logger, signal);
  const identity = await loadOrCreateIdentity(config.node.state_dir);
  logger.info(
    { peerId: identity.peerId.toString(), stateDir: config.node.state_dir, newIdentity: identity.created, version: SOFTWARE_VERSION },
    `starting node "${config.node.name}"`,
  );
  logDependencyPatches(logger);

  const runtime = await createLocalRuntime(loaded, logger);
  let swarm: SwarmNode | null = null;
  let control: ControlServer | null = null;
  let embedding: EmbeddingEngine | null = null;
  let streamApis: StreamApis | null = null;
  let router: SwarmRouter | null = null;
  try {
    await runtime.engine.preload(expertModel);
    embedding = await startEmbeddingEngine(loaded, runtime, logger, signal);
    const profile = await buildOwnRoutingProfile(loaded, embedding);
    swarm = await startSwarm(loaded, identity, runtime, expertModel, profile, logger);
    const provided = swarm;
    void swarm
      .provideRoutingKeys(profile)
      .then((result) => logger.debug(result, 'routing band keys provided in the DHT'))
      .catch((error: unknown) => logger.warn({ err: errorMessage(error) }, 'could not provide routing band keys'));
    router = createRouter(loaded, embedding, provided, { name: config.node.name, model: expertModel, profile, scheduler: runtime.scheduler }, logger);
    const deps = controlDeps(loaded, runtime, swarm, expertModel, { embedding, router, routing: swarmRouting(router, swarm, expertModel) });
    control = createControlServer(deps, { logger, apiKeys });
    const restUrl = await listenControlServer(control, loaded);
    streamApis = await startStreamApis(deps, loaded, apiKeys, logger);
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
        threads: runtime.threads,
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

async function listenControlServer(server: ControlServer, loaded: LoadedConfig): Promise<string> {
  const { host, rest_port: port } = loaded.config.api;
  try {
    await server.listen({ host, port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EADDRINUSE' ? `port ${port} is already in use (set api.rest_port or --set api.rest_port=<port>)` : errorMessage(error);
    throw new DemocritusError('bad_request', `${loaded.file ?? 'config'}: api.rest_port: cannot listen on ${host}:${port}: ${reason}`, { cause: error });
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

async function resolveExpertModel(loaded: LoadedConfig, registry: ModelRegistry, logger: Logger, signal?: AbortSignal): Promise<ModelHandle> {
  const { expert } = loaded.config;
  try {
    return await resolveModel(
      registry,
      { source: expert.model_path, downloadUrl: expert.model_url, expectedSha256: expert.model_sha256 },
      logger,
      signal,
    );
  } catch (error) {
    if (error instanceof DemocritusError) {
      const label = loaded.file ?? 'config';
      throw new DemocritusError(error.code, `${label}: expert.model_path: ${errorMessage(error)}`, { cause: error });
    }
    throw error;
  }
}
