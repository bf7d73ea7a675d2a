import type { FailureKind } from '../errors.js';

export const EXIT_SUCCESS = 0;
export const EXIT_FAILURE = 1;
/** Bad usage or configuration (a wrong flag, a bad config file, a port that is taken): fix the command or the file. */
export const EXIT_USAGE = 2;

/** The exit code of a command that failed with a DemocritusError of this kind. */
export function exitCodeOf(kind: FailureKind): number {
  return kind === 'config_invalid' || kind === 'address_in_use' ? EXIT_USAGE : EXIT_FAILURE;
}
