// Properties of the Latin hypercube (src/analysis/latin-hypercube.ts): in every dimension each of the n
// strata holds exactly one of the n points; the design is a pure function of (n, d, seed); discrete
// dimensions get each of their values equally often when n is a multiple of their count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latinHypercube, sampleDesign } from '@/analysis/latin-hypercube';
import type { ParameterDimension } from '@/analysis/parameter-space';

const seed = fc.integer({ min: 0, max: 0xffffffff });

describe('Latin hypercube', () => {
  it('puts exactly one point in each stratum of every dimension', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 256 }), fc.integer({ min: 1, max: 8 }), seed, (n, d, s) => {
        const unit = latinHypercube(n, d, s);
        expect(unit.length).toBe(n * d);
        for (let j = 0; j < d; j++) {
          const strata = new Set<number>();
          let inside = true;
          for (let i = 0; i < n; i++) {
            const u = unit[i * d + j] ?? -1;
            inside &&= u >= 0 && u < 1;
            strata.add(Math.floor(u * n));
          }
          expect(inside).toBe(true);
          expect(strata.size).toBe(n);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('is reproducible from its seed and changes with it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 100 }), fc.integer({ min: 1, max: 6 }), seed, (n, d, s) => {
        expect(latinHypercube(n, d, s)).toEqual(latinHypercube(n, d, s));
        expect(latinHypercube(n, d, s)).not.toEqual(latinHypercube(n, d, (s + 1) >>> 0));
      }),
      { numRuns: 100 },
    );
  });

  it('gives every value of a discrete dimension its equal share', () => {
    const label = { sv: 'x', en: 'x' };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 8 }), seed, (levels, per, s) => {
        const dims: ParameterDimension[] = [
          { id: 'count', kind: 'integer', min: 3, max: 3 + levels - 1, label },
          { id: 'flag', kind: 'boolean', min: 0, max: 1, label },
          { id: 'pick', kind: 'choice', min: 0, max: 2, choices: ['a', 'b', 'c'], label },
        ];
        const n = levels * per * 6;
        const { points } = sampleDesign(dims, { fixed: 7 }, n, s);
        const tally = (id: string) => {
          const counts = new Map<unknown, number>();
          for (const p of points) counts.set(p[id], (counts.get(p[id]) ?? 0) + 1);
          return counts;
        };
        expect([...tally('count').values()]).toEqual(Array(levels).fill(n / levels));
        expect([...tally('flag').values()]).toEqual([n / 2, n / 2]);
        expect([...tally('pick').values()]).toEqual([n / 3, n / 3, n / 3]);
        expect(points.every((p) => p['fixed'] === 7)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
