export { aggregate, type AggregateOptions } from './aggregate.js';
export { AUTO_RULES, chooseMethod, type AutoRule } from './auto-method.js';
export { boundAnswer, DEFAULT_SYNTHESIS_ANSWER_CHARS, MIN_SYNTHESIS_ANSWER_CHARS } from './bounded-answer.js';
export { DEFAULT_AGREEMENT_SIMILARITY } from './conflict.js';
export { finalAnswer } from './final-answer.js';
export { finalAnswerKey, normalizeFinalAnswer } from './normalize-answer.js';
export { AGGREGATE_AND_SYNTHESIZE, synthesisMessages, type SynthesisOptions } from './synthesis-prompt.js';
export {
  AGGREGATION_METHODS,
  type AggregationAnswer,
  type AggregationMethod,
  type AggregationOutcome,
  type AggregationRequest,
  type AnswerCluster,
  type AnswerRef,
  type ExpertRef,
  type FinalAnswer,
  type TallyEntry,
} from './types.js';
