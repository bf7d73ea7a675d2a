import cliProgress from 'cli-progress';
import type { Logger } from '../logging/logger.js';

export interface TransferProgress {
  downloadedBytes: number;
  totalBytes: number | null;
  bytesPerSecond: number;
}

export interface ProgressReporter {
  update(progress: TransferProgress): void;
  stop(): void;
}

const MIB = 1_048_576;

/**
 * A progress bar on an interactive terminal; elsewhere (CI, log files) a log line at every 10%, so long downloads
 * still show that they move.
 */
export function createDownloadProgress(label: string, logger: Logger): ProgressReporter {
  if (process.stderr.isTTY) return terminalBar(label);
  let lastDecile = -1;
  return {
    update(progress) {
      const total = progress.totalBytes;
      const decile = total ? Math.floor((progress.downloadedBytes / total) * 10) : Math.floor(progress.downloadedBytes / (100 * MIB));
      if (decile === lastDecile) return;
      lastDecile = decile;
      logger.info(
        {
          model: label,
          downloadedMiB: +(progress.downloadedBytes / MIB).toFixed(1),
          totalMiB: total ? +(total / MIB).toFixed(1) : null,
          MiBps: +(progress.bytesPerSecond / MIB).toFixed(2),
        },
        'downloading model',
      );
    },
    stop() {},
  };
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
