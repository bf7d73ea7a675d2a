/** The message of the `CancelledError` an embedding call rejects with when its signal aborts. */
export const EMBEDDING_CANCELLED = 'embedding cancelled: its requester left';
