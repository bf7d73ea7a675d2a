/**
 * Chat requests as the WebSocket and gRPC APIs receive them, validated at the edge into plain typed data.
 * Field names follow the OpenAI wire format (snake_case), so a request reads the same on every interface.
 */
import type { ChatMessage, ChatRole } from '../../engine/types.js';

export const MAX_MESSAGES = 256;
export const MAX_CONTENT_CHARS = 200_000;
export const MAX_TOKENS_LIMIT = 4096;
export const TOP_LOGPROBS_LIMIT = 20;
export const MAX_STOP_SEQUENCES = 4;

const ROLES: readonly ChatRole[] = ['system', 'user', 'assistant'];
const FIELDS = ['model', 'messages', 'max_tokens', 'temperature', 'top_p', 'seed', 'stop', 'top_logprobs'] as const;

/** A valid chat request; left-out sampling settings take the serving node's defaults. */
export interface ChatParams {
  /** "swarm" (semantic routing), or an expert's name or peer ID (pinned). */
  model: string;
  messages: ChatMessage[];
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  seed?: number;
  stop: string[];
  topLogprobs: number;
}

/** A request field is missing or wrong; `param` names it (e.g. `messages[1].role`). */
export class ChatParamsError extends Error {
  constructor(
    readonly param: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'ChatParamsError';
  }
}

/**
 * Checks a chat request given as a JSON-like object (`{model?, messages, max_tokens?, temperature?, top_p?, seed?,
 * stop?, top_logprobs?}`); `ignore` lists extra keys the caller handles itself (e.g. the WebSocket frame's `type`, `id`).
 */
export function parseChatParams(raw: Record<string, unknown>, ignore: readonly string[] = []): ChatParams {
  for (const key of Object.keys(raw)) {
    if (!(FIELDS as readonly string[]).includes(key) && !ignore.includes(key)) {
      throw new ChatParamsError(key, `unknown field \`${key}\`; a chat request has ${FIELDS.join(', ')}`);
    }
  }
  const model = raw.model ?? 'swarm';
  if (typeof model !== 'string' || model.length === 0 || model.length > 256) throw new ChatParamsError('model', '`model` must be a non-empty string ("swarm", an expert name or a peer ID)');

  const messages = raw.messages;
  if (!Array.isArray(messages) || messages.length === 0) throw new ChatParamsError('messages', '`messages` must be a non-empty list of {role, content}');
  if (messages.length > MAX_MESSAGES) throw new ChatParamsError('messages', `\`messages\` has ${messages.length} entries; at most ${MAX_MESSAGES}`);
  const parsed = messages.map((message: unknown, index) => parseMessage(message, `messages[${index}]`));

  const stop = raw.stop === undefined || raw.stop === null ? [] : typeof raw.stop === 'string' ? [raw.stop] : raw.stop;
  if (!Array.isArray(stop) || stop.length > MAX_STOP_SEQUENCES || !stop.every((s) => typeof s === 'string' && s.length > 0)) {
    throw new ChatParamsError('stop', `\`stop\` must be a non-empty string or a list of at most ${MAX_STOP_SEQUENCES} of them`);
  }

  return {
    model,
    messages: parsed,
    maxTokens: optionalNumber(raw, 'max_tokens', { integer: true, min: 1, max: MAX_TOKENS_LIMIT }),
    temperature: optionalNumber(raw, 'temperature', { min: 0, max: 2 }),
    topP: optionalNumber(raw, 'top_p', { min: 0, max: 1, exclusiveMin: true }),
    seed: optionalNumber(raw, 'seed', { integer: true, min: 0, max: 0xffff_ffff }),
    stop: stop as string[],
    topLogprobs: optionalNumber(raw, 'top_logprobs', { integer: true, min: 0, max: TOP_LOGPROBS_LIMIT }) ?? 0,
  };
}

function parseMessage(message: unknown, where: string): ChatMessage {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) throw new ChatParamsError(where, `\`${where}\` must be an object {role, content}`);
  const { role, content, ...rest } = message as Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) throw new ChatParamsError(`${where}.${extra}`, `\`${where}\` has an unknown field \`${extra}\``);
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
    throw new ChatParamsError(`${where}.role`, `\`${where}.role\` must be one of ${ROLES.join(', ')}`);
  }
  if (typeof content !== 'string') throw new ChatParamsError(`${where}.content`, `\`${where}.content\` must be a string`);
  if (content.length > MAX_CONTENT_CHARS) throw new ChatParamsError(`${where}.content`, `\`${where}.content\` is longer than ${MAX_CONTENT_CHARS} characters`);
  return { role: role as ChatRole, content };
}

function optionalNumber(
  raw: Record<string, unknown>,
  field: string,
  range: { integer?: boolean; min: number; max: number; exclusiveMin?: boolean },
): number | undefined {
  const value = raw[field];
  if (value === undefined || value === null) return undefined;
  const kind = range.integer ? 'an integer' : 'a number';
  const lower = range.exclusiveMin ? `greater than ${range.min}` : `at least ${range.min}`;
  if (typeof value !== 'number' || !Number.isFinite(value) || (range.integer && !Number.isInteger(value))) {
    throw new ChatParamsError(field, `\`${field}\` must be ${kind}, got ${JSON.stringify(value)}`);
  }
  if (value < range.min || (range.exclusiveMin && value === range.min) || value > range.max) {
    throw new ChatParamsError(field, `\`${field}\` must be ${lower} and at most ${range.max}, got ${value}`);
  }
  return value;
}
