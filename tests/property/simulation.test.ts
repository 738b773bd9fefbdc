// Invariants of the simulation (issue 4), checked with fast-check over random organisations, scenarios
// and seeds: money is conserved, a seed reproduces its result exactly, the law of 1/n holds, a single
// budget holder never traps a surplus, more holders never lower the over-demand at κ = 0, and κ = 1 never
// over-demands.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Model } from '@/domain/model-schema';
import { createPrng } from '@/domain/prng';
import type { Scenario, Shock } from '@/domain/scenario-schema';
import { planBudgetYear } from '@/simulation/budget-year-plan';
import { runBudgetYear } from '@/simulation/budget-year-run';
import { setFrames } from '@/simulation/frame-setting';
import { runYear } from '@/simulation/run-year';
import { syntheticModel, testScenario, type SyntheticKind } from '../fixtures/synthetic-organisation';

/** One krona in MSEK. */
const KRONA = 1e-6;

const costsArbitrary = fc.array(fc.double({ min: 1, max: 500, noNaN: true }), { minLength: 1, maxLength: 6 });
const kindArbitrary = fc.constantFrom<SyntheticKind>('committees', 'board');

const shockArbitrary = (areaCount: number): fc.Arbitrary<Shock> =>
  fc.oneof(
    fc.record({
      kind: fc.constant('cost' as const),
      area: fc.integer({ min: 1, max: areaCount }).map((i) => `area-${i}`),
      fromMonth: fc.integer({ min: 0, max: 11 }),
      amountMsek: fc.double({ min: -50, max: 80, noNaN: true }),
      label: fc.constant({ sv: 'chock', en: 'shock' }),
    }),
    fc.record({
      kind: fc.constant('revenue' as const),
      fromMonth: fc.integer({ min: 0, max: 11 }),
      revenueChange: fc.double({ min: -0.1, max: 0.05, noNaN: true }),
      label: fc.constant({ sv: 'chock', en: 'shock' }),
    }),
  );

const worldArbitrary = fc
  .record({
    kind: kindArbitrary,
    costs: costsArbitrary,
    flexibility: fc.double({ min: 0, max: 0.5, noNaN: true }),
    volatility: fc.double({ min: 0, max: 0.3, noNaN: true }),
    meetingsPerYear: fc.integer({ min: 1, max: 12 }),
  })
  .chain((options) =>
    fc.record({
      model: fc.constant(syntheticModel(options)),
      scenario: fc
        .record({
          kappa: fc.double({ min: 0, max: 1, noNaN: true }),
          omega: fc.double({ min: 0, max: 1, noNaN: true }),
          volatilityScale: fc.double({ min: 0, max: 3, noNaN: true }),
          trend: fc.double({ min: -0.05, max: 0.05, noNaN: true }),
          surplusSpendShare: fc.double({ min: 0, max: 1, noNaN: true }),
          shocks: fc.array(shockArbitrary(options.costs.length), { maxLength: 3 }),
        })
        .map((overrides) => testScenario(overrides)),
      seed: fc.integer({ min: 0, max: 0xffffffff }),
    }),
  );

function budgetYear(model: Model, scenario: Scenario, seed: number) {
  return runBudgetYear(planBudgetYear(model, scenario, setFrames(model, scenario)), createPrng(seed));
}

describe('money', () => {
  it('is conserved per holder and in total: frames + appropriations = spending + result (within 1 krona)', () => {
    fc.assert(
      fc.property(worldArbitrary, ({ model, scenario, seed }) => {
        const outcome = budgetYear(model, scenario, seed);
        let frames = 0;
        let appropriations = 0;
        let spending = 0;
        let results = 0;
        for (const holder of outcome.holders) {
          // Spending counted independently, from the areas' accounts.
          const areaSpending = outcome.areas
            .filter((area) => area.holder === holder.bodyId)
            .reduce((sum, area) => sum + area.spentMsek, 0);
          expect(Math.abs(holder.spentMsek - areaSpending)).toBeLessThan(KRONA);
          expect(Math.abs(holder.frameMsek + holder.appropriationsMsek - areaSpending - holder.resultMsek)).toBeLessThan(KRONA);
          frames += holder.frameMsek;
          appropriations += holder.appropriationsMsek;
          spending += areaSpending;
          results += holder.resultMsek;
        }
        expect(Math.abs(frames - outcome.framesMsek)).toBeLessThan(KRONA);
        expect(Math.abs(outcome.framesMsek + outcome.reserve.startMsek - outcome.revenueMsek)).toBeLessThan(KRONA);
        expect(Math.abs(frames + appropriations - spending - results)).toBeLessThan(KRONA);
        expect(Math.abs(outcome.resultMsek - (outcome.revenueOutturnMsek - spending))).toBeLessThan(KRONA);
      }),
      { numRuns: 150 },
    );
  });
});

describe('determinism', () => {
  it('the same seed gives an identical result (deep equal), matters included', () => {
    fc.assert(
      fc.property(worldArbitrary, ({ model, scenario, seed }) => {
        expect(runYear(model, scenario, seed)).toStrictEqual(runYear(model, scenario, seed));
      }),
      { numRuns: 25 },
    );
  });
});

describe('common pool', () => {
  it('κ = 0 with n equal holders: the desired levels are n times the money (law of 1/n), bids unbounded', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: 0.5, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, cost, omega) => {
          const model = syntheticModel({ kind: 'committees', costs: Array.from({ length: n }, () => cost) });
          const result = setFrames(model, testScenario({ kappa: 0, omega, maxBidIncrease: 100 }), { process: 'bottomUp' });
          expect(result.overDemandRatio).toBeCloseTo(n, 9);
        },
      ),
    );
  });

  it('more holders → not less over-demand at κ = 0 (splitting a committee in two)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 500, noNaN: true }), { minLength: 2, maxLength: 6 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (costs, omega) => {
          const split = syntheticModel({ kind: 'committees', costs });
          // The same areas with the first two held and prepared by one committee.
          const merged: Model = {
            ...split,
            bodies: split.bodies.filter((body) => body.id !== 'namnd-2'),
            serviceAreas: split.serviceAreas.map((area) =>
              area.id === 'area-2' ? { ...area, budgetHolder: 'namnd-1', preparedBy: 'namnd-1' } : area,
            ),
          };
          const scenario = testScenario({ kappa: 0, omega });
          const more = setFrames(split, scenario, { process: 'bottomUp' }).overDemandRatio;
          const fewer = setFrames(merged, scenario, { process: 'bottomUp' }).overDemandRatio;
          expect(more).toBeGreaterThanOrEqual(fewer - 1e-9);
        },
      ),
    );
  });

  it('κ = 1 → no over-demand, in either process order, whatever the organisation', () => {
    fc.assert(
      fc.property(kindArbitrary, costsArbitrary, fc.double({ min: 0, max: 1, noNaN: true }), (kind, costs, omega) => {
        for (const process of ['bottomUp', 'topDown'] as const) {
          const result = setFrames(syntheticModel({ kind, costs }), testScenario({ kappa: 1, omega }), { process });
          expect(result.overDemandRatio).toBeCloseTo(1, 9);
          expect(result.rounds).toBe(0);
        }
      }),
    );
  });
});

describe('silos', () => {
  it('a single budget holder that nets its sectors fully (ω in the year = 1) never has a trapped surplus', () => {
    fc.assert(
      fc.property(worldArbitrary, ({ model, scenario, seed }) => {
        const single: Model = { ...model, serviceAreas: model.serviceAreas.map((area) => ({ ...area, budgetHolder: 'ks' })) };
        const outcome = budgetYear(single, { ...scenario, omegaInYear: 1 }, seed);
        expect(outcome.holders).toHaveLength(1);
        expect(outcome.trappedSurplusMsek).toBeLessThan(1e-9);
        expect(outcome.trappedSurplusByMonthMsek.every((value) => value < 1e-9)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
