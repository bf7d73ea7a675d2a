/**
 * The model-based planner: the node's own expert writes the plan as JSON, its output constrained by a grammar made
 * from the plan's JSON schema (core/planning/model-plan.ts), then read like any input. Meant for an instruct model
 * (`coordinator.planner = "model"`); any model writes valid JSON under the grammar, but only an instruct model writes a
 * sensible plan. The generation goes through the scheduler like any other, so planning counts against the node's
 * capacity and can be cancelled.
 */
import type { GenerateRequest, GenerationEvent, ModelHandle } from '../../engine/types.js';
import { DemocritusError } from '../../errors.js';
import { modelPlanInstruction, modelPlanSchema, planFromModelOutput } from '../../core/planning/model-plan.js';
import type { PlanContext, Planner } from '../../core/planning/planner.js';
import type { TaskDag } from '../../core/planning/task-dag.js';

export interface ModelPlannerOptions {
  model: ModelHandle;
  /** Starts a generation of the node's own expert (the scheduler's `generate`, with the node's own priority). */
  generate(request: GenerateRequest): Promise<AsyncIterable<GenerationEvent>>;
  /** Sub-tasks a plan may have (the synthesis task comes on top). */
  maxSubtasks: number;
  /** Tokens the model may write for its plan. */
  maxTokens: number;
}

export class ModelPlanner implements Planner {
  readonly name = 'model';

  constructor(private readonly options: ModelPlannerOptions) {}

  /** The plan of `prompt`; DemocritusError `invalid_plan` when the model's output is not a usable plan. */
  async plan(prompt: string, context: PlanContext = {}): Promise<TaskDag> {
    const { model, maxSubtasks, maxTokens } = this.options;
    const events = await this.options.generate({
      model,
      input: { messages: [{ role: 'user', content: modelPlanInstruction(prompt, maxSubtasks) }] },
      maxTokens,
      sampling: { temperature: 0, topP: 1, topK: 40, seed: 0 },
      jsonSchema: modelPlanSchema(maxSubtasks),
      ...(context.signal === undefined ? {} : { signal: context.signal }),
    });
    let text = '';
    for await (const event of events) {
      if (event.type === 'token') {
        text += event.text;
        continue;
      }
      if (event.finishReason === 'cancelled') throw new DemocritusError('cancelled', 'planning was cancelled');
      if (event.finishReason === 'error') throw new DemocritusError('engine_failure', `the model could not write a plan: ${event.error ?? 'unknown error'}`);
      if (event.finishReason === 'length') {
        throw new DemocritusError('invalid_plan', `the model's plan was cut short at ${event.usage.completionTokens} tokens (coordinator.model_plan_max_tokens)`);
      }
    }
    return planFromModelOutput(text, prompt, maxSubtasks);
  }
}
