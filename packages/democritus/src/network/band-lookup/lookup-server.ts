/**
 * The serving side of `/democritus/<swarm-id>/band-lookup/1.0.0`: one request for up to 64 keys, answered from this
 * node's kad-dht provider records and routing table, as kad-dht answers GET_PROVIDERS for one key.
 */
import type { Connection, Stream, StreamHandler } from '@libp2p/interface';
import { lpStream } from '@libp2p/utils';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';
import type { BandRecords } from './band-records.js';
import { decodeLookupRequest, encodeLookupResponse, MAX_LOOKUP_REQUEST_BYTES } from './band-wire.js';

const REQUEST_TIMEOUT_MS = 5_000;

export function createBandLookupHandler(records: BandRecords, logger: Logger): StreamHandler {
  return async (stream: Stream, connection: Connection) => {
    try {
      const framed = lpStream(stream, { maxDataLength: MAX_LOOKUP_REQUEST_BYTES });
      const signal = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
      const request = decodeLookupRequest((await framed.read({ signal })).subarray());
      const answers = await records.answer(request.keys, request.closerPerKey, connection.remotePeer);
      await framed.write(encodeLookupResponse(answers), { signal });
      await stream.close({ signal });
    } catch (error) {
      logger.debug({ peer: connection.remotePeer.toString(), err: errorMessage(error) }, 'band lookup request refused');
      stream.abort(error instanceof Error ? error : new Error(String(error)));
    }
  };
}
