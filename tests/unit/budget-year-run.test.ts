// The money rules of the budget year (DESIGN §4.2), each tested directly, mostly with the noise off
// (volatilityScale 0, trend 0) so the expected figures can be worked out from the calendar and the
// frames: the day a deviation could be known and the day it is covered, silo and whole rules,
// delegation, the deviation threshold and its basis, KS's reserve, reallocation at the interim report,
// carry-over and who spends a surplus, KF's frame cuts after a tax drop, deviations never covered.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { firstMeetingFrom, meetingCalendar } from '@/domain/meeting-calendar';
import { ModelSchema, type Model } from '@/domain/model-schema';
import { createPrng } from '@/domain/prng';
import type { Scenario, Shock } from '@/domain/scenario-schema';
import { resolveAssumptions } from '@/simulation/assumption-ledger';
import type { BudgetYearOutcome } from '@/simulation/budget-year-outcome';
import { monthCloseDay } from '@/simulation/budget-year-plan';
import { simulateBudgetYear } from '@/simulation/budget-year-run';
import { setFrames } from '@/simulation/frame-setting';

const shipped = (id: string): Model =>
  v.parse(ModelSchema, JSON.parse(readFileSync(path.resolve(__dirname, `../../models/${id}.json`), 'utf8')));

const baseline = (): Scenario => JSON.parse(readFileSync(path.resolve(__dirname, '../../models/scenarios/baseline.json'), 'utf8')) as Scenario;
const quiet = (overrides: Partial<Scenario> = {}): Scenario => ({ ...baseline(), volatilityScale: 0, trend: 0, ...overrides });

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

function holderOf(outcome: BudgetYearOutcome, id: string) {
  const holder = outcome.holders.find((h) => h.bodyId === id);
  if (!holder) throw new Error(`no holder ${id}`);
  return holder;
}

/** First meeting of `body` at least the paper deadline after `day`, under the scenario's calendar rule. */
function meetingAfter(model: Model, scenario: Scenario, body: string, day: number): number {
  const a = resolveAssumptions(scenario);
  return firstMeetingFrom(meetingCalendar(model, a).get(body) ?? [], day + a.paperDeadlineDays) ?? Number.NaN;
}

const today = shipped('ange-today');
const proposalA = shipped('ange-a');

describe('a year without noise or shocks', () => {
  it('spends exactly the frames: no deviation, no decision but KS adopting the two interim reports; the unused reserve is the result', () => {
    for (const model of [today, proposalA]) {
      const outcome = run(model, quiet());
      expect(outcome.deviations).toEqual([]);
      expect(outcome.decisions).toBe(2);
      expect(outcome.decisionsByBody).toEqual({ ks: 2 });
      expect(outcome.reserve.grantedMsek).toBe(0);
      expect(outcome.resultMsek).toBeCloseTo(outcome.reserve.startMsek, 9);
      expect(outcome.reserve.startMsek).toBeCloseTo(0.005 * 747 * 1.02, 9);
      expect(outcome.trappedSurplusMsek).toBeCloseTo(0, 9);
      expect(outcome.daysToCover).toEqual({ median: null, p90: null, count: 0, neverCovered: 0 });
      for (const holder of outcome.holders) expect(holder.spentMsek).toBeCloseTo(holder.frameMsek, 9);
    }
  });

  it('walks the budget-year machine from planning to closed, with both interim reports', () => {
    const states = run(today, quiet()).phases.map((p) => p.state);
    expect(states[0]).toBe('planning');
    expect(states.at(-1)).toBe('closed');
    expect(states.filter((s) => s === 'execution.interimReport')).toHaveLength(2);
  });
});

describe('days to cover: from the day the accounts could show the deviation', () => {
  const shock = quiet({ shocks: [costShock('ifo', 4, 8)] });
  const known = monthCloseDay(4, 10);

  it('silo rules (ange-today): the social committee cuts its own costs at its first meeting after the paper deadline', () => {
    const outcome = run(today, shock);
    const [deviation] = outcome.deviations;
    expect(deviation).toMatchObject({ holder: 'socialnamnd', rules: 'silo', route: 'measures', detectedDay: known });
    expect(deviation!.coveredDay).toBe(meetingAfter(today, shock, 'socialnamnd', known));
    expect(outcome.daysToCover.median).toBe(deviation!.coveredDay! - known);
    expect(deviation!.measuresMsek).toBeCloseTo(8, 6);
  });

  it('a longer paper deadline or closing lag moves the covering decision to a later meeting', () => {
    const late = { ...shock, paperDeadlineDays: 8 };
    const [deviation] = run(today, late).deviations;
    expect(deviation!.coveredDay).toBe(meetingAfter(today, late, 'socialnamnd', known));
    expect(deviation!.coveredDay!).toBeGreaterThan(run(today, shock).deviations[0]!.coveredDay!);
    const slowBooks = { ...shock, closeLagDays: 20 };
    const [slow] = run(today, slowBooks).deviations;
    expect(slow!.detectedDay).toBe(monthCloseDay(4, 20));
  });

  it('whole rules (ange-a): KS nets at its first meeting after the utskott has prepared the follow-up', () => {
    const outcome = run(proposalA, shock);
    const [deviation] = outcome.deviations;
    expect(deviation).toMatchObject({ holder: 'ks', rules: 'whole', route: 'netting', detectedDay: known });
    const prepared = meetingAfter(proposalA, shock, 'larande-stod', known);
    expect(deviation!.coveredDay).toBe(meetingAfter(proposalA, shock, 'ks', prepared));
  });

  it('with delegation and ω = 0 in the year an utskott covers its sector itself, as fast as a committee', () => {
    const delegated = { ...shock, budgetDelegation: 'all' as const, omegaInYear: 0 };
    const [deviation] = run(proposalA, delegated).deviations;
    expect(deviation!.route).toBe('measures');
    expect(deviation!.coveredDay).toBe(meetingAfter(proposalA, delegated, 'larande-stod', known));
    // Without delegation KS must decide, a chain step later.
    const [undelegated] = run(proposalA, { ...delegated, budgetDelegation: 'none' }).deviations;
    expect(undelegated!.coveredDay!).toBeGreaterThan(deviation!.coveredDay!);
  });

  it('a deviation the December accounts show is never covered in the year: counted apart, no days', () => {
    const outcome = run(today, quiet({ shocks: [costShock('ifo', 11, 6)] }));
    expect(outcome.deviations).toHaveLength(1);
    expect(outcome.deviations[0]!.route).toBe('open');
    expect(outcome.daysToCover).toEqual({ median: null, p90: null, count: 0, neverCovered: 1 });
  });
});

describe('one deviation rule for every holder, with its basis a scenario choice', () => {
  it('an amount is the same for every holder; a share of the frame is larger for KS holding everything', () => {
    const small = [costShock('ifo', 4, 4)];
    // 4 MSEK: above the 2 MSEK amount for both, below 1 % of KS's frame (7.6 MSEK) but above 1 % of the social committee's (3.2).
    expect(run(proposalA, quiet({ shocks: small })).deviations).toHaveLength(1);
    expect(run(proposalA, quiet({ shocks: small, deviationThresholdBasis: 'share' })).deviations).toHaveLength(0);
    expect(run(today, quiet({ shocks: small, deviationThresholdBasis: 'share' })).deviations).toHaveLength(1);
    expect(run(today, quiet({ shocks: small, deviationThresholdMsek: 5 })).deviations).toHaveLength(0);
  });
});

describe('remedies of the committee organisation', () => {
  const big = [costShock('ifo', 4, 30)];

  it('KS grants from its reserve what the committee cannot cut, then KF grants the rest', () => {
    const outcome = run(today, quiet({ shocks: big }));
    const [deviation] = outcome.deviations;
    expect(deviation!.measuresMsek).toBeLessThan(30);
    expect(deviation!.reserveMsek).toBeCloseTo(outcome.reserve.startMsek, 6);
    expect(outcome.reserve.grantedMsek).toBeCloseTo(outcome.reserve.startMsek, 6);
    expect(deviation!.appropriationMsek).toBeGreaterThan(0);
    expect(deviation!.route).toBe('appropriation');
    expect(holderOf(outcome, 'socialnamnd').reserveMsek).toBeCloseTo(outcome.reserve.startMsek, 6);
    const without = run(today, quiet({ shocks: big, remedyReserve: false }));
    expect(without.reserve).toEqual({ startMsek: 0, grantedMsek: 0 });
    expect(without.deviations[0]!.appropriationMsek).toBeGreaterThan(deviation!.appropriationMsek);
  });

  it('KF moves frames from a holder in surplus to one in deficit at the interim report per 31 August', () => {
    const shocks = [costShock('ifo', 6, 30), costShock('gymnasium', 1, -6)];
    const outcome = run(today, quiet({ shocks, remedyReserve: false }));
    expect(outcome.reallocatedMsek).toBeGreaterThan(0);
    const moved = outcome.holders.map((h) => h.reallocatedMsek);
    expect(moved.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 9);
    expect(holderOf(outcome, 'socialnamnd').reallocatedMsek).toBeCloseTo(outcome.reallocatedMsek, 9);
    expect(holderOf(outcome, 'utbildningsnamnd').reallocatedMsek).toBeCloseTo(-outcome.reallocatedMsek, 9);
    const social = outcome.deviations.find((d) => d.holder === 'socialnamnd');
    expect(social!.reallocationMsek).toBeCloseTo(outcome.reallocatedMsek, 9);
    expect(run(today, quiet({ shocks, remedyReserve: false, remedyReallocation: false })).reallocatedMsek).toBe(0);
  });

  it('without carry-over a committee spends the surplus spend share of its surplus; with carry-over nothing', () => {
    const shocks = [costShock('gymnasium', 1, -6)];
    const spent = (scenario: Scenario) => run(today, scenario).areas.reduce((s, a) => s + a.surplusSpentMsek, 0);
    const half = spent(quiet({ shocks, remedyCarryOver: false, surplusSpendShare: 0.5 }));
    const all = spent(quiet({ shocks, remedyCarryOver: false, surplusSpendShare: 1 }));
    expect(half).toBeGreaterThan(0);
    expect(all).toBeCloseTo(2 * half, 6);
    expect(spent(quiet({ shocks, remedyCarryOver: true, surplusSpendShare: 1 }))).toBe(0);
  });

  it('KS spends none of a sector surplus it can offer to other sectors (ω = 1), and (1 − ω) of it otherwise', () => {
    const shocks = [costShock('gymnasium', 1, -6)];
    const spent = (omegaInYear: number) =>
      run(proposalA, quiet({ shocks, remedyCarryOver: false, surplusSpendShare: 1, omegaInYear })).areas.reduce((s, a) => s + a.surplusSpentMsek, 0);
    expect(spent(1)).toBe(0);
    expect(spent(0)).toBeGreaterThan(0);
    expect(spent(0.5)).toBeCloseTo(spent(0) / 2, 1);
  });
});

describe('a drop in the tax forecast', () => {
  const drop: Shock = { kind: 'revenue', fromMonth: 8, revenueChange: -0.02, label: { sv: 'x', en: 'x' } };

  it('KF cuts the committees’ frames in proportion to their frames; KS sets itself a savings target for its own', () => {
    const outcome = run(today, quiet({ shocks: [drop] }));
    const loss = 0.02 * outcome.revenueMsek;
    for (const holder of outcome.holders) {
      if (holder.rules !== 'silo') continue;
      expect(holder.frameCutsMsek).toBeCloseTo((loss * holder.frameMsek) / outcome.framesMsek, 9);
    }
    const ks = holderOf(outcome, 'ks');
    const target = outcome.trace.find((t) => t.bodyId === 'ks')!.savingsTargetMsek.at(-1);
    expect(target).toBeCloseTo((loss * ks.frameMsek) / outcome.framesMsek, 9);
    expect(outcome.revenueOutturnMsek).toBeCloseTo(outcome.revenueMsek * 0.98, 9);
  });
});

describe('trapped surplus', () => {
  it('committees: one silo’s surplus sits idle while another runs a deficit; KS netting fully traps nothing', () => {
    const shocks = [costShock('ifo', 2, 12), costShock('gymnasium', 1, -6)];
    expect(run(today, quiet({ shocks })).trappedSurplusMsek).toBeGreaterThan(0);
    expect(run(proposalA, quiet({ shocks, omegaInYear: 1 })).trappedSurplusMsek).toBeCloseTo(0, 9);
    expect(run(proposalA, quiet({ shocks, omegaInYear: 0 })).trappedSurplusMsek).toBeGreaterThan(0);
  });

  it('noise alone is not taken for a trend: a noisy year without shocks traps little', () => {
    const noisy = { ...baseline(), trend: 0 };
    const trapped = Array.from({ length: 40 }, (_, seed) => run(today, noisy, seed + 1).trappedSurplusMsek).sort((a, b) => a - b);
    expect(trapped[20]!).toBeLessThan(2);
  });
});

describe('conservation', () => {
  it('per holder: frame + grants − spending = result; in total: revenue outturn − spending', () => {
    for (const scenario of [baseline(), quiet({ shocks: [costShock('ifo', 4, 30)] })]) {
      for (const model of [today, proposalA]) {
        const outcome = run(model, scenario, 7);
        for (const h of outcome.holders) {
          expect(h.resultMsek).toBeCloseTo(h.frameMsek + h.appropriationsMsek - h.spentMsek, 9);
          expect(h.appropriationsMsek).toBeCloseTo(h.grantedMsek + h.reserveMsek + h.reallocatedMsek - h.frameCutsMsek, 9);
        }
        expect(outcome.resultMsek).toBeCloseTo(outcome.revenueOutturnMsek - outcome.spentMsek, 9);
        expect(outcome.netCostMsek).toBeCloseTo(outcome.benefitLostMsek + Math.max(0, -outcome.resultMsek), 12);
      }
    }
  });
});
