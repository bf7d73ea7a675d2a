import { pino, type Logger, type LevelWithSilent } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

export interface LoggerOptions {
  level?: LevelWithSilent;
  /** Human-readable output; defaults to true when stderr is a terminal. */
  pretty?: boolean;
}

/**
 * Structured logs go to stderr so that stdout stays free for command output (generated text, JSON).
 * Pretty lines on a terminal, one JSON object per line otherwise.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? (process.env.DEMOCRITUS_LOG_LEVEL as LevelWithSilent | undefined) ?? 'info';
  const usePretty = options.pretty ?? process.stderr.isTTY === true;
  if (usePretty) {
    return pino({ level }, pretty({ destination: 2, sync: true, ignore: 'pid,hostname', translateTime: 'HH:MM:ss.l' }));
  }
  return pino({ level, base: undefined }, pino.destination({ dest: 2, sync: true }));
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
