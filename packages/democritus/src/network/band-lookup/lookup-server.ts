/**
 * The serving side of `/democritus/<swarm-id>/band-lookup/1.0.0`: requests for up to 64 keys each, answered from this
 * node's kad-dht provider records and routing table, as kad-dht answers GET_PROVIDERS for one key; a stream carries
 * one request after another (request-exchange.ts).
 */
import type { Connection, Stream, StreamHandler } from '@libp2p/interface';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';
import type { BandRecords } from './band-records.js';
import { decodeLookupRequest, encodeLookupResponse, MAX_LOOKUP_REQUEST_BYTES } from './band-wire.js';
import { serveRequests } from './request-exchange.js';

export function createBandLookupHandler(records: BandRecords, logger: Logger): StreamHandler {
  return async (stream: Stream, connection: Connection) => {
    try {
      await serveRequests(stream, {
        maxRequestBytes: MAX_LOOKUP_REQUEST_BYTES,
        answer: async (bytes) => {
          const request = decodeLookupRequest(bytes);
          return encodeLookupResponse(await records.answer(request.keys, request.closerPerKey, connection.remotePeer));
        },
      });
    } catch (error) {
      logger.debug({ peer: connection.remotePeer.toString(), err: errorMessage(error) }, 'band lookup request refused');
      stream.abort(error instanceof Error ? error : new Error(String(error)));
    }
  };
}
