// Time-ordered event queue in simulated days for the discrete-event simulations (matter flow, budget year).
// A binary min-heap keyed on (day, sequence): the insertion sequence breaks ties, so events on the same
// day come out in the order they were pushed, which keeps every run deterministic for a given seed.
// Keys live in typed arrays and sifting moves a hole instead of swapping, so the hot path allocates
// nothing; `popItem` after `peekDay` avoids even the result object of `pop`.

export interface QueuedEvent<T> {
  day: number;
  item: T;
}

export interface EventQueue<T> {
  /** Schedules `item` at simulated `day` (fractional days allowed). */
  push(day: number, item: T): void;
  /** Removes and returns the earliest event; undefined when empty. */
  pop(): QueuedEvent<T> | undefined;
  /** Removes the earliest event and returns its item (read its day with peekDay first); undefined when empty. */
  popItem(): T | undefined;
  /** Day of the earliest event without removing it; undefined when empty. */
  peekDay(): number | undefined;
  /** Number of queued events. */
  readonly size: number;
}

const INITIAL_CAPACITY = 64;

export function createEventQueue<T>(): EventQueue<T> {
  let days = new Float64Array(INITIAL_CAPACITY);
  let sequences = new Float64Array(INITIAL_CAPACITY);
  // Slots past `length` are cleared so popped items can be garbage-collected.
  const items: (T | undefined)[] = [];
  let length = 0;
  let nextSequence = 0;

  const grow = (): void => {
    const biggerDays = new Float64Array(days.length * 2);
    biggerDays.set(days);
    days = biggerDays;
    const biggerSequences = new Float64Array(sequences.length * 2);
    biggerSequences.set(sequences);
    sequences = biggerSequences;
  };

  const popItem = (): T | undefined => {
    if (length === 0) return undefined;
    const result = items[0];
    length--;
    const day = days[length] ?? 0;
    const sequence = sequences[length] ?? 0;
    const item = items[length];
    items[length] = undefined;
    if (length > 0) {
      // Sift the former last entry down from the root.
      let hole = 0;
      for (;;) {
        let child = 2 * hole + 1;
        if (child >= length) break;
        const right = child + 1;
        if (right < length) {
          const dayLeft = days[child] ?? 0;
          const dayRight = days[right] ?? 0;
          if (dayRight < dayLeft || (dayRight === dayLeft && (sequences[right] ?? 0) < (sequences[child] ?? 0))) {
            child = right;
          }
        }
        const childDay = days[child] ?? 0;
        if (childDay > day || (childDay === day && (sequences[child] ?? 0) > sequence)) break;
        days[hole] = childDay;
        sequences[hole] = sequences[child] ?? 0;
        items[hole] = items[child];
        hole = child;
      }
      days[hole] = day;
      sequences[hole] = sequence;
      items[hole] = item;
    }
    return result;
  };

  return {
    push(day: number, item: T): void {
      if (Number.isNaN(day)) throw new Error('event-queue: day is NaN');
      if (length === days.length) grow();
      const sequence = nextSequence++;
      // Sift the new entry up from the end; equal days keep insertion order (earlier sequence first).
      let hole = length++;
      while (hole > 0) {
        const parent = (hole - 1) >> 1;
        const parentDay = days[parent] ?? 0;
        if (parentDay <= day) break;
        days[hole] = parentDay;
        sequences[hole] = sequences[parent] ?? 0;
        items[hole] = items[parent];
        hole = parent;
      }
      days[hole] = day;
      sequences[hole] = sequence;
      items[hole] = item;
    },
    pop(): QueuedEvent<T> | undefined {
      if (length === 0) return undefined;
      const day = days[0] ?? 0;
      return { day, item: popItem() as T };
    },
    popItem,
    peekDay(): number | undefined {
      return length === 0 ? undefined : days[0];
    },
    get size(): number {
      return length;
    },
  };
}
