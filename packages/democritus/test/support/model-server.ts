/**
 * A real HTTP server on 127.0.0.1 that serves model files the way a model hub does: `/files/<path>` with ETag and
 * Range support, and hub-shaped `/<owner>/<repo>/resolve/<revision>/<path>` that redirects there (like the
 * Hugging Face CDN redirect), so `hf:` specs work with `HF_ENDPOINT` pointing at `baseUrl`. Misbehaviour is switched
 * on per test through `behaviour`.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedRequest {
  method: string;
  path: string;
  range: string | null;
  ifRange: string | null;
  status: number;
}

export interface ServerBehaviour {
  /** Flip the byte at this file offset in every response. */
  corruptByteAt?: number;
  /** Send this many body bytes of the next response, then destroy the socket (once). */
  dropAfterBytes?: number;
  /**
   * Wait for this before destroying the socket. A client may lose bytes still queued in its stream when the
   * connection fails, so a test that needs an exact partial size releases the drop once the bytes are on disk.
   */
  dropWhen?: Promise<void>;
  /** Answer range requests with the whole file (200), like a server without range support. */
  ignoreRange?: boolean;
  /** Send only this many bytes of the file, with chunked encoding and no Content-Length. */
  truncateTo?: number;
  /** Pace the body: chunk size and the pause after each chunk. */
  chunkBytes?: number;
  chunkDelayMs?: number;
}

export interface ModelServer {
  baseUrl: string;
  requests: ServedRequest[];
  behaviour: ServerBehaviour;
  /** Requests for a file (excluding the hub redirects). */
  fileRequests(): ServedRequest[];
  close(): Promise<void>;
}

/** `files` maps a path (e.g. `tinyllamas/stories260K.gguf`) to its content. */
export async function startModelServer(files: Record<string, Buffer>): Promise<ModelServer> {
  const requests: ServedRequest[] = [];
  const state: { behaviour: ServerBehaviour } = { behaviour: {} };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const log: ServedRequest = {
      method: req.method ?? 'GET',
      path,
      range: req.headers.range ?? null,
      ifRange: (req.headers['if-range'] as string | undefined) ?? null,
      status: 0,
    };
    requests.push(log);
    const hub = /^\/[^/]+\/[^/]+\/resolve\/[^/]+\/(.+)$/.exec(path);
    if (hub) {
      log.status = 302;
      res.writeHead(302, { location: `/files/${hub[1]}` }).end();
      return;
    }
    const content = path.startsWith('/files/') ? files[path.slice('/files/'.length)] : undefined;
    if (content === undefined) {
      log.status = 404;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    await sendFile(req, res, content, log);
  }

  async function sendFile(req: IncomingMessage, res: ServerResponse, file: Buffer, log: ServedRequest): Promise<void> {
    const behaviour = state.behaviour;
    const etag = `"${createHash('sha256').update(file).digest('hex').slice(0, 16)}"`;
    let body = file;
    if (behaviour.corruptByteAt !== undefined) {
      body = Buffer.from(file);
      body[behaviour.corruptByteAt] = (body[behaviour.corruptByteAt] ?? 0) ^ 0xff;
    }
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    const ifRange = req.headers['if-range'];
    const honourRange = range !== null && !behaviour.ignoreRange && (ifRange === undefined || ifRange === etag);
    const start = honourRange ? Number(range[1]) : 0;
    const headers: Record<string, string | number> = {
      etag,
      'accept-ranges': 'bytes',
      'content-type': 'application/octet-stream',
    };
    if (behaviour.truncateTo !== undefined) {
      body = body.subarray(0, behaviour.truncateTo);
      log.status = 200;
      res.writeHead(200, headers);
    } else if (honourRange) {
      if (start >= body.length) {
        log.status = 416;
        res.writeHead(416, { 'content-range': `bytes */${body.length}` }).end();
        return;
      }
      log.status = 206;
      headers['content-range'] = `bytes ${start}-${body.length - 1}/${body.length}`;
      headers['content-length'] = body.length - start;
      res.writeHead(206, headers);
    } else {
      log.status = 200;
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
    }
    let remaining = body.subarray(start);
    const dropAfter = behaviour.dropAfterBytes;
    if (dropAfter !== undefined) {
      behaviour.dropAfterBytes = undefined;
      remaining = remaining.subarray(0, dropAfter);
    }
    const chunkBytes = behaviour.chunkBytes ?? 64 * 1024;
    for (let offset = 0; offset < remaining.length && !res.destroyed; offset += chunkBytes) {
      if (!res.write(remaining.subarray(offset, offset + chunkBytes))) await once(res, 'drain');
      if (behaviour.chunkDelayMs) await new Promise((resolve) => setTimeout(resolve, behaviour.chunkDelayMs));
    }
    if (dropAfter !== undefined) {
      // Let the bytes reach the socket, then cut the connection mid-body.
      await new Promise<void>((resolve) => res.write('', () => resolve()));
      await behaviour.dropWhen;
      res.socket?.destroy();
      return;
    }
    res.end();
  }

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    get behaviour() {
      return state.behaviour;
    },
    set behaviour(value: ServerBehaviour) {
      state.behaviour = value;
    },
    fileRequests: () => requests.filter((request) => request.path.startsWith('/files/')),
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
