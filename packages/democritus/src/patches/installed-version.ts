import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const versions = new Map<string, string | null>();

/**
 * The version of the package that `import packageName` loads from this package, read from its package.json; null when
 * it is not installed. Found along Node's node_modules search path, since a package's `exports` may hide its
 * package.json from `require.resolve`.
 */
export function installedVersion(packageName: string): string | null {
  const known = versions.get(packageName);
  if (known !== undefined) return known;
  const manifest = (require.resolve.paths(packageName) ?? []).map((dir) => join(dir, packageName, 'package.json')).find((file) => existsSync(file));
  const version = manifest === undefined ? null : versionIn(manifest);
  versions.set(packageName, version);
  return version;
}

function versionIn(manifest: string): string | null {
  try {
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown };
    return typeof version === 'string' ? version : null;
  } catch {
    return null;
  }
}
