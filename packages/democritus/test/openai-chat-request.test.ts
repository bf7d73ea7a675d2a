import { describe, expect, it } from 'vitest';
import { failureOf, httpFailure } from '../src/api/failures.js';
import { PROGRESS_SSE_COMMENT } from '@democritus/sdk';
import { progressEvent } from '../src/api/chat-progress.js';
import { democritusOptions, progressMessage } from '../src/api/grpc/grpc-coordinator-messages.js';
import { parseChatCompletionBody } from '../src/api/openai/chat-request.js';
import { ProgressQueue } from '../src/api/openai/progress-sse.js';
import { parseStreamChat } from '../src/api/stream-chat.js';
import { progressLine } from '../src/cli/chat-progress-lines.js';
import { ChatChunkBuilder, chatCompletion } from '../src/api/openai/chat-response.js';
import { float32Base64 } from '../src/api/routes/openai-embeddings.js';
import type { DoneEvent, TokenEvent } from '../src/engine/types.js';
import { DemocritusError } from '../src/errors.js';

const DEFAULTS = { maxTokens: 64, temperature: 0.7, topP: 0.9 };
const USER = [{ role: 'user', content: 'Once upon a time' }];

/** The refusal as REST answers it: status, and the failure's code, message and param. */
function refusal(body: unknown): { statusCode: number; type: string; code: string; message: string; param: string | null } {
  try {
    parseChatCompletionBody(body, DEFAULTS);
  } catch (error) {
    if (!(error instanceof DemocritusError)) throw error;
    const failure = failureOf(error);
    const { statusCode, body: answer } = httpFailure(failure);
    return { statusCode, type: answer.error.type, code: failure.code, message: failure.message, param: failure.param };
  }
  throw new Error(`accepted ${JSON.stringify(body)}`);
}

describe('parseChatCompletionBody (the pure OpenAI chat request check shared by REST, WebSocket and gRPC)', () => {
  it('fills the defaults: model swarm, the node’s sampling settings, a random 32-bit seed, no stops, no logprobs', () => {
    const chat = parseChatCompletionBody({ messages: USER }, DEFAULTS);
    expect(chat).toMatchObject({
      command: { model: 'swarm', messages: USER, generation: { maxTokens: 64, sampling: { temperature: 0.7, topP: 0.9, topK: 40 }, stop: [], topLogprobs: 0 } },
      stream: false,
      includeUsage: false,
      logprobs: false,
    });
    const { seed } = chat.command.generation.sampling;
    expect(Number.isInteger(seed)).toBe(true);
    expect(seed).toBeGreaterThanOrEqual(0);
    expect(seed).toBeLessThan(2 ** 32);
  });

  it('maps OpenAI’s fields onto the generation', () => {
    const chat = parseChatCompletionBody(
      {
        model: 'node-b',
        messages: [
          { role: 'developer', content: 'Be brief.' },
          { role: 'user', content: [{ type: 'text', text: 'Once upon' }, { type: 'text', text: 'a time' }], name: 'kid' },
          { role: 'assistant', content: null, refusal: null, tool_calls: [] },
        ],
        stream: true,
        stream_options: { include_usage: true },
        max_tokens: 10,
        max_completion_tokens: 12,
        temperature: 0,
        top_p: 0.5,
        stop: 'The end',
        seed: -1,
        logprobs: true,
        top_logprobs: 3,
        n: 1,
        presence_penalty: 0.5,
        user: 'someone',
        response_format: { type: 'text' },
        tool_choice: 'none',
      },
      DEFAULTS,
    );
    expect(chat.command.model).toBe('node-b');
    expect(chat.command.messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Once upon\na time' },
      { role: 'assistant', content: '' },
    ]);
    expect(chat).toMatchObject({ stream: true, includeUsage: true, logprobs: true });
    expect(chat.command.generation).toEqual({ maxTokens: 12, sampling: { temperature: 0, topP: 0.5, topK: 40, seed: 2 ** 32 - 1 }, stop: ['The end'], topLogprobs: 3 });
    expect(parseChatCompletionBody({ messages: USER, top_p: 0, stop: null, max_tokens: null }, DEFAULTS).command.generation).toMatchObject({
      maxTokens: 64,
      sampling: { temperature: 0, topP: 1 },
      stop: [],
    });
  });

  it('reads the democritus options: experts and aggregation (default auto); without experts, one expert', () => {
    const defaults = { maxTokens: 64, temperature: 0.8, topP: 0.95 };
    expect(parseChatCompletionBody({ messages: USER, democritus: { experts: 3, aggregation: 'vote' } }, defaults).command.aggregation).toEqual({ experts: 3, method: 'vote' });
    expect(parseChatCompletionBody({ messages: USER, democritus: { experts: 2 } }, defaults).command.aggregation).toEqual({ experts: 2, method: 'auto' });
    expect(parseChatCompletionBody({ messages: USER, democritus: {} }, defaults).command.aggregation).toBeUndefined();
    expect(parseChatCompletionBody({ messages: USER }, defaults).command.aggregation).toBeUndefined();
  });

  it("the node's [coordinator] experts and aggregation fill in what a request leaves out, for swarm chats only", () => {
    const defaults = { ...DEFAULTS, experts: 3, aggregation: 'vote' as const };
    expect(parseChatCompletionBody({ messages: USER }, defaults).command.aggregation).toEqual({ experts: 3, method: 'vote' });
    expect(parseChatCompletionBody({ messages: USER, democritus: { experts: 2 } }, defaults).command.aggregation).toEqual({ experts: 2, method: 'vote' });
    expect(parseChatCompletionBody({ messages: USER, democritus: { aggregation: 'synthesis' } }, defaults).command.aggregation).toEqual({ experts: 3, method: 'synthesis' });
    // One expert asked for: one expert (the app aggregates only more than one).
    expect(parseChatCompletionBody({ messages: USER, democritus: { experts: 1 } }, defaults).command.aggregation?.experts).toBe(1);
    expect(parseChatCompletionBody({ messages: USER, model: 'math-solver' }, defaults).command.aggregation).toBeUndefined();
    expect(parseChatCompletionBody({ messages: USER, democritus: { aggregation: 'vote' } }, DEFAULTS).command.aggregation).toBeUndefined();
  });

  it('reads democritus.decompose and democritus.progress (off by default)', () => {
    const chat = parseChatCompletionBody({ messages: USER, stream: true, democritus: { decompose: 'always', progress: true } }, DEFAULTS);
    expect(chat.command.decompose).toBe('always');
    expect(chat.progress).toBe(true);
    expect(parseChatCompletionBody({ messages: USER, stream: true }, DEFAULTS).progress).toBe(false);
  });

  it('WebSocket and gRPC requests take the same democritus object, checked by the same code', () => {
    const chat = parseStreamChat({ messages: USER, democritus: { experts: 2, aggregation: 'consensus', decompose: 'never' } }, DEFAULTS);
    expect(chat.command).toMatchObject({ aggregation: { experts: 2, method: 'consensus' }, decompose: 'never' });
    expect(() => parseStreamChat({ messages: USER, democritus: { experts: 9 } }, DEFAULTS)).toThrow(/democritus\/experts/);
    // gRPC's DemocritusOptions: proto3's empty strings are "not set".
    expect(democritusOptions({ decompose: '', aggregation: '' })).toBeUndefined();
    expect(democritusOptions({ decompose: 'always', experts: 3, aggregation: '' })).toEqual({ decompose: 'always', experts: 3 });
  });

  it('refuses what it cannot honour with 400 and the field at fault', () => {
    const cases: [unknown, string | null, string][] = [
      ['not an object', null, 'validation_failed'],
      [{ messages: [] }, 'messages', 'validation_failed'],
      [{ messages: [{ role: 'tool', content: 'x', tool_call_id: 'c' }] }, 'messages[0].role', 'validation_failed'],
      [{ messages: [{ role: 'user', content: 'x', extra: 1 }] }, 'messages[0].extra', 'validation_failed'],
      [{ messages: [{ role: 'system' }] }, 'messages[0].content', 'validation_failed'],
      [{ messages: [{ role: 'assistant', content: null, tool_calls: [{ id: 'c' }] }] }, 'messages[0].tool_calls', 'unsupported_value'],
      [{ messages: [{ role: 'user', content: [{ type: 'text' }] }] }, 'messages[0].content[0].text', 'validation_failed'],
      [{ messages: USER, n: 3 }, 'n', 'unsupported_value'],
      [{ messages: USER, stop: '' }, 'stop', 'validation_failed'],
      [{ messages: USER, seed: 1.5 }, 'seed', 'validation_failed'],
      [{ messages: USER, tool_choice: 'required' }, 'tool_choice', 'unsupported_value'],
      [{ messages: USER, modalities: ['text', 'audio'] }, 'modalities', 'unsupported_value'],
      [{ messages: USER, audio: { voice: 'alloy' } }, 'audio', 'unsupported_value'],
      [{ messages: USER, response_format: { type: 'json_schema', json_schema: {} } }, 'response_format.type', 'unsupported_value'],
      [{ messages: USER, stream: false, stream_options: { include_usage: true } }, 'stream_options', 'validation_failed'],
      [{ messages: USER, max_tokens: 40_000 }, 'max_tokens', 'validation_failed'],
      [{ messages: USER, democritus: { experts: 9 } }, 'democritus.experts', 'validation_failed'],
      [{ messages: USER, democritus: { experts: 0 } }, 'democritus.experts', 'validation_failed'],
      [{ messages: USER, democritus: { aggregation: 'mean' } }, 'democritus.aggregation', 'validation_failed'],
      [{ messages: USER, democritus: { progress: 'yes' } }, 'democritus.progress', 'validation_failed'],
      [{ messages: USER, democritus: { decompose: 'sometimes' } }, 'democritus.decompose', 'validation_failed'],
      [{ messages: USER, democritus: { colour: 'blue' } }, 'democritus.colour', 'validation_failed'],
    ];
    for (const [body, param, code] of cases) {
      const error = refusal(body);
      expect(error.statusCode, JSON.stringify(body)).toBe(400);
      expect(error.type).toBe('invalid_request_error');
      expect(error.param, JSON.stringify(body)).toBe(param);
      expect(error.code, JSON.stringify(body)).toBe(code);
    }
    expect(refusal({ messages: USER, stop: 5 }).message).toBe('body/stop must be string or array or null');
  });
});

describe('chat completion responses', () => {
  const token = (text: string, logprob: number): TokenEvent => ({ type: 'token', text, tokenId: 1, logprob, topLogprobs: [{ tokenId: 1, text, logprob }] });
  const done: DoneEvent = { type: 'done', finishReason: 'stop', usage: { promptTokens: 4, completionTokens: 2 }, modelSha256: 'ab', timings: { firstTokenMs: 1, totalMs: 2 } };
  const experts = [{ peer_id: 'p', name: 'n', model: 'm', how: 'routed' as const }];

  it('builds chat.completion with usage and logprobs', () => {
    const body = chatCompletion({ model: 'swarm', experts, logprobs: true, id: 'chatcmpl-x', created: 5 }, [token('Once', -0.5), token(' é', -1)], done);
    expect(body).toEqual({
      id: 'chatcmpl-x',
      object: 'chat.completion',
      created: 5,
      model: 'swarm',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'Once é', refusal: null },
          logprobs: {
            content: [
              { token: 'Once', logprob: -0.5, bytes: [79, 110, 99, 101], top_logprobs: [{ token: 'Once', logprob: -0.5, bytes: [79, 110, 99, 101] }] },
              { token: ' é', logprob: -1, bytes: [32, 0xc3, 0xa9], top_logprobs: [{ token: ' é', logprob: -1, bytes: [32, 0xc3, 0xa9] }] },
            ],
            refusal: null,
          },
          finish_reason: 'stop',
        },
      ],
      usage: { prompt_tokens: 4, completion_tokens: 2, total_tokens: 6 },
      democritus: { experts },
    });
  });

  it('skips tokens that add no text (an incomplete character) unless logprobs are asked', () => {
    const plain = new ChatChunkBuilder({ model: 'swarm', experts, logprobs: false, includeUsage: false });
    expect(plain.tokenChunk(token('', -1))).toBeNull();
    const withLogprobs = new ChatChunkBuilder({ model: 'swarm', experts, logprobs: true, includeUsage: false });
    expect(withLogprobs.tokenChunk(token('', -1))?.choices[0]?.logprobs?.content).toHaveLength(1);
  });

  it('encodes base64 embeddings as little-endian float32', () => {
    const vector = new Float32Array([1, -0.5, 0.25]);
    const bytes = Buffer.from(float32Base64(vector), 'base64');
    expect([bytes.readFloatLE(0), bytes.readFloatLE(4), bytes.readFloatLE(8)]).toEqual([1, -0.5, 0.25]);
  });
});

describe('progress events: one wire shape, encoded for each interface', () => {
  const expert = { peerId: '12D3KooWmath', name: 'math-solver' };
  const next = { peerId: '12D3KooWmed', name: 'medical-advisor' };

  it('the app’s events become the snake_case wire events; REST sends them as SSE comments OpenAI clients skip', async () => {
    const plan = progressEvent({ type: 'plan', finalTaskId: '3', layers: [['1', '2'], ['3']], tasks: [{ id: '1', kind: 'subtask', dependsOn: [] }] });
    expect(plan).toEqual({ type: 'plan', final_task: '3', layers: [['1', '2'], ['3']], tasks: [{ id: '1', kind: 'subtask', depends_on: [] }] });
    const retried = progressEvent({ type: 'task_retried', taskId: '1', attempt: 1, expert, error: { code: 'task_deadline', message: 'too slow' }, next, atMs: 12.5 });
    expect(retried).toEqual({
      type: 'task_retried',
      task_id: '1',
      attempt: 1,
      expert: { peer_id: '12D3KooWmath', name: 'math-solver' },
      error: 'task_deadline: too slow',
      next: { peer_id: '12D3KooWmed', name: 'medical-advisor' },
      at_ms: 12.5,
    });
    expect(progressLine(retried)).toBe('task 1 failed on math-solver (task_deadline: too slow); retrying on medical-advisor');
    expect(progressLine(plan)).toBe('plan: 1 task, 1,2 > 3');

    const queue = new ProgressQueue();
    const arrived = queue.next();
    queue.push(plan);
    queue.push(retried);
    await arrived;
    const comments = [...queue.drain()];
    expect(comments).toEqual([`: ${PROGRESS_SSE_COMMENT} ${JSON.stringify(plan)}\n\n`, `: ${PROGRESS_SSE_COMMENT} ${JSON.stringify(retried)}\n\n`]);
    expect([...queue.drain()]).toEqual([]);
    expect(queue.first).toEqual(plan);
  });

  it('gRPC sends each event as the ChatProgress oneof member named after its type', () => {
    const started = progressEvent({ type: 'task_started', taskId: '2', kind: 'subtask', attempt: 1, expert, atMs: 1 });
    expect(progressMessage(started)).toEqual({ task_started: { task_id: '2', kind: 'subtask', attempt: 1, expert: { peer_id: '12D3KooWmath', name: 'math-solver' }, at_ms: 1 } });
    const plan = progressEvent({ type: 'plan', finalTaskId: '3', layers: [['1', '2'], ['3']], tasks: [] });
    expect(progressMessage(plan)).toEqual({ plan: { final_task: '3', layers: [{ task_ids: ['1', '2'] }, { task_ids: ['3'] }], tasks: [] } });
    const answered = progressEvent({ type: 'answer_finished', expert, completionTokens: 12, ms: 80.5, atMs: 81 });
    expect(progressMessage(answered)).toEqual({ answer_finished: { expert: { peer_id: '12D3KooWmath', name: 'math-solver' }, completion_tokens: 12, ms: 80.5, at_ms: 81 } });
    expect(progressLine(answered)).toBe('math-solver answered: 12 tokens in 81 ms');
    const failed = progressEvent({ type: 'answer_failed', expert, error: { code: 'remote_failure', message: 'peer closed the stream' }, atMs: 3 });
    expect(progressLine(failed)).toBe('math-solver failed (remote_failure: peer closed the stream); left out');
  });
});
