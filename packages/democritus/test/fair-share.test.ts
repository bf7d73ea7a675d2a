import { describe, expect, it } from 'vitest';
import { nextFairRequest } from '../src/core/scheduling/fair-share.js';

describe('nextFairRequest (pure)', () => {
  const waiting = (...entries: [string, number][]) => entries.map(([clientId, priorityRank]) => ({ clientId, priorityRank }));

  const activity = (running: [string, number][], lastStarted: [string, number][] = []) => ({ running: new Map(running), lastStarted: new Map(lastStarted) });

  it('takes the highest priority first, whatever runs', () => {
    expect(nextFairRequest(waiting(['a', 1], ['b', 0]), activity([['b', 5]]))).toBe(1);
  });

  it('within a priority, the client with the fewest running generations; then first come', () => {
    expect(nextFairRequest(waiting(['a', 0], ['a', 0], ['b', 0]), activity([['a', 2]]))).toBe(2);
    expect(nextFairRequest(waiting(['a', 0], ['b', 0]), activity([]))).toBe(0);
    expect(nextFairRequest(waiting(['a', 0], ['b', 0], ['c', 0]), activity([['a', 1], ['b', 1]]))).toBe(2);
  });

  it('between clients running as many, the one that started least recently (round robin)', () => {
    expect(nextFairRequest(waiting(['a', 0], ['b', 0]), activity([], [['a', 7], ['b', 3]]))).toBe(1);
    expect(nextFairRequest(waiting(['a', 0], ['b', 0]), activity([], [['a', 7]]))).toBe(1);
  });

  it('is -1 when nothing waits', () => {
    expect(nextFairRequest([], activity([]))).toBe(-1);
  });
});
