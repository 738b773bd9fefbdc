// The budget year of DESIGN §4.2, run for one seed: monthly costs with noise, trend and shocks; the
// budget-year machine drives the phases (planning replayed from the frame setting, monthly follow-up,
// interim reports, closing) and the engine refuses to follow up a month the machine is not following up;
// deviations run through the deviation machine. Outputs the year-end result, net cost, decisions, days to
// cover, trapped surplus, benefit lost and a month-by-month trace per budget holder for the pipe chart.
// This file draws the year's noise, runs the events in order and assembles the outcome. The run's state
// is in budget-year-state.ts, deviations and how each holder covers them in budget-year-deviations.ts,
// KS's and KF's own budget decisions in budget-year-council.ts, what each body does at its meeting in
// budget-year-meeting.ts; forecasting in forecast.ts, where cuts fall in water-filling.ts, how each holder
// nets in holder-policy.ts. Every assumption is read from the ledger (assumption-ledger.ts), equal for every
// organisation.
//
// The rules (each assumption named in the ledger):
// - Monthly cost of area a in month m = plan_a,m × (1 + trend + σ_a·ε_a,m) + shocks, never below zero;
//   ε ~ Normal(0, 1) from the area's own random stream (keyed by its id), drawn before the year starts, so
//   decisions, the model's order and other areas never shift an area's random years.
// - Month m's accounts are known `closeLagDays` after it ends; that is the day a deviation could be known.
//   A step of a deviation reaches a meeting only if its papers were ready `paperDeadlineDays` before it.
// - One deviation rule for every holder: a netted forecast gap above the threshold (an amount, or a share
//   of the holder's frame — the scenario's choice) opens a deviation.
// - Silo rules (a committee holds the frame): the committee decides measures on its flexible costs at its
//   own meeting; what it cannot cover KS grants from its reserve while it lasts; the rest KS prepares and
//   KF decides as a supplementary appropriation.
// - Whole rules (KS holds the frames; its preparing bodies' areas are sectors): of one sector's surplus
//   only the share ω-in-year is offered to another sector. KS decides at its meeting, after the utskott of
//   each sector in deficit has prepared the follow-up; the gap is cut ω across all sectors where benefit
//   is lowest and (1 − ω) within the sectors in deficit. An utskott with delegation for budget deviations
//   decides its sector's part at its own meeting. What cannot be cut comes from the reserve, then KF.
// - A cut takes effect from the next month on the flexible part of the remaining plan. When a unit's
//   forecast later shows a surplus above the threshold and its holder is in surplus, its decider lifts
//   cuts up to that surplus.
// - At the interim report per 31 August (adopted by KS when the budget-year machine says it is due) KF may
//   move frames from holders with a forecast surplus to holders with a deficit (`remedyReallocation`).
// - Without carry-over of results, each unit's decider spends `surplusSpendShare` of the part of its
//   forecast surplus that is not offered to others at its last meeting of the year.
// - A revenue drop is known on the first day of its month. KS sets a savings target over the frames it
//   holds at its next meeting; for committees' frames KS prepares and KF decides proportional frame cuts.
// - Requests KF has not decided by 31 December are not granted; the deficit stays in the result.
import { DAYS_IN_YEAR } from '@/domain/meeting-calendar';
import type { Model } from '@/domain/model-schema';
import type { Prng } from '@/domain/prng';
import type { Scenario } from '@/domain/scenario-schema';
import { INTERIM_REPORT_AFTER_MONTHS, type BudgetYearContext } from '@/machines/budget-year';
import { MONTHS, type AreaOutcome, type BudgetYearOutcome, type HolderOutcome } from './budget-year-outcome';
import { EventKind, planBudgetYear, type BudgetYearPlan } from './budget-year-plan';
import { item, read } from './checked-read';
import type { FrameSettingResult } from './frame-setting';
import { quantile } from './quantile';

import { machines, type OpenDeviation, type RunState, driveYear } from './budget-year-state';
import { refresh, closeMonth } from './budget-year-deviations';
import { meeting } from './budget-year-meeting';
/** The run's per-area, per-unit and per-holder arrays (budget-year-state.ts), allocated once per plan. */
type RunArrays =
  | 'planByMonth'
  | 'actual'
  | 'spent'
  | 'forecast'
  | 'cuts'
  | 'surplusSpent'
  | 'unitAppr'
  | 'unitTarget'
  | 'unitBalance'
  | 'holderGranted'
  | 'holderReserve'
  | 'holderMoved'
  | 'holderFrameCuts'
  | 'decisionCount'
  | 'moneyDecided';

interface Scratch extends Pick<RunState, RunArrays> {
  noise: Float64Array;
  /** Work arrays of the water-filling cut. */
  cutLevel: Float64Array;
  cutBenefit: Float64Array;
  cutRoom: Float64Array;
  cutOut: Float64Array;
}

const scratchByPlan = new WeakMap<BudgetYearPlan, Scratch>();

function scratchFor(plan: BudgetYearPlan): Scratch {
  let scratch = scratchByPlan.get(plan);
  if (scratch === undefined) {
    const areas = plan.areaIds.length;
    const units = plan.units.length;
    const bodies = plan.bodyIds.length;
    scratch = {
      noise: new Float64Array(areas * MONTHS),
      planByMonth: new Float64Array(areas * MONTHS),
      actual: new Float64Array(areas * MONTHS),
      spent: new Float64Array(areas),
      forecast: new Float64Array(areas),
      cuts: new Float64Array(areas),
      surplusSpent: new Float64Array(areas),
      unitAppr: new Float64Array(units),
      unitTarget: new Float64Array(units),
      unitBalance: new Float64Array(units),
      holderGranted: new Float64Array(plan.holderIds.length),
      holderReserve: new Float64Array(plan.holderIds.length),
      holderMoved: new Float64Array(plan.holderIds.length),
      holderFrameCuts: new Float64Array(plan.holderIds.length),
      decisionCount: new Float64Array(bodies),
      moneyDecided: new Float64Array(bodies),
      cutLevel: new Float64Array(areas),
      cutBenefit: new Float64Array(areas),
      cutRoom: new Float64Array(areas),
      cutOut: new Float64Array(areas),
    };
    scratchByPlan.set(plan, scratch);
  }
  for (const buffer of Object.values(scratch) as Float64Array[]) buffer.fill(0);
  return scratch;
}

/**
 * Standard normal draws for every area and month from the area's own stream (Box–Muller: r·cos θ and
 * r·sin θ with r = √(−2 ln u₁), θ = 2π u₂), written where the month's cost will be computed.
 */
function drawNoise(plan: BudgetYearPlan, prng: Prng, into: Float64Array): void {
  plan.areaStream.forEach((stream, a) => {
    const own = prng.fork(stream);
    for (let i = 0; i < MONTHS; i += 2) {
      const r = Math.sqrt(-2 * Math.log(1 - own.next()));
      const theta = 2 * Math.PI * own.next();
      into[a * MONTHS + i] = r * Math.cos(theta);
      into[a * MONTHS + i + 1] = r * Math.sin(theta);
    }
  });
}

function byBody(plan: BudgetYearPlan, values: Float64Array): Record<string, number> {
  const entries: [string, number][] = [];
  plan.bodyIds.forEach((id, i) => {
    const value = read(values, i);
    if (value > 0) entries.push([id, value]);
  });
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}

export function runBudgetYear(plan: BudgetYearPlan, prng: Prng): BudgetYearOutcome {
  const m = machines();
  const areaCount = plan.areaIds.length;
  const holderCount = plan.holderIds.length;
  const scratch = scratchFor(plan);
  // The month's noise is kept in `actual` until the month closes and its cost replaces it.
  drawNoise(plan, prng, scratch.actual);
  for (let a = 0; a < areaCount; a++) scratch.planByMonth.fill(read(plan.areaFrame, a) / MONTHS, a * MONTHS, (a + 1) * MONTHS);
  const yearContext: BudgetYearContext = { ...plan.budgetYearInput, roundsHeld: 0, monthsClosed: 0, interimReports: 0 };
  const yearState = m.budgetYear.initialState(yearContext);
  let totalFrame = 0;
  for (let h = 0; h < holderCount; h++) totalFrame += read(plan.holderFrame, h);

  const s: RunState = {
    plan,
    m,
    deadline: plan.assumptions.paperDeadlineDays,
    planByMonth: scratch.planByMonth,
    actual: scratch.actual,
    spent: scratch.spent,
    forecast: scratch.forecast,
    cuts: scratch.cuts,
    surplusSpent: scratch.surplusSpent,
    unitAppr: scratch.unitAppr,
    unitTarget: scratch.unitTarget,
    unitBalance: scratch.unitBalance,
    holderGranted: scratch.holderGranted,
    holderReserve: scratch.holderReserve,
    holderMoved: scratch.holderMoved,
    holderFrameCuts: scratch.holderFrameCuts,
    open: new Array<OpenDeviation | undefined>(holderCount).fill(undefined),
    deviations: [],
    decisionCount: scratch.decisionCount,
    moneyDecided: scratch.moneyDecided,
    trace: plan.holderIds.map((bodyId) => ({ bodyId, forecastBalanceMsek: [], savingsTargetMsek: [], spentToDateMsek: [], budgetToDateMsek: [] })),
    trappedByMonth: [],
    monthsClosed: 0,
    revenueChange: 0,
    pendingRevenueForBoard: [],
    pendingFrameCuts: [],
    pendingReallocation: -1,
    interimDueFrom: -1,
    reserveLeft: plan.reserveMsek,
    reserveGranted: 0,
    reallocated: 0,
    appropriationCount: 0,
    appropriationTotal: 0,
    totalFrame,
    yearState,
    yearContext,
    phases: [{ state: item(m.budgetYear.statePaths, yearState), day: -DAYS_IN_YEAR }],
    decidedToday: false,
    cutScratch: { level: scratch.cutLevel, benefit: scratch.cutBenefit, room: scratch.cutRoom, out: scratch.cutOut },
  };
  // Holders decide how to spend their frames (detailed budgets).
  plan.holderIds.forEach((_, h) => {
    s.moneyDecided[h] = read(s.moneyDecided, h) + read(plan.holderFrame, h);
  });
  // The planning year, replayed through the budget-year machine from the frame setting's days.
  for (const step of plan.frames.steps) driveYear(s, m.budgetYear.eventIndex(step.event), step.day - DAYS_IN_YEAR);
  refresh(s);

  for (const event of plan.timeline) {
    if (event.kind === EventKind.MonthClose) {
      closeMonth(s, event.index, event.day);
    } else if (event.kind === EventKind.RevenueKnown) {
      s.revenueChange += item(plan.revenueShocks, event.index).change;
      s.pendingRevenueForBoard.push(event.index);
    } else if (event.day < DAYS_IN_YEAR) {
      meeting(s, event.index, event.day);
    }
  }
  // An interim report still pending at year end is adopted with the annual accounts; then the closing.
  for (let guard = 0; s.yearState === m.interimReport && guard < INTERIM_REPORT_AFTER_MONTHS.length; guard++) {
    driveYear(s, m.interimReportAdopted, plan.annualReportDay);
  }
  driveYear(s, m.annualReportAdopted, plan.annualReportDay);
  driveYear(s, m.annualReportApproved, plan.annualReportApprovedDay);

  // Year end: deviations still open were never covered in the year.
  let neverCovered = 0;
  for (const current of s.open) {
    if (current !== undefined) {
      current.record.route = 'open';
      neverCovered++;
    }
  }
  const daysToCover: number[] = [];
  for (const record of s.deviations) {
    if (record.coveredDay !== undefined && record.route !== 'resolved' && record.route !== 'open') {
      daysToCover.push(record.coveredDay - record.detectedDay);
    }
  }
  const holders: HolderOutcome[] = plan.holderIds.map((bodyId, h) => {
    let spentMsek = 0;
    for (const a of item(plan.holderAreas, h)) spentMsek += read(s.spent, a);
    let appropriationsMsek = 0;
    for (const u of item(plan.holderUnits, h)) appropriationsMsek += read(s.unitAppr, u);
    const frameMsek = read(plan.holderFrame, h);
    return {
      bodyId,
      rules: item(plan.holderPolicies, h).kind,
      frameMsek,
      appropriationsMsek,
      grantedMsek: read(s.holderGranted, h),
      reserveMsek: read(s.holderReserve, h),
      reallocatedMsek: read(s.holderMoved, h),
      frameCutsMsek: read(s.holderFrameCuts, h),
      spentMsek,
      resultMsek: frameMsek + appropriationsMsek - spentMsek,
    };
  });
  const areas: AreaOutcome[] = plan.areaIds.map((areaId, a) => ({
    areaId,
    holder: item(plan.holderIds, read(plan.areaHolder, a)),
    frameMsek: read(plan.areaFrame, a),
    spentMsek: read(s.spent, a),
    resultMsek: read(plan.areaFrame, a) - read(s.spent, a),
    cutsMsek: read(s.cuts, a),
    surplusSpentMsek: read(s.surplusSpent, a),
  }));
  let benefitLost = 0;
  let spentMsek = 0;
  for (let a = 0; a < areaCount; a++) {
    const frame = read(plan.areaFrame, a);
    const c = read(s.cuts, a);
    if (c > 0 && frame > c) benefitLost += read(plan.areaBenefit, a) * Math.log(frame / (frame - c));
    spentMsek += read(s.spent, a);
  }
  const revenueOutturn = plan.frames.revenueMsek * (1 + s.revenueChange);
  const result = revenueOutturn - spentMsek;
  let decisions = 0;
  for (const count of s.decisionCount) decisions += count;
  let trapped = 0;
  for (const t of s.trappedByMonth) if (t > trapped) trapped = t;
  const covered = daysToCover.length;

  return {
    revenueMsek: plan.frames.revenueMsek,
    revenueOutturnMsek: revenueOutturn,
    framesMsek: totalFrame,
    spentMsek,
    resultMsek: result,
    holders,
    areas,
    decisions,
    decisionsByBody: byBody(plan, s.decisionCount),
    moneyDecidedByBody: byBody(plan, s.moneyDecided),
    daysToCover: {
      median: covered > 0 ? quantile(daysToCover, 0.5) : null,
      p90: covered > 0 ? quantile(daysToCover, 0.9) : null,
      count: covered,
      neverCovered,
    },
    deviations: s.deviations,
    trappedSurplusMsek: trapped,
    trappedSurplusByMonthMsek: s.trappedByMonth,
    benefitLostMsek: benefitLost,
    deficitLeftMsek: Math.max(0, -result),
    netCostMsek: benefitLost + Math.max(0, -result),
    supplementaryAppropriations: { count: s.appropriationCount, totalMsek: s.appropriationTotal },
    reserve: { startMsek: plan.reserveMsek, grantedMsek: s.reserveGranted },
    reallocatedMsek: s.reallocated,
    trace: s.trace,
    phases: s.phases,
  };
}

/** Convenience: plan and run one budget year. */
export function simulateBudgetYear(input: { model: Model; scenario: Scenario; frames: FrameSettingResult; prng: Prng }): BudgetYearOutcome {
  return runBudgetYear(planBudgetYear(input.model, input.scenario, input.frames), input.prng);
}
