import { describe, expect, it } from 'vitest';
import { continuationFor, nextCandidates } from '../src/core/failover/failover-plan.js';
import { InterTokenGaps, STALL_FLOOR_MS, STALL_GAP_FACTOR } from '../src/core/failover/stall-timeout.js';
import { StopSequenceScanner } from '../src/core/text/stop-sequences.js';
import { validateInferenceRequest } from '../src/network/inference/request-validation.js';
import { InferenceRequest } from '../src/protocol/proto.js';

describe('stall timeout (pure)', () => {
  it('is the floor until the gaps are long, then STALL_GAP_FACTOR x the longest gap', () => {
    const gaps = new InterTokenGaps();
    expect(gaps.stallTimeoutMs()).toBe(STALL_FLOOR_MS);
    gaps.observe(0);
    gaps.observe(10);
    gaps.observe(15);
    expect(gaps.longestGapMs).toBe(10);
    expect(gaps.stallTimeoutMs()).toBe(STALL_FLOOR_MS);
    gaps.observe(15 + 400);
    expect(gaps.stallTimeoutMs()).toBe(STALL_GAP_FACTOR * 400);
    // A slow but alive expert keeps its own measure: the floor passed in applies below it.
    expect(gaps.stallTimeoutMs(10_000)).toBe(10_000);
  });
});

describe('failover candidates and continuation (pure)', () => {
  const ranked = [
    { peerId: 'a', modelSha256: 'm1' },
    { peerId: 'b', modelSha256: 'm1' },
    { peerId: 'a', modelSha256: 'm1' },
    { peerId: 'c', modelSha256: 'm2' },
  ];

  it('the next candidates keep the rank order, without the tried ones and each peer once', () => {
    expect(nextCandidates(ranked, new Set(['a'])).map((c) => c.peerId)).toEqual(['b', 'c']);
    expect(nextCandidates(ranked, new Set()).map((c) => c.peerId)).toEqual(['a', 'b', 'c']);
    expect(nextCandidates(ranked, new Set(['a', 'b', 'c']))).toEqual([]);
  });

  it('hands over token ids to the same model, text to another or when the answer mixes models', () => {
    const answer = { tokenIds: [5, 6, 7], text: 'Once upon', modelSha256: 'm1' };
    expect(continuationFor(answer, { peerId: 'b', modelSha256: 'm1' })).toEqual({ tokenIds: [5, 6, 7] });
    expect(continuationFor(answer, { peerId: 'c', modelSha256: 'm2' })).toEqual({ text: 'Once upon' });
    expect(continuationFor(answer, { peerId: 'd', modelSha256: undefined })).toEqual({ text: 'Once upon' });
    expect(continuationFor({ ...answer, modelSha256: null }, { peerId: 'b', modelSha256: 'm1' })).toEqual({ text: 'Once upon' });
  });
});

describe('stop sequences across a seam (pure)', () => {
  it('a primed scanner emits none of the released text but finds a stop sequence that began in it', () => {
    const scanner = new StopSequenceScanner(['THE END']);
    scanner.prime('and they lived. THE');
    expect(scanner.push(' EN')).toEqual({ emit: '', stopped: false });
    expect(scanner.push('D!')).toEqual({ emit: '', stopped: true });
  });

  it('a primed scanner releases new text that does not complete a stop sequence, once', () => {
    const scanner = new StopSequenceScanner(['THE END']);
    scanner.prime('and so THE');
    expect(scanner.push(' dog')).toEqual({ emit: ' dog', stopped: false });
    expect(scanner.push(' ran')).toEqual({ emit: ' ran', stopped: false });
    expect(scanner.flush()).toBe('');
  });

  it('without priming it behaves as before: held text, then the stop', () => {
    const scanner = new StopSequenceScanner(['\n\n', 'END']);
    expect(scanner.push('hello\n')).toEqual({ emit: 'hello', stopped: false });
    expect(scanner.push('x E')).toEqual({ emit: '\nx ', stopped: false });
    expect(scanner.push('ND')).toEqual({ emit: '', stopped: true });
  });
});

describe('the continuation on the wire', () => {
  const base = { requestId: 'r1', messages: [{ role: 'user', content: 'Once upon a time' }], maxTokens: 10 };
  const decoded = (fields: Record<string, unknown>) => InferenceRequest.decode(InferenceRequest.encode({ ...base, ...fields }).finish());

  it('token ids or text; unset and empty are none', () => {
    expect(validateInferenceRequest(decoded({ continuation: { tokenIds: [3, 4] } })).continuation).toEqual({ tokenIds: [3, 4] });
    expect(validateInferenceRequest(decoded({ continuation: { text: 'Once' } })).continuation).toEqual({ text: 'Once' });
    expect(validateInferenceRequest(decoded({})).continuation).toBeUndefined();
    expect(validateInferenceRequest(decoded({ continuation: {} })).continuation).toBeUndefined();
  });

  it('refuses both at once and more token ids than an answer may have', () => {
    expect(() => validateInferenceRequest(decoded({ continuation: { tokenIds: [3], text: 'x' } }))).toThrow(/both token_ids and text/);
    expect(() => validateInferenceRequest(decoded({ continuation: { tokenIds: new Array<number>(32_769).fill(1) } }))).toThrow(/more than 32768 token ids/);
  });
});
