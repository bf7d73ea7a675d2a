/**
 * Democritus node library: configuration, the local inference engine, the model registry and the scheduler.
 *
 * @example
 * ```ts
 * import { loadConfig, startDaemon, createLogger } from 'democritus';
 * const loaded = await loadConfig({ file: 'config.toml' });
 * const daemon = await startDaemon(loaded, createLogger());
 * ```
 */
// Node 20 lacks Promise.withResolvers, which libp2p calls: the polyfill is evaluated before every module below.
import './polyfills.js';
export * from './config/index.js';
export * from './errors.js';
export * from './engine/types.js';
export { LlamaEngine, type LlamaEngineOptions } from './engine/llama-engine.js';
export { Scheduler, type SchedulerSettings, type ScheduleOptions, type RequestPriority } from './scheduler/scheduler.js';
export { startDaemon, type RunningDaemon } from './daemon/daemon.js';
export { loadOrCreateIdentity, type NodeIdentity } from './identity/node-identity.js';
export { createLogger, type Logger } from './logging/logger.js';
export { SOFTWARE_VERSION } from './version.js';
