/**
 * The node's configuration: a TOML file validated against a strict schema, with CLI overrides on top.
 *
 * ```ts
 * const { config } = await loadConfig({
 *   file: 'config.toml',
 *   overrides: [...envOverrides(), { path: 'api.rest_port', value: '9090', source: '--rest-port' }],
 * });
 * config.api.rest_port; // 9090
 * // Errors are one line: `config.toml: expert.temperature: must be between 0 and 2, got 7`
 * ```
 */
export {
  ConfigError,
  DEFAULT_CONFIG,
  envModelDirs,
  envOverrides,
  loadConfig,
  parseConfigText,
  type ConfigOverride,
  type LoadedConfig,
} from './load.js';
export {
  BACKENDS,
  configSchema,
  LOG_LEVELS,
  type ApiConfig,
  type Backend,
  type DemocritusConfig,
  type ExpertConfig,
  type InferenceConfig,
  type RoutingConfig,
  type LogLevel,
  type NodeConfig,
} from './schema.js';
