/**
 * Mixture-of-Agents aggregation as the wire contracts name it: the methods a request's `democritus.aggregation` may
 * ask for and how many experts one request may consult. The node's pure aggregation (`core/aggregation`) imports
 * these, so the names live here once.
 */

/** The methods that decide an outcome. */
export const AGGREGATION_METHODS = ['consensus', 'vote', 'synthesis'] as const;
export type AggregationMethod = (typeof AGGREGATION_METHODS)[number];

/** What a request may ask for: a method, or `auto` (chosen by the prompt's intent). */
export const AGGREGATION_REQUESTS = ['auto', ...AGGREGATION_METHODS] as const;
export type AggregationRequest = (typeof AGGREGATION_REQUESTS)[number];

/**
 * Most experts whose answers one chat request aggregates (`democritus.experts`): every answer is generated in full
 * before the outcome, and the synthesis prompt holds all of them, so the number stays small.
 */
export const MAX_AGGREGATED_EXPERTS = 8;
