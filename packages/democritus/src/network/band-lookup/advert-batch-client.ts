/**
 * The asking side of the advert-batch protocol: the adverts of the providers a band lookup finds, from the record
 * holders that named them (which keep the adverts providers leave with their records), not from each provider.
 *
 * While the lookup runs, adverts this node keeps itself are taken at once, and a holder whose answer names at least
 * EARLY_BATCH wanted providers and whose measured round trip is EARLY_MIN_RTT_MS or more is asked for their adverts at
 * once, so that on a slow network most adverts arrive during the walk instead of a round trip after it. On a fast one
 * the round trip costs less than the extra messages: in the 50-expert benchmark swarm on one machine, asking early made
 * decisions 2-5 ms slower at P50 and, when only slow answers triggered it (answers slow from CPU load, not distance),
 * P95 35.5 -> 47.6 ms. When the lookup is done, the providers still missing are asked of the holders that named them,
 * picked greedily (the one that named the most first): about 40 adverts take a few messages to peers the lookup
 * already talked to instead of 40 dials. A provider whose advert a holder did not return is asked of another holder
 * that named it, once per holder; what is still missing is left to the caller.
 */
import type { PeerId } from '@libp2p/interface';
import { peerIdFromString } from '@libp2p/peer-id';
import type { SwarmHost } from '../host.js';
import { decodeAdvertBatchResponse, encodeAdvertBatchRequest, MAX_ADVERT_BATCH_PEERS, MAX_ADVERT_BATCH_RESPONSE_BYTES } from './band-wire.js';
import type { RecordAdverts } from './record-adverts.js';
import { requestSignal, type RequestStreams } from './request-exchange.js';

/**
 * Wanted providers one answer must name for its holder to be asked during the lookup: fewer wait for the cover after
 * it, so that stragglers do not each cost a message.
 */
export const EARLY_BATCH = 8;
/** The ping round trip to a holder from which asking it early pays (unknown round trips count as 0). */
export const EARLY_MIN_RTT_MS = 20;

export interface HeldAdvertFetch {
  host: SwarmHost;
  streams: RequestStreams;
  protocol: string;
  /** This node's own held adverts: when it is one of the holders, it answers itself. */
  ownAdverts: RecordAdverts;
  /**
   * Checks one signed advert a holder returned and records it; resolves to the provider it is from, or null when it is
   * not from one of `requested` or has expired (it does not count as received).
   */
  accept: (signed: Uint8Array, requested: ReadonlySet<string>) => Promise<string | null>;
  signal: AbortSignal;
  requestTimeoutMs?: number;
  /** Wanted providers an answer must name for an early request (default EARLY_BATCH)... */
  earlyBatch?: number;
  /** ...and the holder's round trip, in ms, must be at least this (default EARLY_MIN_RTT_MS). */
  earlyMinRttMs?: number;
}

export interface HeldAdvertResult {
  /** Providers whose advert came from a holder. */
  received: string[];
  /** Providers no holder returned an advert of. */
  missing: string[];
  /** Advert-batch messages sent (this node's own store excluded), and how many of them while the lookup ran. */
  requests: number;
  earlyRequests: number;
}

export class HeldAdvertFetcher {
  private readonly self: string;
  /** Wanted providers named in the lookup's answers so far and not yet asked for, by the holder that named them. */
  private readonly queued = new Map<string, { holder: PeerId; providers: string[] }>();
  /** Providers an early request is for (sent or queued): later answers naming them do not queue them again. */
  private readonly claimed = new Set<string>();
  /** Provider -> the holders asked for its advert: the cover asks each holder once per provider. */
  private readonly asked = new Map<string, Set<string>>();
  private readonly received = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  private requests = 0;
  private earlyRequests = 0;
  private finishing = false;

  constructor(private readonly options: HeldAdvertFetch) {
    this.self = options.host.peerId.toString();
  }

  /** An answer of the running lookup from `holder` (last ping round trip `rttMs`, null if unknown) named the wanted `provider`. */
  offer(provider: string, holder: PeerId, rttMs: number | null): void {
    if (this.finishing || this.claimed.has(provider) || this.options.signal.aborted) return;
    const id = holder.toString();
    if (id === this.self) {
      // This node's own store answers at once; without the advert, another holder's answer may offer it.
      if (this.options.ownAdverts.get(provider) === undefined) return;
      this.claimed.add(provider);
      this.track(this.ask(holder, [provider]));
      return;
    }
    if ((rttMs ?? 0) < (this.options.earlyMinRttMs ?? EARLY_MIN_RTT_MS)) return;
    this.claimed.add(provider);
    let queue = this.queued.get(id);
    if (queue === undefined) this.queued.set(id, (queue = { holder, providers: [] }));
    queue.providers.push(provider);
    if (queue.providers.length >= Math.min(this.options.earlyBatch ?? EARLY_BATCH, MAX_ADVERT_BATCH_PEERS)) {
      this.queued.delete(id);
      this.earlyRequests++;
      this.track(this.ask(holder, queue.providers));
    }
  }

  /**
   * After the lookup: waits for the early requests, then asks the holders `holders` names (provider -> holders) for the
   * adverts of `wanted` providers that are still missing.
   */
  async finish(wanted: readonly string[], holders: ReadonlyMap<string, readonly PeerId[]>): Promise<HeldAdvertResult> {
    this.finishing = true;
    this.queued.clear();
    await Promise.all(this.inFlight);
    const remaining = new Set(wanted.filter((provider) => !this.received.has(provider) && (holders.get(provider)?.length ?? 0) > 0));
    while (remaining.size > 0 && !this.options.signal.aborted) {
      const round = assignRound(remaining, holders, this.asked);
      if (round.length === 0) break;
      await Promise.all(round.map(({ holder, providers }) => this.ask(holder, providers)));
      for (const provider of this.received) remaining.delete(provider);
    }
    return {
      received: [...this.received],
      missing: wanted.filter((provider) => !this.received.has(provider)),
      requests: this.requests,
      earlyRequests: this.earlyRequests,
    };
  }

  private track(request: Promise<void>): void {
    this.inFlight.add(request);
    void request.finally(() => this.inFlight.delete(request));
  }

  private async ask(holder: PeerId, providers: readonly string[]): Promise<void> {
    const holderId = holder.toString();
    for (const provider of providers) {
      let holdersAsked = this.asked.get(provider);
      if (holdersAsked === undefined) this.asked.set(provider, (holdersAsked = new Set()));
      holdersAsked.add(holderId);
    }
    let adverts: Uint8Array[];
    if (holderId === this.self) {
      adverts = providers.map((provider) => this.options.ownAdverts.get(provider)).filter((advert) => advert !== undefined);
    } else {
      this.requests++;
      adverts = await askHolder(this.options, holder, providers).catch(() => []);
    }
    const requested = new Set(providers);
    await Promise.all(
      adverts.map(async (signed) => {
        const provider = await this.options.accept(signed, requested).catch(() => null);
        if (provider !== null) this.received.add(provider);
      }),
    );
  }
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
