import { multiaddr } from '@multiformats/multiaddr';
import { DEFAULT_AUDIT_TOLERANCES } from '../core/audit/audit-tolerances.js';
import { STALL_FLOOR_MS } from '../core/failover/stall-timeout.js';
import { DEFAULT_DECOMPOSE_THRESHOLD } from '../core/planning/complexity.js';
import { DEFAULT_DAG_LIMITS } from '../core/planning/dag-limits.js';
import { peerIdFromString } from '@libp2p/peer-id';
import { z } from 'zod';
import { AGGREGATION_REQUESTS, DECOMPOSE_MODES, MAX_AGGREGATED_EXPERTS } from '@democritus/sdk';
import { HTML_MODES } from '../core/sanitizer/html.js';
import { UNICODE_MODES } from '../core/sanitizer/unicode.js';

/**
 * The node's configuration file, validated at the boundary. Keys stay snake_case, as written in the TOML file.
 * Messages are phrased to follow `<field path>: ` and precede `, got <value>` (see `describeIssue` in load.ts);
 * an issue with `params.complete` already names the value and gets no suffix.
 */

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const BACKENDS = ['cpu', 'cuda', 'vulkan', 'metal'] as const;

const HEX64 = /^[0-9a-fA-F]{64}$/;
/** A URI scheme such as `https:` or `hf:` at the start of a model location. */
export const URI_SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const SWARM_KEY_MESSAGE =
  'must be 64 hexadecimal characters (32 bytes); generate one with `democritus swarm-key generate`';

function integer(min: number, max?: number) {
  const range = max === undefined ? `must be at least ${min}` : `must be between ${min} and ${max}`;
  const schema = z
    .number({ error: 'expected an integer' })
    .int({ error: 'expected an integer', abort: true })
    .min(min, range);
  return max === undefined ? schema : schema.max(max, range);
}

function number(min: number, max: number, range: string, options: { exclusiveMin?: boolean } = {}) {
  const schema = z.number({ error: 'expected a number' });
  return (options.exclusiveMin ? schema.gt(min, range) : schema.min(min, range)).max(max, range);
}

function nonEmptyString() {
  return z.string({ error: 'expected a string' }).min(1, { error: 'must not be empty', abort: true });
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of ${values.join(', ')}` });
}

function stringList() {
  return z.array(z.string({ error: 'expected a string' }), { error: 'expected a list of strings' });
}

/** https: URLs and hf:<owner>/<repo>/<file> specs: the two sources the model downloader understands. */
function hasDownloadableScheme(value: string): boolean {
  const scheme = URI_SCHEME.exec(value)?.[1]?.toLowerCase();
  return scheme === 'https' ? URL.canParse(value) : scheme === 'hf';
}

function invalidMultiaddrReason(value: string): string | undefined {
  try {
    multiaddr(value);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function checkListenAddress(value: string, ctx: z.RefinementCtx, path: PropertyKey[]): void {
  const reason = invalidMultiaddrReason(value);
  if (reason !== undefined) {
    const message = `invalid multiaddr ${JSON.stringify(value)}: ${reason}`;
    ctx.addIssue({ code: 'custom', path, input: value, params: { complete: true }, message });
  }
}

function checkBootstrapAddress(value: string, ctx: z.RefinementCtx): void {
  const quoted = JSON.stringify(value);
  const reason = invalidMultiaddrReason(value);
  const fail = (message: string) => ctx.addIssue({ code: 'custom', input: value, params: { complete: true }, message });
  if (reason !== undefined) return fail(`invalid multiaddr ${quoted}: ${reason}`);
  const peerId = multiaddr(value).getComponents().find((component) => component.name === 'p2p')?.value;
  if (peerId === undefined) {
    return fail(`multiaddr ${quoted} has no /p2p/<peer-id> component; a bootstrap node needs one`);
  }
  try {
    peerIdFromString(peerId);
  } catch {
    fail(`invalid peer id ${JSON.stringify(peerId)} in multiaddr ${quoted}`);
  }
}

/** One multiaddr or a list of them, normalized to a list. */
const listenAddresses = z
  .union([z.string(), z.array(z.string())], { error: 'expected a multiaddr string or a list of them' })
  .superRefine((value, ctx) => {
    if (typeof value === 'string') checkListenAddress(value, ctx, []);
    else value.forEach((address, index) => checkListenAddress(address, ctx, [index]));
  })
  .transform((value) => (typeof value === 'string' ? [value] : value));

const hex64 = (message: string) =>
  z
    .string({ error: 'expected a string' })
    .regex(HEX64, message)
    .transform((value) => value.toLowerCase());

const TABLE = { error: 'expected a table' };

const nodeSchema = z.strictObject(
  {
    name: nonEmptyString().default('democritus-node'),
    listen_address: listenAddresses.default(['/ip4/127.0.0.1/tcp/4001', '/ip4/127.0.0.1/udp/4001/quic-v1']),
    bootstrap_nodes: z
      .array(z.string({ error: 'expected a string' }).superRefine(checkBootstrapAddress), {
        error: 'expected a list of multiaddr strings',
      })
      .default([]),
    state_dir: nonEmptyString().default('~/.democritus'),
    private_swarm_key: hex64(SWARM_KEY_MESSAGE).optional(),
    log_level: oneOf(LOG_LEVELS).default('info'),
    mdns: z.boolean({ error: 'expected true or false' }).default(false),
    relay_server: z.boolean({ error: 'expected true or false' }).default(false),
    advert_ttl_seconds: integer(10, 86_400).default(300),
  },
  TABLE,
);

const expertSchema = z.strictObject(
  {
    description: z.string({ error: 'expected a string' }).default(''),
    model_path: nonEmptyString()
      .refine(
        (value) => !URI_SCHEME.test(value) || hasDownloadableScheme(value),
        'must be a file name, a path, an https: URL or an hf:<owner>/<repo>/<file> spec',
      )
      .default('stories260K.gguf'),
    model_url: nonEmptyString()
      .refine(hasDownloadableScheme, 'must be an https: URL or an hf:<owner>/<repo>/<file> spec')
      .optional(),
    model_sha256: hex64('must be 64 hexadecimal characters (a SHA-256 digest)').optional(),
    max_context: integer(16, 1_048_576).default(2048),
    temperature: number(0, 2, 'must be between 0 and 2').default(0.7),
    top_p: number(0, 1, 'must be greater than 0 and at most 1', { exclusiveMin: true }).default(0.95),
    max_tokens: integer(1, 1_048_576).default(256),
    backend: oneOf(BACKENDS).default('cpu'),
    /** Prompts this expert is good at: embedded into its advert so that routing can match by example. */
    examples: z.array(nonEmptyString(), { error: 'expected a list of example prompts' }).max(1000, 'at most 1000 examples').default([]),
    /** A file of example prompts: JSONL with a "prompt" field per line, or plain text with one prompt per line. */
    examples_file: nonEmptyString().optional(),
  },
  TABLE,
);

const PORT_FIELDS = ['rest_port', 'grpc_port', 'ws_port'] as const;

const apiSchema = z
  .strictObject(
    {
      host: nonEmptyString().default('127.0.0.1'),
      rest_port: integer(0, 65535).default(8080),
      grpc_port: integer(0, 65535).default(50051),
      ws_port: integer(0, 65535).default(8081),
      /** Bearer tokens accepted by every API route but /health; empty: no authentication. */
      api_keys: z
        .array(z.string({ error: 'expected a string' }).min(16, 'an API key must be at least 16 characters'), {
          error: 'expected a list of API key strings',
        })
        .default([]),
      /** A file with one API key per line (blank lines and #-comments ignored), read at start. */
      api_keys_file: nonEmptyString().optional(),
      /** Listening on a non-loopback host without API keys is refused unless this is true. */
      allow_unauthenticated_public: z.boolean({ error: 'expected true or false' }).default(false),
      /** A client must send its request line and headers within this time (REST and WebSocket listeners). */
      headers_timeout_seconds: integer(1, 3_600).default(10),
      /** A client must send its whole request, body included, within this time (a streamed answer is not limited). */
      request_timeout_seconds: integer(1, 3_600).default(30),
      /** A WebSocket client that reads nothing for this long while answers wait for it is disconnected. */
      stalled_client_seconds: integer(1, 3_600).default(30),
      /** A gRPC connection with no call for this long is closed. */
      idle_timeout_seconds: integer(1, 86_400).default(300),
    },
    TABLE,
  )
  .superRefine((api, ctx) => {
    // Port 0 asks the OS for a free port, so only fixed ports can collide. Zod runs this check even when a port
    // itself is invalid: that one is reported already.
    const fixed = (port: unknown) => Number.isInteger(port) && (port as number) > 0 && (port as number) <= 65535;
    PORT_FIELDS.forEach((field, index) => {
      const earlier = PORT_FIELDS.slice(0, index).find((other) => fixed(api[other]) && api[other] === api[field]);
      if (earlier !== undefined) {
        ctx.addIssue({ code: 'custom', path: [field], input: api[field], message: `must differ from api.${earlier}` });
      }
    });
  });

const inferenceSchema = z.strictObject(
  {
    threads: integer(0, 1024).default(0),
    max_loaded_models: integer(1, 64).default(2),
    memory_budget_mb: integer(0).default(0),
    max_concurrent_per_model: integer(1, 64).default(1),
    max_queue: integer(0, 10_000).default(16),
    rate_limit_per_minute: integer(0).default(600),
    rate_limit_burst: integer(1).default(30),
    top_logprobs: integer(0, 20).default(5),
    /** Longest prompt a request may carry, in characters over all its messages; refused before any work is done. */
    max_prompt_chars: integer(1, 1_048_576).default(65_536),
    /** Tokens per second this node's expert serves over all its generations, local and remote (0: no cap). */
    max_tokens_per_second: integer(0, 1_000_000).default(0),
    model_dirs: stringList().default([]),
  },
  TABLE,
);

const routingSchema = z.strictObject(
  {
    /** "use-lite" (bundled, offline) or a GGUF embedding model: file name, path, https: URL or hf: spec. */
    embedding_model: nonEmptyString().default('use-lite'),
    /** Embeddings kept in the LRU cache (0 disables it). */
    embedding_cache_size: integer(0, 1_000_000).default(10_000),
    /** Below this similarity an expert is not a match; the request falls back to the local or least-loaded expert. */
    min_similarity: number(-1, 1, 'must be between -1 and 1').default(0.2),
    /** Weights of the ranking score (see docs/architecture.md#routing). */
    similarity_weight: number(0, 10, 'must be between 0 and 10').default(1),
    load_weight: number(0, 10, 'must be between 0 and 10').default(0.15),
    latency_weight: number(0, 10, 'must be between 0 and 10').default(0.05),
    reputation_weight: number(0, 10, 'must be between 0 and 10').default(0.1),
    /** Recent routing decisions kept, keyed by the prompt's LSH signature. */
    cache_entries: integer(0, 1_000_000).default(1024),
    cache_ttl_seconds: integer(0, 86_400).default(60),
    /** Look up candidates through the DHT's LSH band keys as well as gossip. */
    dht_lookup: z.boolean({ error: 'expected true or false' }).default(true),
    /** Band keys queried per DHT lookup: the prompt's own 16, then multi-probe neighbours. */
    dht_probes: integer(1, 1024).default(16),
    /** How long a routing decision waits for the DHT; later answers still reach the directory. */
    dht_timeout_ms: integer(1, 60_000).default(250),
  },
  TABLE,
);

const coordinatorSchema = z.strictObject(
  {
    /** "rules" (any model) or "model" (the node's own expert writes the plan under a JSON grammar: for instruct models). */
    planner: z.enum(['rules', 'model'], { error: 'expected "rules" or "model"' }).default('rules'),
    /** A prompt whose complexity score reaches this is decomposed into sub-tasks. */
    decompose_threshold: number(0, 1, 'must be between 0 and 1').default(DEFAULT_DECOMPOSE_THRESHOLD),
    /** Tasks a plan may have, the synthesis task included. */
    max_tasks: integer(2, 32).default(DEFAULT_DAG_LIMITS.maxTasks),
    /** Longest chain of dependent tasks a plan may have. */
    max_depth: integer(1, 16).default(DEFAULT_DAG_LIMITS.maxDepth),
    /** Tokens the model-based planner may write for one plan. */
    model_plan_max_tokens: integer(64, 8192).default(768),
    /** Whether a "swarm" chat is split into sub-tasks when a request does not say (`democritus.decompose`). */
    decompose: z.enum(DECOMPOSE_MODES, { error: 'expected "auto", "never" or "always"' }).default('auto'),
    /** How many experts answer a "swarm" chat when a request does not say (`democritus.experts`); more than 1 merges their answers. */
    experts: integer(1, MAX_AGGREGATED_EXPERTS).default(1),
    /** How several answers become one when a request does not say (`democritus.aggregation`). */
    aggregation: z.enum(AGGREGATION_REQUESTS, { error: 'expected "auto", "consensus", "vote" or "synthesis"' }).default('auto'),
    /** Sub-tasks of one request that run at once. */
    max_concurrent_tasks: integer(1, 64).default(4),
    /** How long one attempt of a sub-task may take before it is retried on the next-ranked expert. */
    task_deadline_seconds: integer(1, 3_600).default(120),
    /** Switches to another expert that one answer may make when its expert fails mid-answer (0: no failover). */
    max_failovers: integer(0, 8).default(2),
    /** The floor of the stall timeout (ms): an expert that sends no token for max(this, 10 x its longest gap) is given up. */
    failover_stall_floor_ms: integer(100, 600_000).default(STALL_FLOOR_MS),
  },
  TABLE,
);

/** Spot-check audits of remote answers (docs/configuration.md#audit). */
const auditSchema = z.strictObject(
  {
    /** Share of remote answers this node re-evaluates when it holds the expert's model (0: none, 1: every one). */
    spot_check_rate: number(0, 1, 'must be between 0 and 1').default(0.05),
    /** Mean KL divergence per token (nats) above which an audited answer fails. */
    kl_threshold: number(0, 100, 'must be between 0 and 100').default(DEFAULT_AUDIT_TOLERANCES.klMean),
  },
  TABLE,
);

/** The sanitizer (docs/configuration.md#sanitizer): rules on prompts as they enter the node and on text as it leaves. */
const sanitizerSchema = z.strictObject(
  {
    input: z
      .strictObject(
        {
          /** Strip ANSI escape sequences and other control characters but \n \t \r. */
          ansi: z.boolean({ error: 'expected true or false' }).default(true),
          /** Lone surrogates, bidi controls and zero-width runs: removed, refused (400), or let through. */
          unicode: oneOf(UNICODE_MODES).default('remove'),
          html: oneOf(HTML_MODES).default('off'),
          /** Longest prompt in tokens where a token count is known (0: no limit); characters: inference.max_prompt_chars. */
          max_prompt_tokens: integer(0, 1_048_576).default(0),
        },
        TABLE,
      )
      .prefault({}),
    output: z
      .strictObject(
        {
          ansi: z.boolean({ error: 'expected true or false' }).default(true),
          /** For clients that render answers as HTML: escape `<>&"'`, or drop active content. */
          html: oneOf(HTML_MODES).default('off'),
          /** Most characters held back while an escape sequence, entity or tag split over tokens may still be coming. */
          carry_chars: integer(1, 4096).default(256),
        },
        TABLE,
      )
      .prefault({}),
    repetition: z
      .strictObject(
        {
          enabled: z.boolean({ error: 'expected true or false' }).default(true),
          /** The last `window` tokens must be one n-gram repeated. */
          window: integer(2, 4096).default(48),
          max_ngram: integer(1, 256).default(16),
          min_repeats: integer(2, 4096).default(3),
        },
        TABLE,
      )
      .prefault({}),
  },
  TABLE,
);

// prefault, unlike default, runs a missing table through its schema so that the field defaults fill it.
export const configSchema = z.strictObject({
  node: nodeSchema.prefault({}),
  expert: expertSchema.prefault({}),
  api: apiSchema.prefault({}),
  inference: inferenceSchema.prefault({}),
  routing: routingSchema.prefault({}),
  coordinator: coordinatorSchema.prefault({}),
  sanitizer: sanitizerSchema.prefault({}),
  audit: auditSchema.prefault({}),
});

export type DemocritusConfig = z.output<typeof configSchema>;
export type NodeConfig = DemocritusConfig['node'];
export type ExpertConfig = DemocritusConfig['expert'];
export type ApiConfig = DemocritusConfig['api'];
export type InferenceConfig = DemocritusConfig['inference'];
export type RoutingConfig = DemocritusConfig['routing'];
export type CoordinatorConfig = DemocritusConfig['coordinator'];
export type SanitizerConfig = DemocritusConfig['sanitizer'];

/** The `[sanitizer]` table with every default. */
export const SANITIZER_DEFAULTS: SanitizerConfig = sanitizerSchema.parse({});
export type LogLevel = (typeof LOG_LEVELS)[number];
export type Backend = (typeof BACKENDS)[number];
