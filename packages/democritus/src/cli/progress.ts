import cliProgress from 'cli-progress';
import type { Logger } from '../logging/logger.js';
import { loggedDownloadProgress, type ProgressReporter } from '../runtime/download-progress.js';

const MIB = 1_048_576;

/**
 * A progress bar on an interactive terminal; elsewhere (CI, log files) a log line at every 10%, so long downloads
 * still show that they move.
 */
export function createDownloadProgress(label: string, logger: Logger): ProgressReporter {
  return process.stderr.isTTY ? terminalBar(label) : loggedDownloadProgress(label, logger);
}

function terminalBar(label: string): ProgressReporter {
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {percentage}% | {done}/{size} MiB | {speed} MiB/s | ETA {eta_formatted}`,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(progress) {
      const total = progress.totalBytes ?? progress.downloadedBytes;
      const payload = {
        done: (progress.downloadedBytes / MIB).toFixed(1),
        size: (total / MIB).toFixed(1),
        speed: (progress.bytesPerSecond / MIB).toFixed(2),
      };
      if (!started) {
        bar.start(total, progress.downloadedBytes, payload);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(progress.downloadedBytes, payload);
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
