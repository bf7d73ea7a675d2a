import type { ControlServer, ControlServerOptions } from '../../src/api/control-server.js';
import type { LlamaEngine } from '../../src/engine/llama-engine.js';
import { Scheduler } from '../../src/scheduler/scheduler.js';
import { createStubControl, startControlServer, type StubControl } from './control-stub.js';
import { createTestEngine } from './engine.js';

/** The real control server on a free loopback port, over the real engine and a scheduler with one slot, stub peers. */
export interface StubServer {
  engine: LlamaEngine;
  stub: StubControl;
  server: ControlServer;
  url: string;
  close(): Promise<void>;
}

export async function startStubServer(options: Omit<ControlServerOptions, 'logger'> = {}): Promise<StubServer> {
  const engine = await createTestEngine();
  const scheduler = new Scheduler(engine, { maxQueue: 8, maxConcurrentPerModel: 1, rateLimit: { perMinute: 0, burst: 1 } });
  const stub = await createStubControl(scheduler);
  const { server, url } = await startControlServer(stub.deps, options);
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
