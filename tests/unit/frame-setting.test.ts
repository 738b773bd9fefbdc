// Frame setting (DESIGN §4.1), incremental: the calibration, revenue, reserve and base, bids for the
// change from last year's frame (bounded, so no small committee bids the whole revenue), the law of 1/n
// on the desired levels, ω, the allocative-loss formula, one process order for every organisation, and
// the calendar of the frame-setting steps.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ModelSchema, type Model } from '@/domain/model-schema';
import { allocativeLoss, FRAME_SETTING_START_DAY, negotiationRounds, processFor, setFrames } from '@/simulation/frame-setting';
import { syntheticModel, testScenario } from '../fixtures/synthetic-organisation';

const shipped = (id: string): Model =>
  v.parse(ModelSchema, JSON.parse(readFileSync(path.resolve(__dirname, `../../models/${id}.json`), 'utf8')));

describe('revenue, reserve and the base', () => {
  it('starts from last year’s frames, grows the revenue and sets KS’s reserve aside first', () => {
    const result = setFrames(shipped('ange-today'), testScenario());
    expect(result.baseMsek).toBe(747);
    expect(result.revenueMsek).toBeCloseTo(747 * 1.02, 9);
    expect(result.reserveMsek).toBeCloseTo(0.005 * 747 * 1.02, 9);
    expect(result.framesMsek).toBeCloseTo(result.revenueMsek - result.reserveMsek, 9);
    expect(result.availableIncreaseMsek).toBeCloseTo(result.framesMsek - 747, 9);
    const without = setFrames(shipped('ange-today'), testScenario({ remedyReserve: false }));
    expect(without.reserveMsek).toBe(0);
    expect(without.framesMsek).toBeCloseTo(without.revenueMsek, 9);
  });

  it('frames add up to the money for frames in both orders, per holder too', () => {
    for (const budgetProcess of ['bottomUp', 'topDown'] as const) {
      const result = setFrames(shipped('ange-today'), testScenario({ budgetProcess }));
      expect(result.areas.reduce((s, a) => s + a.allocatedMsek, 0)).toBeCloseTo(result.framesMsek, 9);
      expect(result.holders.reduce((s, h) => s + h.frameMsek, 0)).toBeCloseTo(result.framesMsek, 9);
    }
  });
});

describe('bids for the change', () => {
  it('one holder of everything acting for the whole wants exactly the money for frames', () => {
    const model = syntheticModel({ kind: 'board', costs: [100, 200, 50] });
    for (const kappa of [0, 0.3, 0.8, 1]) {
      const result = setFrames(model, testScenario({ kappa, omega: 1 }));
      expect(result.overDemandRatio).toBeCloseTo(1, 9);
    }
  });

  it('no small committee bids the whole revenue: at κ = 0 the 7 MSEK building committee asks at most 25 % more', () => {
    const result = setFrames(shipped('ange-today'), testScenario({ kappa: 0 }));
    const bygg = result.areas.find((a) => a.areaId === 'miljo-bygg')!;
    expect(bygg.bidIncreaseMsek).toBeCloseTo(0.25 * 7, 9);
    expect(bygg.allocatedMsek).toBeLessThan(7 * 1.25);
    for (const area of result.areas) {
      expect(area.bidIncreaseMsek).toBeLessThanOrEqual(0.25 * area.baseMsek + 1e-9);
      expect(area.allocatedMsek).toBeGreaterThanOrEqual(area.baseMsek - 1e-9);
    }
  });

  it.each([1, 2, 3, 5])('κ = 0 with %i equal committees wants n times the money (law of 1/n) when bids are not bounded', (n) => {
    const model = syntheticModel({ kind: 'committees', costs: Array.from({ length: n }, () => 100) });
    const result = setFrames(model, testScenario({ kappa: 0, maxBidIncrease: 10 }));
    expect(result.overDemandRatio).toBeCloseTo(n, 9);
  });

  it('with ω = 0 utskott act as committees in all but name: the same over-demand as committees', () => {
    const costs = [230, 190, 75, 40];
    const board = setFrames(syntheticModel({ kind: 'board', costs }), testScenario({ omega: 0, kappa: 0.5 }));
    const committees = setFrames(syntheticModel({ kind: 'committees', costs }), testScenario({ omega: 0, kappa: 0.5 }));
    expect(board.overDemandRatio).toBeCloseTo(committees.overDemandRatio, 12);
  });
});

describe('allocative loss', () => {
  it('is (1/λ)·Σ β ln(x*/x): F times the KL divergence, by hand for two areas', () => {
    const expected = 100 * (0.5 * Math.log(0.5 / 0.6) + 0.5 * Math.log(0.5 / 0.4));
    expect(allocativeLoss([0.5, 0.5], [60, 40], 100)).toBeCloseTo(expected, 12);
    expect(allocativeLoss([0.5, 0.5], [50, 50], 100)).toBe(0);
  });

  it('is zero top-down under one whole-municipality holder with ω = 1', () => {
    const result = setFrames(syntheticModel({ kind: 'board', costs: [230, 190, 75] }), testScenario({ omega: 1, budgetProcess: 'topDown' }));
    for (const area of result.areas) expect(area.allocatedMsek).toBeCloseTo(area.optimalMsek, 9);
    expect(result.allocativeLossMsek).toBeCloseTo(0, 9);
  });

  it('is positive bottom-up when holders of different size bid: the small one gets more than its optimum', () => {
    const result = setFrames(syntheticModel({ kind: 'committees', costs: [400, 100] }), testScenario({ kappa: 0.5 }));
    expect(result.allocativeLossMsek).toBeGreaterThan(0);
    const [big, small] = result.areas;
    expect(small!.allocatedMsek).toBeGreaterThan(small!.optimalMsek);
    expect(big!.allocatedMsek).toBeLessThan(big!.optimalMsek);
  });
});

describe('process order and rounds', () => {
  it('is the scenario’s choice, the same for every organisation (no order follows from the organisation)', () => {
    for (const id of ['ange-today', 'ange-a', 'dorotea']) {
      expect(setFrames(shipped(id), testScenario()).process).toBe('bottomUp');
      expect(setFrames(shipped(id), testScenario({ budgetProcess: 'topDown' })).process).toBe('topDown');
    }
    expect(processFor(testScenario({ budgetProcess: 'topDown' }))).toBe('topDown');
  });

  it('rounds grow with the excess: 5 % per round, at most four (ledger defaults)', () => {
    expect(negotiationRounds(1)).toBe(0);
    expect(negotiationRounds(1.0005)).toBe(0);
    expect(negotiationRounds(1.05)).toBe(1);
    expect(negotiationRounds(1.146)).toBe(3);
    expect(negotiationRounds(4)).toBe(4);
    expect(negotiationRounds(1.3, 0.1, 2)).toBe(2);
  });

  it('walks the meeting calendars: steps in time order, each round one more cycle, KF adopting last', () => {
    const model = shipped('ange-today');
    const few = setFrames(model, testScenario({ kappa: 0.95 }));
    const many = setFrames(model, testScenario({ kappa: 0.5 }));
    expect(many.rounds).toBeGreaterThan(few.rounds);
    expect(many.calendarDays).toBeGreaterThan(few.calendarDays);
    for (const result of [few, many]) {
      const days = result.steps.map((s) => s.day);
      expect(days).toEqual([...days].sort((a, b) => a - b));
      expect(result.steps[0]).toEqual({ event: 'budget.directivesIssued', day: FRAME_SETTING_START_DAY });
      expect(result.steps.at(-1)?.event).toBe('budget.adopted');
      expect(result.steps.filter((s) => s.event === 'budget.roundHeld')).toHaveLength(result.rounds);
    }
  });
});
