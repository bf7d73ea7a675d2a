/**
 * The asking side of the advert-batch protocol: after a band lookup, the adverts of the providers it found, from the
 * record holders that named them (which keep the adverts providers leave with their records), not from each provider.
 *
 * Holders are picked greedily, the one that named the most wanted providers first, so that about 40 adverts take two
 * or three messages to peers the lookup already talked to instead of 40 dials. A provider whose advert a holder did
 * not return is asked of another holder that named it, once per holder; what is still missing is left to the caller.
 */
import type { PeerId } from '@libp2p/interface';
import { peerIdFromString } from '@libp2p/peer-id';
import type { SwarmLibp2p } from '../create-libp2p.js';
import { decodeAdvertBatchResponse, encodeAdvertBatchRequest, MAX_ADVERT_BATCH_PEERS, MAX_ADVERT_BATCH_RESPONSE_BYTES } from './band-wire.js';
import type { RecordAdverts } from './record-adverts.js';
import { requestSignal, type RequestStreams } from './request-exchange.js';

export interface HeldAdvertFetch {
  libp2p: SwarmLibp2p;
  streams: RequestStreams;
  protocol: string;
  /** This node's own held adverts: when it is one of the holders, it answers itself. */
  ownAdverts: RecordAdverts;
  /** Provider peer ID strings whose adverts are wanted. */
  wanted: readonly string[];
  /** Provider -> the peers that named it in the lookup (band-lookup `holders`). */
  holders: ReadonlyMap<string, readonly PeerId[]>;
  /**
   * Checks one signed advert a holder returned and records it; resolves to the provider it is from, or null when it is
   * not from one of `requested` or has expired (it does not count as received).
   */
  accept: (signed: Uint8Array, requested: ReadonlySet<string>) => Promise<string | null>;
  signal: AbortSignal;
  requestTimeoutMs?: number;
}

export interface HeldAdvertResult {
  /** Providers whose advert came from a holder. */
  received: string[];
  /** Providers no holder returned an advert of. */
  missing: string[];
  /** Advert-batch messages sent (this node's own store excluded). */
  requests: number;
}

export async function fetchHeldAdverts(options: HeldAdvertFetch): Promise<HeldAdvertResult> {
  const { libp2p, signal } = options;
  const self = libp2p.peerId.toString();
  const remaining = new Set(options.wanted.filter((provider) => (options.holders.get(provider)?.length ?? 0) > 0));
  const asked = new Map<string, Set<string>>();
  const received: string[] = [];
  let requests = 0;
  while (remaining.size > 0 && !signal.aborted) {
    const round = assignRound(remaining, options.holders, asked);
    if (round.length === 0) break;
    await Promise.all(
      round.map(async ({ holder, providers }) => {
        for (const provider of providers) {
          let holdersAsked = asked.get(provider);
          if (holdersAsked === undefined) asked.set(provider, (holdersAsked = new Set()));
          holdersAsked.add(holder.toString());
        }
        let adverts: Uint8Array[];
        if (holder.toString() === self) {
          adverts = providers.map((provider) => options.ownAdverts.get(provider)).filter((advert) => advert !== undefined);
        } else {
          requests++;
          adverts = await askHolder(options, holder, providers).catch(() => []);
        }
        const requested = new Set(providers);
        await Promise.all(
          adverts.map(async (signed) => {
            const provider = await options.accept(signed, requested).catch(() => null);
            if (provider !== null && remaining.delete(provider)) received.push(provider);
          }),
        );
      }),
    );
  }
  const got = new Set(received);
  return { received, missing: options.wanted.filter((provider) => !got.has(provider)), requests };
}

/** Pairs of (holder, providers) for one round: greedy cover of the remaining providers by holders not yet asked for them. */
function assignRound(
  remaining: ReadonlySet<string>,
  holders: ReadonlyMap<string, readonly PeerId[]>,
  asked: ReadonlyMap<string, ReadonlySet<string>>,
): { holder: PeerId; providers: string[] }[] {
  const candidates = new Map<string, { holder: PeerId; providers: string[] }>();
  for (const provider of remaining) {
    for (const holder of holders.get(provider) ?? []) {
      const id = holder.toString();
      if (asked.get(provider)?.has(id) === true) continue;
      const candidate = candidates.get(id);
      if (candidate === undefined) candidates.set(id, { holder, providers: [provider] });
      else candidate.providers.push(provider);
    }
  }
  const unassigned = new Set(remaining);
  const round: { holder: PeerId; providers: string[] }[] = [];
  for (;;) {
    let best: { holder: PeerId; providers: string[] } | null = null;
    for (const candidate of candidates.values()) {
      const open = candidate.providers.filter((provider) => unassigned.has(provider));
      if (open.length > (best?.providers.length ?? 0)) best = { holder: candidate.holder, providers: open };
    }
    if (best === null) return round;
    candidates.delete(best.holder.toString());
    for (let from = 0; from < best.providers.length; from += MAX_ADVERT_BATCH_PEERS) {
      round.push({ holder: best.holder, providers: best.providers.slice(from, from + MAX_ADVERT_BATCH_PEERS) });
    }
    for (const provider of best.providers) unassigned.delete(provider);
  }
}

/** The signed adverts a holder keeps of `providers` (those it has none of are left out), not yet verified. */
async function askHolder(options: HeldAdvertFetch, holder: PeerId, providers: readonly string[]): Promise<Uint8Array[]> {
  const bytes = await options.streams.request(holder, options.protocol, encodeAdvertBatchRequest(providers.map((provider) => peerIdFromString(provider))), {
    signal: requestSignal(options.signal, options.requestTimeoutMs),
    maxResponseBytes: MAX_ADVERT_BATCH_RESPONSE_BYTES,
  });
  return decodeAdvertBatchResponse(bytes, providers.length);
}
