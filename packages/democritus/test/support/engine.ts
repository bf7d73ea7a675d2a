import { LlamaEngine, type LlamaEngineOptions } from '../../src/engine/llama-engine.js';
import type { GenerateRequest, GenerationEvent, DoneEvent, TokenEvent } from '../../src/engine/types.js';
import { silentLogger } from '../../src/logging/logger.js';
import { tinyModelHandle } from './tiny-model.js';

export function createTestEngine(overrides: Partial<LlamaEngineOptions> = {}): Promise<LlamaEngine> {
  return LlamaEngine.create({
    backend: 'cpu',
    threads: 1,
    contextSize: 512,
    sequencesPerModel: 1,
    limits: { maxLoadedModels: 2, memoryBudgetBytes: 0 },
    logger: silentLogger(),
    ...overrides,
  });
}

export function storyRequest(overrides: Partial<GenerateRequest> = {}): GenerateRequest {
  return {
    model: tinyModelHandle(),
    input: { prompt: 'Once upon a time' },
    maxTokens: 40,
    sampling: { temperature: 0, topP: 0.95, topK: 40, seed: 42 },
    topLogprobs: 5,
    ...overrides,
  };
}

export interface CollectedGeneration {
  tokens: TokenEvent[];
  done: DoneEvent;
  text: string;
}

export async function collect(events: AsyncIterable<GenerationEvent>): Promise<CollectedGeneration> {
  const tokens: TokenEvent[] = [];
  let done: DoneEvent | undefined;
  for await (const event of events) {
    if (event.type === 'token') tokens.push(event);
    else done = event;
  }
  if (done === undefined) throw new Error('generation ended without a done event');
  return { tokens, done, text: tokens.map((t) => t.text).join('') };
}
