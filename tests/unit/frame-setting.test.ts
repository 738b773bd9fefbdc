// Frame setting (DESIGN §4.1): the calibration, the law of 1/n, ω, the allocative-loss formula, the two
// process orders and the calendar of the frame-setting steps.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ModelSchema, type Model } from '@/domain/model-schema';
import {
  allocativeLoss,
  FRAME_SETTING_START_DAY,
  negotiationRounds,
  processFor,
  setFrames,
} from '@/simulation/frame-setting';
import { organisationRoles } from '@/machines/organisation-roles';
import { syntheticModel, testScenario } from '../fixtures/synthetic-organisation';

const shipped = (id: string): Model =>
  v.parse(ModelSchema, JSON.parse(readFileSync(path.resolve(__dirname, `../../models/${id}.json`), 'utf8')));

describe('calibration', () => {
  it('one holder of everything demands exactly the revenue', () => {
    const model = syntheticModel({ kind: 'board', costs: [100, 200, 50] });
    for (const kappa of [0, 0.3, 0.8, 1]) {
      const result = setFrames(model, testScenario({ kappa, omega: 1 }));
      expect(result.overDemandRatio).toBeCloseTo(1, 12);
      expect(result.demandedMsek).toBeCloseTo(350, 9);
    }
  });

  it('takes the revenue as the sum of the net costs', () => {
    expect(setFrames(shipped('ange-today'), testScenario()).revenueMsek).toBe(747);
  });

  it('κ = 1: every holder acts for the whole, no over-demand, in every shipped model', () => {
    for (const id of ['ange-today', 'ange-a', 'ange-b', 'munkfors', 'norsjo', 'nordmaling', 'dorotea']) {
      const result = setFrames(shipped(id), testScenario({ kappa: 1 }));
      expect(result.overDemandRatio).toBeCloseTo(1, 12);
      expect(result.rounds).toBe(0);
    }
  });

  // Ånge's five budget holders of 2020 (tekniska nämnden included) bid 15.0 % over the revenue.
  it('the shipped default κ 0.8 gives Ånge committee bids 10–16 % over the revenue', () => {
    const result = setFrames(shipped('ange-today'), testScenario({ kappa: 0.8, omega: 0.7 }));
    expect(result.process).toBe('bottomUp');
    expect(result.overDemandRatio).toBeGreaterThan(1.1);
    expect(result.overDemandRatio).toBeLessThan(1.16);
  });
});

describe('law of 1/n (Weingast, Shepsle & Johnsen 1981)', () => {
  it.each([1, 2, 3, 5, 8])('κ = 0 with %i equal committees bids n times the revenue', (n) => {
    const model = syntheticModel({ kind: 'committees', costs: Array.from({ length: n }, () => 100) });
    const result = setFrames(model, testScenario({ kappa: 0 }), { process: 'bottomUp' });
    expect(result.overDemandRatio).toBeCloseTo(n, 9);
  });

  it('with ω = 0 utskott act as committees in all but name: the same over-demand as committees', () => {
    const costs = [230, 190, 75, 40];
    const board = setFrames(syntheticModel({ kind: 'board', costs }), testScenario({ omega: 0, kappa: 0.5 }));
    const committees = setFrames(syntheticModel({ kind: 'committees', costs }), testScenario({ omega: 0, kappa: 0.5 }));
    expect(board.overDemandRatio).toBeCloseTo(committees.overDemandRatio, 12);
    expect(board.rounds).toBe(committees.rounds);
  });

  it('with ω = 1 KS holding everything has no over-demand whatever κ', () => {
    const board = setFrames(syntheticModel({ kind: 'board', costs: [230, 190, 75] }), testScenario({ omega: 1, kappa: 0 }));
    expect(board.overDemandRatio).toBeCloseTo(1, 12);
  });
});

describe('allocative loss', () => {
  it('is (1/λ)·Σ β ln(x*/x): R times the KL divergence, by hand for two areas', () => {
    // Weights 0.5/0.5 of R = 100, split 60/40: loss = 100·(0.5 ln(0.5/0.6) + 0.5 ln(0.5/0.4)).
    const expected = 100 * (0.5 * Math.log(0.5 / 0.6) + 0.5 * Math.log(0.5 / 0.4));
    expect(allocativeLoss([0.5, 0.5], [60, 40], 100)).toBeCloseTo(expected, 12);
    expect(allocativeLoss([0.5, 0.5], [50, 50], 100)).toBe(0);
  });

  it('is zero top-down under one whole-municipality holder, where x_a = β_a·R/Σβ', () => {
    const result = setFrames(syntheticModel({ kind: 'board', costs: [230, 190, 75] }), testScenario({ omega: 1 }));
    expect(result.process).toBe('topDown');
    for (const area of result.areas) expect(area.allocatedMsek).toBeCloseTo(area.optimalMsek, 9);
    expect(result.allocativeLossMsek).toBeCloseTo(0, 9);
  });

  it('is positive bottom-up when holders of different size bid', () => {
    const result = setFrames(syntheticModel({ kind: 'committees', costs: [400, 100] }), testScenario({ kappa: 0.5 }));
    expect(result.allocativeLossMsek).toBeGreaterThan(0);
    // The small committee internalises less of the tax cost, so it ends up with more than its optimum.
    const [big, small] = result.areas;
    expect(small!.allocatedMsek).toBeGreaterThan(small!.optimalMsek);
    expect(big!.allocatedMsek).toBeLessThan(big!.optimalMsek);
  });
});

describe('process orders and rounds', () => {
  it('rounds grow with the excess: 5 % of revenue per round, at most four', () => {
    expect(negotiationRounds(1)).toBe(0);
    expect(negotiationRounds(1.0005)).toBe(0);
    expect(negotiationRounds(1.05)).toBe(1);
    expect(negotiationRounds(1.146)).toBe(3);
    expect(negotiationRounds(4)).toBe(4);
  });

  it('chooses top-down where KS holds most of the money and bottom-up for committees', () => {
    const scenario = testScenario();
    expect(processFor(organisationRoles(shipped('ange-a')), scenario)).toBe('topDown');
    expect(processFor(organisationRoles(shipped('dorotea')), scenario)).toBe('topDown');
    expect(processFor(organisationRoles(shipped('ange-today')), scenario)).toBe('bottomUp');
    expect(processFor(organisationRoles(shipped('ange-a')), testScenario({ budgetProcess: 'bottomUp' }))).toBe('bottomUp');
  });

  it('frames add up to the revenue in both orders, per holder too', () => {
    for (const process of ['bottomUp', 'topDown'] as const) {
      const result = setFrames(shipped('ange-today'), testScenario(), { process });
      const sum = result.areas.reduce((s, a) => s + a.allocatedMsek, 0);
      expect(sum).toBeCloseTo(result.revenueMsek, 9);
      const holders = result.holders.reduce((s, h) => s + h.frameMsek, 0);
      expect(holders).toBeCloseTo(result.revenueMsek, 9);
    }
  });

  it('walks the meeting calendars: steps in time order, each round one more cycle, KF adopting last', () => {
    const model = shipped('ange-today');
    const few = setFrames(model, testScenario({ kappa: 0.95 }), { process: 'bottomUp' });
    const many = setFrames(model, testScenario({ kappa: 0.5 }), { process: 'bottomUp' });
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
