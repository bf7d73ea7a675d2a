/** Keys provided at once by kad-dht walks, when the batched protocol is unavailable. */
export const PROVIDE_CONCURRENCY = 4;
/** Tries of a provide (batched: for the keys no peer recorded yet; walks: per key). */
export const PROVIDE_ATTEMPTS = 3;
/** Wait before a batched provide tries again, in ms. */
export const PROVIDE_RETRY_DELAY_MS = 1_000;
/** How often band-record maintenance looks at the routing table and the held advert's age, at most, in ms. */
export const REPROVIDE_CHECK_MS = 15_000;
/** How often band records are provided again from scratch (kad-dht keeps provider records 48 hours). */
export const RECORD_REFRESH_MS = 12 * 60 * 60 * 1000;
/** kad-dht walks in flight in a fallback band lookup: hundreds at once only starve each other. */
export const DHT_WALK_CONCURRENCY = 16;
/** Longest wait for one kad-dht walk of a fallback band lookup, in ms. */
export const DHT_WALK_TIMEOUT_MS = 5_000;
/** Time limit of one batched provide or advert refresh, and of one kad-dht provide, in ms. */
export const PROVIDE_TIMEOUT_MS = 30_000;
/** Default time limit of a kad-dht provider search, in ms. */
export const FIND_PROVIDERS_TIMEOUT_MS = 10_000;
