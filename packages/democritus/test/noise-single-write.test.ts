import '../src/polyfills.js';
import type { ConnectionEncrypter, MessageStream } from '@libp2p/interface';
import { tcp } from '@libp2p/tcp';
import { lpStream } from '@libp2p/utils';
import { createLibp2p, type Libp2p } from 'libp2p';
import { afterAll, describe, expect, it } from 'vitest';
import { yamux } from '@chainsafe/libp2p-yamux';
import { noiseEncrypter } from '../src/patches/noise-single-write.js';
import type { PatchCheck } from '../src/patches/registry.js';
import { lpEchoHandler } from './support/net.js';

type EncrypterFactory = ReturnType<typeof noiseEncrypter>;

/**
 * The encrypter `factory` makes, recording what the encrypted connection hands the transport (the real TCP
 * connection) after the handshake: one buffer, or a list of how many.
 */
function recordingWrites(factory: EncrypterFactory, writes: number[]): EncrypterFactory {
  return (components) => {
    const encrypter = factory(components);
    const record = (connection: MessageStream): void => {
      const send = connection.send.bind(connection);
      connection.send = (data) => {
        // noise may resolve its own copy of uint8arraylist: a list is whatever is not a plain buffer.
        writes.push(data instanceof Uint8Array ? 1 : [...data].length);
        return send(data);
      };
    };
    const wrapped: ConnectionEncrypter = Object.create(encrypter) as ConnectionEncrypter;
    wrapped.secureOutbound = async (connection, options) => {
      const secured = await encrypter.secureOutbound(connection, options);
      record(connection);
      return secured;
    };
    wrapped.secureInbound = async (connection, options) => {
      const secured = await encrypter.secureInbound(connection, options);
      record(connection);
      return secured;
    };
    return wrapped as ReturnType<EncrypterFactory>;
  };
}

describe('noise with one socket write per message', () => {
  const nodes: Libp2p[] = [];
  afterAll(async () => {
    await Promise.all(nodes.map(async (node) => node.stop()));
  });

  // With another noise version installed the patch stands aside: the library's two-buffer messages, same bytes.
  it.each([
    ['patched', 'one buffer', {}],
    ['with another noise version (the library unpatched)', 'a list of buffers', { installedVersion: '17.0.1' }],
  ] satisfies [string, 'one buffer' | 'a list of buffers', PatchCheck][])('%s: messages cross intact, each handed on as %s', async (_, shape, check) => {
    const writes: number[] = [];
    const start = () =>
      createLibp2p({
        addresses: { listen: ['/ip4/127.0.0.1/tcp/0'] },
        transports: [tcp()],
        connectionEncrypters: [recordingWrites(noiseEncrypter(undefined, check), writes)],
        streamMuxers: [yamux()],
      });
    const [server, client] = await Promise.all([start(), start()]);
    nodes.push(server, client);
    const protocol = '/test/echo/1.0.0';
    await server.handle(protocol, lpEchoHandler());
    const stream = await client.dialProtocol(server.getMultiaddrs()[0]!, protocol);
    const framed = lpStream(stream);
    for (const size of [1, 1500, 200_000]) {
      const payload = new Uint8Array(size).map((_, i) => (i * 7 + size) & 0xff);
      await framed.write(payload);
      expect(Buffer.from((await framed.read()).subarray()).equals(Buffer.from(payload))).toBe(true);
    }
    await stream.close();
    expect(writes.length).toBeGreaterThan(0);
    // Unpatched, each noise message is a list: its 2-byte length prefix and its ciphertext (and more for a frame that
    // noise splits into several messages).
    expect(writes.every((buffers) => (shape === 'one buffer' ? buffers === 1 : buffers >= 2))).toBe(true);
  }, 60_000);
});
