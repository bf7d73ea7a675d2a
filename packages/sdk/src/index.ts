/**
 * `@democritus/sdk`: a typed client for a Democritus node (a swarm of local models that routes prompts by meaning).
 *
 * ```ts
 * import { DemocritusClient } from '@democritus/sdk';
 * const client = DemocritusClient.local();                  // http://127.0.0.1:8080 (`npm start`)
 * console.log(await client.ask('Once upon a time', { maxTokens: 60 }));
 * console.log(await client.ask('What is 6 × 7?', { democritus: { experts: 3 } }));   // three experts, merged by the node
 * for (const answer of await client.ask('Once upon a time', { experts: 2 })) console.log(answer.expert, answer.text); // not merged
 * for await (const piece of client.chatCompletionStream({ messages: [{ role: 'user', content: 'Once upon a time' }] })) {
 *   process.stdout.write(piece);
 * }
 * ```
 */
export {
  DemocritusClient,
  ChatCompletionStream,
  DEFAULT_URL,
  API_URL_ENV,
  API_KEY_ENV,
  MAX_EXPERTS,
  type ChatCompletionRequest,
  type DemocritusClientOptions,
  type RequestOptions,
  type StreamOptions,
  type AskOptions,
  type AskExpertsOptions,
  type ChosenExpert,
} from './client.js';
export { DemocritusApiError, DemocritusConnectionError, DemocritusStreamError } from './errors.js';
export { LIMITS, SAMPLING, SWARM_MODEL } from './limits.js';
export { AGGREGATION_METHODS, AGGREGATION_REQUESTS, MAX_AGGREGATED_EXPERTS, type AggregationMethod, type AggregationRequest } from './aggregation.js';
export {
  chatCompletionBodySchema,
  embeddingsBodySchema,
  generateBodySchema,
  planBodySchema,
  routeBodySchema,
  routeQuerySchema,
  IGNORED_CHAT_FIELDS,
  STREAM_CHAT_FIELDS,
  type ChatCompletionBody,
  type ChatCompletionMessage,
  type DemocritusOptions,
  type EmbeddingsBody,
  type GenerateBody,
  type PlanBody,
  type RouteBody,
  type RouteQuery,
} from './request-schemas.js';
export { ndjsonValues } from './ndjson.js';
export { PROGRESS_SSE_COMMENT, progressSseComment } from './sse.js';
export { INTENTS, type Intent } from './intents.js';
export { DECOMPOSE_MODES, type DecomposeMode } from './decomposition.js';
export type * from './types.js';
