/**
 * The serving side of `/democritus/<swarm-id>/advert-batch/1.0.0`: the signed adverts that providers left with the
 * records this node holds, for up to 64 peers in one answer (peers it holds none of are left out).
 */
import type { Connection, Stream, StreamHandler } from '@libp2p/interface';
import { lpStream } from '@libp2p/utils';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';
import type { BandRecords } from './band-records.js';
import { decodeAdvertBatchRequest, encodeAdvertBatchResponse, MAX_LOOKUP_REQUEST_BYTES } from './band-wire.js';

const REQUEST_TIMEOUT_MS = 5_000;

export function createAdvertBatchHandler(records: BandRecords, logger: Logger): StreamHandler {
  return async (stream: Stream, connection: Connection) => {
    try {
      const framed = lpStream(stream, { maxDataLength: MAX_LOOKUP_REQUEST_BYTES });
      const signal = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
      const peers = decodeAdvertBatchRequest((await framed.read({ signal })).subarray());
      const adverts = peers.map((peer) => records.adverts.get(peer.toString())).filter((advert) => advert !== undefined);
      await framed.write(encodeAdvertBatchResponse(adverts), { signal });
      await stream.close({ signal });
    } catch (error) {
      logger.debug({ peer: connection.remotePeer.toString(), err: errorMessage(error) }, 'advert batch request refused');
      stream.abort(error instanceof Error ? error : new Error(String(error)));
    }
  };
}
