import { describe, expect, it } from 'vitest';
import type { ExpertAdvert } from '../src/core/directory/expert-advert.js';
import { PeerDirectory, type DirectoryChange } from '../src/core/directory/peer-directory.js';

const advert = (peerId: string, sequence: number, timestampMs: number): ExpertAdvert => ({
  peerId,
  name: peerId,
  description: '',
  modelSha256: 'sha',
  modelName: 'model',
  contextSize: 512,
  activeGenerations: 0,
  queueDepth: 0,
  softwareVersion: 'test',
  timestampMs,
  expiresAtMs: timestampMs + 60_000,
  addresses: [],
  sequence,
});

describe('PeerDirectory reachability', () => {
  it('keeps an unreachable peer listed but out of the reachable list, and says so once', () => {
    const directory = new PeerDirectory();
    const changes: DirectoryChange[] = [];
    directory.onChange((change) => changes.push(change));
    directory.upsert(advert('p1', 1, 1_000), 'gossip', 1_000);
    directory.upsert(advert('p2', 1, 1_000), 'gossip', 1_000);
    expect(directory.markUnreachable('p1', 2_000)).toBe(true);
    expect(directory.markUnreachable('p1', 2_500)).toBe(false);
    expect(directory.list(3_000).map((e) => e.advert.peerId)).toEqual(['p1', 'p2']);
    expect(directory.listReachable(3_000).map((e) => e.advert.peerId)).toEqual(['p2']);
    expect(directory.isReachable('p1')).toBe(false);
    expect(directory.unreachableSince('p1')).toBe(2_000);
    expect(changes.filter((c) => c.kind === 'unreachable')).toEqual([{ kind: 'unreachable', peerId: 'p1' }]);
  });

  it('is reachable again when it reconnects, or sends an advert signed after it went, not an older copy', () => {
    const directory = new PeerDirectory();
    const changes: DirectoryChange[] = [];
    directory.onChange((change) => changes.push(change));
    directory.markUnreachable('p1', 5_000);
    // A record holder's copy from before the peer went away does not bring it back.
    directory.upsert(advert('p1', 1, 4_000), 'dht', 6_000);
    expect(directory.isReachable('p1')).toBe(false);
    directory.upsert(advert('p1', 2, 7_000), 'gossip', 7_000);
    expect(directory.isReachable('p1')).toBe(true);
    expect(changes.map((c) => c.kind)).toEqual(['unreachable', 'added', 'updated', 'reachable']);

    directory.markUnreachable('p1', 8_000);
    expect(directory.markReachable('p1')).toBe(true);
    expect(directory.markReachable('p1')).toBe(false);
    expect(directory.listReachable(9_000)).toHaveLength(1);
  });

  it('forgets the mark when the advert expires', () => {
    const directory = new PeerDirectory();
    directory.upsert(advert('p1', 1, 1_000), 'gossip', 1_000);
    directory.markUnreachable('p1', 2_000);
    expect(directory.prune(61_000)).toEqual(['p1']);
    expect(directory.isReachable('p1')).toBe(true);
  });
});
