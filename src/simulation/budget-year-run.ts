// The budget year of DESIGN §4.2: monthly costs with noise, trend and shocks; bodies follow up at their
// meetings; deviations run through the deviation machine under silo rules (a committee holds the frame)
// or whole rules (KS holds the frames); outputs the year-end result, decisions, days to cover, trapped
// surplus, benefit lost to cuts and a month-by-month trace per budget holder for the pipe chart.
// The budget-year and deviation machines are stepped through transition tables compiled from their XState
// definitions (src/simulation/compiled-machine.ts), so the process the diagrams show is the one simulated.
//
// Assumptions (each listed in the About page; values marked "example" are contested):
// - Monthly cost of area a in month m = plan_a,m × (1 + trend + ε_a,m) + shocks, ε ~ Normal(0, σ_a ×
//   volatilityScale), never below zero; plan_a,m starts at frame_a / 12 and changes with decided measures.
//   All ε are drawn at the start of the run, so decisions never shift the random numbers (common random
//   numbers across organisations, scenarios and sweeps).
// - A month's outcome is known FOLLOW_UP_LAG_DAYS after it ends. The forecast for the year is spending so
//   far + the remaining plan × (1 + observed drift × k/(k + FORECAST_CREDIBILITY_MONTHS)) + the rest of any
//   cost shock already seen (k = months closed; a credibility weight, so one noisy month is not taken as
//   a trend).
// - A deviation is detected when a holder's forecast deficit exceeds DEVIATION_THRESHOLD_SHARE of its
//   frame. The holder's (or KS's) next meeting decides measures; a cut takes effect from the next month and
//   can reach only the flexible part of the remaining plan (flexibility × remaining months). Cuts fall
//   where the marginal benefit β_a / x_a is lowest (water-filling), within the holder's own areas.
// - Silo rules: what the committee cannot cover becomes a request that KS prepares and KF decides at their
//   next meetings; KF grants it. At its last meeting of the year a committee with a forecast surplus spends
//   `surplusSpendShare` of it. Whole rules: KS's forecast is the net over all its areas, so surpluses and
//   deficits offset before any decision; a remaining gap is cut at the next KS meeting, and what cannot be
//   cut goes to KF.
// - A revenue shock (tax forecast change) is known on the first day of its month. KS sets itself a savings
//   target for the frames it holds at its next meeting; for committees' frames KS prepares and KF decides
//   proportional frame cuts, which each committee then handles as a deviation.
// - Requests KF has not decided by 31 December are not granted; the deficit stays in the result.
import { DAYS_IN_YEAR, MONTH_START_DAY, meetingCalendar, monthOfDay } from '@/domain/meeting-calendar';
import type { Model } from '@/domain/model-schema';
import type { Prng } from '@/domain/prng';
import type { Scenario } from '@/domain/scenario-schema';
import {
  budgetYearContextUpdates,
  budgetYearGuards,
  budgetYearInputFor,
  budgetYearMachine,
  type BudgetYearContext,
} from '@/machines/budget-year';
import {
  deviationContextUpdates,
  deviationGuards,
  deviationInputFor,
  deviationMachine,
  holderRules,
  KRONA_MSEK,
  type DeviationContext,
  type HolderRules,
} from '@/machines/deviation';
import { organisationRoles, type OrganisationRoles } from '@/machines/organisation-roles';
import { compileMachine, type CompiledMachine } from './compiled-machine';
import type { FrameSettingResult } from './frame-setting';
import { quantile } from './quantile';

/** Days after a month's end until its outcome is in the follow-up (example value). */
export const FOLLOW_UP_LAG_DAYS = 10;
/** A forecast deficit above this share of the holder's frame is a deviation (example value). */
export const DEVIATION_THRESHOLD_SHARE = 0.01;
/** Credibility constant of the forecast's drift estimate, in months (example value). */
export const FORECAST_CREDIBILITY_MONTHS = 3;
/** The annual report is ready for KS about six weeks after the year (mid-February). */
export const ANNUAL_REPORT_READY_DAY = DAYS_IN_YEAR + 45;
const MONTHS = 12;

export type DeviationRoute = 'resolved' | 'measures' | 'netting' | 'appropriation' | 'open';

export interface DeviationRecord {
  holder: string;
  rules: HolderRules;
  cause: 'cost' | 'revenue';
  /** Day the forecast showed the deficit (or the revenue drop became known). */
  detectedDay: number;
  /** Day of the decision that covered it; undefined while open or when it resolved by itself. */
  coveredDay?: number;
  route: DeviationRoute;
  /** Largest forecast gap handled, MSEK. */
  gapMsek: number;
  /** Covered by the holder's measures or KS's cuts, MSEK. */
  measuresMsek: number;
  /** Granted by KF as a supplementary appropriation, MSEK. */
  appropriationMsek: number;
}

export interface HolderOutcome {
  bodyId: string;
  rules: HolderRules;
  /** Frame adopted by KF, MSEK. */
  frameMsek: number;
  /** Supplementary appropriations granted minus frame cuts, MSEK. */
  appropriationsMsek: number;
  spentMsek: number;
  /** frame + appropriations − spending, MSEK (positive = surplus). */
  resultMsek: number;
}

export interface AreaOutcome {
  areaId: string;
  holder: string;
  frameMsek: number;
  spentMsek: number;
  /** frame − spending, MSEK (appropriations go to holders, not areas). */
  resultMsek: number;
  /** Cuts decided during the year, MSEK. */
  cutsMsek: number;
  /** Surplus spent before year end, MSEK. */
  surplusSpentMsek: number;
}

/** One budget holder's month-end figures for the pipe chart, index 0 = January. */
export interface HolderTrace {
  bodyId: string;
  /** Frame + appropriations − forecast spending (− any savings target), MSEK. */
  forecastBalanceMsek: number[];
  spentToDateMsek: number[];
  /** (frame + appropriations) × months / 12, MSEK. */
  budgetToDateMsek: number[];
}

export interface BudgetPhase {
  /** Leaf state of the budget-year machine, e.g. "execution.interimReport". */
  state: string;
  /** Day it was entered: negative in the planning year, ≥ 365 in the following year. */
  day: number;
}

export interface BudgetYearOutcome {
  /** Revenue R the budget was adopted on, MSEK. */
  revenueMsek: number;
  /** Revenue after revenue shocks, MSEK. */
  revenueOutturnMsek: number;
  /** Σ frames, MSEK (= R). */
  framesMsek: number;
  spentMsek: number;
  /** Revenue outturn − spending: the municipality's result against its balanced budget, MSEK. */
  resultMsek: number;
  holders: HolderOutcome[];
  areas: AreaOutcome[];
  /** Political budget decisions taken in the year (measures, preparations, KF decisions, savings targets). */
  decisions: number;
  decisionsByBody: Record<string, number>;
  /** Money each body decided on: holders their frames and measures, KF appropriations and cuts, MSEK. */
  moneyDecidedByBody: Record<string, number>;
  /** Days from detection to the covering decision over all deviations that needed one (open ones count to 31 December). */
  daysToCover: { median: number; p90: number; count: number };
  deviations: DeviationRecord[];
  /** Peak over month-ends of min(Σ forecast surpluses, Σ forecast deficits) across holders, MSEK. */
  trappedSurplusMsek: number;
  trappedSurplusByMonthMsek: number[];
  /** Money-equivalent benefit lost to in-year cuts, Σ_a (β_a/λ)·ln(x_a / (x_a − cut_a)), MSEK. */
  benefitLostMsek: number;
  supplementaryAppropriations: { count: number; totalMsek: number };
  trace: HolderTrace[];
  phases: BudgetPhase[];
}

// ---- compiled machines (once per process) ----------------------------------------------------------

let deviationTable: CompiledMachine<DeviationContext> | undefined;
let budgetYearTable: CompiledMachine<BudgetYearContext> | undefined;

function deviationMachineTable(): CompiledMachine<DeviationContext> {
  deviationTable ??= compileMachine<DeviationContext>(deviationMachine, {
    guards: deviationGuards,
    actions: deviationContextUpdates,
  });
  return deviationTable;
}

function budgetYearMachineTable(): CompiledMachine<BudgetYearContext> {
  budgetYearTable ??= compileMachine<BudgetYearContext>(budgetYearMachine, {
    guards: budgetYearGuards,
    actions: budgetYearContextUpdates,
  });
  return budgetYearTable;
}

// ---- the plan: everything that does not depend on the seed ---------------------------------------

/** Timeline event kinds, in the order they are handled on the same day. */
const EventKind = { MonthClose: 0, RevenueKnown: 1, Meeting: 2 } as const;
type EventKind = (typeof EventKind)[keyof typeof EventKind];

interface TimelineEvent {
  day: number;
  kind: EventKind;
  /** Month closed, or the revenue shock's index. */
  index: number;
  /** Meeting body id. */
  body: string;
  /** Holder index of the meeting body, or -1. */
  holder: number;
  isExecutiveBoard: boolean;
  isCouncil: boolean;
}

interface CostShockPlan {
  area: number;
  fromMonth: number;
  monthlyMsek: number;
}

/** A budget year prepared for one model, scenario and frames; reused across seeds. */
export interface BudgetYearPlan {
  modelId: string;
  roles: OrganisationRoles;
  scenario: Scenario;
  frames: FrameSettingResult;
  areaIds: string[];
  areaHolder: Int32Array;
  areaFrame: Float64Array;
  areaFlexibility: Float64Array;
  areaSigma: Float64Array;
  /** β_a / λ in MSEK: the money-equivalent weight of area a's benefit. */
  areaBenefit: Float64Array;
  holderIds: string[];
  holderRules: HolderRules[];
  holderFrame: Float64Array;
  holderAreas: number[][];
  /** Day of each holder's last meeting of the year (surplus spending), or -1. */
  holderLastMeeting: Float64Array;
  costShocks: CostShockPlan[];
  /** Monthly cost shock per area and month (area × 12 + month), MSEK. */
  shockByMonth: Float64Array;
  revenueShocks: { fromMonth: number; change: number; knownDay: number }[];
  timeline: TimelineEvent[];
  /** Days of the closing steps in the following year. */
  annualReportDay: number;
  annualReportApprovedDay: number;
}

const KIND_ORDER: Record<string, number> = {
  subcommittee: 0,
  draftingCommittee: 0,
  committee: 1,
  electionCommittee: 1,
  executiveBoard: 2,
  council: 3,
};

/** Day on which month m's outcome is in the follow-up. */
export function monthCloseDay(month: number): number {
  const end = month + 1 < MONTHS ? (MONTH_START_DAY[month + 1] ?? DAYS_IN_YEAR) : DAYS_IN_YEAR;
  return end + FOLLOW_UP_LAG_DAYS;
}

function firstMeetingAfter(days: readonly number[] | undefined, after: number): number {
  if (days === undefined || days.length === 0) return after;
  for (let year = 0; year < 4; year++) {
    for (const day of days) if (day + year * DAYS_IN_YEAR > after) return day + year * DAYS_IN_YEAR;
  }
  return after;
}

export function planBudgetYear(
  model: Model,
  scenario: Scenario,
  frames: FrameSettingResult,
  roles: OrganisationRoles = organisationRoles(model),
): BudgetYearPlan {
  const areaById = new Map(model.serviceAreas.map((area) => [area.id, area]));
  const holderIds = [...roles.budgetHolders];
  const holderIndex = new Map(holderIds.map((id, i) => [id, i]));
  const frameByArea = new Map(frames.areas.map((f) => [f.areaId, f]));
  const areas = roles.areas;
  const areaIds = areas.map((a) => a.areaId);
  const areaIndex = new Map(areaIds.map((id, i) => [id, i]));
  const lambdaScale = scenario.lambda > 0 ? scenario.lambda : 1;

  const areaHolder = Int32Array.from(areas, (a) => holderIndex.get(a.budgetHolder) ?? 0);
  const areaFrame = Float64Array.from(areas, (a) => frameByArea.get(a.areaId)?.allocatedMsek ?? 0);
  const areaFlexibility = Float64Array.from(areas, (a) => areaById.get(a.areaId)?.flexibility ?? 0);
  const areaSigma = Float64Array.from(
    areas,
    (a) => (areaById.get(a.areaId)?.volatility ?? 0) * scenario.volatilityScale,
  );
  const areaBenefit = Float64Array.from(
    areas,
    (a) => ((frameByArea.get(a.areaId)?.weight ?? 0) * frames.revenueMsek) / lambdaScale,
  );
  const holderFrame = new Float64Array(holderIds.length);
  const holderAreas: number[][] = holderIds.map(() => []);
  areas.forEach((_, i) => {
    const h = areaHolder[i] ?? 0;
    holderFrame[h] = (holderFrame[h] ?? 0) + (areaFrame[i] ?? 0);
    holderAreas[h]?.push(i);
  });

  const costShocks: CostShockPlan[] = [];
  const shockByMonth = new Float64Array(areas.length * MONTHS);
  const revenueShocks: BudgetYearPlan['revenueShocks'] = [];
  for (const shock of scenario.shocks) {
    if (shock.kind === 'cost') {
      const area = areaIndex.get(shock.area ?? '');
      if (area === undefined || shock.amountMsek === undefined) continue;
      const monthlyMsek = shock.amountMsek / (MONTHS - shock.fromMonth);
      costShocks.push({ area, fromMonth: shock.fromMonth, monthlyMsek });
      for (let m = shock.fromMonth; m < MONTHS; m++) {
        shockByMonth[area * MONTHS + m] = (shockByMonth[area * MONTHS + m] ?? 0) + monthlyMsek;
      }
    } else if (shock.revenueChange !== undefined) {
      revenueShocks.push({
        fromMonth: shock.fromMonth,
        change: shock.revenueChange,
        knownDay: MONTH_START_DAY[shock.fromMonth] ?? 0,
      });
    }
  }

  const calendar = meetingCalendar(model);
  const kindById = new Map(model.bodies.map((b) => [b.id, b.kind]));
  const timeline: TimelineEvent[] = [];
  const base = { body: '', holder: -1, isExecutiveBoard: false, isCouncil: false };
  for (let m = 0; m < MONTHS; m++) timeline.push({ ...base, day: monthCloseDay(m), kind: EventKind.MonthClose, index: m });
  revenueShocks.forEach((shock, i) =>
    timeline.push({ ...base, day: shock.knownDay, kind: EventKind.RevenueKnown, index: i }),
  );
  const holderLastMeeting = new Float64Array(holderIds.length).fill(-1);
  const acting = new Set([...holderIds, roles.executiveBoard, roles.council].filter((id) => id !== undefined));
  for (const bodyId of acting) {
    const days = calendar.get(bodyId) ?? [];
    const holder = holderIndex.get(bodyId) ?? -1;
    if (holder >= 0) holderLastMeeting[holder] = days[days.length - 1] ?? -1;
    for (const day of days) {
      timeline.push({
        day,
        kind: EventKind.Meeting,
        index: KIND_ORDER[kindById.get(bodyId) ?? ''] ?? 1,
        body: bodyId,
        holder,
        isExecutiveBoard: bodyId === roles.executiveBoard,
        isCouncil: bodyId === roles.council,
      });
    }
  }
  // Same day: the books close first, then forecasts of revenue, then meetings from utskott up to KF.
  timeline.sort((a, b) => a.day - b.day || a.kind - b.kind || a.index - b.index || (a.body < b.body ? -1 : a.body > b.body ? 1 : 0));

  const annualReportDay = firstMeetingAfter(calendar.get(roles.executiveBoard ?? ''), ANNUAL_REPORT_READY_DAY);
  const annualReportApprovedDay = firstMeetingAfter(calendar.get(roles.council ?? ''), annualReportDay);

  return {
    modelId: model.id,
    roles,
    scenario,
    frames,
    areaIds,
    areaHolder,
    areaFrame,
    areaFlexibility,
    areaSigma,
    areaBenefit,
    holderIds,
    holderRules: holderIds.map((id) => holderRules(roles, id)),
    holderFrame,
    holderAreas,
    holderLastMeeting,
    costShocks,
    shockByMonth,
    revenueShocks,
    timeline,
    annualReportDay,
    annualReportApprovedDay,
  };
}

// ---- one run ---------------------------------------------------------------------------------------

interface OpenDeviation {
  state: number;
  context: DeviationContext;
  record: DeviationRecord;
  requestedMsek: number;
}

/**
 * Cuts `gap` MSEK from the plans of `areas` for months after `month`, where marginal benefit b_a / x_a is
 * lowest: cut_a = clamp(x_a − b_a/μ, 0, room_a) with μ found by bisection so the cuts sum to the gap
 * (equal marginal benefit among the areas cut, the optimality condition of max Σ b_a ln x_a). Returns
 * the amount cut (less than the gap when the flexible room runs out).
 */
function cutWhereBenefitIsLowest(
  planByMonth: Float64Array,
  plan: BudgetYearPlan,
  cutsSoFar: Float64Array,
  areas: readonly number[],
  month: number,
  gap: number,
): number {
  const firstMonth = month + 1;
  if (firstMonth >= MONTHS || gap <= 0) return 0;
  const room = new Float64Array(areas.length);
  const level = new Float64Array(areas.length);
  let totalRoom = 0;
  areas.forEach((a, i) => {
    const floorShare = 1 - (plan.areaFlexibility[a] ?? 0);
    const baseMonthly = (plan.areaFrame[a] ?? 0) / MONTHS;
    let r = 0;
    for (let m = firstMonth; m < MONTHS; m++) r += Math.max(0, (planByMonth[a * MONTHS + m] ?? 0) - baseMonthly * floorShare);
    room[i] = r;
    level[i] = Math.max(1e-9, (plan.areaFrame[a] ?? 0) - (cutsSoFar[a] ?? 0));
    totalRoom += r;
  });
  if (totalRoom <= 0) return 0;
  const cutAt = (mu: number, i: number): number => {
    const a = areas[i] ?? 0;
    const want = (level[i] ?? 0) - (plan.areaBenefit[a] ?? 0) / mu;
    return Math.min(room[i] ?? 0, Math.max(0, want));
  };
  const target = Math.min(gap, totalRoom);
  const cuts = new Float64Array(areas.length);
  if (target >= totalRoom) {
    cuts.set(room);
  } else {
    let lo = 0;
    let hi = 1;
    const sumAt = (mu: number): number => {
      let sum = 0;
      for (let i = 0; i < areas.length; i++) sum += cutAt(mu, i);
      return sum;
    };
    while (sumAt(hi) < target && hi < 1e12) hi *= 2;
    for (let iteration = 0; iteration < 60; iteration++) {
      const mid = (lo + hi) / 2;
      if (sumAt(mid) < target) lo = mid;
      else hi = mid;
    }
    let sum = 0;
    for (let i = 0; i < areas.length; i++) sum += cuts[i] = cutAt(hi, i);
    // Bisection leaves a tiny remainder; scale so the cuts sum to the target exactly.
    if (sum > 0) for (let i = 0; i < areas.length; i++) cuts[i] = ((cuts[i] ?? 0) * target) / sum;
  }
  let done = 0;
  areas.forEach((a, i) => {
    const cut = cuts[i] ?? 0;
    const r = room[i] ?? 0;
    if (cut <= 0 || r <= 0) return;
    const floorShare = 1 - (plan.areaFlexibility[a] ?? 0);
    const baseMonthly = (plan.areaFrame[a] ?? 0) / MONTHS;
    for (let m = firstMonth; m < MONTHS; m++) {
      const k = a * MONTHS + m;
      const monthRoom = Math.max(0, (planByMonth[k] ?? 0) - baseMonthly * floorShare);
      planByMonth[k] = (planByMonth[k] ?? 0) - (cut * monthRoom) / r;
    }
    cutsSoFar[a] = (cutsSoFar[a] ?? 0) + cut;
    done += cut;
  });
  return done;
}

export function runBudgetYear(plan: BudgetYearPlan, prng: Prng): BudgetYearOutcome {
  const { scenario, roles } = plan;
  const areaCount = plan.areaIds.length;
  const holderCount = plan.holderIds.length;
  const deviationTableLocal = deviationMachineTable();
  const devEvent = {
    reviewed: deviationTableLocal.eventIndex('deviation.reviewed'),
    measures: deviationTableLocal.eventIndex('deviation.measuresDecided'),
    netted: deviationTableLocal.eventIndex('deviation.netted'),
    resolved: deviationTableLocal.eventIndex('deviation.resolved'),
    prepared: deviationTableLocal.eventIndex('appropriation.prepared'),
    decided: deviationTableLocal.eventIndex('appropriation.decided'),
  };
  const devState = {
    detected: deviationTableLocal.stateIndex('detected'),
    preparing: deviationTableLocal.stateIndex('supplementaryAppropriation.preparedByExecutiveBoard'),
    council: deviationTableLocal.stateIndex('supplementaryAppropriation.decidedByCouncil'),
    closed: deviationTableLocal.stateIndex('closed'),
  };

  // Random numbers first, in a fixed order, so decisions never shift them.
  const noise = new Float64Array(areaCount * MONTHS);
  for (let i = 0; i < noise.length; i++) noise[i] = prng.normal();

  const planByMonth = new Float64Array(areaCount * MONTHS);
  for (let a = 0; a < areaCount; a++) planByMonth.fill((plan.areaFrame[a] ?? 0) / MONTHS, a * MONTHS, (a + 1) * MONTHS);
  const actual = new Float64Array(areaCount * MONTHS);
  const spent = new Float64Array(areaCount);
  const cuts = new Float64Array(areaCount);
  const surplusSpent = new Float64Array(areaCount);
  const forecast = new Float64Array(areaCount);
  const appropriations = new Float64Array(holderCount);
  const savingsTarget = new Float64Array(holderCount);
  const open: (OpenDeviation | undefined)[] = new Array<OpenDeviation | undefined>(holderCount).fill(undefined);
  const surplusSpendDone = new Uint8Array(holderCount);
  const deviations: DeviationRecord[] = [];
  const decisionsByBody = new Map<string, number>();
  const moneyByBody = new Map<string, number>();
  const trace: HolderTrace[] = plan.holderIds.map((bodyId) => ({
    bodyId,
    forecastBalanceMsek: [],
    spentToDateMsek: [],
    budgetToDateMsek: [],
  }));
  const trappedByMonth: number[] = [];
  let monthsClosed = 0;
  let revenueChange = 0;
  const pendingRevenueForBoard: number[] = [];
  const pendingFrameCuts: { shock: number; lossMsek: number }[] = [];
  let appropriationCount = 0;
  let appropriationTotal = 0;

  const decide = (bodyId: string | undefined, moneyMsek: number): void => {
    if (bodyId === undefined) return;
    decisionsByBody.set(bodyId, (decisionsByBody.get(bodyId) ?? 0) + 1);
    moneyByBody.set(bodyId, (moneyByBody.get(bodyId) ?? 0) + Math.abs(moneyMsek));
  };

  // Holders decide how to spend their frames (detailed budgets).
  plan.holderIds.forEach((id, h) => moneyByBody.set(id, (moneyByBody.get(id) ?? 0) + (plan.holderFrame[h] ?? 0)));

  const updateForecasts = (): void => {
    const k = monthsClosed;
    const credibility = k / (k + FORECAST_CREDIBILITY_MONTHS);
    for (let a = 0; a < areaCount; a++) {
      let pastPlan = 0;
      let drift = 0;
      for (let m = 0; m < k; m++) {
        const i = a * MONTHS + m;
        pastPlan += planByMonth[i] ?? 0;
        drift += (actual[i] ?? 0) - (plan.shockByMonth[i] ?? 0) - (planByMonth[i] ?? 0);
      }
      const rate = pastPlan > 0 ? (drift / pastPlan) * credibility : 0;
      let rest = 0;
      for (let m = k; m < MONTHS; m++) rest += (planByMonth[a * MONTHS + m] ?? 0) * (1 + rate);
      forecast[a] = (spent[a] ?? 0) + rest;
    }
    // Cost shocks already seen in the accounts are expected to continue to December.
    for (const shock of plan.costShocks) {
      if (shock.fromMonth < k) forecast[shock.area] = (forecast[shock.area] ?? 0) + shock.monthlyMsek * (MONTHS - k);
    }
  };

  /** Frame + appropriations − forecast − savings target. */
  const balanceOf = (h: number): number => {
    let spending = 0;
    for (const a of plan.holderAreas[h] ?? []) spending += forecast[a] ?? 0;
    return (plan.holderFrame[h] ?? 0) + (appropriations[h] ?? 0) - spending - (savingsTarget[h] ?? 0);
  };

  const openDeviation = (h: number, day: number, cause: 'cost' | 'revenue', gap: number): void => {
    const holder = plan.holderIds[h] ?? '';
    const context: DeviationContext = { ...deviationInputFor(roles, holder, gap), coveredMsek: 0, decisions: 0 };
    const record: DeviationRecord = {
      holder,
      rules: plan.holderRules[h] ?? 'silo',
      cause,
      detectedDay: day,
      route: 'open',
      gapMsek: gap,
      measuresMsek: 0,
      appropriationMsek: 0,
    };
    deviations.push(record);
    open[h] = { state: deviationTableLocal.initialState(context), context, record, requestedMsek: 0 };
  };

  const detect = (h: number, day: number, cause: 'cost' | 'revenue'): void => {
    const gap = -balanceOf(h);
    const current = open[h];
    if (current === undefined) {
      if (gap > DEVIATION_THRESHOLD_SHARE * (plan.holderFrame[h] ?? 0)) openDeviation(h, day, cause, gap);
    } else if (current.state === devState.detected && gap <= 0) {
      current.state = deviationTableLocal.step(current.state, devEvent.resolved, current.context);
      current.record.route = 'resolved';
      open[h] = undefined;
    } else if (gap > current.record.gapMsek) {
      current.record.gapMsek = gap;
    }
  };

  const closeMonth = (m: number): void => {
    for (let a = 0; a < areaCount; a++) {
      const i = a * MONTHS + m;
      const cost = (planByMonth[i] ?? 0) * (1 + scenario.trend + (plan.areaSigma[a] ?? 0) * (noise[i] ?? 0));
      actual[i] = Math.max(0, cost) + (plan.shockByMonth[i] ?? 0);
      spent[a] = (spent[a] ?? 0) + (actual[i] ?? 0);
    }
    monthsClosed = m + 1;
    updateForecasts();
    const day = monthCloseDay(m);
    let surpluses = 0;
    let deficits = 0;
    for (let h = 0; h < holderCount; h++) {
      detect(h, day, 'cost');
      const balance = balanceOf(h);
      if (balance > 0) surpluses += balance;
      else deficits -= balance;
      let spentSoFar = 0;
      for (const a of plan.holderAreas[h] ?? []) spentSoFar += spent[a] ?? 0;
      const row = trace[h];
      if (row) {
        row.forecastBalanceMsek.push(balance + (savingsTarget[h] ?? 0));
        row.spentToDateMsek.push(spentSoFar);
        row.budgetToDateMsek.push((((plan.holderFrame[h] ?? 0) + (appropriations[h] ?? 0)) * monthsClosed) / MONTHS);
      }
    }
    trappedByMonth.push(Math.min(surpluses, deficits));
  };

  const holderMeeting = (h: number, day: number): void => {
    const current = open[h];
    const holder = plan.holderIds[h] ?? '';
    if (current !== undefined) {
      if (current.state === devState.detected) {
        current.state = deviationTableLocal.step(current.state, devEvent.reviewed, current.context);
      }
      const path = deviationTableLocal.statePaths[current.state];
      if (path === 'ownMeasures' || path === 'netting') {
        const gap = -balanceOf(h);
        if (gap <= KRONA_MSEK) {
          current.state = deviationTableLocal.step(current.state, devEvent.resolved, current.context);
          current.record.route = 'resolved';
          open[h] = undefined;
        } else {
          const covered = cutWhereBenefitIsLowest(planByMonth, plan, cuts, plan.holderAreas[h] ?? [], monthOfDay(day), gap);
          updateForecasts();
          current.context.gapMsek = gap;
          current.context.coveredMsek = covered;
          current.record.gapMsek = Math.max(current.record.gapMsek, gap);
          current.record.measuresMsek += covered;
          current.state = deviationTableLocal.step(
            current.state,
            path === 'ownMeasures' ? devEvent.measures : devEvent.netted,
            current.context,
          );
          decide(holder, covered);
          if (current.state === devState.closed) {
            current.record.route = path === 'ownMeasures' ? 'measures' : 'netting';
            current.record.coveredDay = day;
            open[h] = undefined;
          } else {
            current.requestedMsek = gap - covered;
          }
        }
      }
    }
    // A committee spends part of a forecast surplus at its last meeting of the year (silo rules only).
    if (
      plan.holderRules[h] === 'silo' &&
      surplusSpendDone[h] === 0 &&
      day >= (plan.holderLastMeeting[h] ?? Infinity) &&
      open[h] === undefined
    ) {
      surplusSpendDone[h] = 1;
      const surplus = balanceOf(h);
      const spend = surplus * scenario.surplusSpendShare;
      const fromMonth = Math.max(monthsClosed, monthOfDay(day));
      const areas = plan.holderAreas[h] ?? [];
      const weight = areas.reduce((sum, a) => sum + (plan.areaFrame[a] ?? 0), 0);
      if (spend > 0 && fromMonth < MONTHS && weight > 0) {
        for (const a of areas) {
          const share = (spend * (plan.areaFrame[a] ?? 0)) / weight;
          for (let m = fromMonth; m < MONTHS; m++) {
            planByMonth[a * MONTHS + m] = (planByMonth[a * MONTHS + m] ?? 0) + share / (MONTHS - fromMonth);
          }
          surplusSpent[a] = (surplusSpent[a] ?? 0) + share;
        }
        updateForecasts();
      }
    }
  };

  const totalFrame = plan.holderFrame.reduce((sum, f) => sum + f, 0);

  const boardRevenueDecisions = (): void => {
    // A revenue drop: KS sets itself a savings target for the frames it holds, and prepares frame cuts
    // for the committees' frames for KF.
    for (const shockIndex of pendingRevenueForBoard.splice(0)) {
      const shock = plan.revenueShocks[shockIndex];
      if (shock === undefined || shock.change >= 0) continue;
      const loss = -shock.change * plan.frames.revenueMsek;
      let boardShare = 0;
      let committeeShare = 0;
      for (let h = 0; h < holderCount; h++) {
        const share = totalFrame > 0 ? (plan.holderFrame[h] ?? 0) / totalFrame : 0;
        if (plan.holderRules[h] === 'whole') {
          savingsTarget[h] = (savingsTarget[h] ?? 0) + loss * share;
          boardShare += share;
          if (open[h] === undefined) {
            const gap = -balanceOf(h);
            if (gap > DEVIATION_THRESHOLD_SHARE * (plan.holderFrame[h] ?? 0)) openDeviation(h, shock.knownDay, 'revenue', gap);
          }
        } else {
          committeeShare += share;
        }
      }
      if (boardShare > 0) decide(roles.executiveBoard, loss * boardShare);
      if (committeeShare > 0) {
        decide(roles.executiveBoard, loss * committeeShare);
        pendingFrameCuts.push({ shock: shockIndex, lossMsek: loss });
      }
    }
  };

  /** KS prepares the committees' requests for supplementary appropriations. */
  const boardPreparesRequests = (): void => {
    for (let h = 0; h < holderCount; h++) {
      const current = open[h];
      if (current === undefined || current.state !== devState.preparing) continue;
      current.state = deviationTableLocal.step(current.state, devEvent.prepared, current.context);
      decide(roles.executiveBoard, current.requestedMsek);
    }
  };

  const councilMeeting = (day: number): void => {
    for (const cut of pendingFrameCuts.splice(0)) {
      const shock = plan.revenueShocks[cut.shock];
      for (let h = 0; h < holderCount; h++) {
        if (plan.holderRules[h] !== 'silo') continue;
        const amount = totalFrame > 0 ? (cut.lossMsek * (plan.holderFrame[h] ?? 0)) / totalFrame : 0;
        appropriations[h] = (appropriations[h] ?? 0) - amount;
        if (open[h] === undefined) {
          const gap = -balanceOf(h);
          if (gap > DEVIATION_THRESHOLD_SHARE * (plan.holderFrame[h] ?? 0)) {
            openDeviation(h, shock?.knownDay ?? day, 'revenue', gap);
          }
        }
      }
      let committeeLoss = 0;
      for (let h = 0; h < holderCount; h++) {
        if (plan.holderRules[h] === 'silo') committeeLoss += totalFrame > 0 ? (cut.lossMsek * (plan.holderFrame[h] ?? 0)) / totalFrame : 0;
      }
      decide(roles.council, committeeLoss);
    }
    for (let h = 0; h < holderCount; h++) {
      const current = open[h];
      if (current === undefined || current.state !== devState.council) continue;
      const granted = current.requestedMsek;
      appropriations[h] = (appropriations[h] ?? 0) + granted;
      appropriationCount += 1;
      appropriationTotal += granted;
      current.record.appropriationMsek += granted;
      current.state = deviationTableLocal.step(current.state, devEvent.decided, current.context);
      decide(roles.council, granted);
      current.record.route = 'appropriation';
      current.record.coveredDay = day;
      open[h] = undefined;
    }
  };

  // The budget-year machine: replay the planning year, then follow the execution year.
  const phases = runBudgetYearMachine(plan, (drive) => {
    let interimDue = false;
    for (const event of plan.timeline) {
      if (event.kind === EventKind.MonthClose) {
        closeMonth(event.index);
        interimDue = drive('followUp.monthClosed', event.day) === 'execution.interimReport' || interimDue;
      } else if (event.kind === EventKind.RevenueKnown) {
        const shock = plan.revenueShocks[event.index];
        if (shock !== undefined) revenueChange += shock.change;
        pendingRevenueForBoard.push(event.index);
      } else {
        // KS sets its savings target before it handles its own deviation at the same meeting.
        if (event.isExecutiveBoard) boardRevenueDecisions();
        if (event.holder >= 0) holderMeeting(event.holder, event.day);
        if (event.isExecutiveBoard) {
          boardPreparesRequests();
          if (interimDue) interimDue = drive('followUp.interimReportAdopted', event.day) === 'execution.interimReport';
        }
        if (event.isCouncil) councilMeeting(event.day);
      }
    }
    // An interim report still pending at year end is adopted with the annual accounts.
    while (interimDue) interimDue = drive('followUp.interimReportAdopted', plan.annualReportDay) === 'execution.interimReport';
  });

  // Year end: requests KF never decided stay open; their deficit is in the result.
  const daysToCover: number[] = [];
  for (const record of deviations) {
    if (record.route === 'resolved') continue;
    const end = record.coveredDay ?? DAYS_IN_YEAR;
    daysToCover.push(Math.max(0, end - record.detectedDay));
  }

  const holders: HolderOutcome[] = plan.holderIds.map((bodyId, h) => {
    let spentMsek = 0;
    for (const a of plan.holderAreas[h] ?? []) spentMsek += spent[a] ?? 0;
    const frameMsek = plan.holderFrame[h] ?? 0;
    const appropriationsMsek = appropriations[h] ?? 0;
    return {
      bodyId,
      rules: plan.holderRules[h] ?? 'silo',
      frameMsek,
      appropriationsMsek,
      spentMsek,
      resultMsek: frameMsek + appropriationsMsek - spentMsek,
    };
  });
  const areas: AreaOutcome[] = plan.areaIds.map((areaId, a) => ({
    areaId,
    holder: plan.holderIds[plan.areaHolder[a] ?? 0] ?? '',
    frameMsek: plan.areaFrame[a] ?? 0,
    spentMsek: spent[a] ?? 0,
    resultMsek: (plan.areaFrame[a] ?? 0) - (spent[a] ?? 0),
    cutsMsek: cuts[a] ?? 0,
    surplusSpentMsek: surplusSpent[a] ?? 0,
  }));
  let benefitLost = 0;
  for (let a = 0; a < areaCount; a++) {
    const frame = plan.areaFrame[a] ?? 0;
    const cut = cuts[a] ?? 0;
    if (cut > 0 && frame > cut) benefitLost += (plan.areaBenefit[a] ?? 0) * Math.log(frame / (frame - cut));
  }
  const spentMsek = spent.reduce((sum, s) => sum + s, 0);
  const revenueOutturn = plan.frames.revenueMsek * (1 + revenueChange);
  const sortedKeys = (map: Map<string, number>): Record<string, number> =>
    Object.fromEntries([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

  return {
    revenueMsek: plan.frames.revenueMsek,
    revenueOutturnMsek: revenueOutturn,
    framesMsek: totalFrame,
    spentMsek,
    resultMsek: revenueOutturn - spentMsek,
    holders,
    areas,
    decisions: [...decisionsByBody.values()].reduce((sum, n) => sum + n, 0),
    decisionsByBody: sortedKeys(decisionsByBody),
    moneyDecidedByBody: sortedKeys(moneyByBody),
    daysToCover: { median: quantile(daysToCover, 0.5), p90: quantile(daysToCover, 0.9), count: daysToCover.length },
    deviations,
    trappedSurplusMsek: trappedByMonth.reduce((max, t) => Math.max(max, t), 0),
    trappedSurplusByMonthMsek: trappedByMonth,
    benefitLostMsek: benefitLost,
    supplementaryAppropriations: { count: appropriationCount, totalMsek: appropriationTotal },
    trace,
    phases,
  };
}

/**
 * Steps the compiled budget-year machine: the planning year's events from the frame setting, then the
 * execution year through `execute` (which sends follow-up events with their days), then the closing in
 * the following year. Returns the states entered, with their days.
 */
function runBudgetYearMachine(
  plan: BudgetYearPlan,
  execute: (drive: (eventType: string, day: number) => string) => void,
): BudgetPhase[] {
  const table = budgetYearMachineTable();
  const input = budgetYearInputFor(plan.roles, plan.frames.process, plan.frames.rounds);
  const context: BudgetYearContext = { ...input, roundsHeld: 0, monthsClosed: 0, interimReports: 0 };
  let state = table.initialState(context);
  const phases: BudgetPhase[] = [{ state: table.statePaths[state] ?? '', day: -DAYS_IN_YEAR }];
  const drive = (eventType: string, day: number): string => {
    const next = table.step(state, table.eventIndex(eventType), context);
    if (next !== state) phases.push({ state: table.statePaths[next] ?? '', day });
    state = next;
    return table.statePaths[state] ?? '';
  };
  for (const step of plan.frames.steps) drive(step.event, step.day - DAYS_IN_YEAR);
  execute(drive);
  drive('closing.annualReportAdopted', plan.annualReportDay);
  drive('closing.annualReportApproved', plan.annualReportApprovedDay);
  return phases;
}

/** Convenience: plan and run one budget year. */
export function simulateBudgetYear(input: {
  model: Model;
  scenario: Scenario;
  frames: FrameSettingResult;
  prng: Prng;
}): BudgetYearOutcome {
  return runBudgetYear(planBudgetYear(input.model, input.scenario, input.frames), input.prng);
}
