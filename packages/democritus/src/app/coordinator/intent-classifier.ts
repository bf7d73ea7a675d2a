import { DEFAULT_INTENT_PARAMETERS, classifyIntent, type IntentClassifierParameters } from '../../core/intent/classify-intent.js';
import { INTENT_EXAMPLES } from '../../core/intent/intent-examples.js';
import { INTENTS, type Intent, type IntentResult } from '../../core/intent/intents.js';
import { buildIntentPrototypes, type IntentPrototypes } from '../../core/intent/prototypes.js';
import type { EmbeddingEngine } from '../../embedding/types.js';
import { abortable } from '../../util/abortable.js';

export interface IntentClassifierOptions {
  /** Example prompts per intent; default: the project's `INTENT_EXAMPLES`. */
  examples?: Readonly<Record<Intent, readonly string[]>>;
  /** Fusion and similarity parameters; default: `DEFAULT_INTENT_PARAMETERS`. */
  parameters?: IntentClassifierParameters;
}

export interface ClassifyOptions {
  /** The requester's signal: when it aborts, the call rejects at once with a `CancelledError`. */
  signal?: AbortSignal;
}

const CANCELLED = 'intent classification cancelled: its requester left';

/**
 * Classifies prompts into the 11 intents with the node's embedding engine: the example prompts are embedded once, on
 * the first call (a caller that leaves does not stop that shared work, so the next caller finds it done; a failure is
 * retried by the next call), then each prompt costs one embedding and the pure fusion of `core/intent/`.
 * The engine is borrowed: closing it is its owner's business.
 */
export class IntentClassifier {
  private prototypes: Promise<IntentPrototypes> | undefined;
  private readonly examples: Readonly<Record<Intent, readonly string[]>>;
  private readonly parameters: IntentClassifierParameters;

  constructor(
    private readonly engine: EmbeddingEngine,
    options: IntentClassifierOptions = {},
  ) {
    this.examples = options.examples ?? INTENT_EXAMPLES;
    this.parameters = options.parameters ?? DEFAULT_INTENT_PARAMETERS;
  }

  async classify(prompt: string, options: ClassifyOptions = {}): Promise<IntentResult> {
    const [result] = await this.classifyBatch([prompt], options);
    return result!;
  }

  /** One result per prompt, in order; the prompts are embedded in one call. */
  async classifyBatch(prompts: readonly string[], options: ClassifyOptions = {}): Promise<IntentResult[]> {
    const prototypes = await abortable(this.loadPrototypes(), options.signal, CANCELLED);
    if (prompts.length === 0) return [];
    const vectors = await this.engine.embed(prompts, options.signal === undefined ? {} : { signal: options.signal });
    return prompts.map((prompt, i) => classifyIntent(prompt, vectors[i]!, prototypes, this.parameters));
  }

  private loadPrototypes(): Promise<IntentPrototypes> {
    this.prototypes ??= this.embedExamples().catch((error: unknown) => {
      this.prototypes = undefined;
      throw error;
    });
    return this.prototypes;
  }

  private async embedExamples(): Promise<IntentPrototypes> {
    const texts = INTENTS.flatMap((intent) => this.examples[intent]);
    const vectors = await this.engine.embed(texts);
    const byIntent = {} as Record<Intent, Float32Array[]>;
    let next = 0;
    for (const intent of INTENTS) {
      byIntent[intent] = vectors.slice(next, next + this.examples[intent].length);
      next += this.examples[intent].length;
    }
    return buildIntentPrototypes(byIntent);
  }
}
