import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConfigError,
  DEFAULT_CONFIG,
  envModelDirs,
  envOverrides,
  loadConfig,
  parseConfigText,
  type ConfigOverride,
} from '../src/config/index.js';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const PEER_ID = '12D3KooWDw7j3RK2gujs1cB3tvxyH7UVSc8x7in3bBtWqSVkAaNr';
const DIR = '/srv/democritus';

function parse(text: string, overrides?: ConfigOverride[]) {
  return parseConfigText(text, { file: 'config.toml', dir: DIR, overrides }).config;
}

function errorOf(text: string, overrides?: ConfigOverride[]): string {
  try {
    parse(text, overrides);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).code).toBe('config_invalid');
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('defaults', () => {
  it('fills every field when there is no file', async () => {
    const loaded = await loadConfig({ cwd: '/tmp' });
    expect(loaded.file).toBeNull();
    expect(loaded.dir).toBe('/tmp');
    expect(loaded.config).toEqual(DEFAULT_CONFIG);
    expect(DEFAULT_CONFIG).toEqual({
      node: {
        name: 'democritus-node',
        listen_address: ['/ip4/127.0.0.1/tcp/4001', '/ip4/127.0.0.1/udp/4001/quic-v1'],
        bootstrap_nodes: [],
        state_dir: path.join(homedir(), '.democritus'),
        log_level: 'info',
        mdns: false,
        relay_server: false,
        advert_ttl_seconds: 300,
      },
      expert: {
        description: '',
        model_path: 'stories260K.gguf',
        max_context: 2048,
        temperature: 0.7,
        top_p: 0.95,
        max_tokens: 256,
        backend: 'cpu',
        examples: [],
        examples_file: undefined,
      },
      api: {
        host: '127.0.0.1',
        rest_port: 8080,
        grpc_port: 50051,
        ws_port: 8081,
        api_keys: [],
        api_keys_file: undefined,
        allow_unauthenticated_public: false,
        headers_timeout_seconds: 10,
        request_timeout_seconds: 30,
        stalled_client_seconds: 30,
        idle_timeout_seconds: 300,
      },
      inference: {
        threads: 0,
        max_loaded_models: 2,
        memory_budget_mb: 0,
        max_concurrent_per_model: 1,
        max_queue: 16,
        rate_limit_per_minute: 600,
        rate_limit_burst: 30,
        top_logprobs: 5,
        max_prompt_chars: 65_536,
        max_tokens_per_second: 0,
        model_dirs: [],
      },
      routing: {
        embedding_model: 'use-lite',
        embedding_cache_size: 10_000,
        min_similarity: 0.2,
        similarity_weight: 1,
        load_weight: 0.15,
        latency_weight: 0.05,
        reputation_weight: 0.1,
        cache_entries: 1024,
        cache_ttl_seconds: 60,
        dht_lookup: true,
        dht_probes: 16,
        dht_timeout_ms: 250,
      },
      sanitizer: {
        input: { ansi: true, unicode: 'remove', html: 'off', max_prompt_tokens: 0 },
        output: { ansi: true, html: 'off', carry_chars: 256 },
        repetition: { enabled: true, window: 48, max_ngram: 16, min_repeats: 3 },
      },
      coordinator: {
        planner: 'rules',
        decompose_threshold: 0.5,
        max_tasks: 16,
        max_depth: 6,
        model_plan_max_tokens: 768,
        decompose: 'auto',
        max_concurrent_tasks: 4,
        task_deadline_seconds: 120,
        experts: 1,
        aggregation: 'auto',
        max_failovers: 2,
        failover_stall_floor_ms: 2000,
      },
      audit: { spot_check_rate: 0.05, kl_threshold: 0.15 },
    });
  });

  it('reads [audit] and refuses a spot-check rate outside [0, 1]', () => {
    expect(parse('[audit]\nspot_check_rate = 1\nkl_threshold = 0.3\n').audit).toEqual({ spot_check_rate: 1, kl_threshold: 0.3 });
    expect(() => parse('[audit]\nspot_check_rate = 1.5\n')).toThrow(/audit\.spot_check_rate: must be between 0 and 1/);
  });

  it('reads [coordinator] and refuses an unknown planner or a threshold outside [0, 1]', () => {
    const config = parse('[coordinator]\nplanner = "model"\ndecompose_threshold = 0.3\nmax_tasks = 4\n');
    expect(config.coordinator).toMatchObject({ planner: 'model', decompose_threshold: 0.3, max_tasks: 4 });
    expect(() => parse('[coordinator]\nplanner = "oracle"\n')).toThrow(/coordinator\.planner: expected "rules" or "model"/);
    expect(() => parse('[coordinator]\ndecompose_threshold = 1.5\n')).toThrow(/coordinator\.decompose_threshold: must be between 0 and 1/);
    expect(() => parse('[coordinator]\nmax_tasks = 1\n')).toThrow(/coordinator\.max_tasks/);
  });

  it('reads the [coordinator] defaults of a chat request, experts and aggregation, and refuses what a request could not ask', () => {
    expect(parse('[coordinator]\nexperts = 3\naggregation = "vote"\n').coordinator).toMatchObject({ experts: 3, aggregation: 'vote' });
    expect(() => parse('[coordinator]\nexperts = 9\n')).toThrow(/coordinator\.experts/);
    expect(() => parse('[coordinator]\naggregation = "average"\n')).toThrow(/coordinator\.aggregation: expected "auto", "consensus", "vote" or "synthesis"/);
  });

  it('reads [inference] max_tokens_per_second and refuses a fraction or a rate outside 0..1000000', () => {
    expect(parse('[inference]\nmax_tokens_per_second = 200\n').inference.max_tokens_per_second).toBe(200);
    expect(() => parse('[inference]\nmax_tokens_per_second = 2.5\n')).toThrow(/inference\.max_tokens_per_second: expected an integer/);
    expect(() => parse('[inference]\nmax_tokens_per_second = -1\n')).toThrow(/inference\.max_tokens_per_second: must be between 0 and 1000000/);
    expect(() => parse('[inference]\nmax_tokens_per_second = 1000001\n')).toThrow(/inference\.max_tokens_per_second: must be between 0 and 1000000/);
  });

  it('reads [sanitizer] sub-tables and refuses an unknown mode', () => {
    const config = parse('[sanitizer.input]\nunicode = "refuse"\n[sanitizer.output]\nhtml = "escape"\n[sanitizer.repetition]\nenabled = false\n');
    expect(config.sanitizer.input.unicode).toBe('refuse');
    expect(config.sanitizer.output.html).toBe('escape');
    expect(config.sanitizer.repetition.enabled).toBe(false);
    expect(() => parse('[sanitizer.input]\nunicode = "strip"\n')).toThrow(/sanitizer\.input\.unicode: must be one of off, remove, refuse/);
  });

  it('treats an empty file and empty tables as all defaults', () => {
    expect(parse('')).toEqual(DEFAULT_CONFIG);
    expect(parse('[node]\n[expert]\n[api]\n[inference]\n[routing]\n')).toEqual(DEFAULT_CONFIG);
  });

  it('cannot be mutated by a consumer', () => {
    expect(Object.isFrozen(DEFAULT_CONFIG.node.listen_address)).toBe(true);
  });
});

describe('the repository config.toml', () => {
  it('loads, with paths resolved against the repository root', async () => {
    const { config, file, dir } = await loadConfig({ file: 'config.toml', cwd: REPO_ROOT });
    expect(file).toBe('config.toml');
    expect(dir).toBe(path.resolve(REPO_ROOT));
    expect(config.node.name).toBe('democritus-1');
    expect(config.node.listen_address).toEqual(['/ip4/127.0.0.1/tcp/0', '/ip4/127.0.0.1/udp/0/quic-v1']);
    expect(config.node.state_dir).toBe(path.join(REPO_ROOT, '.democritus/node-1'));
    expect(config.expert).toMatchObject({
      model_path: 'stories260K.gguf',
      model_url: 'hf:ggml-org/models/tinyllamas/stories260K.gguf',
      model_sha256: '270cba1bd5109f42d03350f60406024560464db173c0e387d91f0426d3bd256d',
      max_context: 512,
    });
    expect(config.inference).toMatchObject({ threads: 1, top_logprobs: 5 });
    expect(config.inference.model_dirs).toEqual([path.join(REPO_ROOT, 'models')]);
  });
});

describe('values', () => {
  it('accepts listen_address as one string or a list', () => {
    expect(parse('[node]\nlisten_address = "/ip4/127.0.0.1/tcp/9000"').node.listen_address).toEqual([
      '/ip4/127.0.0.1/tcp/9000',
    ]);
    const list = '[node]\nlisten_address = ["/ip4/127.0.0.1/tcp/9000", "/ip6/::1/udp/9000/quic-v1"]';
    expect(parse(list).node.listen_address).toEqual(['/ip4/127.0.0.1/tcp/9000', '/ip6/::1/udp/9000/quic-v1']);
  });

  it('accepts bootstrap nodes that name a peer', () => {
    const address = `/ip4/127.0.0.1/tcp/4001/p2p/${PEER_ID}`;
    expect(parse(`[node]\nbootstrap_nodes = ["${address}"]`).node.bootstrap_nodes).toEqual([address]);
  });

  it('expands ~ and resolves relative paths against the config file directory', () => {
    expect(parse('[node]\nstate_dir = "~/nodes/a"').node.state_dir).toBe(path.join(homedir(), 'nodes/a'));
    expect(parse('[node]\nstate_dir = "~"').node.state_dir).toBe(homedir());
    expect(parse('[node]\nstate_dir = "state"').node.state_dir).toBe(path.join(DIR, 'state'));
    expect(parse('[node]\nstate_dir = "/var/lib/d"').node.state_dir).toBe('/var/lib/d');
    expect(parse('[inference]\nmodel_dirs = ["models", "~/m"]').inference.model_dirs).toEqual([
      path.join(DIR, 'models'),
      path.join(homedir(), 'm'),
    ]);
  });

  it('keeps bare model names and URIs, resolves model paths', () => {
    const modelPath = (value: string) => parse(`[expert]\nmodel_path = "${value}"`).expert.model_path;
    expect(modelPath('tiny.gguf')).toBe('tiny.gguf');
    expect(modelPath('models/tiny.gguf')).toBe(path.join(DIR, 'models/tiny.gguf'));
    expect(modelPath('hf:ggml-org/models/tinyllamas/stories260K.gguf')).toBe(
      'hf:ggml-org/models/tinyllamas/stories260K.gguf',
    );
    expect(modelPath('https://example.org/m.gguf')).toBe('https://example.org/m.gguf');
  });

  it('lowercases hex digests and keys', () => {
    const key = 'AB'.repeat(32);
    const digest = 'CD'.repeat(32);
    const config = parse(`[node]\nprivate_swarm_key = "${key}"\n[expert]\nmodel_sha256 = "${digest}"`);
    expect(config.node.private_swarm_key).toBe('ab'.repeat(32));
    expect(config.expert.model_sha256).toBe('cd'.repeat(32));
  });
});

describe('overrides', () => {
  it('coerce CLI strings for numeric fields and win over the file', () => {
    const config = parse('[expert]\ntemperature = 0.2\n[api]\nrest_port = 9000', [
      { path: 'expert.temperature', value: '1.5', source: '--temperature' },
      { path: 'api.rest_port', value: '9090', source: '--rest-port' },
      { path: 'node.name', value: '42', source: '--name' },
      { path: 'inference.model_dirs', value: 'extra', source: '--model-dir' },
    ]);
    expect(config.expert.temperature).toBe(1.5);
    expect(config.api.rest_port).toBe(9090);
    expect(config.node.name).toBe('42');
    expect(config.inference.model_dirs).toEqual([path.join(DIR, 'extra')]);
  });

  it('apply without a file', async () => {
    const overrides = [{ path: 'node.log_level', value: 'debug', source: '--log-level' }];
    const { config } = await loadConfig({ overrides });
    expect(config.node.log_level).toBe('debug');
  });

  it('name their source when invalid', () => {
    expect(errorOf('', [{ path: 'expert.temperature', value: '7', source: '--temperature' }])).toBe(
      '--temperature: expert.temperature: must be between 0 and 2, got 7',
    );
    expect(errorOf('', [{ path: 'api.rest_port', value: '80a', source: '--rest-port' }])).toBe(
      '--rest-port: api.rest_port: expected an integer, got "80a"',
    );
    expect(errorOf('', [{ path: 'node.colour', value: 'red', source: '--set' }])).toBe(
      '--set: node.colour: unknown field',
    );
  });

  it('come from the environment too', () => {
    const overrides = envOverrides({ DEMOCRITUS_LOG_LEVEL: 'loud' });
    expect(errorOf('', overrides)).toBe(
      'DEMOCRITUS_LOG_LEVEL: node.log_level: must be one of fatal, error, warn, info, debug, trace, silent, got "loud"',
    );
    expect(envOverrides({})).toEqual([]);
    expect(envModelDirs({ DEMOCRITUS_MODELS_PATH: '/a::b' }, '/w')).toEqual(['/a', '/w/b']);
  });
});

describe('errors', () => {
  // [what is wrong, TOML text, the exact message]
  const cases: [string, string, string][] = [
    ['wrong type', '[api]\nrest_port = "80a"', 'config.toml: api.rest_port: expected an integer, got "80a"'],
    ['TOML string for a port', '[api]\nrest_port = "80"', 'config.toml: api.rest_port: expected an integer, got "80"'],
    ['fraction', '[inference]\nthreads = 1.5', 'config.toml: inference.threads: expected an integer, got 1.5'],
    ['not a table', 'node = 5', 'config.toml: node: expected a table, got 5'],
    [
      'string for a list',
      '[inference]\nmodel_dirs = "models"',
      'config.toml: inference.model_dirs: expected a list of strings, got "models"',
    ],
    [
      'TOML date for a string',
      '[node]\nstate_dir = 1979-05-27',
      'config.toml: node.state_dir: expected a string, got a date (1979-05-27)',
    ],
    ['unknown nested key', '[node]\ncolour = "red"', 'config.toml: node.colour: unknown field'],
    ['unknown table', '[nodes]\nname = "x"', 'config.toml: nodes: unknown field'],
    ['unknown top-level key', 'verbose = true', 'config.toml: verbose: unknown field'],
    ['out of range', '[expert]\ntemperature = 7', 'config.toml: expert.temperature: must be between 0 and 2, got 7'],
    [
      'below a minimum',
      '[inference]\nrate_limit_burst = 0',
      'config.toml: inference.rate_limit_burst: must be at least 1, got 0',
    ],
    ['top_p of 0', '[expert]\ntop_p = 0', 'config.toml: expert.top_p: must be greater than 0 and at most 1, got 0'],
    ['nan', '[expert]\ntemperature = nan', 'config.toml: expert.temperature: expected a number, got NaN'],
    ['empty name', '[node]\nname = ""', 'config.toml: node.name: must not be empty, got ""'],
    ['enum', '[expert]\nbackend = "tpu"', 'config.toml: expert.backend: must be one of cpu, cuda, vulkan, metal, got "tpu"'],
    [
      'invalid listen multiaddr in a list',
      '[node]\nlisten_address = ["/ip4/127.0.0.1/tcp/1", "/ip4/999.1.1.1/tcp/1"]',
      'config.toml: node.listen_address[1]: invalid multiaddr "/ip4/999.1.1.1/tcp/1": Invalid IPv4 address "999.1.1.1"',
    ],
    [
      'invalid listen multiaddr string',
      '[node]\nlisten_address = "localhost:4001"',
      'config.toml: node.listen_address: invalid multiaddr "localhost:4001": String multiaddr must start with "/"',
    ],
    [
      'listen address of the wrong type',
      '[node]\nlisten_address = 4001',
      'config.toml: node.listen_address: expected a multiaddr string or a list of them, got 4001',
    ],
    [
      'invalid bootstrap multiaddr',
      '[node]\nbootstrap_nodes = ["/ip4/1.2.3.4/tcp/x"]',
      'config.toml: node.bootstrap_nodes[0]: invalid multiaddr "/ip4/1.2.3.4/tcp/x": Value must be an integer',
    ],
    [
      'bootstrap without /p2p',
      '[node]\nbootstrap_nodes = ["/ip4/127.0.0.1/tcp/4001"]',
      'config.toml: node.bootstrap_nodes[0]: multiaddr "/ip4/127.0.0.1/tcp/4001" has no /p2p/<peer-id> component; ' +
        'a bootstrap node needs one',
    ],
    [
      'bootstrap with a bad peer id',
      '[node]\nbootstrap_nodes = ["/ip4/127.0.0.1/tcp/4001/p2p/abc"]',
      'config.toml: node.bootstrap_nodes[0]: invalid peer id "abc" in multiaddr "/ip4/127.0.0.1/tcp/4001/p2p/abc"',
    ],
    [
      'bad sha256',
      '[expert]\nmodel_sha256 = "270cba1b"',
      'config.toml: expert.model_sha256: must be 64 hexadecimal characters (a SHA-256 digest), got "270cba1b"',
    ],
    [
      // The key is a secret: the message never echoes it.
      'bad swarm key',
      '[node]\nprivate_swarm_key = "not-a-key"',
      'config.toml: node.private_swarm_key: must be 64 hexadecimal characters (32 bytes); ' +
        'generate one with `democritus swarm-key generate`',
    ],
    [
      'unsupported model scheme',
      '[expert]\nmodel_path = "ftp://example.org/m.gguf"',
      'config.toml: expert.model_path: must be a file name, a path, an https: URL or an hf:<owner>/<repo>/<file> spec, ' +
        'got "ftp://example.org/m.gguf"',
    ],
    [
      'plain http model url',
      '[expert]\nmodel_url = "http://example.org/m.gguf"',
      'config.toml: expert.model_url: must be an https: URL or an hf:<owner>/<repo>/<file> spec, ' +
        'got "http://example.org/m.gguf"',
    ],
    [
      'clashing ports',
      '[api]\nrest_port = 9000\nws_port = 9000',
      'config.toml: api.ws_port: must differ from api.rest_port, got 9000',
    ],
    [
      'syntax error',
      '[node]\nname = "unterminated\n',
      'config.toml: line 2, column 21: invalid TOML: control characters are not allowed in strings',
    ],
    [
      // Problems come in schema order: [node], [expert], [api], [inference].
      'several problems',
      '[api]\nrest_port = -1\nws_port = 70000\n[node]\ncolour = 1',
      'config.toml: node.colour: unknown field (and 2 more problems)',
    ],
    [
      'two problems',
      '[api]\nrest_port = -1\nws_port = -1',
      'config.toml: api.rest_port: must be between 0 and 65535, got -1 (and 1 more problem)',
    ],
  ];

  it.each(cases)('%s', (_what, toml, message) => {
    expect(errorOf(toml)).toBe(message);
  });

  it('every message is one line', () => {
    for (const [, toml] of cases) expect(errorOf(toml)).not.toContain('\n');
  });
});

describe('files on disk', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'democritus-config-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true });
  });

  it('resolve the file against cwd and relative paths against the file directory', async () => {
    await writeFile(path.join(dir, 'node.toml'), '[node]\nstate_dir = "s"\n');
    const loaded = await loadConfig({ file: 'node.toml', cwd: dir });
    expect(loaded.dir).toBe(dir);
    expect(loaded.config.node.state_dir).toBe(path.join(dir, 's'));
  });

  it('report a missing file', async () => {
    await expect(loadConfig({ file: 'missing.toml', cwd: dir })).rejects.toThrow(
      new ConfigError('missing.toml: file not found'),
    );
  });

  it('name the file as given', async () => {
    await writeFile(path.join(dir, 'bad.toml'), '[expert]\nmax_context = 8\n');
    await expect(loadConfig({ file: 'bad.toml', cwd: dir })).rejects.toThrow(
      'bad.toml: expert.max_context: must be between 16 and 1048576, got 8',
    );
  });
});
