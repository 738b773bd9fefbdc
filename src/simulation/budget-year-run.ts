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
//   numbers across scenarios and sweeps, and across organisations with the same service areas).
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
import { DAYS_IN_YEAR, monthOfDay } from '@/domain/meeting-calendar';
import type { Model } from '@/domain/model-schema';
import type { Prng } from '@/domain/prng';
import type { Scenario } from '@/domain/scenario-schema';
import { budgetYearContextUpdates, budgetYearGuards, budgetYearMachine, type BudgetYearContext } from '@/machines/budget-year';
import { deviationContextUpdates, deviationGuards, deviationInputFor, deviationMachine, KRONA_MSEK, type DeviationContext } from '@/machines/deviation';
import { DEVIATION_THRESHOLD_SHARE, FORECAST_CREDIBILITY_MONTHS, MONTHS, type DeviationRecord, type HolderOutcome, type AreaOutcome, type HolderTrace, type BudgetPhase, type BudgetYearOutcome } from './budget-year-outcome';
import { EventKind, monthCloseDay, planBudgetYear, type BudgetYearPlan } from './budget-year-plan';
import { compileMachine, type CompiledMachine } from './compiled-machine';
import type { FrameSettingResult } from './frame-setting';
import { quantile } from './quantile';

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

// ---- one run ---------------------------------------------------------------------------------------
// The run's state is one plain object handled by top-level functions (no closures per run), which keeps
// a year at tens of microseconds so thousands of seeds fit in a second.

interface OpenDeviation {
  state: number;
  context: DeviationContext;
  record: DeviationRecord;
  requestedMsek: number;
}

interface MachineIndices {
  deviation: CompiledMachine<DeviationContext>;
  budgetYear: CompiledMachine<BudgetYearContext>;
  reviewed: number;
  measuresDecided: number;
  netted: number;
  resolved: number;
  prepared: number;
  decided: number;
  detected: number;
  ownMeasures: number;
  netting: number;
  preparing: number;
  councilDecision: number;
  closed: number;
  monthClosed: number;
  interimReportAdopted: number;
  annualReportAdopted: number;
  annualReportApproved: number;
  interimReport: number;
}

let machineIndices: MachineIndices | undefined;

function machines(): MachineIndices {
  if (machineIndices !== undefined) return machineIndices;
  const deviation = deviationMachineTable();
  const budgetYear = budgetYearMachineTable();
  machineIndices = {
    deviation,
    budgetYear,
    reviewed: deviation.eventIndex('deviation.reviewed'),
    measuresDecided: deviation.eventIndex('deviation.measuresDecided'),
    netted: deviation.eventIndex('deviation.netted'),
    resolved: deviation.eventIndex('deviation.resolved'),
    prepared: deviation.eventIndex('appropriation.prepared'),
    decided: deviation.eventIndex('appropriation.decided'),
    detected: deviation.stateIndex('detected'),
    ownMeasures: deviation.stateIndex('ownMeasures'),
    netting: deviation.stateIndex('netting'),
    preparing: deviation.stateIndex('supplementaryAppropriation.preparedByExecutiveBoard'),
    councilDecision: deviation.stateIndex('supplementaryAppropriation.decidedByCouncil'),
    closed: deviation.stateIndex('closed'),
    monthClosed: budgetYear.eventIndex('followUp.monthClosed'),
    interimReportAdopted: budgetYear.eventIndex('followUp.interimReportAdopted'),
    annualReportAdopted: budgetYear.eventIndex('closing.annualReportAdopted'),
    annualReportApproved: budgetYear.eventIndex('closing.annualReportApproved'),
    interimReport: budgetYear.stateIndex('execution.interimReport'),
  };
  return machineIndices;
}

/** Buffers a run uses internally, kept per plan and reused by the next run on the same thread. */
interface Scratch {
  noise: Float64Array;
  planByMonth: Float64Array;
  actual: Float64Array;
  spent: Float64Array;
  cuts: Float64Array;
  surplusSpent: Float64Array;
  forecast: Float64Array;
  appropriations: Float64Array;
  savingsTarget: Float64Array;
  surplusSpendDone: Uint8Array;
  decisionCount: Float64Array;
  moneyDecided: Float64Array;
}

const scratchByPlan = new WeakMap<BudgetYearPlan, Scratch>();

function scratchFor(plan: BudgetYearPlan): Scratch {
  let scratch = scratchByPlan.get(plan);
  if (scratch === undefined) {
    const areas = plan.areaIds.length;
    const holders = plan.holderIds.length;
    scratch = {
      noise: new Float64Array(areas * MONTHS),
      planByMonth: new Float64Array(areas * MONTHS),
      actual: new Float64Array(areas * MONTHS),
      spent: new Float64Array(areas),
      cuts: new Float64Array(areas),
      surplusSpent: new Float64Array(areas),
      forecast: new Float64Array(areas),
      appropriations: new Float64Array(holders),
      savingsTarget: new Float64Array(holders),
      surplusSpendDone: new Uint8Array(holders),
      decisionCount: new Float64Array(plan.deciderIds.length),
      moneyDecided: new Float64Array(plan.deciderIds.length),
    };
    scratchByPlan.set(plan, scratch);
  }
  for (const buffer of Object.values(scratch) as (Float64Array | Uint8Array)[]) buffer.fill(0);
  return scratch;
}

/**
 * Standard normal draws into `into`, two per pair of uniforms (Box–Muller: r·cos θ and r·sin θ with
 * r = √(−2 ln u₁), θ = 2π u₂), half the logarithms of one draw per pair.
 */
function fillStandardNormals(prng: Prng, into: Float64Array): void {
  for (let i = 0; i < into.length; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - prng.next()));
    const theta = 2 * Math.PI * prng.next();
    into[i] = r * Math.cos(theta);
    if (i + 1 < into.length) into[i + 1] = r * Math.sin(theta);
  }
}

interface RunState {
  plan: BudgetYearPlan;
  m: MachineIndices;
  trend: number;
  noise: Float64Array;
  planByMonth: Float64Array;
  actual: Float64Array;
  spent: Float64Array;
  cuts: Float64Array;
  surplusSpent: Float64Array;
  forecast: Float64Array;
  appropriations: Float64Array;
  savingsTarget: Float64Array;
  open: (OpenDeviation | undefined)[];
  surplusSpendDone: Uint8Array;
  deviations: DeviationRecord[];
  decisionCount: Float64Array;
  moneyDecided: Float64Array;
  trace: HolderTrace[];
  trappedByMonth: number[];
  monthsClosed: number;
  revenueChange: number;
  pendingRevenueForBoard: number[];
  pendingFrameCuts: number[];
  appropriationCount: number;
  appropriationTotal: number;
  totalFrame: number;
  /** The budget-year machine. */
  yearState: number;
  yearContext: BudgetYearContext;
  phases: BudgetPhase[];
  interimDue: boolean;
}

function decide(s: RunState, decider: number, moneyMsek: number): void {
  if (decider < 0) return;
  s.decisionCount[decider] = (s.decisionCount[decider] ?? 0) + 1;
  s.moneyDecided[decider] = (s.moneyDecided[decider] ?? 0) + Math.abs(moneyMsek);
}

function driveYear(s: RunState, event: number, day: number): number {
  const table = s.m.budgetYear;
  const next = table.step(s.yearState, event, s.yearContext);
  if (next !== s.yearState) s.phases.push({ state: table.statePaths[next] ?? '', day });
  s.yearState = next;
  return next;
}

function updateForecasts(s: RunState): void {
  const { plan, planByMonth, actual, spent, forecast } = s;
  const k = s.monthsClosed;
  const credibility = k / (k + FORECAST_CREDIBILITY_MONTHS);
  const areaCount = plan.areaIds.length;
  for (let a = 0; a < areaCount; a++) {
    const row = a * MONTHS;
    let pastPlan = 0;
    let drift = 0;
    for (let m = 0; m < k; m++) {
      const p = planByMonth[row + m] ?? 0;
      pastPlan += p;
      drift += (actual[row + m] ?? 0) - (plan.shockByMonth[row + m] ?? 0) - p;
    }
    const rate = pastPlan > 0 ? (drift / pastPlan) * credibility : 0;
    let rest = 0;
    for (let m = k; m < MONTHS; m++) rest += planByMonth[row + m] ?? 0;
    forecast[a] = (spent[a] ?? 0) + rest * (1 + rate);
  }
  // Cost shocks already seen in the accounts are expected to continue to December.
  for (const shock of plan.costShocks) {
    if (shock.fromMonth < k) forecast[shock.area] = (forecast[shock.area] ?? 0) + shock.monthlyMsek * (MONTHS - k);
  }
}

/** Frame + appropriations − forecast − savings target. */
function balanceOf(s: RunState, h: number): number {
  let spending = 0;
  for (const a of s.plan.holderAreas[h] ?? []) spending += s.forecast[a] ?? 0;
  return (s.plan.holderFrame[h] ?? 0) + (s.appropriations[h] ?? 0) - spending - (s.savingsTarget[h] ?? 0);
}

function exceedsThreshold(s: RunState, h: number, gap: number): boolean {
  return gap > DEVIATION_THRESHOLD_SHARE * (s.plan.holderFrame[h] ?? 0);
}

function openDeviation(s: RunState, h: number, day: number, cause: 'cost' | 'revenue', gap: number): void {
  const holder = s.plan.holderIds[h] ?? '';
  const context: DeviationContext = { ...deviationInputFor(s.plan.roles, holder, gap), coveredMsek: 0, decisions: 0 };
  const record: DeviationRecord = {
    holder,
    rules: s.plan.holderRules[h] ?? 'silo',
    cause,
    detectedDay: day,
    route: 'open',
    gapMsek: gap,
    measuresMsek: 0,
    appropriationMsek: 0,
  };
  s.deviations.push(record);
  s.open[h] = { state: s.m.deviation.initialState(context), context, record, requestedMsek: 0 };
}

function resolve(s: RunState, h: number, current: OpenDeviation): void {
  current.state = s.m.deviation.step(current.state, s.m.resolved, current.context);
  current.record.route = 'resolved';
  s.open[h] = undefined;
}

function detect(s: RunState, h: number, day: number): void {
  const gap = -balanceOf(s, h);
  const current = s.open[h];
  if (current === undefined) {
    if (exceedsThreshold(s, h, gap)) openDeviation(s, h, day, 'cost', gap);
  } else if (current.state === s.m.detected && gap <= 0) {
    resolve(s, h, current);
  } else if (gap > current.record.gapMsek) {
    current.record.gapMsek = gap;
  }
}

function closeMonth(s: RunState, month: number): void {
  const { plan, planByMonth, actual, spent, noise } = s;
  const areaCount = plan.areaIds.length;
  for (let a = 0; a < areaCount; a++) {
    const i = a * MONTHS + month;
    const cost = (planByMonth[i] ?? 0) * (1 + s.trend + (plan.areaSigma[a] ?? 0) * (noise[i] ?? 0));
    actual[i] = Math.max(0, cost) + (plan.shockByMonth[i] ?? 0);
    spent[a] = (spent[a] ?? 0) + (actual[i] ?? 0);
  }
  s.monthsClosed = month + 1;
  updateForecasts(s);
  const day = monthCloseDay(month);
  let surpluses = 0;
  let deficits = 0;
  const holderCount = plan.holderIds.length;
  for (let h = 0; h < holderCount; h++) {
    detect(s, h, day);
    const balance = balanceOf(s, h);
    if (balance > 0) surpluses += balance;
    else deficits -= balance;
    let spentSoFar = 0;
    for (const a of plan.holderAreas[h] ?? []) spentSoFar += spent[a] ?? 0;
    const row = s.trace[h];
    if (row !== undefined) {
      row.forecastBalanceMsek.push(balance + (s.savingsTarget[h] ?? 0));
      row.savingsTargetMsek.push(s.savingsTarget[h] ?? 0);
      row.spentToDateMsek.push(spentSoFar);
      row.budgetToDateMsek.push((((plan.holderFrame[h] ?? 0) + (s.appropriations[h] ?? 0)) * s.monthsClosed) / MONTHS);
    }
  }
  s.trappedByMonth.push(Math.min(surpluses, deficits));
  if (driveYear(s, s.m.monthClosed, day) === s.m.interimReport) s.interimDue = true;
}

/**
 * Cuts `gap` MSEK from the plans of `areas` for months after `month`, where marginal benefit b_a / x_a is
 * lowest: cut_a = clamp(x_a − b_a/μ, 0, room_a) with μ found by bisection so the cuts sum to the gap
 * (equal marginal benefit among the areas cut, the optimality condition of max Σ b_a ln x_a). Returns
 * the amount cut (less than the gap when the flexible room runs out).
 */
function cutWhereBenefitIsLowest(s: RunState, areas: readonly number[], month: number, gap: number): number {
  const { plan, planByMonth, cuts } = s;
  const firstMonth = month + 1;
  if (firstMonth >= MONTHS || gap <= 0) return 0;
  const n = areas.length;
  const room = new Float64Array(n);
  const level = new Float64Array(n);
  const benefit = new Float64Array(n);
  let totalRoom = 0;
  for (let i = 0; i < n; i++) {
    const a = areas[i] ?? 0;
    const floor = ((plan.areaFrame[a] ?? 0) / MONTHS) * (1 - (plan.areaFlexibility[a] ?? 0));
    let r = 0;
    for (let m = firstMonth; m < MONTHS; m++) r += Math.max(0, (planByMonth[a * MONTHS + m] ?? 0) - floor);
    room[i] = r;
    level[i] = Math.max(1e-9, (plan.areaFrame[a] ?? 0) - (cuts[a] ?? 0));
    benefit[i] = plan.areaBenefit[a] ?? 0;
    totalRoom += r;
  }
  if (totalRoom <= 0) return 0;
  const target = Math.min(gap, totalRoom);
  const cut = new Float64Array(n);
  if (target >= totalRoom) {
    cut.set(room);
  } else {
    const sumAt = (mu: number): number => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += Math.min(room[i] ?? 0, Math.max(0, (level[i] ?? 0) - (benefit[i] ?? 0) / mu));
      return sum;
    };
    let lo = 0;
    let hi = 1;
    while (sumAt(hi) < target && hi < 1e12) hi *= 2;
    for (let iteration = 0; iteration < 50; iteration++) {
      const mid = (lo + hi) / 2;
      if (sumAt(mid) < target) lo = mid;
      else hi = mid;
    }
    let sum = 0;
    for (let i = 0; i < n; i++) {
      cut[i] = Math.min(room[i] ?? 0, Math.max(0, (level[i] ?? 0) - (benefit[i] ?? 0) / hi));
      sum += cut[i] ?? 0;
    }
    // Bisection leaves a tiny remainder; scale so the cuts sum to the target exactly.
    if (sum > 0) for (let i = 0; i < n; i++) cut[i] = ((cut[i] ?? 0) * target) / sum;
  }
  let done = 0;
  for (let i = 0; i < n; i++) {
    const a = areas[i] ?? 0;
    const c = cut[i] ?? 0;
    const r = room[i] ?? 0;
    if (c <= 0 || r <= 0) continue;
    const floor = ((plan.areaFrame[a] ?? 0) / MONTHS) * (1 - (plan.areaFlexibility[a] ?? 0));
    for (let m = firstMonth; m < MONTHS; m++) {
      const k = a * MONTHS + m;
      const monthRoom = Math.max(0, (planByMonth[k] ?? 0) - floor);
      planByMonth[k] = (planByMonth[k] ?? 0) - (c * monthRoom) / r;
    }
    cuts[a] = (cuts[a] ?? 0) + c;
    done += c;
  }
  return done;
}

function holderMeeting(s: RunState, h: number, day: number): void {
  const { plan, m } = s;
  const current = s.open[h];
  if (current !== undefined) {
    if (current.state === m.detected) current.state = m.deviation.step(current.state, m.reviewed, current.context);
    const acting = current.state === m.ownMeasures || current.state === m.netting;
    if (acting) {
      const gap = -balanceOf(s, h);
      if (gap <= KRONA_MSEK) {
        resolve(s, h, current);
      } else {
        const covered = cutWhereBenefitIsLowest(s, plan.holderAreas[h] ?? [], monthOfDay(day), gap);
        updateForecasts(s);
        current.context.gapMsek = gap;
        current.context.coveredMsek = covered;
        if (gap > current.record.gapMsek) current.record.gapMsek = gap;
        current.record.measuresMsek += covered;
        const wasOwnMeasures = current.state === m.ownMeasures;
        current.state = m.deviation.step(current.state, wasOwnMeasures ? m.measuresDecided : m.netted, current.context);
        decide(s, plan.holderDecider[h] ?? -1, covered);
        if (current.state === m.closed) {
          current.record.route = wasOwnMeasures ? 'measures' : 'netting';
          current.record.coveredDay = day;
          s.open[h] = undefined;
        } else {
          current.requestedMsek = gap - covered;
        }
      }
    }
  }
  // A committee spends part of a forecast surplus at its last meeting of the year (silo rules only).
  if (
    plan.holderRules[h] === 'silo' &&
    s.surplusSpendDone[h] === 0 &&
    day >= (plan.holderLastMeeting[h] ?? Infinity) &&
    s.open[h] === undefined
  ) {
    s.surplusSpendDone[h] = 1;
    const spend = balanceOf(s, h) * plan.scenario.surplusSpendShare;
    const fromMonth = Math.max(s.monthsClosed, monthOfDay(day));
    const areas = plan.holderAreas[h] ?? [];
    let weight = 0;
    for (const a of areas) weight += plan.areaFrame[a] ?? 0;
    if (spend > 0 && fromMonth < MONTHS && weight > 0) {
      for (const a of areas) {
        const share = (spend * (plan.areaFrame[a] ?? 0)) / weight;
        for (let month = fromMonth; month < MONTHS; month++) {
          s.planByMonth[a * MONTHS + month] = (s.planByMonth[a * MONTHS + month] ?? 0) + share / (MONTHS - fromMonth);
        }
        s.surplusSpent[a] = (s.surplusSpent[a] ?? 0) + share;
      }
      updateForecasts(s);
    }
  }
}

/**
 * A revenue drop known since the last KS meeting: KS sets itself a savings target for the frames it holds
 * (and handles it at this meeting), and prepares proportional frame cuts of the committees' frames for KF.
 */
function boardRevenueDecisions(s: RunState): void {
  const { plan } = s;
  const holderCount = plan.holderIds.length;
  for (const shockIndex of s.pendingRevenueForBoard.splice(0)) {
    const shock = plan.revenueShocks[shockIndex];
    if (shock === undefined || shock.change >= 0) continue;
    const loss = -shock.change * plan.frames.revenueMsek;
    let boardShare = 0;
    let committeeShare = 0;
    for (let h = 0; h < holderCount; h++) {
      const share = s.totalFrame > 0 ? (plan.holderFrame[h] ?? 0) / s.totalFrame : 0;
      if (plan.holderRules[h] === 'whole') {
        s.savingsTarget[h] = (s.savingsTarget[h] ?? 0) + loss * share;
        boardShare += share;
        const gap = -balanceOf(s, h);
        if (s.open[h] === undefined && exceedsThreshold(s, h, gap)) openDeviation(s, h, shock.knownDay, 'revenue', gap);
      } else {
        committeeShare += share;
      }
    }
    if (boardShare > 0) decide(s, plan.executiveBoardDecider, loss * boardShare);
    if (committeeShare > 0) {
      decide(s, plan.executiveBoardDecider, loss * committeeShare);
      s.pendingFrameCuts.push(shockIndex);
    }
  }
}

/** KS prepares the committees' requests for supplementary appropriations. */
function boardPreparesRequests(s: RunState): void {
  const { m } = s;
  for (let h = 0; h < s.open.length; h++) {
    const current = s.open[h];
    if (current === undefined || current.state !== m.preparing) continue;
    current.state = m.deviation.step(current.state, m.prepared, current.context);
    decide(s, s.plan.executiveBoardDecider, current.requestedMsek);
  }
}

function councilMeeting(s: RunState, day: number): void {
  const { plan, m } = s;
  const holderCount = plan.holderIds.length;
  for (const shockIndex of s.pendingFrameCuts.splice(0)) {
    const shock = plan.revenueShocks[shockIndex];
    if (shock === undefined) continue;
    const loss = -shock.change * plan.frames.revenueMsek;
    let committeeLoss = 0;
    for (let h = 0; h < holderCount; h++) {
      if (plan.holderRules[h] !== 'silo') continue;
      const amount = s.totalFrame > 0 ? (loss * (plan.holderFrame[h] ?? 0)) / s.totalFrame : 0;
      s.appropriations[h] = (s.appropriations[h] ?? 0) - amount;
      committeeLoss += amount;
      const gap = -balanceOf(s, h);
      if (s.open[h] === undefined && exceedsThreshold(s, h, gap)) openDeviation(s, h, shock.knownDay, 'revenue', gap);
    }
    decide(s, plan.councilDecider, committeeLoss);
  }
  for (let h = 0; h < holderCount; h++) {
    const current = s.open[h];
    if (current === undefined || current.state !== m.councilDecision) continue;
    const granted = current.requestedMsek;
    s.appropriations[h] = (s.appropriations[h] ?? 0) + granted;
    s.appropriationCount += 1;
    s.appropriationTotal += granted;
    current.record.appropriationMsek += granted;
    current.state = m.deviation.step(current.state, m.decided, current.context);
    decide(s, plan.councilDecider, granted);
    current.record.route = 'appropriation';
    current.record.coveredDay = day;
    s.open[h] = undefined;
  }
}

function byDecider(plan: BudgetYearPlan, values: Float64Array, skipZero: boolean): Record<string, number> {
  const entries: [string, number][] = [];
  plan.deciderIds.forEach((id, i) => {
    const value = values[i] ?? 0;
    if (!skipZero || value > 0) entries.push([id, value]);
  });
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}

export function runBudgetYear(plan: BudgetYearPlan, prng: Prng): BudgetYearOutcome {
  const m = machines();
  const areaCount = plan.areaIds.length;
  const holderCount = plan.holderIds.length;

  const scratch = scratchFor(plan);
  // Random numbers first, in a fixed order, so decisions never shift them.
  const noise = scratch.noise;
  fillStandardNormals(prng, noise);
  const planByMonth = scratch.planByMonth;
  for (let a = 0; a < areaCount; a++) planByMonth.fill((plan.areaFrame[a] ?? 0) / MONTHS, a * MONTHS, (a + 1) * MONTHS);
  const yearContext: BudgetYearContext = { ...plan.budgetYearInput, roundsHeld: 0, monthsClosed: 0, interimReports: 0 };
  const yearState = m.budgetYear.initialState(yearContext);
  let totalFrame = 0;
  for (let h = 0; h < holderCount; h++) totalFrame += plan.holderFrame[h] ?? 0;

  const s: RunState = {
    plan,
    m,
    trend: plan.scenario.trend,
    noise,
    planByMonth,
    actual: scratch.actual,
    spent: scratch.spent,
    cuts: scratch.cuts,
    surplusSpent: scratch.surplusSpent,
    forecast: scratch.forecast,
    appropriations: scratch.appropriations,
    savingsTarget: scratch.savingsTarget,
    open: new Array<OpenDeviation | undefined>(holderCount).fill(undefined),
    surplusSpendDone: scratch.surplusSpendDone,
    deviations: [],
    decisionCount: scratch.decisionCount,
    moneyDecided: scratch.moneyDecided,
    trace: plan.holderIds.map((bodyId) => ({
      bodyId,
      forecastBalanceMsek: [],
      savingsTargetMsek: [],
      spentToDateMsek: [],
      budgetToDateMsek: [],
    })),
    trappedByMonth: [],
    monthsClosed: 0,
    revenueChange: 0,
    pendingRevenueForBoard: [],
    pendingFrameCuts: [],
    appropriationCount: 0,
    appropriationTotal: 0,
    totalFrame,
    yearState,
    yearContext,
    phases: [{ state: m.budgetYear.statePaths[yearState] ?? '', day: -DAYS_IN_YEAR }],
    interimDue: false,
  };
  // Holders decide how to spend their frames (detailed budgets).
  for (let h = 0; h < holderCount; h++) {
    const decider = plan.holderDecider[h] ?? -1;
    if (decider >= 0) s.moneyDecided[decider] = (s.moneyDecided[decider] ?? 0) + (plan.holderFrame[h] ?? 0);
  }

  // The planning year, replayed through the budget-year machine from the frame setting's days.
  for (const step of plan.frames.steps) driveYear(s, m.budgetYear.eventIndex(step.event), step.day - DAYS_IN_YEAR);

  for (const event of plan.timeline) {
    if (event.kind === EventKind.MonthClose) {
      closeMonth(s, event.index);
    } else if (event.kind === EventKind.RevenueKnown) {
      const shock = plan.revenueShocks[event.index];
      if (shock !== undefined) s.revenueChange += shock.change;
      s.pendingRevenueForBoard.push(event.index);
    } else {
      // KS sets its savings target before it handles its own deviation at the same meeting.
      if (event.isExecutiveBoard) boardRevenueDecisions(s);
      if (event.holder >= 0) holderMeeting(s, event.holder, event.day);
      if (event.isExecutiveBoard) {
        boardPreparesRequests(s);
        if (s.interimDue) s.interimDue = driveYear(s, m.interimReportAdopted, event.day) === m.interimReport;
      }
      if (event.isCouncil) councilMeeting(s, event.day);
    }
  }
  // An interim report still pending at year end is adopted with the annual accounts; then the closing.
  while (s.interimDue) s.interimDue = driveYear(s, m.interimReportAdopted, plan.annualReportDay) === m.interimReport;
  driveYear(s, m.annualReportAdopted, plan.annualReportDay);
  driveYear(s, m.annualReportApproved, plan.annualReportApprovedDay);

  // Year end: requests KF never decided stay open; their deficit is in the result.
  const daysToCover: number[] = [];
  for (const record of s.deviations) {
    if (record.route === 'resolved') continue;
    daysToCover.push(Math.max(0, (record.coveredDay ?? DAYS_IN_YEAR) - record.detectedDay));
  }
  const holders: HolderOutcome[] = plan.holderIds.map((bodyId, h) => {
    let spentMsek = 0;
    for (const a of plan.holderAreas[h] ?? []) spentMsek += s.spent[a] ?? 0;
    const frameMsek = plan.holderFrame[h] ?? 0;
    const appropriationsMsek = s.appropriations[h] ?? 0;
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
    spentMsek: s.spent[a] ?? 0,
    resultMsek: (plan.areaFrame[a] ?? 0) - (s.spent[a] ?? 0),
    cutsMsek: s.cuts[a] ?? 0,
    surplusSpentMsek: s.surplusSpent[a] ?? 0,
  }));
  let benefitLost = 0;
  let spentMsek = 0;
  for (let a = 0; a < areaCount; a++) {
    const frame = plan.areaFrame[a] ?? 0;
    const cut = s.cuts[a] ?? 0;
    if (cut > 0 && frame > cut) benefitLost += (plan.areaBenefit[a] ?? 0) * Math.log(frame / (frame - cut));
    spentMsek += s.spent[a] ?? 0;
  }
  const revenueOutturn = plan.frames.revenueMsek * (1 + s.revenueChange);
  let decisions = 0;
  for (const count of s.decisionCount) decisions += count;
  let trapped = 0;
  for (const t of s.trappedByMonth) if (t > trapped) trapped = t;

  return {
    revenueMsek: plan.frames.revenueMsek,
    revenueOutturnMsek: revenueOutturn,
    framesMsek: totalFrame,
    spentMsek,
    resultMsek: revenueOutturn - spentMsek,
    holders,
    areas,
    decisions,
    decisionsByBody: byDecider(plan, s.decisionCount, true),
    moneyDecidedByBody: byDecider(plan, s.moneyDecided, true),
    daysToCover: { median: quantile(daysToCover, 0.5), p90: quantile(daysToCover, 0.9), count: daysToCover.length },
    deviations: s.deviations,
    trappedSurplusMsek: trapped,
    trappedSurplusByMonthMsek: s.trappedByMonth,
    benefitLostMsek: benefitLost,
    supplementaryAppropriations: { count: s.appropriationCount, totalMsek: s.appropriationTotal },
    trace: s.trace,
    phases: s.phases,
  };
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
