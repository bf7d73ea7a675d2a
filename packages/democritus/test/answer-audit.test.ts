import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditAnswer, type AuditedAnswer, type ContinuationScorer } from '../src/app/audit/answer-audit.js';
import type { LlamaEngine } from '../src/engine/llama-engine.js';
import type { TokenEvent } from '../src/engine/types.js';
import { collect, createTestEngine, storyRequest } from './support/engine.js';
import { otherModelHandle, tinyModelHandle } from './support/tiny-model.js';

const PROMPTS = ['Once upon a time', 'The little dog', 'Lily wanted to'];

/**
 * Audits on the real engine: the expert generates with one thread, the auditor scores with two (llama.cpp's logits
 * differ slightly across thread counts, as between honest nodes), and each cheat of the trust issue is played by
 * changing what the expert would sign.
 */
describe('answer audits by teacher forcing on the real engine', () => {
  let expert: LlamaEngine;
  let auditor: LlamaEngine;
  let score: ContinuationScorer;

  beforeAll(async () => {
    expert = await createTestEngine({ threads: 1 });
    auditor = await createTestEngine({ threads: 2 });
    score = (input, tokenIds, topLogprobs, signal) => auditor.scoreContinuation({ model: tinyModelHandle(), input, continuation: { tokenIds }, topLogprobs, ...(signal === undefined ? {} : { signal }) });
  });

  afterAll(async () => {
    await Promise.all([expert.close(), auditor.close()]);
  });

  async function answer(prompt: string, temperature: number): Promise<AuditedAnswer> {
    const generated = await collect(expert.generate(storyRequest({ input: { prompt }, maxTokens: 60, topLogprobs: 5, sampling: { temperature, topP: 1, topK: 40, seed: 11 } })));
    return { input: { prompt }, tokens: generated.tokens, greedy: temperature === 0 };
  }

  it('passes honest answers, greedy and sampled, on another thread count', async () => {
    for (const prompt of PROMPTS) {
      for (const temperature of [0, 0.9]) {
        const audit = await auditAnswer(await answer(prompt, temperature), score);
        expect(audit.failed, `${prompt} at T=${temperature}`).toEqual([]);
        expect(audit.comparison?.klMean).toBeLessThan(1e-4);
      }
    }
  });

  it("fails another model's answer: its tokens are not in this model's vocabulary", async () => {
    const generated = await collect(expert.generate({ ...storyRequest({ maxTokens: 30, topLogprobs: 5 }), model: await otherModelHandle() }));
    const audit = await auditAnswer({ input: { prompt: 'Once upon a time' }, tokens: generated.tokens, greedy: true }, score);
    expect(audit.passed).toBe(false);
    expect(audit.failed).toEqual(['token_out_of_vocabulary']);
  });

  it('fails invented log-probabilities, a word swapped after generation, and a sampled answer claimed as greedy', async () => {
    const honest = await answer('The little dog', 0);
    const invented = honest.tokens.map((token): TokenEvent => ({ ...token, logprob: -0.01, topLogprobs: token.topLogprobs.map((alternative, i) => ({ ...alternative, logprob: i === 0 ? -0.01 : -6 })) }));
    expect((await auditAnswer({ ...honest, tokens: invented }, score)).failed).toEqual(expect.arrayContaining(['logprob']));

    // The 10th token replaced by its least likely listed alternative, the signed figures left as they were.
    const swapped = honest.tokens.map((token, i): TokenEvent => (i === 10 ? { ...token, tokenId: token.topLogprobs.at(-1)?.tokenId ?? token.tokenId } : token));
    expect((await auditAnswer({ ...honest, tokens: swapped }, score)).passed).toBe(false);

    const sampled = await answer('Lily wanted to', 1.5);
    const claimedGreedy = await auditAnswer({ ...sampled, greedy: true }, score);
    expect(claimedGreedy.failed).toContain('argmax');
  });
});
