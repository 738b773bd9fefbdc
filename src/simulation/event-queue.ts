// Time-ordered event queue in simulated days for the discrete-event simulations (matter flow, budget year).
// A binary min-heap keyed on (day, sequence): the insertion sequence breaks ties, so events on the same
// day come out in the order they were pushed, which keeps every run deterministic for a given seed.
// Parallel arrays instead of entry objects keep the hot path free of allocations.

export interface QueuedEvent<T> {
  day: number;
  item: T;
}

export interface EventQueue<T> {
  /** Schedules `item` at simulated `day` (fractional days allowed). */
  push(day: number, item: T): void;
  /** Removes and returns the earliest event; undefined when empty. */
  pop(): QueuedEvent<T> | undefined;
  /** Day of the earliest event without removing it; undefined when empty. */
  peekDay(): number | undefined;
  /** Number of queued events. */
  readonly size: number;
}

export function createEventQueue<T>(): EventQueue<T> {
  const days: number[] = [];
  const sequences: number[] = [];
  // Slots past `length` are kept for reuse (no shrinking) but cleared so popped items can be collected.
  const items: (T | undefined)[] = [];
  let length = 0;
  let nextSequence = 0;

  // Strict "earlier than": day first, then insertion sequence (stable ordering for equal days).
  const before = (a: number, b: number): boolean => {
    const dayA = days[a]!;
    const dayB = days[b]!;
    return dayA < dayB || (dayA === dayB && sequences[a]! < sequences[b]!);
  };

  const swap = (a: number, b: number): void => {
    const day = days[a]!;
    days[a] = days[b]!;
    days[b] = day;
    const sequence = sequences[a]!;
    sequences[a] = sequences[b]!;
    sequences[b] = sequence;
    const item = items[a];
    items[a] = items[b];
    items[b] = item;
  };

  return {
    push(day: number, item: T): void {
      if (Number.isNaN(day)) throw new Error('event-queue: day is NaN');
      let index = length++;
      days[index] = day;
      sequences[index] = nextSequence++;
      items[index] = item;
      while (index > 0) {
        const parent = (index - 1) >> 1;
        if (!before(index, parent)) break;
        swap(index, parent);
        index = parent;
      }
    },
    pop(): QueuedEvent<T> | undefined {
      if (length === 0) return undefined;
      const result: QueuedEvent<T> = { day: days[0]!, item: items[0] as T };
      length--;
      if (length > 0) {
        days[0] = days[length]!;
        sequences[0] = sequences[length]!;
        items[0] = items[length];
        let index = 0;
        for (;;) {
          const left = 2 * index + 1;
          if (left >= length) break;
          const right = left + 1;
          const smallest = right < length && before(right, left) ? right : left;
          if (!before(smallest, index)) break;
          swap(smallest, index);
          index = smallest;
        }
      }
      items[length] = undefined;
      return result;
    },
    peekDay(): number | undefined {
      return length === 0 ? undefined : days[0];
    },
    get size(): number {
      return length;
    },
  };
}
