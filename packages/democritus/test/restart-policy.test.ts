// When the local swarm's supervisor restarts a node that died, and when it leaves it down.
import { describe, expect, it } from 'vitest';
import { decideRestart, DEFAULT_RESTART_POLICY, type RestartPolicy } from '../src/core/supervision/restart-policy.js';

const policy: RestartPolicy = { initialDelayMs: 1_000, maxDelayMs: 5_000, maxRestarts: 4, windowMs: 60_000 };

describe('decideRestart', () => {
  it('restarts after a delay that doubles with each restart in the window, up to the maximum', () => {
    expect(decideRestart([], 0, policy)).toEqual({ action: 'restart', delayMs: 1_000, attempt: 1 });
    expect(decideRestart([10], 100, policy)).toEqual({ action: 'restart', delayMs: 2_000, attempt: 2 });
    expect(decideRestart([10, 20], 100, policy)).toEqual({ action: 'restart', delayMs: 4_000, attempt: 3 });
    expect(decideRestart([10, 20, 30], 100, policy)).toEqual({ action: 'restart', delayMs: 5_000, attempt: 4 });
  });

  it('gives up after maxRestarts within the window, and forgets restarts older than the window', () => {
    expect(decideRestart([10, 20, 30, 40], 100, policy)).toEqual({ action: 'give-up', restarts: 4 });
    expect(decideRestart([10, 20, 30, 40], 60_025, policy)).toEqual({ action: 'restart', delayMs: 4_000, attempt: 3 });
    expect(decideRestart([10, 20, 30, 40], 200_000, policy)).toEqual({ action: 'restart', delayMs: 1_000, attempt: 1 });
  });

  it('never restarts with maxRestarts 0', () => {
    expect(decideRestart([], 0, { ...policy, maxRestarts: 0 })).toEqual({ action: 'give-up', restarts: 0 });
  });

  it('defaults: 1 s doubling to 30 s, at most 5 restarts in 10 minutes', () => {
    expect(DEFAULT_RESTART_POLICY).toEqual({ initialDelayMs: 1_000, maxDelayMs: 30_000, maxRestarts: 5, windowMs: 600_000 });
  });
});
