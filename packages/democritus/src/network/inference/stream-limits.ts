import type { StreamHandlerOptions } from '@libp2p/interface';

/**
 * How many inference streams one connection may carry at once; pass them to `libp2p.handle()` with the handler.
 *
 * They are not the admission limit. The serving node's scheduler is: a request beyond its capacity
 * (`max_concurrent_per_model` running plus `max_queue` waiting) is answered at once with a BUSY error frame and a
 * retry-after, and the requester throws BusyError. These limits only make sure that requests reach the scheduler:
 *
 * - `maxOutboundStreams`: a requester keeps at most 64 requests open to one peer (libp2p's default). One more fails
 *   on the requester at once with BusyError, without waiting for the peer.
 * - `maxInboundStreams`: a serving node accepts twice that many per connection. libp2p resets a stream over this limit
 *   without a word, which a requester could only report as a failure of the peer; the margin covers a requester that
 *   opens its next stream before the serving side has seen the previous one close (QUIC does not order one stream's
 *   end before another's start). libp2p's own default, 32, sat below the requester's 64: the 33rd concurrent request
 *   to one expert was reset instead of being answered BUSY.
 *
 * They are constants rather than derived from `max_queue`: a requester cannot know the serving node's configuration,
 * and one requester holding more than 64 of a node's queue places would crowd out everyone else anyway.
 */
export const INFERENCE_STREAM_LIMITS = {
  maxOutboundStreams: 64,
  maxInboundStreams: 128,
} as const satisfies Pick<StreamHandlerOptions, 'maxInboundStreams' | 'maxOutboundStreams'>;

/**
 * The retry-after of the BusyError a requester throws when it already has `maxOutboundStreams` requests open to the
 * peer: about one short generation, after which one of them has likely finished.
 */
export const OUTBOUND_LIMIT_RETRY_AFTER_MS = 1_000;

/**
 * An inference stream may carry one request after another (see stream-pool.ts). The serving node waits this long
 * for the next request on a stream whose last request ended, then closes it.
 */
export const INFERENCE_IDLE_STREAM_MS = 60_000;

/** A requester closes a stream it kept for reuse after this long unused: well before the serving node would. */
export const REQUESTER_IDLE_STREAM_MS = 10_000;
