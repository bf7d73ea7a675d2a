/**
 * The serving side of `/democritus/<swarm-id>/band-provide/1.0.0`: records the sender as a provider of up to 64 keys
 * in this node's kad-dht provider store, as kad-dht's ADD_PROVIDER does for one key (a peer can only add itself), and
 * keeps the signed advert it sent along for lookups (record-adverts.ts). A bad advert is refused, the records are not.
 * A request with no key refreshes the advert of a provider that left one here before.
 */
import type { StreamHandler } from '@libp2p/interface';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../logging/logger.js';
import { ProvideResponse } from '../../protocol/proto.js';
import { decodeProvideRequest, MAX_PROVIDE_REQUEST_BYTES } from './band-wire.js';
import type { BandRecords } from './band-records.js';
import { requestHandler } from './request-exchange.js';

export function createBandProvideHandler(records: BandRecords, logger: Logger): StreamHandler {
  return requestHandler({
    what: 'band provide',
    maxRequestBytes: MAX_PROVIDE_REQUEST_BYTES,
    logger,
    answer: async (bytes, connection) => {
      const provider = connection.remotePeer;
      const request = decodeProvideRequest(bytes);
      // As kad-dht: a record without an address to dial is of no use to anyone who finds it.
      const stored = request.multiaddrs.length === 0 ? 0 : request.keys.length;
      if (stored > 0) {
        await records.host.peerStore.merge(provider, { multiaddrs: request.multiaddrs });
        for (const key of request.keys) await records.addProvider(key, provider);
      }
      // An advert is kept for a provider with records here: with new ones, or as a refresh of the one it left.
      if (request.advert !== null && (stored > 0 || records.adverts.has(provider.toString()))) {
        await records.adverts.put(provider.toString(), request.advert).catch((error: unknown) => {
          logger.warn({ peer: provider.toString(), err: errorMessage(error) }, 'refused the advert a provider left with its records');
        });
      }
      return ProvideResponse.encode({ stored }).finish();
    },
  });
}
