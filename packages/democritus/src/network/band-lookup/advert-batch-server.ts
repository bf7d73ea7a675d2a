/**
 * The serving side of `/democritus/<swarm-id>/advert-batch/1.0.0`: the signed adverts that providers left with the
 * records this node holds, for up to 64 peers per answer (peers it holds none of are left out); a stream carries one
 * request after another (request-exchange.ts).
 */
import type { StreamHandler } from '@libp2p/interface';
import type { Logger } from '../../logging/logger.js';
import type { BandRecords } from './band-records.js';
import { decodeAdvertBatchRequest, encodeAdvertBatchResponse, MAX_LOOKUP_REQUEST_BYTES } from './band-wire.js';
import { requestHandler } from './request-exchange.js';

export function createAdvertBatchHandler(records: BandRecords, logger: Logger): StreamHandler {
  return requestHandler({
    what: 'advert batch',
    maxRequestBytes: MAX_LOOKUP_REQUEST_BYTES,
    logger,
    answer: async (bytes) => {
      const peers = decodeAdvertBatchRequest(bytes);
      return encodeAdvertBatchResponse(peers.map((peer) => records.adverts.get(peer.toString())).filter((advert) => advert !== undefined));
    },
  });
}
