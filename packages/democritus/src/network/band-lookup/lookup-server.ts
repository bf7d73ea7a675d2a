/**
 * The serving side of `/democritus/<swarm-id>/band-lookup/1.0.0`: requests for up to 64 keys each, answered from this
 * node's kad-dht provider records and routing table, as kad-dht answers GET_PROVIDERS for one key; a stream carries
 * one request after another (request-exchange.ts).
 */
import type { StreamHandler } from '@libp2p/interface';
import type { Logger } from '../../logging/logger.js';
import type { BandRecords } from './band-records.js';
import { decodeLookupRequest, encodeLookupResponse, MAX_LOOKUP_REQUEST_BYTES } from './band-wire.js';
import { requestHandler } from './request-exchange.js';

export function createBandLookupHandler(records: BandRecords, logger: Logger): StreamHandler {
  return requestHandler({
    what: 'band lookup',
    maxRequestBytes: MAX_LOOKUP_REQUEST_BYTES,
    logger,
    answer: async (bytes, connection) => {
      const request = decodeLookupRequest(bytes);
      return encodeLookupResponse(await records.answer(request.keys, request.closerPerKey, connection.remotePeer));
    },
  });
}
