/**
 * Patch noise-single-write: Noise with one socket write per message. @chainsafe/libp2p-noise 17 encrypts a message
 * into a list of two buffers (the 2-byte length prefix and the ciphertext), and the TCP transport writes each buffer of
 * a list with its own `socket.write`: two system calls per Yamux frame, and the receiver is woken for the 2 bytes
 * alone. A token stream sends a frame per packet of tokens, so this is most of a serving node's network cost. Here the
 * encrypted message is handed on as one buffer instead: the bytes on the wire are the same.
 *
 * It wraps the `encrypt` method of the encrypted connection that noise returns (not part of its public API). With
 * another noise version, or a connection without that method, the connection is left as it is.
 */
import { noise, type NoiseInit } from '@chainsafe/libp2p-noise';
import type { ConnectionEncrypter, SecuredConnection } from '@libp2p/interface';
import { NOISE_SINGLE_WRITE, patchEnabled, type PatchCheck } from './registry.js';

type NoiseFactory = ReturnType<typeof noise>;

interface ByteList {
  byteLength: number;
  subarray(): Uint8Array;
  readonly bufs?: unknown[];
}

/** `noise(init)`; where the patch applies, each encrypted message leaves as one buffer. */
export function noiseEncrypter(init?: NoiseInit, check?: PatchCheck): NoiseFactory {
  const factory = noise(init);
  return patchEnabled(NOISE_SINGLE_WRITE, check) ? singleWriteNoise(factory) : factory;
}

function singleWriteNoise(factory: NoiseFactory): NoiseFactory {
  return (components) => {
    const encrypter = factory(components);
    const secureInbound = encrypter.secureInbound.bind(encrypter);
    const secureOutbound = encrypter.secureOutbound.bind(encrypter);
    const wrapped: ConnectionEncrypter = Object.create(encrypter) as ConnectionEncrypter;
    wrapped.secureInbound = async (...args) => singleWrites(await secureInbound(...args));
    wrapped.secureOutbound = async (...args) => singleWrites(await secureOutbound(...args));
    return wrapped as ReturnType<NoiseFactory>;
  };
}

function singleWrites<T extends SecuredConnection>(secured: T): T {
  const connection = secured.connection as unknown as { encrypt?: (chunk: unknown) => ByteList | Uint8Array };
  const encrypt = connection.encrypt;
  if (typeof encrypt !== 'function') return secured;
  connection.encrypt = function (this: unknown, chunk: unknown) {
    const encrypted = encrypt.call(this, chunk);
    if (encrypted instanceof Uint8Array || (encrypted.bufs !== undefined && encrypted.bufs.length <= 1)) return encrypted;
    return encrypted.subarray();
  };
  return secured;
}
