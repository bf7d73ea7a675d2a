import type { Logger } from '../logging/logger.js';
import type { DownloadProgress } from '../models/download.js';

/** Shows a model download's progress (a terminal bar, log lines); `stop` when the download ends. */
export interface ProgressReporter {
  update(progress: DownloadProgress): void;
  stop(): void;
}

/** Makes a reporter for a download of `label` (a model source). */
export type ProgressFactory = (label: string, logger: Logger) => ProgressReporter;

const MIB = 1_048_576;

/** A log line at every 10% of a download (every 100 MiB when the size is unknown), so that long downloads show they move. */
export function loggedDownloadProgress(label: string, logger: Logger): ProgressReporter {
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
