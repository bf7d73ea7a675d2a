/**
 * Patches of dependencies' private code, in one place. Each one speeds up a path that a benchmark measured (the figures
 * are in docs/benchmarks.md, "Dependency patches") and relies on internals of one exact version of its package, which
 * package.json pins. A patch runs only when the installed package is that version and the operator has not disabled it
 * (`DEMOCRITUS_DISABLE_PATCHES`); otherwise the code takes the package's public behaviour, which gives the same results.
 *
 * @example
 * ```ts
 * if (patchEnabled(YAMUX_WINDOW_UPDATES)) ... // the patched path
 * logDependencyPatches(logger); // one line at start naming the active ones
 * ```
 */
import type { Logger } from '../logging/logger.js';
import { installedVersion } from './installed-version.js';

export interface DependencyPatch {
  /** How logs and `DEMOCRITUS_DISABLE_PATCHES` name it. */
  readonly name: string;
  /** The package whose private code it relies on. */
  readonly packageName: string;
  /** The version it was written against; package.json pins the package to exactly this version. */
  readonly version: string;
}

/** node-llama-cpp: one argmax sampler per generation and one-token decodes without the batch scheduler (engine). */
export const NODE_LLAMA_CPP_DIRECT_STEPPING: DependencyPatch = { name: 'node-llama-cpp-direct-stepping', packageName: 'node-llama-cpp', version: '3.22.1' };
/** Yamux streams grant credit at half the receive window instead of after every data frame. */
export const YAMUX_WINDOW_UPDATES: DependencyPatch = { name: 'yamux-window-updates', packageName: '@chainsafe/libp2p-yamux', version: '8.0.1' };
/** Noise hands each encrypted message on as one buffer: one socket write instead of two. */
export const NOISE_SINGLE_WRITE: DependencyPatch = { name: 'noise-single-write', packageName: '@chainsafe/libp2p-noise', version: '17.0.0' };
/** kad-dht's provider store and routing table, which the batched band-key protocols read and write. */
export const KAD_DHT_INTERNALS: DependencyPatch = { name: 'kad-dht-internals', packageName: '@libp2p/kad-dht', version: '16.4.5' };
/** The routing table's closest peers from a snapshot of its buckets, instead of kad-dht's rebuilt distance list. */
export const KAD_DHT_CLOSEST_PEERS: DependencyPatch = { name: 'kad-dht-closest-peers', packageName: '@libp2p/kad-dht', version: '16.4.5' };

/** kad-dht's routing table membership (is a peer in it, add one), to keep connected DHT peers in the table. */
export const KAD_DHT_ROUTING_TABLE: DependencyPatch = { name: 'kad-dht-routing-table', packageName: '@libp2p/kad-dht', version: '16.4.5' };

export const DEPENDENCY_PATCHES: readonly DependencyPatch[] = [
  NODE_LLAMA_CPP_DIRECT_STEPPING,
  YAMUX_WINDOW_UPDATES,
  NOISE_SINGLE_WRITE,
  KAD_DHT_INTERNALS,
  KAD_DHT_CLOSEST_PEERS,
  KAD_DHT_ROUTING_TABLE,
];

/** Comma- or space-separated patch names, or `all`, that run with the packages' public behaviour instead. */
export const DISABLE_PATCHES_ENV = 'DEMOCRITUS_DISABLE_PATCHES';

/** What a check looks at; tests pass another installed version. */
export interface PatchCheck {
  /** The installed version of the patch's package; default: read from its package.json. */
  installedVersion?: string | null;
  /** Default: process.env. */
  env?: NodeJS.ProcessEnv;
}

export type PatchState = { active: true } | { active: false; reason: string };

export function patchState(patch: DependencyPatch, check: PatchCheck = {}): PatchState {
  const disabled = disabledByEnv(check.env ?? process.env);
  if (disabled.has(patch.name) || disabled.has('all')) {
    return { active: false, reason: `disabled by ${DISABLE_PATCHES_ENV}` };
  }
  const installed = check.installedVersion === undefined ? installedVersion(patch.packageName) : check.installedVersion;
  if (installed === null) return { active: false, reason: `${patch.packageName} is not installed` };
  if (installed !== patch.version) return { active: false, reason: `${patch.packageName} ${installed} is installed, the patch is for ${patch.version}` };
  return { active: true };
}

/** True when the patch should run: its package is at the version it was written for and it is not disabled. */
export function patchEnabled(patch: DependencyPatch, check?: PatchCheck): boolean {
  return patchState(patch, check).active;
}

/** Logs once, at start, which patches run (info), and names unknown entries of DEMOCRITUS_DISABLE_PATCHES (warn). */
export function logDependencyPatches(logger: Logger, env: NodeJS.ProcessEnv = process.env): void {
  const active: string[] = [];
  const inactive: Record<string, string> = {};
  for (const patch of DEPENDENCY_PATCHES) {
    const state = patchState(patch, { env });
    if (state.active) active.push(patch.name);
    else inactive[patch.name] = state.reason;
  }
  const known = new Set(['all', ...DEPENDENCY_PATCHES.map((patch) => patch.name)]);
  const unknown = [...disabledByEnv(env)].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    logger.warn({ unknown, known: [...known] }, `${DISABLE_PATCHES_ENV} names no such patch: ${unknown.join(', ')}`);
  }
  logger.info({ activePatches: active, inactivePatches: inactive }, `dependency patches active: ${active.length === 0 ? 'none' : active.join(', ')}`);
}

function disabledByEnv(env: NodeJS.ProcessEnv): Set<string> {
  return new Set((env[DISABLE_PATCHES_ENV] ?? '').split(/[\s,]+/).filter((name) => name.length > 0));
}
