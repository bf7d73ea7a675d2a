// Real clients of a node's WebSocket and gRPC APIs for tests: the `ws` package and @grpc/grpc-js on the project's .proto.
import * as grpc from '@grpc/grpc-js';
import { WebSocket } from 'ws';

/** The header (WebSocket) or metadata entry (gRPC) that carries an API key. */
export const bearer = (apiKey: string): Record<string, string> => ({ authorization: `Bearer ${apiKey}` });

export type Frame = Record<string, unknown> & { type: string; id: unknown };

/** A WebSocket client that records every frame and waits for the ones a test expects. */
export class SocketClient {
  readonly frames: Frame[] = [];
  private readonly listeners = new Set<() => void>();
  readonly closed: Promise<{ code: number; reason: string }>;

  constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      this.frames.push(JSON.parse(data.toString('utf8')) as Frame);
      this.listeners.forEach((listener) => listener());
    });
    this.closed = new Promise((resolve) => ws.once('close', (code: number, reason: Buffer) => resolve({ code, reason: reason.toString() })));
  }

  /** Opens a socket; `headers` carry the API key when the node has keys (see `bearer`). */
  static async connect(url: string, headers: Record<string, string> = {}): Promise<SocketClient> {
    const ws = new WebSocket(url, { headers });
    const client = new SocketClient(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return client;
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  waitFor(predicate: (frame: Frame) => boolean, timeoutMs = 60_000): Promise<Frame> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.frames.find(predicate);
        if (found === undefined) return;
        this.listeners.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`frame not seen; frames: ${JSON.stringify(this.frames.slice(-5))}`));
      }, timeoutMs);
      this.listeners.add(check);
      check();
    });
  }

  of(id: unknown): Frame[] {
    return this.frames.filter((frame) => frame.id === id);
  }
}

/** gRPC call metadata: the API key when there is one. */
export function grpcMetadata(apiKey?: string): grpc.Metadata {
  const metadata = new grpc.Metadata();
  if (apiKey !== undefined) metadata.set('authorization', `Bearer ${apiKey}`);
  return metadata;
}

export type ChatStream = grpc.ClientReadableStream<Record<string, unknown>>;

/** Calls `Chat` on a client of `loadDemocritusService()` (grpc-js generates its methods at run time, untyped). */
export function grpcChat(client: grpc.Client, request: object, metadata: grpc.Metadata): ChatStream {
  return (client as unknown as { Chat: (request: object, metadata: grpc.Metadata) => ChatStream }).Chat(request, metadata);
}
