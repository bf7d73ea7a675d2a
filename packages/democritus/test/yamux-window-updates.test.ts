import '../src/polyfills.js';
import { noise } from '@chainsafe/libp2p-noise';
import { StreamState, YamuxStream } from '@chainsafe/libp2p-yamux/stream';
import type { Logger } from '@libp2p/interface';
import { tcp } from '@libp2p/tcp';
import { lpStream } from '@libp2p/utils';
import { createLibp2p, type Libp2p } from 'libp2p';
import { Uint8ArrayList } from 'uint8arraylist';
import { afterAll, describe, expect, it } from 'vitest';
import { sendWindowUpdatesAtHalfWindow, yamuxMuxer } from '../src/patches/yamux-window-updates.js';
import type { PatchCheck } from '../src/patches/registry.js';
import { lpEchoHandler } from './support/net.js';

// Frame types and flags of the yamux specification.
const DATA = 0;
const WINDOW_UPDATE = 1;
const ACK = 2;
const WINDOW = 256 * 1024;

const quiet: Logger = Object.assign(() => undefined, {
  error: () => undefined,
  trace: () => undefined,
  enabled: false,
  newScope: () => quiet,
});

interface SentFrame {
  type: number;
  flag: number;
  length: number;
}

/** A real YamuxStream of the library whose frames are recorded instead of sent; patched unless `patched` is false. */
function recordingStream(state: StreamState, patched = true): { stream: YamuxStream; sent: SentFrame[] } {
  const sent: SentFrame[] = [];
  const stream = new YamuxStream({
    id: 'test',
    streamId: 1,
    log: quiet,
    direction: 'inbound',
    state,
    getRTT: () => -1,
    sendFrame: (header) => {
      sent.push({ type: header.type, flag: header.flag, length: header.length });
      return true;
    },
  });
  if (patched) expect(sendWindowUpdatesAtHalfWindow(stream)).toBe(true);
  return { stream, sent };
}

type FrameData = NonNullable<Parameters<YamuxStream['handleData']>[0]['data']>;

function receive(stream: YamuxStream, bytes: number): void {
  // The library may resolve its own copy of uint8arraylist: the same class at run time, another one to the compiler.
  const data = new Uint8ArrayList(new Uint8Array(bytes)) as unknown as FrameData;
  stream.handleData({ header: { type: DATA, flag: 0, streamID: 1, length: bytes }, data });
}

describe('yamux window updates at half the window', () => {
  it('grants credit once half the window is used, not after every data frame', () => {
    const { stream, sent } = recordingStream(StreamState.Established);
    for (let i = 0; i < 12; i++) receive(stream, 10 * 1024); // 120 KiB: less than half the window
    expect(sent.filter((f) => f.type === WINDOW_UPDATE)).toEqual([]);
    receive(stream, 10 * 1024); // 130 KiB: past half
    expect(sent).toEqual([{ type: WINDOW_UPDATE, flag: 0, length: 130 * 1024 }]);
    receive(stream, 1024);
    expect(sent).toHaveLength(1);
  });

  it('still acknowledges a new inbound stream with its first update', () => {
    const { stream, sent } = recordingStream(StreamState.SYNReceived);
    receive(stream, 100);
    expect(sent).toEqual([{ type: WINDOW_UPDATE, flag: ACK, length: 100 }]);
    receive(stream, 100); // established now: no update for 100 bytes
    expect(sent).toHaveLength(1);
  });

  it("an unpatched stream keeps the library's update after every data frame", () => {
    const { stream, sent } = recordingStream(StreamState.Established, false);
    receive(stream, 1024);
    receive(stream, 1024);
    expect(sent).toEqual([
      { type: WINDOW_UPDATE, flag: 0, length: 1024 },
      { type: WINDOW_UPDATE, flag: 0, length: 1024 },
    ]);
  });

  describe('between two libp2p nodes', () => {
    const nodes: Libp2p[] = [];
    afterAll(async () => {
      await Promise.all(nodes.map(async (node) => node.stop()));
    });

    // With another yamux version installed the patch stands aside, and the library's own muxer must carry the same load.
    it.each([
      ['patched', {}],
      ['with another yamux version (the library unpatched)', { installedVersion: '8.0.2' }],
    ] satisfies [string, PatchCheck][])('%s: moves many times the window both ways, intact, and small exchanges on one stream', async (_, check) => {
      const start = () =>
        createLibp2p({
          addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
          transports: [tcp()],
          connectionEncrypters: [noise()],
          streamMuxers: [yamuxMuxer(undefined, check)],
        });
      const [server, client] = await Promise.all([start(), start()]);
      nodes.push(server, client);
      const protocol = '/test/echo/1.0.0';
      await server.handle(protocol, lpEchoHandler({ maxDataLength: 8 * WINDOW }));
      const stream = await client.dialProtocol(server.getMultiaddrs()[0]!, protocol);
      // The patch replaces the method on each stream of its own muxers; the library's prototype stays as it is.
      expect(Object.hasOwn(stream, 'sendWindowUpdate')).toBe(!('installedVersion' in check));
      const framed = lpStream(stream, { maxDataLength: 8 * WINDOW });
      // Large messages: the sender runs out of credit unless updates keep coming.
      for (const size of [3 * WINDOW, 5 * WINDOW + 17]) {
        const payload = new Uint8Array(size).map((_, i) => (i * 31 + size) & 0xff);
        await framed.write(payload);
        expect(Buffer.from((await framed.read()).subarray()).equals(Buffer.from(payload))).toBe(true);
      }
      // Many small requests: credit below half a window at a time is granted when half is used.
      for (let i = 0; i < 300; i++) {
        const payload = new Uint8Array(1500).fill(i & 0xff);
        await framed.write(payload);
        expect(Buffer.from((await framed.read()).subarray()).equals(Buffer.from(payload))).toBe(true);
      }
      await stream.close();
    }, 60_000);
  });
});
