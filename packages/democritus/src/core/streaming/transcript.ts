import { createHash, type Hash } from 'node:crypto';

/**
 * The running SHA-256 of an inference stream: the request bytes as sent, then every token packet payload in order.
 * The final summary signs it, so the summary vouches for the whole exchange, not just its last frame.
 */
export class Transcript {
  private readonly hash: Hash;
  private packets = 0;

  constructor(requestBytes: Uint8Array) {
    this.hash = createHash('sha256').update(requestBytes);
  }

  get packetCount(): number {
    return this.packets;
  }

  addPacket(payload: Uint8Array): void {
    this.hash.update(payload);
    this.packets += 1;
  }

  /** The hash so far; more packets may still be added. */
  digest(): Uint8Array {
    return new Uint8Array(this.hash.copy().digest());
  }
}
