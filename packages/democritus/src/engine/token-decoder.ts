import type { LlamaModel, Token } from 'node-llama-cpp';

const REPLACEMENT_CHARACTER = '\uFFFD';
/** A UTF-8 character spans at most 4 byte tokens. */
const MAX_PENDING_TOKENS = 4;
const CONTEXT_TOKENS = 8;

/**
 * Turns generated tokens into text pieces. A token that ends inside a multi-byte character yields an empty piece;
 * the completed character comes with the token that finishes it.
 */
export class TokenDecoder {
  private pending: Token[] = [];
  private readonly recent: Token[];

  constructor(
    private readonly model: LlamaModel,
    promptTokens: readonly Token[],
  ) {
    this.recent = promptTokens.slice(-CONTEXT_TOKENS);
  }

  push(token: Token): string {
    this.pending.push(token);
    const text = this.model.detokenize(this.pending, false, this.recent);
    if (text.endsWith(REPLACEMENT_CHARACTER) && this.pending.length < MAX_PENDING_TOKENS) return '';
    this.recent.push(...this.pending);
    this.recent.splice(0, Math.max(0, this.recent.length - CONTEXT_TOKENS));
    this.pending = [];
    return text;
  }

  /** Text of a single token on its own, for the alternatives list. */
  tokenText(token: Token): string {
    return this.model.detokenize([token], false, this.recent);
  }
}
