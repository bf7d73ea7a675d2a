import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { installedVersion } from '../src/patches/installed-version.js';
import {
  DEPENDENCY_PATCHES,
  DISABLE_PATCHES_ENV,
  logDependencyPatches,
  NOISE_SINGLE_WRITE,
  patchEnabled,
  patchState,
  YAMUX_WINDOW_UPDATES,
} from '../src/patches/registry.js';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };

describe('dependency patches', () => {
  it('each patched package is pinned to exactly the version its patch was written for, and that version is installed', () => {
    for (const patch of DEPENDENCY_PATCHES) {
      expect(manifest.dependencies[patch.packageName], patch.name).toBe(patch.version);
      expect(installedVersion(patch.packageName), patch.name).toBe(patch.version);
      expect(patchEnabled(patch, { env: {} }), patch.name).toBe(true);
    }
  });

  it('stands aside when another version of the package is installed, or none, and says why', () => {
    expect(patchState(YAMUX_WINDOW_UPDATES, { installedVersion: '8.0.2', env: {} })).toEqual({
      active: false,
      reason: '@chainsafe/libp2p-yamux 8.0.2 is installed, the patch is for 8.0.1',
    });
    expect(patchState(YAMUX_WINDOW_UPDATES, { installedVersion: null, env: {} })).toEqual({
      active: false,
      reason: '@chainsafe/libp2p-yamux is not installed',
    });
    expect(installedVersion('@democritus/no-such-package')).toBeNull();
  });

  it('is switched off by name or with `all` in DEMOCRITUS_DISABLE_PATCHES', () => {
    const disabled = { active: false, reason: `disabled by ${DISABLE_PATCHES_ENV}` };
    expect(patchState(NOISE_SINGLE_WRITE, { env: { [DISABLE_PATCHES_ENV]: 'yamux-window-updates, noise-single-write' } })).toEqual(disabled);
    expect(patchState(YAMUX_WINDOW_UPDATES, { env: { [DISABLE_PATCHES_ENV]: 'noise-single-write' } })).toEqual({ active: true });
    for (const patch of DEPENDENCY_PATCHES) expect(patchState(patch, { env: { [DISABLE_PATCHES_ENV]: 'all' } })).toEqual(disabled);
  });

  it('logs one line at start naming the active patches, and warns about names it does not know', () => {
    const lines: { level: number; msg: string; activePatches?: string[]; inactivePatches?: Record<string, string>; unknown?: string[] }[] = [];
    const logger = pino({ level: 'info', base: undefined }, { write: (line: string) => lines.push(JSON.parse(line) as (typeof lines)[number]) });
    logDependencyPatches(logger, { [DISABLE_PATCHES_ENV]: 'noise-single-write,no-such-patch' });
    const info = lines.filter((line) => line.level === 30);
    expect(info).toHaveLength(1);
    expect(info[0]!.msg).toBe('dependency patches active: node-llama-cpp-direct-stepping, yamux-window-updates, kad-dht-internals, kad-dht-closest-peers, kad-dht-routing-table');
    expect(info[0]!.inactivePatches).toEqual({ 'noise-single-write': `disabled by ${DISABLE_PATCHES_ENV}` });
    const warnings = lines.filter((line) => line.level === 40);
    expect(warnings.map((line) => line.unknown)).toEqual([['no-such-patch']]);
  });
});
