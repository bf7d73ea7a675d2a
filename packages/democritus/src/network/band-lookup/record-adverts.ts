/**
 * The signed adverts that providers leave with their band-key records (ProvideRequest.advert), kept by the peer that
 * records them and handed to lookups (the advert-batch protocol), so that a node that finds a provider in the DHT gets
 * its advert from the record holder it is already talking to instead of dialling the provider.
 *
 * Only the provider's own signature makes an advert; it is checked on the way in and again by whoever receives it.
 * One advert per provider, the highest sequence wins, expired ones are dropped; the store is bounded in bytes and
 * forgets the least recently provided first.
 */
import type { ExpertAdvert } from '../../core/directory/expert-advert.js';
import { decodeVerifiedAdvert } from '../adverts/advert-codec.js';

interface HeldAdvert {
  bytes: Uint8Array;
  sequence: number;
  expiresAtMs: number;
}

export type HeldAdvertOutcome = 'stored' | 'stale' | 'expired';

/** 16 MiB: about 1,600 full routing profiles, or 16,000 description-only adverts. */
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export class RecordAdverts {
  private readonly held = new Map<string, HeldAdvert>();
  private bytes = 0;

  constructor(private readonly options: { maxBytes?: number; now?: () => number } = {}) {}

  get size(): number {
    return this.held.size;
  }

  /** Checks and keeps the advert `provider` left with its records; throws (naming why) on a bad or foreign advert. */
  async put(provider: string, signed: Uint8Array): Promise<HeldAdvertOutcome> {
    const advert: ExpertAdvert = await decodeVerifiedAdvert(signed);
    if (advert.peerId !== provider) throw new Error(`peer ${provider} left the advert of ${advert.peerId} with its records`);
    const now = this.now();
    if (advert.expiresAtMs <= now) return 'expired';
    const existing = this.held.get(provider);
    if (existing !== undefined && existing.sequence >= advert.sequence) return 'stale';
    this.drop(provider);
    this.held.set(provider, { bytes: signed, sequence: advert.sequence, expiresAtMs: advert.expiresAtMs });
    this.bytes += signed.length;
    this.evict();
    return 'stored';
  }

  /** Whether a provider left an advert here (expired or not): only those may refresh it without new records. */
  has(provider: string): boolean {
    return this.held.has(provider);
  }

  /** The signed advert of a provider, unless it has none or it expired. */
  get(provider: string): Uint8Array | undefined {
    const held = this.held.get(provider);
    if (held === undefined) return undefined;
    if (held.expiresAtMs > this.now()) return held.bytes;
    this.drop(provider);
    return undefined;
  }

  private evict(): void {
    const maxBytes = this.options.maxBytes ?? DEFAULT_MAX_BYTES;
    for (const provider of this.held.keys()) {
      if (this.bytes <= maxBytes) return;
      this.drop(provider);
    }
  }

  private drop(provider: string): void {
    const held = this.held.get(provider);
    if (held === undefined) return;
    this.held.delete(provider);
    this.bytes -= held.bytes.length;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
