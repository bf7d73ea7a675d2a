/**
 * The kinds of task a prompt can be (the SDK defines the list: it is part of the wire format). The coordinator
 * classifies every prompt and every sub-task into one of them; a plan's tasks carry theirs, and routing and
 * aggregation may weigh them.
 */
import { INTENTS, type Intent } from '@democritus/sdk';

export { INTENTS, type Intent };

export function isIntent(value: unknown): value is Intent {
  return typeof value === 'string' && (INTENTS as readonly string[]).includes(value);
}

/** What the classifier concluded about one prompt. */
export interface IntentResult {
  intent: Intent;
  /** In [0, 1]: how sure the classifier is of `intent`. */
  confidence: number;
  /** The second most likely class and its confidence. */
  runnerUp: { intent: Intent; confidence: number };
  /** The fused score of every class, in [0, 1]. */
  scores: Record<Intent, number>;
  /** Names of the lexical cues that fired (e.g. "code-fence", "translate-verb"). */
  cues: string[];
}
