import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import type { z } from 'zod';
import { DemocritusError, errorMessage } from '../errors.js';
import { expandHome } from '../util/paths.js';
import { configSchema, URI_SCHEME, type DemocritusConfig } from './schema.js';

/** The configuration is unusable. The message is one line: `<source>: <field.path>: <problem>, got <value>`. */
export class ConfigError extends DemocritusError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('config_invalid', message, options);
  }
}

/** A value set from outside the file (a CLI flag, an environment variable); it wins over the file. */
export interface ConfigOverride {
  /** Dotted field path, e.g. `expert.temperature`. */
  path: string;
  /** CLI values arrive as strings and are coerced to numbers for numeric fields. */
  value: unknown;
  /** Named in error messages, e.g. `--temperature`. */
  source: string;
}

export interface LoadedConfig {
  config: DemocritusConfig;
  /** The config file as given by the user, or null when only defaults and overrides were used. */
  file: string | null;
  /** Absolute directory that relative paths were resolved against: the file's directory, or cwd without a file. */
  dir: string;
}

const SECRET_FIELDS = new Set(['node.private_swarm_key']);
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const MAX_SHOWN_VALUE = 80;
const RAW_DEFAULTS: unknown = configSchema.parse({});

export async function loadConfig(options: {
  file?: string;
  overrides?: ConfigOverride[];
  cwd?: string;
}): Promise<LoadedConfig> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  if (options.file === undefined) {
    const config = validate({}, 'defaults', options.overrides ?? []);
    return { config: resolvePaths(config, cwd), file: null, dir: cwd };
  }
  const absolute = path.resolve(cwd, options.file);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new ConfigError(`${options.file}: ${describeReadError(error)}`, { cause: error });
  }
  return parseConfigText(text, { file: options.file, dir: path.dirname(absolute), overrides: options.overrides });
}

/** Parses and validates TOML text as if read from `file`; relative paths resolve against `dir`. */
export function parseConfigText(
  text: string,
  options: { file: string; dir: string; overrides?: ConfigOverride[] },
): LoadedConfig {
  let raw: Record<string, unknown>;
  try {
    raw = parseToml(text);
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const reason = (error.message.split('\n')[0] ?? '').replace(/^Invalid TOML document: /, 'invalid TOML: ');
    throw new ConfigError(`${options.file}: line ${error.line}, column ${error.column}: ${reason}`, { cause: error });
  }
  const config = validate(raw, options.file, options.overrides ?? []);
  const dir = path.resolve(options.dir);
  return { config: resolvePaths(config, dir), file: options.file, dir };
}

/**
 * Overrides read from the environment: DEMOCRITUS_LOG_LEVEL sets node.log_level. Put them before the CLI's own
 * overrides so that flags win over the environment.
 */
export function envOverrides(env: NodeJS.ProcessEnv = process.env): ConfigOverride[] {
  const level = env.DEMOCRITUS_LOG_LEVEL;
  return level ? [{ path: 'node.log_level', value: level, source: 'DEMOCRITUS_LOG_LEVEL' }] : [];
}

/** DEMOCRITUS_MODELS_PATH: colon-separated model search directories, resolved against `cwd`. */
export function envModelDirs(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string[] {
  return (env.DEMOCRITUS_MODELS_PATH ?? '')
    .split(':')
    .filter((dir) => dir !== '')
    .map((dir) => path.resolve(cwd, expandHome(dir)));
}

function validate(raw: Record<string, unknown>, label: string, overrides: ConfigOverride[]): DemocritusConfig {
  for (const override of overrides) setPath(raw, override.path, coerce(override.path, override.value));
  const result = configSchema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;

  const problems = result.error.issues.flatMap(describeIssue).map(({ field, problem, unknown }) => {
    // An override can also create the unknown table it sits in (`nodes.name` adds `nodes`).
    const override = overrides.findLast(
      (o) => field === o.path || isWithin(field, o.path) || (unknown && isWithin(o.path, field)),
    );
    return `${override?.source ?? label}: ${field}: ${problem}`;
  });
  const more = problems.length - 1;
  const suffix = more === 0 ? '' : ` (and ${more} more problem${more === 1 ? '' : 's'})`;
  throw new ConfigError(`${problems[0]}${suffix}`);
}

interface Problem {
  field: string;
  problem: string;
  unknown: boolean;
}

function describeIssue(issue: z.core.$ZodIssue): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    const problem = 'unknown field';
    return issue.keys.map((key) => ({ field: formatPath([...issue.path, key]), problem, unknown: true }));
  }
  const field = formatPath(issue.path);
  const complete = issue.code === 'custom' && issue.params?.complete === true;
  // Secrets never reach logs, not even a wrong one.
  const problem = complete || SECRET_FIELDS.has(field) ? issue.message : `${issue.message}, got ${show(issue.input)}`;
  return [{ field, problem, unknown: false }];
}

function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function isWithin(field: string, parent: string): boolean {
  return field.startsWith(`${parent}.`) || field.startsWith(`${parent}[`);
}

function show(value: unknown): string {
  // TOML dates serialize to JSON strings, which would read as if a string had been rejected.
  if (value instanceof Date) return `a date (${value.toISOString()})`;
  const shown = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  return shown.length > MAX_SHOWN_VALUE ? `${shown.slice(0, MAX_SHOWN_VALUE)}...` : shown;
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a directory, expected a TOML file';
  return `cannot read file: ${errorMessage(error)}`;
}

/** CLI values are strings: give them the type of the field's default, and leave anything else to validation. */
function coerce(fieldPath: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const fallback = fieldPath.split('.').reduce((table, key) => (isTable(table) ? table[key] : undefined), RAW_DEFAULTS);
  if (typeof fallback === 'number' && NUMERIC.test(value.trim())) return Number(value);
  if (typeof fallback === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  if (Array.isArray(fallback)) return [value];
  return value;
}

function setPath(raw: Record<string, unknown>, fieldPath: string, value: unknown): void {
  const keys = fieldPath.split('.');
  const last = keys.pop() as string;
  let table = raw;
  for (const key of keys) {
    if (table[key] === undefined) define(table, key, {});
    const next = table[key];
    // A non-table here is the file's own error; validation reports it.
    if (!isTable(next)) return;
    table = next;
  }
  define(table, last, value);
}

// defineProperty keeps a key like `__proto__` an ordinary field, so validation rejects it as unknown.
function define(table: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(table, key, { value, enumerable: true, writable: true, configurable: true });
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}


function resolvePaths(config: DemocritusConfig, dir: string): DemocritusConfig {
  const resolve = (p: string) => path.resolve(dir, expandHome(p));
  const modelPath = config.expert.model_path;
  // Bare file names are looked up in the model cache and search dirs, so they stay bare.
  const keepModelPath = URI_SCHEME.test(modelPath) || !expandHome(modelPath).includes('/');
  return {
    ...config,
    node: { ...config.node, state_dir: resolve(config.node.state_dir) },
    expert: {
      ...config.expert,
      model_path: keepModelPath ? modelPath : resolve(modelPath),
      examples_file: config.expert.examples_file === undefined ? undefined : resolve(config.expert.examples_file),
    },
    api: { ...config.api, api_keys_file: config.api.api_keys_file === undefined ? undefined : resolve(config.api.api_keys_file) },
    inference: { ...config.inference, model_dirs: config.inference.model_dirs.map(resolve) },
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Every default, with paths resolved as loadConfig resolves them (state_dir becomes `<home>/.democritus`). */
export const DEFAULT_CONFIG: DemocritusConfig = deepFreeze(resolvePaths(configSchema.parse({}), process.cwd()));
