import { chmod, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Creates the node's private state directory (mode 0700) and tightens it if it already exists. */
export async function ensureStateDir(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: 0o700 });
  const info = await stat(path);
  if (!info.isDirectory()) throw new Error(`state_dir ${path} is not a directory`);
  if ((info.mode & 0o077) !== 0) await chmod(path, 0o700);
}

export function modelCacheDir(stateDir: string): string {
  return join(stateDir, 'models');
}

/**
 * Writes a file so that a crash leaves either the old content or the new one, never a half-written file:
 * write a temporary sibling, fsync it, rename it over the target.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string, mode = 0o600): Promise<void> {
  const temporary = join(dirname(path), `.${process.pid}.${Date.now()}.tmp`);
  const handle = await open(temporary, 'w', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
