// The budget year (DESIGN §4.2): silo and whole rules, shocks, trapped surplus, days to cover, decisions,
// conservation of money and the trace for the pipe chart. Most cases switch the noise off
// (volatilityScale 0, trend 0) so the expected figures can be worked out by hand.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MONTH_START_DAY, meetingCalendar, nextMeeting } from '@/domain/meeting-calendar';
import { ModelSchema, type Model } from '@/domain/model-schema';
import { createPrng } from '@/domain/prng';
import type { Scenario, Shock } from '@/domain/scenario-schema';
import { DEVIATION_THRESHOLD_SHARE, type BudgetYearOutcome } from '@/simulation/budget-year-outcome';
import { monthCloseDay } from '@/simulation/budget-year-plan';
import { simulateBudgetYear } from '@/simulation/budget-year-run';
import { setFrames } from '@/simulation/frame-setting';
import { syntheticModel, testScenario } from '../fixtures/synthetic-organisation';

const shipped = (id: string): Model =>
  v.parse(ModelSchema, JSON.parse(readFileSync(path.resolve(__dirname, `../../models/${id}.json`), 'utf8')));

const quiet = (overrides: Partial<Scenario> = {}): Scenario =>
  testScenario({ volatilityScale: 0, trend: 0, ...overrides });

const costShock = (area: string, fromMonth: number, amountMsek: number): Shock => ({
  kind: 'cost',
  area,
  fromMonth,
  amountMsek,
  label: { sv: 'chock', en: 'shock' },
});

function run(model: Model, scenario: Scenario, seed = 1): BudgetYearOutcome {
  return simulateBudgetYear({ model, scenario, frames: setFrames(model, scenario), prng: createPrng(seed) });
}

/** The outcome of one budget holder. */
function holderOf(outcome: BudgetYearOutcome, id: string) {
  const holder = outcome.holders.find((h) => h.bodyId === id);
  if (!holder) throw new Error(`no holder ${id}`);
  return holder;
}

describe('a year without noise or shocks', () => {
  it('spends exactly the frames: no deviation, no decision, result 0', () => {
    for (const id of ['ange-today', 'ange-a']) {
      const outcome = run(shipped(id), quiet());
      expect(outcome.deviations).toEqual([]);
      expect(outcome.decisions).toBe(0);
      expect(outcome.resultMsek).toBeCloseTo(0, 9);
      expect(outcome.trappedSurplusMsek).toBeCloseTo(0, 9);
      for (const holder of outcome.holders) expect(holder.spentMsek).toBeCloseTo(holder.frameMsek, 9);
    }
  });

  it('walks the budget-year machine from planning to closed, with both interim reports', () => {
    const outcome = run(shipped('ange-today'), quiet());
    const states = outcome.phases.map((p) => p.state);
    expect(states[0]).toBe('planning');
    expect(states.at(-1)).toBe('closed');
    expect(states.filter((s) => s === 'execution.interimReport')).toHaveLength(2);
    const days = outcome.phases.map((p) => p.day);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });
});

describe('IFO placements +8 MSEK from May', () => {
  const shock = [costShock('ifo', 4, 8)];

  it('silo rules (ange-today): the social committee cuts its own costs at its next meeting', () => {
    const model = shipped('ange-today');
    const outcome = run(model, quiet({ shocks: shock }));
    expect(outcome.deviations).toHaveLength(1);
    const [deviation] = outcome.deviations;
    expect(deviation).toMatchObject({ holder: 'socialnamnd', rules: 'silo', cause: 'cost', route: 'measures' });
    // Seen when May's accounts close; decided at the committee's first meeting after that.
    expect(deviation!.detectedDay).toBe(monthCloseDay(4));
    const committeeMeeting = nextMeeting(meetingCalendar(model).get('socialnamnd') ?? [], monthCloseDay(4));
    expect(committeeMeeting).toBeDefined();
    expect(deviation!.coveredDay).toBe(committeeMeeting);
    const days = committeeMeeting! - monthCloseDay(4);
    expect(outcome.daysToCover).toEqual({ median: days, p90: days, count: 1 });
    expect(deviation!.measuresMsek).toBeCloseTo(8, 6);
    expect(outcome.decisionsByBody).toEqual({ socialnamnd: 1 });
    // Only the social committee's own areas are cut.
    for (const area of outcome.areas) {
      if (area.holder !== 'socialnamnd') expect(area.cutsMsek).toBe(0);
    }
    expect(outcome.resultMsek).toBeCloseTo(0, 6);
    expect(outcome.benefitLostMsek).toBeGreaterThan(0);
  });

  it('whole rules (ange-a): KS covers it at its next meeting, cutting across all its areas', () => {
    const model = shipped('ange-a');
    const outcome = run(model, quiet({ shocks: shock }));
    expect(outcome.deviations).toHaveLength(1);
    const boardMeeting = nextMeeting(meetingCalendar(model).get('ks') ?? [], monthCloseDay(4));
    expect(outcome.deviations[0]).toMatchObject({ holder: 'ks', rules: 'whole', route: 'netting', coveredDay: boardMeeting });
    const cutAreas = outcome.areas.filter((a) => a.cutsMsek > 0).map((a) => a.areaId);
    expect(cutAreas).toEqual(expect.arrayContaining(['forskola-grundskola', 'aldreomsorg', 'teknisk-verksamhet']));
    expect(outcome.trappedSurplusMsek).toBe(0);
  });

  it('spreading a cut over the whole loses less benefit than cutting one silo', () => {
    const silo = run(shipped('ange-today'), quiet({ shocks: shock }));
    const whole = run(shipped('ange-a'), quiet({ shocks: shock }));
    expect(whole.benefitLostMsek).toBeLessThan(silo.benefitLostMsek);
  });

  it('a shock beyond the silo’s flexible room goes to KS and KF as a supplementary appropriation', () => {
    const model = shipped('ange-today');
    const outcome = run(model, quiet({ shocks: [costShock('ifo', 4, 40)] }));
    const social = outcome.deviations.find((d) => d.holder === 'socialnamnd');
    expect(social).toMatchObject({ route: 'appropriation', cause: 'cost' });
    expect(social!.appropriationMsek).toBeGreaterThan(0);
    expect(social!.measuresMsek + social!.appropriationMsek).toBeCloseTo(social!.gapMsek, 6);
    expect(outcome.decisionsByBody).toMatchObject({ socialnamnd: 1, ks: 1, kf: 1 });
    expect(outcome.supplementaryAppropriations.count).toBe(1);
    expect(holderOf(outcome, 'socialnamnd').appropriationsMsek).toBeCloseTo(social!.appropriationMsek, 9);
    // KF decides after KS prepares, so covering takes longer than the committee's own measures would.
    const committeeMeeting = nextMeeting(meetingCalendar(model).get('socialnamnd') ?? [], monthCloseDay(4)) ?? 0;
    expect(social!.coveredDay!).toBeGreaterThan(committeeMeeting);
  });
});

describe('trapped surplus', () => {
  const shocks = [costShock('area-1', 2, 12), costShock('area-2', 2, -12)];

  it('committees: one silo’s surplus sits idle while another runs a deficit', () => {
    const outcome = run(syntheticModel({ kind: 'committees', costs: [200, 200, 100] }), quiet({ shocks }));
    expect(outcome.trappedSurplusMsek).toBeGreaterThan(5);
    // A committee spends part of its surplus before year end.
    const spentSurplus = outcome.areas.find((a) => a.areaId === 'area-2')!.surplusSpentMsek;
    expect(spentSurplus).toBeGreaterThan(0);
  });

  it('KS holding every frame nets them: nothing is trapped and no decision is needed', () => {
    const outcome = run(syntheticModel({ kind: 'board', costs: [200, 200, 100] }), quiet({ shocks }));
    expect(outcome.trappedSurplusMsek).toBe(0);
    expect(outcome.deviations).toEqual([]);
    expect(outcome.decisions).toBe(0);
    expect(outcome.resultMsek).toBeCloseTo(0, 6);
  });
});

describe('tax forecast −2 % in September', () => {
  const shocks: Shock[] = [{ kind: 'revenue', fromMonth: 8, revenueChange: -0.02, label: { sv: 's', en: 's' } }];

  it('KS with utskott: KS sets a savings target at its next meeting and cuts at once', () => {
    const outcome = run(shipped('ange-a'), quiet({ shocks }));
    expect(outcome.revenueOutturnMsek).toBeCloseTo(747 * 0.98, 9);
    expect(outcome.deviations).toHaveLength(1);
    expect(outcome.deviations[0]).toMatchObject({ holder: 'ks', cause: 'revenue', route: 'netting' });
    expect(outcome.deviations[0]!.detectedDay).toBe(MONTH_START_DAY[8]);
    expect(outcome.resultMsek).toBeGreaterThan(-1);
  });

  it('committees: KF cuts the frames, then each committee handles its share', () => {
    const outcome = run(shipped('ange-today'), quiet({ shocks }));
    const committeeHolders = outcome.holders.filter((h) => h.rules === 'silo');
    const frameCuts = committeeHolders.reduce((sum, h) => sum + Math.min(0, h.appropriationsMsek), 0);
    expect(frameCuts).toBeLessThan(0);
    expect(outcome.decisionsByBody.kf).toBeGreaterThanOrEqual(1);
    expect(outcome.deviations.filter((d) => d.cause === 'revenue').length).toBeGreaterThanOrEqual(2);
    const whole = run(shipped('ange-a'), quiet({ shocks }));
    expect(outcome.decisions).toBeGreaterThan(whole.decisions);
  });
});

describe('with noise', () => {
  it('conserves money per holder and in total: frames + appropriations = spending + result', () => {
    for (const id of ['ange-today', 'ange-a', 'dorotea']) {
      for (const seed of [1, 2, 3]) {
        const outcome = run(shipped(id), testScenario({ shocks: [costShock('ifo', 4, 8)] }), seed);
        let frames = 0;
        let appropriations = 0;
        let spending = 0;
        let results = 0;
        for (const holder of outcome.holders) {
          const areaSpending = outcome.areas.filter((a) => a.holder === holder.bodyId).reduce((s, a) => s + a.spentMsek, 0);
          expect(holder.spentMsek).toBeCloseTo(areaSpending, 6);
          expect(holder.frameMsek + holder.appropriationsMsek - holder.spentMsek - holder.resultMsek).toBeCloseTo(0, 6);
          frames += holder.frameMsek;
          appropriations += holder.appropriationsMsek;
          spending += holder.spentMsek;
          results += holder.resultMsek;
        }
        const granted = outcome.deviations.reduce((s, d) => s + d.appropriationMsek, 0);
        expect(appropriations).toBeCloseTo(granted, 6);
        expect(frames).toBeCloseTo(outcome.revenueMsek, 6);
        expect(Math.abs(frames + appropriations - spending - results)).toBeLessThan(1e-6);
        expect(outcome.resultMsek).toBeCloseTo(outcome.revenueOutturnMsek - spending, 6);
      }
    }
  });

  it('detects a deviation only when the forecast deficit exceeds the threshold', () => {
    const model = shipped('ange-today');
    for (let seed = 1; seed <= 20; seed++) {
      const outcome = run(model, testScenario(), seed);
      for (const deviation of outcome.deviations) {
        const holder = holderOf(outcome, deviation.holder);
        expect(deviation.gapMsek).toBeGreaterThan(DEVIATION_THRESHOLD_SHARE * holder.frameMsek);
      }
    }
  });

  it('traces each holder month by month for the pipe chart', () => {
    const outcome = run(shipped('ange-today'), testScenario(), 7);
    expect(outcome.trace.map((t) => t.bodyId)).toEqual(outcome.holders.map((h) => h.bodyId));
    for (const row of outcome.trace) {
      expect(row.forecastBalanceMsek).toHaveLength(12);
      expect(row.spentToDateMsek).toHaveLength(12);
      const holder = holderOf(outcome, row.bodyId);
      expect(row.spentToDateMsek[11]).toBeCloseTo(holder.spentMsek, 9);
      expect(row.budgetToDateMsek[11]).toBeCloseTo(holder.frameMsek + holder.appropriationsMsek, 9);
      // At year end the forecast is the outcome.
      expect(row.forecastBalanceMsek[11]).toBeCloseTo(holder.resultMsek, 9);
    }
    expect(outcome.trappedSurplusByMonthMsek).toHaveLength(12);
  });
});
