import { createServer, type AddressInfo } from 'node:net';
import type { Stream } from '@libp2p/interface';
import { lpStream } from '@libp2p/utils';
import type { Uint8ArrayList } from 'uint8arraylist';

/** A loopback port nothing listens on: bound by the OS, then released. */
export async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** A protocol handler that echoes every length-prefixed message until the stream ends. */
export function lpEchoHandler(options: { maxDataLength?: number } = {}): (stream: Stream) => Promise<void> {
  return async (stream) => {
    const framed = lpStream(stream, options.maxDataLength === undefined ? {} : { maxDataLength: options.maxDataLength });
    for (;;) {
      let message: Uint8ArrayList;
      try {
        message = await framed.read();
      } catch {
        await stream.close().catch(() => undefined);
        return;
      }
      await framed.write(message.subarray());
    }
  };
}
