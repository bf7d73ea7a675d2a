/**
 * Yamux window updates once half the receive window is used, as hashicorp's yamux and rust-yamux send them, instead
 * of after every data frame. @chainsafe/libp2p-yamux 8 answers each data frame it receives with a window update frame:
 * a request/response exchange (a band lookup, an advert batch) then costs four frames instead of two, each one
 * encrypted, written to the socket and decoded on the other side. The sender is never held up by this: it still has
 * half a window (128 KiB by default) of credit when the update goes out.
 *
 * It patches `sendWindowUpdate` of the library's exported `YamuxStream` (its fields are not part of the public API); if
 * a later version lacks them, the stream keeps the library's behaviour.
 */
import { yamux, type YamuxMuxerInit } from '@chainsafe/libp2p-yamux';
import { StreamState, YamuxStream } from '@chainsafe/libp2p-yamux/stream';

interface WindowFields {
  state: StreamState;
  recvWindow: number;
  recvWindowCapacity: number;
  sendWindowUpdate(): void;
}

/** `yamux(init)`, with its streams sending window updates at half the window. */
export function yamuxWithHalfWindowUpdates(init?: YamuxMuxerInit): ReturnType<typeof yamux> {
  sendWindowUpdatesAtHalfWindow();
  return yamux(init);
}

let installed = false;

function sendWindowUpdatesAtHalfWindow(): void {
  if (installed) return;
  installed = true;
  const prototype = YamuxStream.prototype as unknown as WindowFields;
  const sendWindowUpdate = prototype.sendWindowUpdate;
  if (typeof sendWindowUpdate !== 'function') return;
  prototype.sendWindowUpdate = function (this: WindowFields) {
    const known = typeof this.recvWindow === 'number' && typeof this.recvWindowCapacity === 'number';
    // Only an established stream's update carries no flag (SYN/ACK ride on the first ones), so only those may wait.
    if (known && this.state === StreamState.Established && this.recvWindowCapacity * 2 > this.recvWindow) return;
    sendWindowUpdate.call(this);
  };
}
