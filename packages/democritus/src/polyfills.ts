/**
 * Node 20 lacks `Promise.withResolvers`, which libp2p 3 calls. Import this module before anything else.
 *
 * libp2p also makes a `debug` logger for every stream, and `debug` asks the terminal (an isatty system call) whether
 * to colour each new logger unless DEBUG_COLORS is set: 3% of a band lookup's CPU time. Colours stay available with
 * DEBUG_COLORS=yes.
 */
process.env.DEBUG_COLORS ??= 'no';

interface PromiseWithResolversShim<T> {
  promise: Promise<T>;
  resolve: (value: T | PromiseLike<T>) => void;
  reject: (reason?: unknown) => void;
}

const promiseConstructor = Promise as unknown as {
  withResolvers?: <T>() => PromiseWithResolversShim<T>;
};

if (typeof promiseConstructor.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers<T>(): PromiseWithResolversShim<T> {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

export {};
