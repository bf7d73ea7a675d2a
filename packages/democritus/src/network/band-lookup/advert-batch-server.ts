/**
 * The serving side of `/democritus/<swarm-id>/advert-batch/1.0.0`: the signed adverts that providers left with the
 * records this node holds, for up to 64 peers per answer (peers it holds none of are left out); a stream carries one
 * request after another (request-exchange.ts).
 */
import type { Connection, Stream, StreamHandler } from '@libp2p/interface';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';
import type { BandRecords } from './band-records.js';
import { decodeAdvertBatchRequest, encodeAdvertBatchResponse, MAX_LOOKUP_REQUEST_BYTES } from './band-wire.js';
import { serveRequests } from './request-exchange.js';

export function createAdvertBatchHandler(records: BandRecords, logger: Logger): StreamHandler {
  return async (stream: Stream, connection: Connection) => {
    try {
      await serveRequests(stream, {
        maxRequestBytes: MAX_LOOKUP_REQUEST_BYTES,
        answer: async (bytes) => {
          const peers = decodeAdvertBatchRequest(bytes);
          return encodeAdvertBatchResponse(peers.map((peer) => records.adverts.get(peer.toString())).filter((advert) => advert !== undefined));
        },
      });
    } catch (error) {
      logger.debug({ peer: connection.remotePeer.toString(), err: errorMessage(error) }, 'advert batch request refused');
      stream.abort(error instanceof Error ? error : new Error(String(error)));
    }
  };
}
