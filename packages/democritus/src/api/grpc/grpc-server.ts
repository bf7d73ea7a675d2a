/**
 * The gRPC API on `api.grpc_port`: service `democritus.v1.Democritus` of proto/democritus.proto (Chat, Health,
 * ListPeers, GetReputation), on the same app as REST and WebSocket.
 *
 * ```ts
 * const server = createGrpcServer(app, { logger, apiKeys, idleTimeoutMs: 300_000 });
 * const address = await server.listen('127.0.0.1', 50051);   // "127.0.0.1:50051"
 * await server.close();   // cancels the running chats
 * ```
 */
import { LIMITS, type AuditMetadata, type Peer } from '@democritus/sdk';
import * as grpc from '@grpc/grpc-js';
import type { Caller, ChatProgress, NodeApp } from '../../app/node-app.js';
import type { GenerationEvent } from '../../engine/types.js';
import { DemocritusError } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';
import { bearerToken, type ApiKeyVerifier } from '../api-keys.js';
import { progressEvent } from '../chat-progress.js';
import { failureOf } from '../failures.js';
import { aggregationMetadata, planMetadata } from '../openai/chat-response.js';
import { expertInfo, parseStreamChat } from '../stream-chat.js';
import { aggregationReport, democritusOptions, planReport, progressMessage, type DemocritusOptionsMessage } from './grpc-coordinator-messages.js';
import { grpcError } from './grpc-failures.js';
import { loadDemocritusService } from './proto-file.js';

export interface GrpcServerOptions {
  logger: Logger;
  apiKeys: ApiKeyVerifier;
  /** A connection with no call for this long is closed. */
  idleTimeoutMs: number;
}

export interface GrpcServer {
  /** Starts listening; resolves with `host:port`. Rejects when the address cannot be bound (the port is taken). */
  listen(host: string, port: number): Promise<string>;
  close(): Promise<void>;
}

/** A ChatRequest as proto-loader decodes it (keepCase, no defaults). */
type ChatRequestMessage = Partial<Record<'max_tokens' | 'temperature' | 'top_p' | 'seed' | 'top_logprobs', number>> & {
  model?: string;
  messages?: { role?: string; content?: string }[];
  stop?: string[];
  democritus?: DemocritusOptionsMessage | null;
};

const CLOSE_GRACE_MS = 2_000;

export function createGrpcServer(app: NodeApp, options: GrpcServerOptions): GrpcServer {
  const { logger, apiKeys } = options;
  const server = new grpc.Server({
    'grpc.max_receive_message_length': LIMITS.maxRequestBytes,
    'grpc.max_connection_idle_ms': options.idleTimeoutMs,
  });
  const running = new Set<AbortController>();

  /** Who calls, or null without a valid key. */
  const callerOf = (call: { metadata: grpc.Metadata; getPeer(): string }): Caller | null => {
    const header = call.metadata.get('authorization')[0];
    const token = bearerToken(typeof header === 'string' ? header : header?.toString('utf8'));
    const clientId = apiKeys.clientIdentity(token, remoteHost(call.getPeer()));
    return clientId === null ? null : { clientId, interface: 'grpc' };
  };
  const unauthenticated = () => grpcError(failureOf(new DemocritusError('invalid_api_key', 'missing or invalid API key (metadata authorization: Bearer <key>)')));

  /** A unary RPC: authentication, then the answer or a mapped error. */
  const unary =
    <Response>(answer: () => Promise<Response>): grpc.handleUnaryCall<unknown, Response> =>
    (call, callback) => {
      if (callerOf(call) === null) return callback(unauthenticated());
      answer().then(
        (response) => callback(null, response),
        (error: unknown) => callback(grpcError(failureOf(error))),
      );
    };

  const chat: grpc.handleServerStreamingCall<ChatRequestMessage, unknown> = (call) => {
    const caller = callerOf(call);
    if (caller === null) {
      call.emit('error', unauthenticated());
      return;
    }
    const controller = new AbortController();
    running.add(controller);
    call.on('cancelled', () => controller.abort());
    void streamChat(call, caller, controller.signal)
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const failure = failureOf(error);
        if (failure.kind === 'internal') logger.warn({ err: failure.message }, 'gRPC chat failed');
        call.emit('error', grpcError(failure));
      })
      .finally(() => running.delete(controller));
  };

  const streamChat = async (call: grpc.ServerWritableStream<ChatRequestMessage, unknown>, caller: Caller, signal: AbortSignal): Promise<void> => {
    const request = call.request;
    // proto3 cannot tell an empty string from a missing one: an empty `model` asks for routing like a missing one.
    const chat = parseStreamChat(
      {
        model: request.model === '' ? undefined : request.model,
        messages: request.messages ?? [],
        max_tokens: request.max_tokens,
        temperature: request.temperature,
        top_p: request.top_p,
        seed: request.seed,
        stop: request.stop,
        top_logprobs: request.top_logprobs,
        democritus: democritusOptions(request.democritus),
      },
      app.defaults,
    );
    const onProgress = (event: ChatProgress) => {
      if (!signal.aborted) call.write({ progress: progressMessage(progressEvent(event)) });
    };
    const started = await app.chat({ ...chat.command, onProgress }, caller, signal);
    const expert = expertInfo(started.expert);
    const events: AsyncIterator<GenerationEvent> = started.events[Symbol.asyncIterator]();
    try {
      for (;;) {
        const next = await events.next();
        if (next.done === true) break;
        const event = next.value;
        if (signal.aborted) return;
        if (event.type === 'token') {
          const fits = call.write({
            token: {
              text: event.text,
              token_id: event.tokenId,
              logprob: event.logprob,
              top_logprobs: chat.command.generation.topLogprobs > 0 ? event.topLogprobs.map((t) => ({ token_id: t.tokenId, text: t.text, logprob: t.logprob })) : [],
            },
          });
          if (!fits) await new Promise((resolve) => call.once('drain', resolve));
        } else {
          const { promptTokens, completionTokens } = event.usage;
          const sanitizer = started.sanitizer();
          call.write({
            done: {
              finish_reason: event.finishReason,
              usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
              expert,
              ...(sanitizer === null ? {} : { sanitizer }),
              experts: (started.experts ?? []).map(expertInfo),
              ...(started.plan === undefined ? {} : { plan: planReport(planMetadata(started.plan)) }),
              ...(started.aggregation === undefined
                ? {}
                : { aggregation: aggregationReport(aggregationMetadata(started.aggregation), started.aggregation.aggregator === null ? null : expertInfo(started.aggregation.aggregator)) }),
              failovers: (started.failovers?.() ?? []).map((failover) => ({ ...failover, gap_ms: failover.gap_ms ?? -1 })),
              ...auditField(started.audit?.() ?? null),
            },
          });
          call.end();
          return;
        }
      }
      if (!signal.aborted) throw new DemocritusError('internal_error', 'the generation ended without a result');
    } finally {
      await events.return?.().catch(() => undefined);
    }
  };

  server.addService(loadDemocritusService().service, {
    Chat: chat,
    Health: unary(async () => {
      const health = await app.health();
      return {
        status: health.status,
        peer_id: health.peerId,
        swarm_id: health.swarmId,
        name: health.name,
        version: health.version,
        uptime_ms: health.uptimeMs,
        addresses: health.addresses,
        model_name: health.model.name,
        model_sha256: health.model.sha256,
        connected_peers: health.peers.connected,
        known_peers: health.peers.known,
        running_generations: health.scheduler.running,
        queued_generations: health.scheduler.queued,
      };
    }),
    ListPeers: unary(async () => ({ peers: (await app.peers()).map(peerInfo) })),
    // Reputation scores arrive with the trust layer; until then every peer is listed without one.
    GetReputation: unary(async () => ({ peers: (await app.peers()).map((peer) => ({ peer: peerInfo(peer) })) })),
  });

  return {
    listen: (host, port) =>
      new Promise((resolve, reject) => {
        const address = `${host.includes(':') ? `[${host}]` : host}:${port}`;
        server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (error, bound) => {
          if (error !== null) {
            reject(error);
            return;
          }
          resolve(`${host.includes(':') ? `[${host}]` : host}:${bound}`);
        });
      }),
    close: async () => {
      running.forEach((controller) => controller.abort());
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, CLOSE_GRACE_MS);
        timer.unref();
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}

/** The host of a gRPC peer string (`ipv4:127.0.0.1:5000`, `ipv6:[::1]:5000`). */
function remoteHost(peer: string): string {
  const address = peer.replace(/^ipv[46]:/, '');
  const bracketed = /^\[([^\]]+)\]/.exec(address);
  if (bracketed !== null) return bracketed[1] ?? address;
  const colon = address.lastIndexOf(':');
  return colon > 0 ? address.slice(0, colon) : address;
}

function peerInfo(peer: Peer) {
  return {
    peer_id: peer.peerId,
    name: peer.name ?? '',
    connected: peer.connected,
    addresses: peer.addresses,
    transports: peer.transports,
    ...(peer.latencyMs === null ? {} : { latency_ms: peer.latencyMs }),
    model_name: peer.model?.name ?? '',
    model_sha256: peer.model?.sha256 ?? '',
    description: peer.description ?? '',
    ...(peer.advertAgeMs === null ? {} : { advert_age_ms: Math.max(0, Math.round(peer.advertAgeMs)) }),
  };
}

/** `ChatDone.audit`: the figures that could not be computed are -1 (proto3 has no null). */
function auditField(audit: AuditMetadata | null): { audit?: Record<string, unknown> } {
  if (audit === null) return {};
  return { audit: { ...audit, kl_mean: audit.kl_mean ?? -1, kl_high: audit.kl_high ?? -1, max_logprob_delta: audit.max_logprob_delta ?? -1 } };
}
