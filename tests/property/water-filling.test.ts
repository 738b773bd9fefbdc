// Where cuts fall (src/simulation/water-filling.ts), property-tested: the total cut is exactly
// min(target, Σ room); no area is cut below zero or beyond its room; every area cut but not to its limit
// ends with the same marginal benefit b/(x − c), and no uncut area has a lower one (the optimality
// condition of max Σ b ln(x − c)).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { waterFill } from '@/simulation/water-filling';

const areas = fc.array(
  fc.record({
    level: fc.double({ min: 1, max: 500, noNaN: true }),
    benefit: fc.double({ min: 0.01, max: 500, noNaN: true }),
    roomShare: fc.double({ min: 0, max: 0.9, noNaN: true }),
  }),
  { minLength: 1, maxLength: 12 },
);

describe('waterFill', () => {
  it('cuts exactly min(target, room), within bounds, at one marginal benefit', () => {
    fc.assert(
      fc.property(areas, fc.double({ min: 0, max: 2000, noNaN: true }), (list, target) => {
        const level = list.map((a) => a.level);
        const benefit = list.map((a) => a.benefit);
        const room = list.map((a) => a.level * a.roomShare);
        const out = new Float64Array(list.length);
        const total = waterFill(level, benefit, room, target, out);
        const totalRoom = room.reduce((s, r) => s + r, 0);
        const expected = target > 0 ? Math.min(target, totalRoom) : 0;
        expect(total).toBeCloseTo(expected, 9);
        expect([...out].reduce((s, c) => s + c, 0)).toBeCloseTo(expected, 7);
        out.forEach((c, i) => {
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual((room[i] ?? 0) + 1e-7);
        });
        if (expected <= 1e-9 || expected >= totalRoom - 1e-9) return;
        const marginal = (i: number) => (benefit[i] ?? 0) / ((level[i] ?? 0) - (out[i] ?? 0));
        const interior = list.map((_, i) => i).filter((i) => (out[i] ?? 0) > 1e-6 && (out[i] ?? 0) < (room[i] ?? 0) - 1e-6);
        for (const i of interior) for (const j of interior) expect(marginal(i) / marginal(j)).toBeCloseTo(1, 4);
        // An area left uncut has room but a marginal benefit at least the cut areas' level.
        const level0 = interior.length > 0 ? marginal(interior[0]!) : undefined;
        if (level0 === undefined) return;
        list.forEach((_, i) => {
          if ((out[i] ?? 0) <= 1e-9 && (room[i] ?? 0) > 1e-6) expect(marginal(i)).toBeGreaterThanOrEqual(level0 * (1 - 1e-4));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('cuts nothing for no target or no room, and everything when the target exceeds the room', () => {
    const out = new Float64Array(2);
    expect(waterFill([10, 10], [1, 1], [2, 3], 0, out)).toBe(0);
    expect(waterFill([10, 10], [1, 1], [0, 0], 4, out)).toBe(0);
    expect(waterFill([10, 10], [1, 1], [2, 3], 9, out)).toBe(5);
    expect([...out]).toEqual([2, 3]);
    // Two equal areas share a cut equally.
    expect(waterFill([10, 10], [1, 1], [5, 5], 4, out)).toBe(4);
    expect(out[0]).toBeCloseTo(2, 9);
  });
});
