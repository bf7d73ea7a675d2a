import { homedir } from 'node:os';
import { join } from 'node:path';

/** Expands a leading `~` or `~/` to the home directory, as a shell would. */
export function expandHome(path: string, home: string = homedir()): string {
  if (path === '~') return home;
  return path.startsWith('~/') ? join(home, path.slice(2)) : path;
}
