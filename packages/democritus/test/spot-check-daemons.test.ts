import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditMetadata, ChatCompletion, Peer } from '@democritus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORIES, startExpertDaemon, type ExpertDaemon } from './support/expert-daemons.js';
import * as grpc from '@grpc/grpc-js';
import { loadDemocritusService } from '../src/api/grpc/proto-file.js';
import { grpcChat, grpcMetadata, SocketClient } from './support/stream-clients.js';
import { eventually } from './support/swarm.js';

/**
 * Spot-check audits on two real daemons of the same model: A audits every remote answer (`audit.spot_check_rate = 1`)
 * by teacher-forcing it on its own engine; B serves honestly.
 */
describe('spot-check audits of remote answers', () => {
  let dir: string;
  let a: ExpertDaemon;
  let b: ExpertDaemon;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'democritus-audit-'));
    a = await startExpertDaemon(dir, STORIES, [], {}, ['--set', 'audit.spot_check_rate=1']);
    b = await startExpertDaemon(dir, { ...STORIES, name: 'story-teller-b' }, a.addresses.filter((address) => address.includes('/tcp/')));
    await eventually('A knows B and its model', async () => {
      const { peers } = (await (await fetch(`${a.restUrl}/api/peers`)).json()) as { peers: Peer[] };
      return peers.some((peer) => peer.peerId === b.peerId && peer.model !== null);
    }, 90_000);
  }, 200_000);

  afterAll(async () => {
    await Promise.all([a, b].map((node) => node?.process.stop()));
    await rm(dir, { recursive: true, force: true });
  });

  const chat = async (model: string, temperature: number): Promise<ChatCompletion> => {
    const response = await fetch(`${a.restUrl}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model, messages: [{ role: 'user', content: 'Once upon a time' }], max_tokens: 40, temperature }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as ChatCompletion;
  };

  it("an honest expert's answer passes, greedy and sampled; the metadata and the log say so", async () => {
    for (const temperature of [0, 0.8]) {
      const audit = (await chat(b.peerId, temperature)).democritus?.audit as AuditMetadata | undefined;
      expect(audit, `T=${temperature}`).toMatchObject({ auditor: a.peerId, expert: b.peerId, passed: true, failed: [] });
      expect(audit?.tokens).toBeGreaterThan(0);
      expect(audit?.kl_mean).toBeLessThan(0.01);
    }
    await a.process.waitForLog((line) => line.msg === 'audit passed' && line.expert === b.peerId);
  });

  it("the node's own answers are not audited, and the WebSocket done frame and gRPC ChatDone carry the audit of a remote one", async () => {
    expect((await chat(a.peerId, 0)).democritus?.audit).toBeUndefined();
    const socket = await SocketClient.connect(a.wsUrl);
    try {
      socket.send({ type: 'chat', id: 'w', model: b.peerId, messages: [{ role: 'user', content: 'The little dog' }], max_tokens: 30, temperature: 0 });
      const done = await socket.waitFor((frame) => frame.id === 'w' && (frame.type === 'done' || frame.type === 'error'));
      expect(done.audit).toMatchObject({ expert: b.peerId, passed: true });
    } finally {
      socket.ws.close();
    }
    const Democritus = loadDemocritusService();
    const client = new Democritus(a.grpcAddress, grpc.credentials.createInsecure());
    try {
      const events = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const received: Record<string, unknown>[] = [];
        const stream = grpcChat(client, { model: b.peerId, messages: [{ role: 'user', content: 'The little dog' }], max_tokens: 30, temperature: 0 }, grpcMetadata());
        stream.on('data', (event: Record<string, unknown>) => received.push(event));
        stream.on('error', reject);
        stream.on('end', () => resolve(received));
      });
      const done = events.at(-1)?.done as { audit?: { expert: string; passed: boolean; tokens: number } };
      expect(done.audit).toMatchObject({ expert: b.peerId, passed: true });
    } finally {
      client.close();
    }
  });
});
