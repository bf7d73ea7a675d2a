/** How long a direct advert fetch (`/democritus/<swarm-id>/advert/1.0.0`) may take, in ms. */
export const FETCH_TIMEOUT_MS = 5_000;
/** Gossipsub grafts new peers into the mesh on its heartbeat (1 s); publishing after that reaches them. */
export const REPUBLISH_AFTER_JOIN_MS = 1_200;
/** How often expired adverts leave the directory, in ms. */
export const PRUNE_INTERVAL_MS = 5_000;
