import { CancelledError } from '../errors.js';

/**
 * Settles as `work` does, or rejects with a `CancelledError` (`message`) as soon as `signal` aborts, calling `onAbort`
 * first so that the caller can drop what has not started. `work` itself is not stopped: what still runs should be
 * bounded, and its result is ignored.
 */
export function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined, message: string, onAbort?: () => void): Promise<T> {
  if (signal === undefined) return work;
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => {
      onAbort?.();
      reject(new CancelledError(message));
    };
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
  });
}
