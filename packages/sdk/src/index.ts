/**
 * `@democritus/sdk`: a typed client for a Democritus node (a swarm of local models that routes prompts by meaning).
 *
 * ```ts
 * import { DemocritusClient } from '@democritus/sdk';
 * const client = DemocritusClient.local();                  // http://127.0.0.1:8080 (`npm start`)
 * console.log(await client.ask('Once upon a time', { maxTokens: 60 }));
 * for await (const piece of client.chatCompletionStream({ messages: [{ role: 'user', content: 'Once upon a time' }] })) {
 *   process.stdout.write(piece);
 * }
 * ```
 */
export { DemocritusClient, ChatCompletionStream, DEFAULT_URL, type DemocritusClientOptions, type RequestOptions, type AskOptions } from './client.js';
export { DemocritusApiError, DemocritusConnectionError } from './errors.js';
export type * from './types.js';
