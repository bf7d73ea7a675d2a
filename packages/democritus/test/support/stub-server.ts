import type { LlamaEngine } from '../../src/engine/llama-engine.js';
import type { Logger } from '../../src/logging/logger.js';
import type { RestServer, RestServerOptions } from '../../src/api/rest-server.js';
import { Scheduler, type SchedulerSettings } from '../../src/scheduler/scheduler.js';
import { createStubApp, startRestServer, type StubApp } from './app-stub.js';
import { createTestEngine } from './engine.js';

/** The real REST server on a free loopback port, over the real app, engine and a scheduler with one slot, stub peers. */
export interface StubServer {
  engine: LlamaEngine;
  stub: StubApp;
  server: RestServer;
  url: string;
  close(): Promise<void>;
}

export async function startStubServer(
  options: Partial<Omit<RestServerOptions, 'logger'>> & { rateLimit?: SchedulerSettings['rateLimit']; appLogger?: Logger } = {},
): Promise<StubServer> {
  const { rateLimit, appLogger, ...serverOptions } = options;
  const engine = await createTestEngine();
  const scheduler = new Scheduler(engine, { maxQueue: 8, maxConcurrentPerModel: 1, rateLimit: rateLimit ?? { perMinute: 0, burst: 1 } });
  const stub = await createStubApp(scheduler, appLogger === undefined ? {} : { logger: appLogger });
  const { server, url } = await startRestServer(stub.app, serverOptions);
  return {
    engine,
    stub,
    server,
    url,
    async close() {
      await server.close();
      await engine.close();
    },
  };
}
