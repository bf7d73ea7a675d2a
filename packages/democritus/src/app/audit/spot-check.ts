/**
 * Spot-check audits of remote answers (`[audit] spot_check_rate`): a sampled answer from an expert that serves this
 * node's own model is re-evaluated here once it ends, before its done event goes on, so the result can ride in the
 * response metadata. Only a complete first answer is audited (not one continued after a failover).
 */
import type { AuditMetadata } from '@democritus/sdk';
import type { AuditTolerances } from '../../core/audit/audit-tolerances.js';
import type { ChatMessage, GenerationEvent, TokenEvent } from '../../engine/types.js';
import type { Logger } from '../../logging/logger.js';
import { auditAnswer, type ContinuationScorer } from './answer-audit.js';

export interface SpotCheckSettings {
  /** Share of eligible answers audited, 0..1. */
  rate: number;
  tolerances: AuditTolerances;
  /** This node's model: only answers of the same model can be teacher-forced here. */
  modelSha256: string;
  /** This node's peer ID, the auditor in the reports. */
  auditor: string;
  score: ContinuationScorer;
  logger: Logger;
  /** In [0, 1); Math.random unless a test needs a fixed draw. */
  random?: () => number;
}

/** One answer under audit: wrap its events, then read the result once they ended. */
export interface SpotCheck {
  events(events: AsyncIterable<GenerationEvent>): AsyncIterable<GenerationEvent>;
  result(): AuditMetadata | null;
}

/** A spot check for this answer, or null when it is not sampled or cannot be audited here (another model). */
export function spotCheckFor(
  settings: SpotCheckSettings,
  answer: { requestId: string; expert: string; modelSha256: string | undefined; messages: ChatMessage[]; greedy: boolean },
): SpotCheck | null {
  if (answer.modelSha256 !== settings.modelSha256 || settings.rate <= 0) return null;
  if ((settings.random ?? Math.random)() >= settings.rate) return null;
  let result: AuditMetadata | null = null;

  async function audit(tokens: TokenEvent[]): Promise<void> {
    const started = performance.now();
    try {
      const outcome = await auditAnswer({ input: { messages: answer.messages }, tokens, greedy: answer.greedy }, settings.score, { tolerances: settings.tolerances });
      const figures = outcome.comparison;
      result = {
        auditor: settings.auditor,
        expert: answer.expert,
        passed: outcome.passed,
        failed: outcome.failed,
        tokens: tokens.length,
        kl_mean: figures?.klMean ?? null,
        kl_high: figures?.klHigh ?? null,
        max_logprob_delta: figures?.maxLogprobDelta ?? null,
        ms: Math.round((performance.now() - started) * 10) / 10,
      };
      const line = { requestId: answer.requestId, expert: answer.expert, passed: result.passed, failed: result.failed, tokens: result.tokens, klMean: result.kl_mean, ms: result.ms };
      if (result.passed) settings.logger.info(line, 'audit passed');
      else settings.logger.warn(line, 'audit failed');
    } catch (error) {
      // The auditor's own trouble (its model busy or unloadable) says nothing about the expert.
      settings.logger.warn({ requestId: answer.requestId, expert: answer.expert, err: error }, 'audit could not run');
    }
  }

  return {
    async *events(events) {
      const tokens: TokenEvent[] = [];
      for await (const event of events) {
        // Negative ids are text the expert released without a token of its own (held back as a possible stop sequence).
        if (event.type === 'token') {
          if (event.tokenId >= 0) tokens.push(event);
        } else if ((event.finishReason === 'stop' || event.finishReason === 'length') && tokens.length > 0) await audit(tokens);
        yield event;
      }
    },
    result: () => result,
  };
}
