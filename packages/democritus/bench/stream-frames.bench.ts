/**
 * Stream frames benchmark: the cost of small messages on one libp2p stream between two nodes of this process over TCP
 * on 127.0.0.1, with the node's Noise and Yamux (`noiseEncrypter`, `yamuxMuxer`, so `DEMOCRITUS_DISABLE_PATCHES`
 * applies). What the noise-single-write and yamux-window-updates patches change is per frame: socket writes, window
 * update frames and their encryption, so it is measured per message, as process CPU time (both nodes; waiting for a
 * core is not counted) and wall time:
 *
 *   exchange  request and answer of 200 bytes each, one at a time (a band lookup, an advert batch, a generate request);
 *   stream    300 messages of 200 bytes one way, then one answer (a generation's token packets).
 *
 *   node scripts/run-bench.js stream-frames.bench.ts [--rounds N]
 */
import '../src/polyfills.js';
import { tcp } from '@libp2p/tcp';
import { lpStream } from '@libp2p/utils';
import { createLibp2p, type Libp2p } from 'libp2p';
import { parseArgs } from 'node:util';
import { noiseEncrypter } from '../src/patches/noise-single-write.js';
import { yamuxMuxer } from '../src/patches/yamux-window-updates.js';
import { median } from './stats.js';

const MESSAGE_BYTES = 200;
const EXCHANGES = 2_000;
const STREAM_MESSAGES = 300;
const STREAMS = 10;
const PROTOCOL = '/bench/frames/1.0.0';

interface PerMessage {
  cpuUs: number;
  wallUs: number;
}

export interface StreamFramesResult {
  exchange: PerMessage;
  stream: PerMessage;
}

async function measure(messages: number, work: () => Promise<void>): Promise<PerMessage> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const wallUs = (performance.now() - started) * 1000;
  const used = process.cpuUsage(cpu);
  return { cpuUs: (used.user + used.system) / messages, wallUs: wallUs / messages };
}

export async function runStreamFramesBenchmark(rounds: number): Promise<StreamFramesResult> {
  const start = () =>
    createLibp2p({
      addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
      transports: [tcp()],
      connectionEncrypters: [noiseEncrypter()],
      streamMuxers: [yamuxMuxer()],
    });
  const nodes: Libp2p[] = await Promise.all([start(), start()]);
  const [server, client] = nodes as [Libp2p, Libp2p];
  try {
    // A request with a count n gets n messages back (an exchange: n = 1).
    await server.handle(PROTOCOL, async (stream) => {
      const framed = lpStream(stream);
      const payload = new Uint8Array(MESSAGE_BYTES).fill(7);
      try {
        for (;;) {
          const request = await framed.read();
          const count = request.get(0);
          for (let i = 0; i < count; i++) await framed.write(payload);
        }
      } catch {
        await stream.close().catch(() => undefined);
      }
    });
    const stream = await client.dialProtocol(server.getMultiaddrs()[0]!, PROTOCOL);
    const framed = lpStream(stream);
    const ask = (count: number) => {
      const request = new Uint8Array(MESSAGE_BYTES);
      request[0] = count;
      return request;
    };
    const exchanges = async (n: number) => {
      for (let i = 0; i < n; i++) {
        await framed.write(ask(1));
        await framed.read();
      }
    };
    const streams = async (n: number) => {
      for (let s = 0; s < n; s++) {
        // 300 messages: the count byte says 255, then 45 more.
        for (const count of [255, STREAM_MESSAGES - 255]) {
          await framed.write(ask(count));
          for (let i = 0; i < count; i++) await framed.read();
        }
      }
    };
    await exchanges(200);
    await streams(2);
    const exchange: PerMessage[] = [];
    const oneWay: PerMessage[] = [];
    for (let round = 0; round < rounds; round++) {
      exchange.push(await measure(EXCHANGES, () => exchanges(EXCHANGES)));
      oneWay.push(await measure(STREAMS * STREAM_MESSAGES, () => streams(STREAMS)));
    }
    await stream.close();
    const summary = (list: PerMessage[]): PerMessage => ({ cpuUs: median(list.map((m) => m.cpuUs)), wallUs: median(list.map((m) => m.wallUs)) });
    return { exchange: summary(exchange), stream: summary(oneWay) };
  } finally {
    await Promise.all(nodes.map(async (node) => node.stop()));
  }
}

const { values } = parseArgs({ options: { rounds: { type: 'string' } } });
const result = await runStreamFramesBenchmark(Number(values.rounds ?? 5));
console.log(
  `stream frames: exchange ${result.exchange.cpuUs.toFixed(1)} us CPU, ${result.exchange.wallUs.toFixed(1)} us wall per request/answer | ` +
    `stream ${result.stream.cpuUs.toFixed(1)} us CPU, ${result.stream.wallUs.toFixed(1)} us wall per message`,
);
console.log(JSON.stringify(result));
process.exit(0);
