// The event queue pops events in time order and, on equal days, in the order they were pushed — the
// property every deterministic run depends on — whatever the interleaving of pushes and pops.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEventQueue } from '@/simulation/event-queue';

/** A push (day; integer days make ties common) or a pop. */
const operation = fc.oneof(
  fc.record({ push: fc.integer({ min: 0, max: 20 }).map((d) => d / 2) }),
  fc.constant({ pop: true as const }),
);

describe('createEventQueue', () => {
  it('pops in (day, insertion order), like a stable sort of what is queued', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 300 }), (operations) => {
        const queue = createEventQueue<number>();
        const model: { day: number; item: number }[] = [];
        let next = 0;
        for (const op of operations) {
          if ('push' in op) {
            queue.push(op.push, next);
            model.push({ day: op.push, item: next });
            next++;
          } else {
            // The reference: earliest day, and among equal days the earliest pushed (smallest item).
            model.sort((a, b) => a.day - b.day || a.item - b.item);
            const expected = model.shift();
            expect(queue.peekDay()).toBe(expected?.day);
            expect(queue.pop()).toEqual(expected);
          }
          expect(queue.size).toBe(model.length);
        }
        model.sort((a, b) => a.day - b.day || a.item - b.item);
        for (const expected of model) {
          expect(queue.peekDay()).toBe(expected.day);
          expect(queue.popItem()).toBe(expected.item);
        }
        expect(queue.pop()).toBeUndefined();
        expect(queue.popItem()).toBeUndefined();
        expect(queue.peekDay()).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a NaN day', () => {
    expect(() => createEventQueue<string>().push(Number.NaN, 'x')).toThrow(/NaN/);
  });
});
