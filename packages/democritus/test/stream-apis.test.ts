// WebSocket and gRPC APIs against real daemon processes (two nodes on 127.0.0.1, the real tiny model).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemocritusService } from '../src/api/grpc/proto-file.js';
import { startDaemonProcess, type DaemonProcess } from './support/cli.js';
import { testNodeToml } from './support/node-config.js';
import { bearer, grpcChat, grpcMetadata, SocketClient } from './support/stream-clients.js';
import { eventually } from './support/swarm.js';

interface RunningNode {
  process: DaemonProcess;
  peerId: string;
  restUrl: string;
  wsUrl: string;
  grpcAddress: string;
  addresses: string[];
}

const API_KEY = 'test-key-1234';

async function startNode(dir: string, name: string, bootstrap: string[]): Promise<RunningNode> {
  const config = join(dir, `${name}.toml`);
  await writeFile(config, testNodeToml({ name, stateDir: `${name}-state`, bootstrap }));
  const process = startDaemonProcess(['--config', config], { DEMOCRITUS_API_KEYS: API_KEY });
  const ready = await process.waitForLog((line) => line.msg === 'node ready');
  return {
    process,
    peerId: String(ready.peerId),
    restUrl: String(ready.restUrl),
    wsUrl: String(ready.wsUrl),
    grpcAddress: String(ready.grpcAddress),
    addresses: ready.addresses as string[],
  };
}

const story = [{ role: 'user', content: 'Once upon a time' }];

describe('WebSocket and gRPC APIs on a two-node swarm', () => {
  let dir: string;
  let a: RunningNode;
  let b: RunningNode;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'democritus-stream-apis-'));
    a = await startNode(dir, 'node-a', []);
    b = await startNode(dir, 'node-b', a.addresses.filter((address) => address.includes('/tcp/')));
    // node-a has node-b's advert, so node-b can be named as a model.
    await eventually('node-a knows node-b as an expert', async () => {
      const response = await fetch(`${a.restUrl}/api/peers`, { headers: { authorization: `Bearer ${API_KEY}` } });
      const { peers } = (await response.json()) as { peers: { peerId: string; name: string | null }[] };
      return peers.some((peer) => peer.peerId === b.peerId && peer.name === 'node-b');
    });
  });
  afterAll(async () => {
    for (const node of [a, b]) if (node !== undefined) expect(await node.process.stop()).toBe(0);
    await rm(dir, { recursive: true, force: true });
  });

  describe('WebSocket /ws/chat', () => {
    it('streams tokens and a final done event with usage and the expert', async () => {
      const client = await SocketClient.connect(a.wsUrl, bearer(API_KEY));
      client.send({ type: 'chat', id: 'one', messages: story, max_tokens: 24, temperature: 0, top_logprobs: 2 });
      const done = await client.waitFor((frame) => frame.id === 'one' && frame.type === 'done');
      const tokens = client.of('one').filter((frame) => frame.type === 'token');
      expect(tokens.length).toBe(24);
      expect(tokens.map((frame) => frame.text).join('').length).toBeGreaterThan(0);
      expect(typeof tokens[0]?.logprob).toBe('number');
      expect((tokens[0]?.top_logprobs as unknown[]).length).toBe(2);
      expect(done.finish_reason).toBe('length');
      expect(done.usage).toMatchObject({ completion_tokens: 24 });
      expect((done.expert as { peer_id: string }).peer_id).toBeTruthy();
      client.ws.close();
      await client.closed;
    });

    it('multiplexes two requests by id on one socket and cancels one of them', async () => {
      const client = await SocketClient.connect(a.wsUrl, bearer(API_KEY));
      // "keep" runs on node-b (pinned by name, over libp2p); "stop" runs long on node-a and is cancelled.
      client.send({ type: 'chat', id: 'stop', model: 'node-a', messages: story, max_tokens: 4000, temperature: 0.8, seed: 3 });
      client.send({ type: 'chat', id: 'keep', model: 'node-b', messages: story, max_tokens: 30, temperature: 0, seed: 1 });
      await client.waitFor((frame) => frame.id === 'stop' && frame.type === 'token');
      client.send({ type: 'cancel', id: 'stop' });
      const cancelled = await client.waitFor((frame) => frame.id === 'stop' && frame.type === 'done');
      expect(cancelled.finish_reason).toBe('cancelled');
      expect(client.of('stop').filter((frame) => frame.type === 'token').length).toBeLessThan(4000);

      const kept = await client.waitFor((frame) => frame.id === 'keep' && frame.type === 'done');
      expect(kept.finish_reason).toBe('length');
      expect((kept.expert as { peer_id: string; name: string }).peer_id).toBe(b.peerId);
      expect(client.of('keep').filter((frame) => frame.type === 'token').length).toBe(30);
      // Nothing for "stop" after its done frame.
      const last = client.of('stop').at(-1);
      expect(last?.type).toBe('done');
      client.ws.close();
    });

    it('answers bad frames with error frames and keeps the socket usable', async () => {
      const client = await SocketClient.connect(a.wsUrl, bearer(API_KEY));
      client.send('{not json');
      await client.waitFor((frame) => frame.type === 'error' && frame.code === 'invalid_json');
      client.send({ type: 'chat', id: 'bad', messages: [] });
      const empty = await client.waitFor((frame) => frame.id === 'bad' && frame.type === 'error');
      expect(empty.code).toBe('invalid_request');
      client.send({ type: 'chat', id: 'role', messages: [{ role: 'wizard', content: 'hi' }] });
      expect((await client.waitFor((frame) => frame.id === 'role')).param).toBe('messages[0].role');
      client.send({ type: 'chat', id: 'extra', messages: story, stream: true });
      expect(await client.waitFor((frame) => frame.id === 'extra')).toMatchObject({ type: 'error', code: 'invalid_request', param: 'stream' });
      client.send({ type: 'chat', id: 'big', messages: story, max_tokens: 40_000 });
      expect(await client.waitFor((frame) => frame.id === 'big')).toMatchObject({ type: 'error', code: 'invalid_request', param: 'max_tokens' });
      // The same message shapes as OpenAI's body: `developer` messages and text content parts.
      client.send({
        type: 'chat',
        id: 'parts',
        messages: [{ role: 'developer', content: 'Tell a story.' }, { role: 'user', content: [{ type: 'text', text: 'Once upon a time' }] }],
        max_tokens: 3,
      });
      expect((await client.waitFor((frame) => frame.id === 'parts' && frame.type !== 'token')).type).toBe('done');
      client.send({ type: 'chat', id: 'model', model: 'no-such-expert', messages: story });
      expect((await client.waitFor((frame) => frame.id === 'model')).code).toBe('model_not_found');
      client.send({ type: 'chat', id: 'ok', messages: story, max_tokens: 5 });
      expect((await client.waitFor((frame) => frame.id === 'ok' && frame.type === 'done')).finish_reason).toBe('length');
      client.ws.close();
    });

    it('closes an unauthenticated socket with 4401; ?api_key= is accepted', async () => {
      const rejected = await SocketClient.connect(a.wsUrl, {});
      expect((await rejected.closed).code).toBe(4401);
      const wrong = await SocketClient.connect(a.wsUrl, { authorization: 'Bearer nope' });
      expect((await wrong.closed).code).toBe(4401);
      const browser = await SocketClient.connect(`${a.wsUrl}?api_key=${API_KEY}`, {});
      browser.send({ type: 'ping', id: 7 });
      expect((await browser.waitFor((frame) => frame.type === 'pong')).id).toBe(7);
      browser.ws.close();
    });
  });

  describe('gRPC democritus.v1.Democritus', () => {
    const Democritus = loadDemocritusService();
    const metadata = () => grpcMetadata(API_KEY);
    type Unary = (request: object, metadata: grpc.Metadata, callback: (error: grpc.ServiceError | null, response: Record<string, unknown>) => void) => void;
    const call = (client: grpc.Client, method: string, meta = metadata()) =>
      new Promise<Record<string, unknown>>((resolve, reject) =>
        ((client as unknown as Record<string, Unary>)[method] as Unary).call(client, {}, meta, (error, response) => (error ? reject(error) : resolve(response))),
      );
    let client: grpc.Client;
    beforeAll(() => {
      client = new Democritus(a.grpcAddress, grpc.credentials.createInsecure());
    });
    afterAll(() => client.close());

    it('Chat streams tokens then a done event', async () => {
      const stream = grpcChat(client, { messages: story, max_tokens: 16, temperature: 0, model: 'node-b' }, metadata());
      const events: Record<string, unknown>[] = [];
      for await (const event of stream) events.push(event as Record<string, unknown>);
      const tokens = events.filter((event) => event.event === 'token');
      expect(tokens.length).toBe(16);
      const done = events.at(-1)?.done as { finish_reason: string; usage: { completion_tokens: number }; expert: { peer_id: string; local: boolean } };
      expect(done.finish_reason).toBe('length');
      expect(done.usage.completion_tokens).toBe(16);
      expect(done.expert.peer_id).toBe(b.peerId);
      expect(done.expert.local).toBe(false);
    });

    it('Health, ListPeers and GetReputation answer', async () => {
      const health = await call(client, 'Health');
      expect(health).toMatchObject({ status: 'ok', peer_id: a.peerId, name: 'node-a', model_name: 'stories260K.gguf' });
      expect(health.connected_peers).toBeGreaterThanOrEqual(1);
      const peers = (await call(client, 'ListPeers')).peers as { peer_id: string; name: string; model_name: string }[];
      expect(peers.find((peer) => peer.peer_id === b.peerId)).toMatchObject({ name: 'node-b', model_name: 'stories260K.gguf' });
      const reputation = (await call(client, 'GetReputation')).peers as { peer: { peer_id: string }; reputation?: number }[];
      const row = reputation.find((entry) => entry.peer.peer_id === b.peerId);
      expect(row).toBeDefined();
      expect(row?.reputation).toBeUndefined();
    });

    it('maps auth and request errors to gRPC status codes', async () => {
      await expect(call(client, 'Health', new grpc.Metadata())).rejects.toMatchObject({ code: grpc.status.UNAUTHENTICATED });
      const chat = (request: object) =>
        new Promise<grpc.ServiceError>((resolve) => {
          const stream = grpcChat(client, request, metadata());
          stream.on('data', () => undefined);
          stream.on('error', resolve);
        });
      expect((await chat({ messages: [] })).code).toBe(grpc.status.INVALID_ARGUMENT);
      const badRole = await chat({ messages: [{ role: 'wizard', content: 'hi' }] });
      expect(badRole.code).toBe(grpc.status.INVALID_ARGUMENT);
      expect(badRole.details).toMatch(/^request\/messages\/0\/role must be one of system, developer, user, assistant$/);
      expect(badRole.metadata.get('democritus-error-code')).toEqual(['validation_failed']);
      expect((await chat({ messages: story, model: 'nobody' })).code).toBe(grpc.status.NOT_FOUND);
    });
  });
});
