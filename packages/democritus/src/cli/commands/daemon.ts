import type { Command } from 'commander';
import { startDaemon } from '../../daemon/daemon.js';
import { createLogger } from '../../logging/logger.js';
import { addConfigOptions, loadConfigFromFlags, type ConfigFlags } from '../config-options.js';
import { createDownloadProgress } from '../progress.js';

export function registerDaemonCommand(program: Command): void {
  addConfigOptions(program.command('daemon').description('start a node: identity, expert model, the swarm (libp2p), and the REST, WebSocket and gRPC APIs'))
    .action(async (flags: ConfigFlags) => {
      const loaded = await loadConfigFromFlags(flags);
      const logger = createLogger({ level: loaded.config.node.log_level });
      const shutdown = new AbortController();
      // A terminal's Ctrl-C reaches every process of the group, and wrappers (npm start) forward it again:
      // later signals must not kill the node half-way through its shutdown.
      const onSignal = (signal: NodeJS.Signals) => {
        if (shutdown.signal.aborted) return;
        logger.info({ signal }, 'shutting down');
        shutdown.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        const daemon = await startDaemon(loaded, logger, { signal: shutdown.signal, progress: createDownloadProgress });
        // Nothing else may hold the event loop open yet; the daemon runs until a signal arrives.
        const keepAlive = setInterval(() => undefined, 1 << 30);
        await new Promise<void>((resolve) => {
          if (shutdown.signal.aborted) resolve();
          shutdown.signal.addEventListener('abort', () => resolve(), { once: true });
        });
        clearInterval(keepAlive);
        await daemon.stop();
      } catch (error) {
        // A signal during start-up (e.g. while downloading the model) is a clean stop, not a failure.
        if (!shutdown.signal.aborted) throw error;
        logger.info('stopped during start-up');
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
