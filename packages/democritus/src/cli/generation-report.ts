import type { DoneEvent, GenerationEvent } from '../engine/types.js';

export interface ReportOptions {
  /** One JSON object at the end instead of streamed text. */
  json: boolean;
  /** With `json`: include per-token log-probabilities (and this many alternatives each). */
  logprobs: number | undefined;
  /** The model that ran, as far as the caller knows it; the done event's SHA-256 wins. */
  model: { name: string | null; sha256: string | null };
  /** The peer that ran the generation (remote runs only). */
  peer?: string;
}

interface TokenLogprobs {
  token_id: number;
  text: string;
  logprob: number;
  top_logprobs?: { token_id: number; text: string; logprob: number }[];
}

/**
 * Prints a generation as `democritus run` does, wherever it ran: text streamed to stdout and a stats line on stderr,
 * or with `json` one object (text, tokens, tokens_per_second, time_to_first_token_ms, finish_reason, model_sha256).
 * Throws after printing when the generation failed.
 */
export async function reportGeneration(stream: AsyncIterable<GenerationEvent>, options: ReportOptions): Promise<DoneEvent> {
  let text = '';
  let done: DoneEvent | undefined;
  const tokens: TokenLogprobs[] = [];
  for await (const event of stream) {
    if (event.type === 'done') {
      done = event;
      continue;
    }
    text += event.text;
    if (!options.json) {
      process.stdout.write(event.text);
    } else if (event.tokenId >= 0 && options.logprobs !== undefined) {
      tokens.push({
        token_id: event.tokenId,
        text: event.text,
        logprob: event.logprob,
        top_logprobs: event.topLogprobs.map((t) => ({ token_id: t.tokenId, text: t.text, logprob: t.logprob })),
      });
    }
  }
  if (done === undefined) throw new Error('generation ended without a result');
  const seconds = done.timings.totalMs / 1000;
  if (options.json) {
    const result = {
      text,
      model: options.model.name,
      model_sha256: done.modelSha256 !== '' ? done.modelSha256 : options.model.sha256,
      finish_reason: done.finishReason,
      prompt_tokens: done.usage.promptTokens,
      tokens: done.usage.completionTokens,
      tokens_per_second: seconds > 0 ? done.usage.completionTokens / seconds : 0,
      time_to_first_token_ms: done.timings.firstTokenMs,
      duration_ms: done.timings.totalMs,
      ...(options.peer !== undefined ? { peer: options.peer } : {}),
      ...(options.logprobs !== undefined ? { logprobs: tokens } : {}),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    process.stdout.write('\n');
    const where = options.peer !== undefined ? `, peer: ${options.peer}` : '';
    process.stderr.write(
      `[${done.usage.completionTokens} tokens, ${(done.usage.completionTokens / seconds).toFixed(1)} tokens/s, finish: ${done.finishReason}${where}]\n`,
    );
  }
  if (done.finishReason === 'error') throw new Error(`generation failed: ${done.error ?? 'unknown error'}`);
  return done;
}
