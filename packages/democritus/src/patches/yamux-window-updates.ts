/**
 * Patch yamux-window-updates: Yamux window updates once half the receive window is used, as hashicorp's yamux and
 * rust-yamux send them, instead of after every data frame. @chainsafe/libp2p-yamux 8 answers each data frame it
 * receives with a window update frame: a request/response exchange (a band lookup, an advert batch) then costs four
 * frames instead of two, each one encrypted, written to the socket and decoded on the other side. The sender is never
 * held up by this: it still has half a window (128 KiB by default) of credit when the update goes out.
 *
 * It replaces `sendWindowUpdate` on each stream of our own muxers (the stream's fields and the muxer's `_newStream`
 * are not part of the public API), nothing process-wide. With another yamux version, or without those fields, the
 * streams keep the library's behaviour.
 */
import { yamux, type YamuxMuxerInit } from '@chainsafe/libp2p-yamux';
import { StreamState, type YamuxStream } from '@chainsafe/libp2p-yamux/stream';
import { patchEnabled, YAMUX_WINDOW_UPDATES, type PatchCheck } from './registry.js';

interface WindowFields {
  state: StreamState;
  recvWindow: number;
  recvWindowCapacity: number;
  sendWindowUpdate(): void;
}

type YamuxFactory = ReturnType<typeof yamux>;
type StreamMuxerFactory = ReturnType<YamuxFactory>;

/** `yamux(init)`; where the patch applies, its streams send window updates at half the window. */
export function yamuxMuxer(init?: YamuxMuxerInit, check?: PatchCheck): YamuxFactory {
  const factory = yamux(init);
  if (!patchEnabled(YAMUX_WINDOW_UPDATES, check)) return factory;
  return () => {
    const muxers: StreamMuxerFactory = factory();
    const createStreamMuxer = muxers.createStreamMuxer.bind(muxers);
    muxers.createStreamMuxer = (connection) => {
      const muxer = createStreamMuxer(connection);
      const internals = muxer as unknown as { _newStream?: (...args: unknown[]) => unknown };
      const newStream = internals._newStream;
      if (typeof newStream === 'function') {
        internals._newStream = function (this: unknown, ...args: unknown[]) {
          const stream = newStream.apply(this, args);
          sendWindowUpdatesAtHalfWindow(stream as YamuxStream);
          return stream;
        };
      }
      return muxer;
    };
    return muxers;
  };
}

/** Makes one stream grant credit at half the window; false (stream unchanged) when it lacks the fields this reads. */
export function sendWindowUpdatesAtHalfWindow(stream: YamuxStream): boolean {
  const fields = stream as unknown as WindowFields;
  const sendWindowUpdate = fields.sendWindowUpdate;
  if (typeof sendWindowUpdate !== 'function' || typeof fields.recvWindow !== 'number' || typeof fields.recvWindowCapacity !== 'number') return false;
  fields.sendWindowUpdate = function (this: WindowFields) {
    // Only an established stream's update carries no flag (SYN/ACK ride on the first ones), so only those may wait.
    if (this.state === StreamState.Established && this.recvWindowCapacity * 2 > this.recvWindow) return;
    sendWindowUpdate.call(this);
  };
  return true;
}
