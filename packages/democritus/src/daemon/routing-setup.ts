import { readFile } from 'node:fs/promises';
import type { LoadedConfig } from '../config/index.js';
import type { RoutingProfile } from '../core/directory/expert-advert.js';
import { routingProfile } from '../core/routing/advert-signatures.js';
import type { RouteCandidate } from '../core/routing/decide.js';
import { buildAdvertProfile } from '../core/routing/profile.js';
import { DEFAULT_SCORING_WEIGHTS } from '../core/routing/scoring.js';
import { DEFAULT_RANKING_WEIGHTS } from '../core/routing/ranking.js';
import type { EmbeddingEngine } from '../embedding/types.js';
import type { ModelHandle } from '../engine/types.js';
import { DemocritusError, errorMessage } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import { SwarmRouter, type RouterSettings, type RouterSwarm } from '../routing/swarm-router.js';
import type { Scheduler } from '../scheduler/scheduler.js';

/** `[expert] examples` plus the prompts of `[expert] examples_file` (JSONL with a "prompt" field, or one per line). */
export async function loadExamples(loaded: LoadedConfig): Promise<string[]> {
  const { expert } = loaded.config;
  const examples = [...expert.examples];
  if (expert.examples_file === undefined) return examples;
  const label = `${loaded.file ?? 'config'}: expert.examples_file`;
  let text: string;
  try {
    text = await readFile(expert.examples_file, 'utf8');
  } catch (error) {
    throw new DemocritusError('io', `${label}: cannot read ${expert.examples_file}: ${errorMessage(error)}`);
  }
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line.length === 0 || line.startsWith('#')) continue;
    if (!line.startsWith('{')) {
      examples.push(line);
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      throw new DemocritusError('config_invalid', `${label}: line ${index + 1}: invalid JSON: ${errorMessage(error)}`);
    }
    const prompt = (parsed as { prompt?: unknown }).prompt;
    if (typeof prompt !== 'string' || prompt.trim().length === 0) {
      throw new DemocritusError('config_invalid', `${label}: line ${index + 1}: expected an object with a non-empty "prompt" string`);
    }
    examples.push(prompt);
  }
  return examples;
}

/** Embeds this expert's description and examples into the routing profile its advert carries. */
export async function buildOwnRoutingProfile(loaded: LoadedConfig, embedding: EmbeddingEngine): Promise<RoutingProfile> {
  const description = loaded.config.expert.description.trim();
  const examples = await loadExamples(loaded);
  const texts = description.length > 0 ? [description, ...examples] : examples;
  const vectors = await embedding.embed(texts);
  const offset = description.length > 0 ? 1 : 0;
  const profile = buildAdvertProfile(
    description.length > 0 ? { text: description, vector: vectors[0]! } : undefined,
    examples.map((text, i) => ({ text, vector: vectors[i + offset]! })),
  );
  return routingProfile(embedding.spaceId, embedding.dimensions, profile);
}

export function routerSettings(loaded: LoadedConfig): RouterSettings {
  const { routing } = loaded.config;
  return {
    weights: {
      scoring: DEFAULT_SCORING_WEIGHTS,
      ranking: {
        ...DEFAULT_RANKING_WEIGHTS,
        similarity: routing.similarity_weight,
        load: routing.load_weight,
        latency: routing.latency_weight,
        reputation: routing.reputation_weight,
        minSimilarity: routing.min_similarity,
      },
    },
    cacheEntries: routing.cache_entries,
    cacheTtlMs: routing.cache_ttl_seconds * 1000,
    dhtLookup: routing.dht_lookup,
    dhtProbes: routing.dht_probes,
    dhtTimeoutMs: routing.dht_timeout_ms,
  };
}

export interface LocalExpert {
  name: string;
  model: ModelHandle;
  profile: RoutingProfile;
  scheduler: Scheduler;
}

export function createRouter(loaded: LoadedConfig, embedding: EmbeddingEngine, swarm: RouterSwarm, local: LocalExpert, logger: Logger): SwarmRouter {
  return new SwarmRouter({
    embedding,
    swarm,
    self: (): RouteCandidate => {
      const stats = local.scheduler.stats();
      return {
        peerId: swarm.peerId,
        name: local.name,
        isLocal: true,
        source: 'local',
        profile: local.profile,
        activeGenerations: stats.running,
        queueDepth: stats.queued,
        latencyMs: 0,
        reputation: null,
      };
    },
    settings: routerSettings(loaded),
    logger,
  });
}
