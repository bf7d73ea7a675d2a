/**
 * A queue ordered by priority (lower number first), first-in first-out within a priority.
 * Queues here are bounded and small, so insertion into a sorted array is simpler than a heap and fast enough.
 */
export class PriorityQueue<T> {
  private items: { value: T; priority: number; order: number }[] = [];
  private nextOrder = 0;

  get size(): number {
    return this.items.length;
  }

  push(value: T, priority: number): void {
    const entry = { value, priority, order: this.nextOrder++ };
    let index = this.items.length;
    while (index > 0 && (this.items[index - 1]?.priority ?? 0) > priority) index--;
    this.items.splice(index, 0, entry);
  }

  shift(): T | undefined {
    return this.items.shift()?.value;
  }

  /** Removes the first entry matching the predicate; returns whether one was removed. */
  remove(predicate: (value: T) => boolean): boolean {
    const index = this.items.findIndex((entry) => predicate(entry.value));
    if (index === -1) return false;
    this.items.splice(index, 1);
    return true;
  }

  find(predicate: (value: T) => boolean): T | undefined {
    return this.items.find((entry) => predicate(entry.value))?.value;
  }

  values(): T[] {
    return this.items.map((entry) => entry.value);
  }
}
