import { resolveChatWrapper, type ChatHistoryItem, type ChatWrapper, type LlamaModel, type Token } from 'node-llama-cpp';
import type { ChatMessage } from './types.js';

export type PromptInput = { messages: ChatMessage[] } | { prompt: string };

/** The model's own chat template when its GGUF file has one; null for completion-only models. */
export function chatWrapperFor(model: LlamaModel): ChatWrapper | null {
  const template = model.fileInfo.metadata.tokenizer.chat_template;
  return typeof template === 'string' && template.length > 0 ? resolveChatWrapper(model) : null;
}

/**
 * Turns a request's input into prompt tokens. Chat messages go through the model's chat template; a model without
 * one (such as a story-completion model) gets the message texts joined by blank lines, used as plain text.
 */
export function renderPromptTokens(model: LlamaModel, chatWrapper: ChatWrapper | null, input: PromptInput): Token[] {
  if ('prompt' in input) return plainPromptTokens(model, input.prompt);
  if (chatWrapper === null) return plainPromptTokens(model, input.messages.map((m) => m.content).join('\n\n'));
  const chatHistory: ChatHistoryItem[] = input.messages.map((message): ChatHistoryItem => {
    if (message.role === 'system') return { type: 'system', text: message.content };
    if (message.role === 'user') return { type: 'user', text: message.content };
    return { type: 'model', response: [message.content] };
  });
  chatHistory.push({ type: 'model', response: [] });
  const { contextText } = chatWrapper.generateContextState({ chatHistory });
  return contextText.tokenize(model.tokenizer);
}

function plainPromptTokens(model: LlamaModel, text: string): Token[] {
  const tokens = model.tokenize(text);
  const bos = model.tokens.bos;
  return model.tokens.shouldPrependBosToken && bos !== null ? [bos, ...tokens] : tokens;
}
