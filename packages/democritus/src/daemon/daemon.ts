import type { LoadedConfig } from '../config/index.js';
import { DemocritusError, errorMessage } from '../errors.js';
import type { ModelHandle } from '../engine/types.js';
import { loadOrCreateIdentity, type NodeIdentity } from '../identity/node-identity.js';
import type { Logger } from '../logging/logger.js';
import type { ModelRegistry } from '../models/index.js';
import { createLocalRuntime, createRegistry, resolveModel, type LocalRuntime } from '../runtime/local-runtime.js';
import { ensureStateDir } from '../state/state-dir.js';
import { SOFTWARE_VERSION } from '../version.js';

export interface RunningDaemon {
  identity: NodeIdentity;
  runtime: LocalRuntime;
  expertModel: ModelHandle;
  stop(): Promise<void>;
}

/**
 * Starts a node: private state directory, persistent identity, the expert model verified and loaded.
 * Later layers (network, APIs) attach to the returned daemon.
 */
export async function startDaemon(loaded: LoadedConfig, logger: Logger, signal?: AbortSignal): Promise<RunningDaemon> {
  const { config } = loaded;
  await ensureStateDir(config.node.state_dir);
  // The model is checked first: a missing or corrupt model stops the node before it creates or announces anything.
  const expertModel = await resolveExpertModel(loaded, createRegistry(loaded), logger, signal);
  const identity = await loadOrCreateIdentity(config.node.state_dir);
  logger.info(
    { peerId: identity.peerId.toString(), stateDir: config.node.state_dir, newIdentity: identity.created, version: SOFTWARE_VERSION },
    `starting node "${config.node.name}"`,
  );

  const runtime = await createLocalRuntime(loaded, logger);
  try {
    await runtime.engine.preload(expertModel);
    logger.info(
      { peerId: identity.peerId.toString(), model: expertModel.name, sha256: expertModel.sha256, threads: runtime.threads },
      'node ready',
    );
    return {
      identity,
      runtime,
      expertModel,
      stop: async () => {
        await runtime.close();
        logger.info('node stopped');
      },
    };
  } catch (error) {
    await runtime.close();
    throw error;
  }
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
