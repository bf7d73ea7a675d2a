/**
 * The coordinator's part of the gRPC Chat call (proto/democritus.proto): the request's DemocritusOptions as the REST
 * body's `democritus` object, progress events as ChatProgress, and the plan and aggregation metadata as ChatDone's
 * PlanReport and AggregationReport. Built from the same wire objects as REST and WebSocket. Pure.
 */
import type { AggregationMetadata, ChatProgressEvent, PlanMetadata } from '@democritus/sdk';
import type { ExpertInfo } from '../stream-chat.js';

/** A DemocritusOptions message as proto-loader decodes it (keepCase, no defaults). */
export interface DemocritusOptionsMessage {
  decompose?: string;
  experts?: number;
  aggregation?: string;
}

/** The REST body's `democritus` object; proto3's empty strings are "not set". Undefined when nothing is set. */
export function democritusOptions(message: DemocritusOptionsMessage | null | undefined): Record<string, unknown> | undefined {
  if (message == null) return undefined;
  const options = {
    ...(message.decompose === undefined || message.decompose === '' ? {} : { decompose: message.decompose }),
    ...(message.experts === undefined ? {} : { experts: message.experts }),
    ...(message.aggregation === undefined || message.aggregation === '' ? {} : { aggregation: message.aggregation }),
  };
  return Object.keys(options).length === 0 ? undefined : options;
}

/** A ChatProgress message: the oneof member named after the event's type. */
export function progressMessage(event: ChatProgressEvent): Record<string, unknown> {
  switch (event.type) {
    case 'plan':
      return { plan: { final_task: event.final_task, layers: layersOf(event.layers), tasks: event.tasks } };
    case 'task_started':
    case 'task_finished':
    case 'task_retried':
    case 'task_failed':
    case 'answer_started':
    case 'answer_finished':
    case 'answer_failed': {
      const { type, ...fields } = event;
      return { [type]: fields };
    }
  }
}

export function planReport(plan: PlanMetadata): Record<string, unknown> {
  return {
    final_task: plan.final_task,
    layers: layersOf(plan.layers),
    tasks: plan.tasks.map((task) => ({
      ...task,
      attempts: task.attempts.map(({ first_token_ms, ended_ms, error, ...attempt }) => ({
        ...attempt,
        ...(first_token_ms === null ? {} : { first_token_ms }),
        ...(ended_ms === null ? {} : { ended_ms }),
        error: error ?? '',
      })),
    })),
  };
}

export function aggregationReport(aggregation: AggregationMetadata, aggregator: ExpertInfo | null): Record<string, unknown> {
  return {
    method: aggregation.method,
    requested: aggregation.requested,
    ...(aggregation.winner === null ? {} : { winner: aggregation.winner }),
    ...(aggregator === null ? {} : { aggregator }),
    conflict: aggregation.conflict,
    clusters: aggregation.clusters.map((cluster) => ({ ...cluster, answer: cluster.answer ?? '' })),
    reason: aggregation.reason,
    answers: aggregation.answers,
    failed: aggregation.failed,
    tally: (aggregation.tally ?? []).map((entry) => ({ kind: entry.answer.kind, value: entry.answer.value, weight: entry.weight, count: entry.count, voters: entry.voters })),
    tie: aggregation.tie === true,
    timings: aggregation.timings,
  };
}

function layersOf(layers: readonly string[][]): { task_ids: string[] }[] {
  return layers.map((layer) => ({ task_ids: layer }));
}
