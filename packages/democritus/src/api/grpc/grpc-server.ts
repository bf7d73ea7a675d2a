/**
 * The gRPC API on `api.grpc_port`: service `democritus.v1.Democritus` of proto/democritus.proto (Chat, Health,
 * ListPeers, GetReputation), on the same control deps as REST and WebSocket.
 *
 * ```ts
 * const server = createGrpcServer(deps, { logger, apiKeys });
 * const address = await server.listen('127.0.0.1', 50051);   // "127.0.0.1:50051"
 * await server.close();   // cancels the running chats
 * ```
 */
import * as grpc from '@grpc/grpc-js';
import type { GenerationEvent } from '../../engine/types.js';
import type { Logger } from '../../logging/logger.js';
import type { PeerView } from '../../network/peer-view.js';
import { bearerToken, type ApiKeyVerifier } from '../api-keys.js';
import type { ControlServerDeps } from '../control-server.js';
import { chatFailureOf, expertInfo, parseStreamChat, startChat, type ChatFailure } from '../chat/start-chat.js';
import { loadDemocritusService } from './proto-file.js';

export interface GrpcServerOptions {
  logger: Logger;
  apiKeys: ApiKeyVerifier;
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
};

const CLOSE_GRACE_MS = 2_000;

export function createGrpcServer(deps: ControlServerDeps, options: GrpcServerOptions): GrpcServer {
  const { logger, apiKeys } = options;
  const server = new grpc.Server({ 'grpc.max_receive_message_length': 1_048_576 });
  const running = new Set<AbortController>();

  const authorized = (metadata: grpc.Metadata): boolean => {
    const header = metadata.get('authorization')[0];
    return apiKeys.verify(bearerToken(typeof header === 'string' ? header : header?.toString('utf8')));
  };
  const unauthenticated = (): Partial<grpc.StatusObject> => ({ code: grpc.status.UNAUTHENTICATED, details: 'missing or invalid API key (metadata authorization: Bearer <key>)' });

  /** A unary RPC: authentication, then the answer or a mapped error. */
  const unary =
    <Response>(answer: () => Promise<Response>): grpc.handleUnaryCall<unknown, Response> =>
    (call, callback) => {
      if (!authorized(call.metadata)) return callback(unauthenticated());
      answer().then(
        (response) => callback(null, response),
        (error: unknown) => callback(grpcError(chatFailureOf(error))),
      );
    };

  const chat: grpc.handleServerStreamingCall<ChatRequestMessage, unknown> = (call) => {
    if (!authorized(call.metadata)) {
      call.emit('error', unauthenticated());
      return;
    }
    const controller = new AbortController();
    running.add(controller);
    call.on('cancelled', () => controller.abort());
    void streamChat(call, controller.signal)
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const failure = chatFailureOf(error);
        if (failure.status >= 500) logger.warn({ err: failure.message }, 'gRPC chat failed');
        call.emit('error', grpcError(failure));
      })
      .finally(() => running.delete(controller));
  };

  const streamChat = async (call: grpc.ServerWritableStream<ChatRequestMessage, unknown>, signal: AbortSignal): Promise<void> => {
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
      },
      deps.defaults,
    );
    const started = await startChat(deps, chat, signal);
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
              top_logprobs: chat.generation.topLogprobs > 0 ? event.topLogprobs.map((t) => ({ token_id: t.tokenId, text: t.text, logprob: t.logprob })) : [],
            },
          });
          if (!fits) await new Promise((resolve) => call.once('drain', resolve));
        } else {
          const { promptTokens, completionTokens } = event.usage;
          call.write({
            done: {
              finish_reason: event.finishReason,
              usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
              expert,
            },
          });
          call.end();
          return;
        }
      }
      if (!signal.aborted) throw new Error('the generation ended without a result');
    } finally {
      await events.return?.().catch(() => undefined);
    }
  };

  server.addService(loadDemocritusService().service, {
    Chat: chat,
    Health: unary(async () => {
      const peers = await deps.peers();
      const stats = deps.schedulerStats();
      return {
        status: 'ok',
        peer_id: deps.node.peerId,
        swarm_id: deps.node.swarmId,
        name: deps.node.name,
        version: deps.node.version,
        uptime_ms: Date.now() - deps.node.startedAt,
        addresses: deps.node.multiaddrs(),
        model_name: deps.expertModel.name,
        model_sha256: deps.expertModel.sha256,
        connected_peers: peers.filter((peer) => peer.connected).length,
        known_peers: peers.length,
        running_generations: stats.running,
        queued_generations: stats.queued,
      };
    }),
    ListPeers: unary(async () => ({ peers: (await deps.peers()).map(peerInfo) })),
    // Reputation scores arrive with the trust layer; until then every peer is listed without one.
    GetReputation: unary(async () => ({ peers: (await deps.peers()).map((peer) => ({ peer: peerInfo(peer) })) })),
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

function grpcError(failure: ChatFailure): Partial<grpc.StatusObject> {
  const metadata = new grpc.Metadata();
  metadata.set('democritus-error-code', failure.code);
  if (failure.retryAfterSeconds !== undefined) metadata.set('retry-after', String(failure.retryAfterSeconds));
  return { code: grpcStatusOf(failure.status), details: failure.message, metadata };
}

function grpcStatusOf(httpStatus: number): grpc.status {
  if (httpStatus === 400) return grpc.status.INVALID_ARGUMENT;
  if (httpStatus === 401) return grpc.status.UNAUTHENTICATED;
  if (httpStatus === 403) return grpc.status.PERMISSION_DENIED;
  if (httpStatus === 404) return grpc.status.NOT_FOUND;
  if (httpStatus === 429) return grpc.status.RESOURCE_EXHAUSTED;
  if (httpStatus === 502 || httpStatus === 503) return grpc.status.UNAVAILABLE;
  return grpc.status.INTERNAL;
}

function peerInfo(peer: PeerView) {
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

