/**
 * Inference streams kept for the requester's next request to the same expert (`../idle-stream-pool.ts`). A stream goes
 * back only after its request ended with a final frame (summary or error frame); the serving node waits
 * INFERENCE_IDLE_STREAM_MS for the next request on it, the requester keeps it REQUESTER_IDLE_STREAM_MS.
 */
import type { Stream } from '@libp2p/interface';
import { IdleStreamPool, type IdleStreamPoolOptions } from '../idle-stream-pool.js';
import type { InferenceFrames } from './frames.js';
import { REQUESTER_IDLE_STREAM_MS } from './stream-limits.js';

export interface PooledStream {
  stream: Stream;
  /** The stream's frame reader and writer: it may hold bytes read ahead, so it stays with its stream. */
  frames: InferenceFrames;
}

const IDLE_PER_PEER = 4;

export class InferenceStreamPool extends IdleStreamPool<PooledStream> {
  constructor(options: Partial<IdleStreamPoolOptions> = {}) {
    super({ maxIdlePerPeer: IDLE_PER_PEER, idleMs: REQUESTER_IDLE_STREAM_MS, ...options });
  }
}
