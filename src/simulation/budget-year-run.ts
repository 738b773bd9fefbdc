// The budget year of DESIGN §4.2, run for one seed: monthly costs with noise, trend and shocks; the
// budget-year machine drives the phases (planning replayed from the frame setting, monthly follow-up,
// interim reports, closing) and the engine refuses to follow up a month the machine is not following up;
// deviations run through the deviation machine. Outputs the year-end result, net cost, decisions, days to
// cover, trapped surplus, benefit lost and a month-by-month trace per budget holder for the pipe chart.
// Forecasting is in forecast.ts, where cuts fall in water-filling.ts, how each holder nets in
// holder-policy.ts; every assumption is read from the ledger (assumption-ledger.ts), equal for every
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
import { DAYS_IN_YEAR, firstMeetingFrom, monthOfDay } from '@/domain/meeting-calendar';
import type { Model } from '@/domain/model-schema';
import type { Prng } from '@/domain/prng';
import type { Scenario } from '@/domain/scenario-schema';
import { INTERIM_REPORT_AFTER_MONTHS, type BudgetYearContext } from '@/machines/budget-year';
import { deviationInputFor, KRONA_MSEK, type DeviationContext } from '@/machines/deviation';
import {
  MONTHS,
  type AreaOutcome,
  type BudgetPhase,
  type BudgetYearOutcome,
  type DeviationRecord,
  type DeviationRoute,
  type HolderOutcome,
  type HolderTrace,
} from './budget-year-outcome';
import { deviationThreshold, EventKind, planBudgetYear, type BudgetYearPlan } from './budget-year-plan';
import { item, read } from './checked-read';
import type { CompiledMachine } from './compiled-machine';
import { forecastArea } from './forecast';
import type { FrameSettingResult } from './frame-setting';
import { nettedPosition } from './holder-policy';
import { budgetYearTable, deviationTable } from './machine-tables';
import { quantile } from './quantile';
import { waterFill } from './water-filling';

// ---- machine indices (resolved once) ---------------------------------------------------------------

interface MachineIndices {
  deviation: CompiledMachine<DeviationContext>;
  budgetYear: CompiledMachine<BudgetYearContext>;
  reviewed: number;
  measuresDecided: number;
  netted: number;
  resolvedEvent: number;
  covered: number;
  reserveGranted: number;
  prepared: number;
  decided: number;
  detected: number;
  reserve: number;
  preparing: number;
  councilDecision: number;
  closed: number;
  monthClosed: number;
  interimReportAdopted: number;
  annualReportAdopted: number;
  annualReportApproved: number;
  interimReport: number;
  followingUp: number;
}

let machineIndices: MachineIndices | undefined;

function machines(): MachineIndices {
  if (machineIndices !== undefined) return machineIndices;
  const deviation = deviationTable();
  const budgetYear = budgetYearTable();
  machineIndices = {
    deviation,
    budgetYear,
    reviewed: deviation.eventIndex('deviation.reviewed'),
    measuresDecided: deviation.eventIndex('deviation.measuresDecided'),
    netted: deviation.eventIndex('deviation.netted'),
    resolvedEvent: deviation.eventIndex('deviation.resolved'),
    covered: deviation.eventIndex('deviation.covered'),
    reserveGranted: deviation.eventIndex('reserve.granted'),
    prepared: deviation.eventIndex('appropriation.prepared'),
    decided: deviation.eventIndex('appropriation.decided'),
    detected: deviation.stateIndex('detected'),
    reserve: deviation.stateIndex('reserve'),
    preparing: deviation.stateIndex('supplementaryAppropriation.preparedByExecutiveBoard'),
    councilDecision: deviation.stateIndex('supplementaryAppropriation.decidedByCouncil'),
    closed: deviation.stateIndex('closed'),
    monthClosed: budgetYear.eventIndex('followUp.monthClosed'),
    interimReportAdopted: budgetYear.eventIndex('followUp.interimReportAdopted'),
    annualReportAdopted: budgetYear.eventIndex('closing.annualReportAdopted'),
    annualReportApproved: budgetYear.eventIndex('closing.annualReportApproved'),
    interimReport: budgetYear.stateIndex('execution.interimReport'),
    followingUp: budgetYear.stateIndex('execution.followingUp'),
  };
  return machineIndices;
}

// ---- the run's state ---------------------------------------------------------------------------------

interface OpenDeviation {
  holder: number;
  state: number;
  context: DeviationContext;
  record: DeviationRecord;
  /** Day the papers for the next step were ready. */
  readyDay: number;
  /** A decision has been taken on it. */
  decided: boolean;
  lastRoute: DeviationRoute;
  /** Units (delegated sectors) whose utskott has decided its part since the last KS netting. */
  partsDone: Set<number>;
}

interface RunState {
  plan: BudgetYearPlan;
  m: MachineIndices;
  deadline: number;
  planByMonth: Float64Array;
  actual: Float64Array;
  spent: Float64Array;
  forecast: Float64Array;
  cuts: Float64Array;
  surplusSpent: Float64Array;
  unitAppr: Float64Array;
  unitTarget: Float64Array;
  unitBalance: Float64Array;
  /** Per holder: KF's grants, reserve grants, frames moved (±) and frame cuts, MSEK. */
  holderGranted: Float64Array;
  holderReserve: Float64Array;
  holderMoved: Float64Array;
  holderFrameCuts: Float64Array;
  open: (OpenDeviation | undefined)[];
  deviations: DeviationRecord[];
  decisionCount: Float64Array;
  moneyDecided: Float64Array;
  trace: HolderTrace[];
  trappedByMonth: number[];
  monthsClosed: number;
  revenueChange: number;
  pendingRevenueForBoard: number[];
  pendingFrameCuts: { shock: number; readyDay: number }[];
  pendingReallocation: number;
  interimDueFrom: number;
  reserveLeft: number;
  reserveGranted: number;
  reallocated: number;
  appropriationCount: number;
  appropriationTotal: number;
  totalFrame: number;
  yearState: number;
  yearContext: BudgetYearContext;
  phases: BudgetPhase[];
  decidedToday: boolean;
  cutScratch: { level: Float64Array; benefit: Float64Array; room: Float64Array; out: Float64Array };
}

function decide(s: RunState, body: number, moneyMsek: number): void {
  if (body < 0) return;
  s.decisionCount[body] = read(s.decisionCount, body) + 1;
  s.moneyDecided[body] = read(s.moneyDecided, body) + Math.abs(moneyMsek);
  s.decidedToday = true;
}

function driveYear(s: RunState, event: number, day: number): number {
  const table = s.m.budgetYear;
  const next = table.step(s.yearState, event, s.yearContext);
  if (next !== s.yearState) s.phases.push({ state: item(table.statePaths, next), day });
  s.yearState = next;
  return next;
}

/** Forecasts of every area and balances of every unit (frame + grants − forecast − savings target). */
function refresh(s: RunState): void {
  const { plan } = s;
  const areaCount = plan.areaIds.length;
  for (let a = 0; a < areaCount; a++) {
    s.forecast[a] = forecastArea(a, s.monthsClosed, s.planByMonth, s.actual, plan.shockByMonth, read(s.spent, a), read(plan.areaCredibility, a));
  }
  plan.units.forEach((unit, u) => {
    let spending = 0;
    for (const a of unit.areas) spending += read(s.forecast, a);
    s.unitBalance[u] = read(plan.unitFrame, u) + read(s.unitAppr, u) - spending - read(s.unitTarget, u);
  });
}

function holderGap(s: RunState, h: number): number {
  return nettedPosition(item(s.plan.holderPolicies, h), s.unitBalance, item(s.plan.holderUnits, h)).gap;
}

function openDeviation(s: RunState, h: number, detectedDay: number, readyDay: number, cause: 'cost' | 'revenue', gap: number): void {
  const { plan } = s;
  const holder = item(plan.holderIds, h);
  const policy = item(plan.holderPolicies, h);
  const context: DeviationContext = {
    ...deviationInputFor(plan.roles, holder, gap),
    rules: policy.kind,
    coveredMsek: 0,
    reserveMsek: s.reserveLeft,
    decisions: 0,
  };
  const record: DeviationRecord = {
    holder,
    rules: policy.kind,
    cause,
    detectedDay,
    route: 'open',
    gapMsek: gap,
    measuresMsek: 0,
    reserveMsek: 0,
    reallocationMsek: 0,
    appropriationMsek: 0,
  };
  s.deviations.push(record);
  s.open[h] = { holder: h, state: s.m.deviation.initialState(context), context, record, readyDay, decided: false, lastRoute: 'open', partsDone: new Set() };
}

/** Ends an open deviation: covered by the decision of `day`, or resolved by itself when none was taken. */
function closeDeviation(s: RunState, h: number, current: OpenDeviation, day: number): void {
  if (current.state !== s.m.closed) {
    current.state = s.m.deviation.step(current.state, current.decided ? s.m.covered : s.m.resolvedEvent, current.context);
  }
  if (current.decided) {
    current.record.route = current.lastRoute;
    current.record.coveredDay = day;
  } else {
    current.record.route = 'resolved';
  }
  s.open[h] = undefined;
}

/** After the month's accounts: open deviations above the threshold, let unaided ones resolve. */
function detect(s: RunState, h: number, day: number): void {
  const gap = holderGap(s, h);
  const current = s.open[h];
  if (current === undefined) {
    if (gap > deviationThreshold(s.plan.assumptions, read(s.plan.holderFrame, h))) openDeviation(s, h, day, day, 'cost', gap);
  } else if (gap <= KRONA_MSEK && (current.state === s.m.detected || current.decided)) {
    closeDeviation(s, h, current, day);
  } else if (gap > current.record.gapMsek) {
    current.record.gapMsek = gap;
  }
}

function closeMonth(s: RunState, month: number, day: number): void {
  const { plan } = s;
  if (s.yearState !== s.m.followingUp && s.yearState !== s.m.interimReport) {
    throw new Error(
      `budget year: the budget-year machine is in "${item(s.m.budgetYear.statePaths, s.yearState)}", not following up, when month ${month + 1} closes`,
    );
  }
  const trend = plan.assumptions.trend;
  const areaCount = plan.areaIds.length;
  for (let a = 0; a < areaCount; a++) {
    const i = a * MONTHS + month;
    const cost = read(s.planByMonth, i) * (1 + trend + read(plan.areaSigma, a) * read(s.actual, i));
    s.actual[i] = Math.max(0, cost) + read(plan.shockByMonth, i);
    s.spent[a] = read(s.spent, a) + read(s.actual, i);
  }
  s.monthsClosed = month + 1;
  refresh(s);
  let idle = 0;
  let deficit = 0;
  plan.holderIds.forEach((_, h) => {
    detect(s, h, day);
    const position = nettedPosition(item(plan.holderPolicies, h), s.unitBalance, item(plan.holderUnits, h));
    idle += position.idleSurplus;
    deficit += position.openDeficit;
    let balance = 0;
    let target = 0;
    for (const u of item(plan.holderUnits, h)) {
      balance += read(s.unitBalance, u);
      target += read(s.unitTarget, u);
    }
    let spentSoFar = 0;
    let grants = 0;
    for (const a of item(plan.holderAreas, h)) spentSoFar += read(s.spent, a);
    for (const u of item(plan.holderUnits, h)) grants += read(s.unitAppr, u);
    const row = item(s.trace, h);
    row.forecastBalanceMsek.push(balance + target);
    row.savingsTargetMsek.push(target);
    row.spentToDateMsek.push(spentSoFar);
    row.budgetToDateMsek.push(((read(plan.holderFrame, h) + grants) * s.monthsClosed) / MONTHS);
  });
  s.trappedByMonth.push(Math.min(idle, deficit));
  if (driveYear(s, s.m.monthClosed, day) === s.m.interimReport && s.interimDueFrom < 0) s.interimDueFrom = day;
}

/**
 * Cuts `amount` from the plans of `areas` for the months after the decision's month, where marginal
 * benefit is lowest (water-filling.ts); returns what was cut (less when the flexible room runs out).
 */
function cut(s: RunState, areas: readonly number[], month: number, amount: number): number {
  const { plan, planByMonth } = s;
  const firstMonth = month + 1;
  if (firstMonth >= MONTHS || !(amount > KRONA_MSEK)) return 0;
  const n = areas.length;
  const { level, benefit, room, out } = s.cutScratch;
  for (let i = 0; i < n; i++) {
    const a = item(areas, i);
    const floor = read(plan.areaFloor, a);
    let r = 0;
    for (let m = firstMonth; m < MONTHS; m++) r += Math.max(0, read(planByMonth, a * MONTHS + m) - floor);
    room[i] = r;
    level[i] = Math.max(1e-9, read(plan.areaFrame, a) - read(s.cuts, a));
    benefit[i] = read(plan.areaBenefit, a);
  }
  const done = waterFill(level.subarray(0, n), benefit.subarray(0, n), room.subarray(0, n), amount, out);
  for (let i = 0; i < n; i++) {
    const a = item(areas, i);
    const c = read(out, i);
    const r = read(room, i);
    if (c <= 0 || r <= 0) continue;
    const floor = read(plan.areaFloor, a);
    for (let m = firstMonth; m < MONTHS; m++) {
      const k = a * MONTHS + m;
      planByMonth[k] = read(planByMonth, k) - (c * Math.max(0, read(planByMonth, k) - floor)) / r;
    }
    s.cuts[a] = read(s.cuts, a) + c;
  }
  return done;
}

/** Adds `amount` to the plans of `areas` from month `fromMonth`, by weight (each area's share of `weights`). */
function addToPlan(s: RunState, areas: readonly number[], fromMonth: number, amount: number, weight: (a: number) => number): void {
  if (fromMonth >= MONTHS || !(amount > 0)) return;
  let total = 0;
  for (const a of areas) total += weight(a);
  if (!(total > 0)) return;
  for (const a of areas) {
    const share = (amount * weight(a)) / total;
    for (let m = fromMonth; m < MONTHS; m++) s.planByMonth[a * MONTHS + m] = read(s.planByMonth, a * MONTHS + m) + share / (MONTHS - fromMonth);
  }
}

/** Grants `amount` to a holder's units in deficit, in proportion to their deficits (or to the only unit). */
function grantToUnits(s: RunState, h: number, amount: number): void {
  const units = item(s.plan.holderUnits, h);
  let deficits = 0;
  for (const u of units) deficits += Math.max(0, -read(s.unitBalance, u));
  for (const u of units) {
    const share = deficits > 0 ? Math.max(0, -read(s.unitBalance, u)) / deficits : 1 / units.length;
    s.unitAppr[u] = read(s.unitAppr, u) + amount * share;
  }
}

/** After the holder's own measures or KS's netting: route on through the deviation machine. */
function afterMeasures(s: RunState, h: number, current: OpenDeviation, event: number, day: number, gap: number, covered: number, decider: number): void {
  const { m } = s;
  current.context.gapMsek = gap;
  current.context.coveredMsek = covered;
  current.context.reserveMsek = s.reserveLeft;
  current.record.measuresMsek += covered;
  if (gap > current.record.gapMsek) current.record.gapMsek = gap;
  current.decided = true;
  current.lastRoute = event === m.netted ? 'netting' : 'measures';
  current.state = m.deviation.step(current.state, event, current.context);
  decide(s, decider, covered);
  current.readyDay = day;
  if (current.state === m.closed) closeDeviation(s, h, current, day);
  else if (current.state === m.reserve && s.plan.policyIsWhole[h]) grantReserve(s, h, current, day);
}

/** KS grants from its reserve what the measures left, while the reserve lasts. */
function grantReserve(s: RunState, h: number, current: OpenDeviation, day: number): void {
  const { m } = s;
  refresh(s);
  const gap = Math.max(0, holderGap(s, h));
  const grant = Math.min(gap, s.reserveLeft);
  s.reserveLeft -= grant;
  s.reserveGranted += grant;
  grantToUnits(s, h, grant);
  s.holderReserve[h] = read(s.holderReserve, h) + grant;
  refresh(s);
  current.record.reserveMsek += grant;
  current.context.gapMsek = gap;
  current.context.coveredMsek = grant;
  current.lastRoute = 'reserve';
  current.state = m.deviation.step(current.state, m.reserveGranted, current.context);
  decide(s, s.plan.executiveBoard, grant);
  current.readyDay = day;
  if (current.state === m.closed) {
    closeDeviation(s, h, current, day);
  } else if (current.state === m.preparing) {
    // KS prepares the request for what is still missing at the same meeting.
    current.state = m.deviation.step(current.state, m.prepared, current.context);
    decide(s, s.plan.executiveBoard, gap - grant);
  }
}

function ready(s: RunState, readyDay: number, day: number): boolean {
  return readyDay + s.deadline <= day;
}

/** A committee (silo rules) decides measures on its own costs. */
function siloMeasures(s: RunState, h: number, current: OpenDeviation, day: number): void {
  const { m, plan } = s;
  if (current.state === m.detected) current.state = m.deviation.step(current.state, m.reviewed, current.context);
  const gap = holderGap(s, h);
  if (gap <= KRONA_MSEK) {
    closeDeviation(s, h, current, day);
    return;
  }
  const covered = cut(s, item(plan.holderAreas, h), monthOfDay(day), gap);
  refresh(s);
  afterMeasures(s, h, current, m.measuresDecided, day, gap, covered, item(plan.units, item(item(plan.holderUnits, h), 0)).decider);
}

/** The parts of a whole-rules gap: each sector in deficit with its share of the gap. */
function sectorShares(s: RunState, h: number, gap: number): { unit: number; need: number }[] {
  const units = item(s.plan.holderUnits, h);
  let deficits = 0;
  for (const u of units) deficits += Math.max(0, -read(s.unitBalance, u));
  if (!(deficits > 0)) return [];
  return units
    .filter((u) => read(s.unitBalance, u) < 0)
    .map((u) => ({ unit: u, need: (gap * -read(s.unitBalance, u)) / deficits }));
}

/** An utskott with delegation decides its sector's part of the gap at its own meeting. */
function delegatedSectorPart(s: RunState, h: number, current: OpenDeviation, u: number, day: number): void {
  const { plan } = s;
  const gap = holderGap(s, h);
  if (gap <= KRONA_MSEK) return;
  const share = sectorShares(s, h, gap).find((part) => part.unit === u);
  current.partsDone.add(u);
  if (share === undefined) return;
  const omega = item(plan.holderPolicies, h).offered;
  const unit = item(plan.units, u);
  const covered = cut(s, unit.areas, monthOfDay(day), (1 - omega) * share.need);
  refresh(s);
  current.record.measuresMsek += covered;
  current.decided = true;
  current.lastRoute = 'measures';
  decide(s, unit.decider, covered);
}

/** Every sector in deficit that needs its utskott's preparation has had it before this KS meeting. */
function sectorsPrepared(s: RunState, h: number, current: OpenDeviation, day: number): boolean {
  const { plan } = s;
  for (const u of item(plan.holderUnits, h)) {
    const unit = item(plan.units, u);
    if (unit.preparedBy < 0 || read(s.unitBalance, u) >= 0) continue;
    const prepared = firstMeetingFrom(item(plan.bodyDays, unit.preparedBy), current.readyDay + s.deadline);
    if (prepared === undefined || prepared + s.deadline > day) return false;
  }
  return true;
}

/** KS nets a whole-rules holder's gap: ω across all sectors where benefit is lowest, (1 − ω) within each sector in deficit. */
function wholeNetting(s: RunState, h: number, current: OpenDeviation, day: number): void {
  const { m, plan } = s;
  if (current.state === m.detected) current.state = m.deviation.step(current.state, m.reviewed, current.context);
  const gap = holderGap(s, h);
  if (gap <= KRONA_MSEK) {
    closeDeviation(s, h, current, day);
    return;
  }
  const month = monthOfDay(day);
  const omega = item(plan.holderPolicies, h).offered;
  let covered = 0;
  for (const part of sectorShares(s, h, gap)) {
    covered += cut(s, item(plan.units, part.unit).areas, month, (1 - omega) * part.need);
  }
  covered += cut(s, item(plan.holderAreas, h), month, gap - covered);
  current.partsDone.clear();
  refresh(s);
  afterMeasures(s, h, current, m.netted, day, gap, covered, plan.executiveBoard);
}

/** A revenue drop known since KS's last meeting: savings targets for KS's frames, frame cuts proposed for committees'. */
function boardRevenueDecisions(s: RunState, day: number): void {
  const { plan } = s;
  const keep: number[] = [];
  for (const index of s.pendingRevenueForBoard) {
    const shock = item(plan.revenueShocks, index);
    if (!ready(s, shock.knownDay, day)) {
      keep.push(index);
      continue;
    }
    if (shock.change >= 0) continue;
    const loss = -shock.change * plan.frames.revenueMsek;
    let committees = 0;
    plan.holderIds.forEach((_, h) => {
      const share = s.totalFrame > 0 ? read(plan.holderFrame, h) / s.totalFrame : 0;
      if (plan.policyIsWhole[h]) {
        for (const u of item(plan.holderUnits, h)) s.unitTarget[u] = read(s.unitTarget, u) + (loss * read(plan.unitFrame, u)) / s.totalFrame;
        decide(s, plan.executiveBoard, loss * share);
        refresh(s);
        const gap = holderGap(s, h);
        if (s.open[h] === undefined && gap > deviationThreshold(plan.assumptions, read(plan.holderFrame, h))) {
          openDeviation(s, h, shock.knownDay, shock.knownDay, 'revenue', gap);
        }
      } else {
        committees += share;
      }
    });
    if (committees > 0) {
      decide(s, plan.executiveBoard, loss * committees);
      s.pendingFrameCuts.push({ shock: index, readyDay: day });
    }
  }
  s.pendingRevenueForBoard = keep;
}

/** KF cuts the committees' frames in proportion to their frames. */
function councilFrameCuts(s: RunState, day: number): void {
  const { plan } = s;
  const keep: { shock: number; readyDay: number }[] = [];
  for (const pending of s.pendingFrameCuts) {
    if (!ready(s, pending.readyDay, day)) {
      keep.push(pending);
      continue;
    }
    const shock = item(plan.revenueShocks, pending.shock);
    const loss = -shock.change * plan.frames.revenueMsek;
    let total = 0;
    plan.holderIds.forEach((_, h) => {
      if (plan.policyIsWhole[h]) return;
      for (const u of item(plan.holderUnits, h)) {
        const amount = s.totalFrame > 0 ? (loss * read(plan.unitFrame, u)) / s.totalFrame : 0;
        s.unitAppr[u] = read(s.unitAppr, u) - amount;
        s.holderFrameCuts[h] = read(s.holderFrameCuts, h) + amount;
        total += amount;
      }
    });
    decide(s, plan.council, total);
    refresh(s);
    plan.holderIds.forEach((_, h) => {
      if (plan.policyIsWhole[h] || s.open[h] !== undefined) return;
      const gap = holderGap(s, h);
      if (gap > deviationThreshold(plan.assumptions, read(plan.holderFrame, h))) openDeviation(s, h, shock.knownDay, day, 'revenue', gap);
    });
  }
  s.pendingFrameCuts = keep;
}

/** KF moves frames from holders with a forecast surplus to holders with a deficit (interim report). */
function councilReallocation(s: RunState): void {
  const { plan } = s;
  const balances = plan.holderIds.map((_, h) => -holderGap(s, h));
  let surplus = 0;
  let deficit = 0;
  for (const b of balances) {
    if (b > 0) surplus += b;
    else deficit -= b;
  }
  const moved = Math.min(surplus, deficit);
  s.pendingReallocation = -1;
  if (!(moved > KRONA_MSEK)) return;
  balances.forEach((b, h) => {
    const amount = b > 0 ? (-moved * b) / surplus : b < 0 ? (moved * -b) / deficit : 0;
    s.holderMoved[h] = read(s.holderMoved, h) + amount;
    if (b > 0) {
      // Taken from the units in surplus, in proportion to their surplus.
      const units = item(plan.holderUnits, h);
      let unitSurplus = 0;
      for (const u of units) unitSurplus += Math.max(0, read(s.unitBalance, u));
      for (const u of units) {
        const share = unitSurplus > 0 ? Math.max(0, read(s.unitBalance, u)) / unitSurplus : 1 / units.length;
        s.unitAppr[u] = read(s.unitAppr, u) + amount * share;
      }
    } else if (b < 0) {
      grantToUnits(s, h, amount);
      const current = s.open[h];
      if (current !== undefined) {
        current.record.reallocationMsek += amount;
        current.decided = true;
        current.lastRoute = 'reallocation';
      }
    }
  });
  s.reallocated += moved;
  decide(s, plan.council, moved);
  refresh(s);
}

/** KF grants the supplementary appropriations KS has prepared (what is still missing). */
function councilAppropriations(s: RunState, day: number): void {
  const { m } = s;
  s.open.forEach((current, h) => {
    if (current === undefined || current.state !== m.councilDecision || !ready(s, current.readyDay, day)) return;
    const granted = Math.max(0, holderGap(s, h));
    grantToUnits(s, h, granted);
    s.holderGranted[h] = read(s.holderGranted, h) + granted;
    refresh(s);
    s.appropriationCount += 1;
    s.appropriationTotal += granted;
    current.record.appropriationMsek += granted;
    current.state = m.deviation.step(current.state, m.decided, current.context);
    current.decided = true;
    current.lastRoute = 'appropriation';
    decide(s, s.plan.council, granted);
    closeDeviation(s, h, current, day);
  });
}

/** A unit's decider lifts cuts when the unit and its holder are in surplus again; spends surplus at year end. */
function unitsAtTheirMeeting(s: RunState, body: number, day: number): void {
  const { plan } = s;
  const lastMeeting = read(plan.bodyLastMeeting, body) === day;
  const fromMonth = Math.max(s.monthsClosed, monthOfDay(day));
  const nextMonth = monthOfDay(day) + 1;
  plan.units.forEach((unit, u) => {
    if (unit.decider !== body || s.open[unit.holder] !== undefined) return;
    const balance = read(s.unitBalance, u);
    // Lift cuts: the unit's own surplus, while its holder stays in surplus.
    let outstanding = 0;
    for (const a of unit.areas) outstanding += read(s.cuts, a);
    const holderSurplus = -holderGap(s, unit.holder);
    if (outstanding > KRONA_MSEK && nextMonth < MONTHS && balance > deviationThreshold(plan.assumptions, read(plan.unitFrame, u)) && holderSurplus > 0) {
      const lift = Math.min(outstanding, balance, holderSurplus);
      const weights = unit.areas.map((a) => read(s.cuts, a));
      addToPlan(s, unit.areas, nextMonth, lift, (a) => read(s.cuts, a));
      unit.areas.forEach((a, i) => {
        s.cuts[a] = read(s.cuts, a) - (lift * (weights[i] ?? 0)) / outstanding;
      });
      decide(s, body, lift);
      refresh(s);
    }
    // Spend what is not offered to others before year end, unless results carry over.
    if (lastMeeting && !plan.assumptions.remedyCarryOver) {
      const units = item(plan.holderUnits, unit.holder);
      const kept = units.length <= 1 ? 1 : 1 - item(plan.holderPolicies, unit.holder).offered;
      const spend = plan.assumptions.surplusSpendShare * kept * Math.max(0, read(s.unitBalance, u));
      if (spend > KRONA_MSEK && fromMonth < MONTHS) {
        addToPlan(s, unit.areas, fromMonth, spend, (a) => read(plan.areaFrame, a));
        let weight = 0;
        for (const a of unit.areas) weight += read(plan.areaFrame, a);
        for (const a of unit.areas) s.surplusSpent[a] = read(s.surplusSpent, a) + (spend * read(plan.areaFrame, a)) / weight;
        decide(s, body, spend);
        refresh(s);
      }
    }
  });
}

function meeting(s: RunState, body: number, day: number): void {
  const { plan, m } = s;
  s.decidedToday = false;
  const isBoard = body === plan.executiveBoard;
  if (isBoard) boardRevenueDecisions(s, day);
  // Committees and delegated utskott decide measures on their own deviations.
  s.open.forEach((current, h) => {
    if (current === undefined || !ready(s, current.readyDay, day)) return;
    if (!plan.policyIsWhole[h]) {
      const decider = item(plan.units, item(item(plan.holderUnits, h), 0)).decider;
      if (decider === body && (current.state === m.detected || current.state === m.deviation.stateIndex('ownMeasures'))) {
        siloMeasures(s, h, current, day);
      }
      return;
    }
    for (const u of item(plan.holderUnits, h)) {
      const unit = item(plan.units, u);
      if (unit.delegated && unit.decider === body && current.state === m.detected && !current.partsDone.has(u) && read(s.unitBalance, u) < 0) {
        delegatedSectorPart(s, h, current, u, day);
      }
    }
  });
  if (isBoard) {
    s.open.forEach((current, h) => {
      if (current === undefined || !ready(s, current.readyDay, day)) return;
      if (plan.policyIsWhole[h] && current.state === m.detected && plan.holderIds[h] === plan.bodyIds[body]) {
        if (sectorsPrepared(s, h, current, day)) wholeNetting(s, h, current, day);
      } else if (!plan.policyIsWhole[h] && current.state === m.reserve) {
        grantReserve(s, h, current, day);
      } else if (!plan.policyIsWhole[h] && current.state === m.preparing) {
        current.state = m.deviation.step(current.state, m.prepared, current.context);
        current.readyDay = day;
        decide(s, body, Math.max(0, holderGap(s, h)));
      }
    });
    if (s.yearState === m.interimReport && s.interimDueFrom >= 0 && ready(s, s.interimDueFrom, day)) {
      driveYear(s, m.interimReportAdopted, day);
      decide(s, body, 0);
      s.interimDueFrom = s.yearState === m.interimReport ? day : -1;
      if (s.yearContext.interimReports === INTERIM_REPORT_AFTER_MONTHS.length && plan.assumptions.remedyReallocation) {
        s.pendingReallocation = day;
      }
    }
  }
  if (body === plan.council) {
    councilFrameCuts(s, day);
    if (s.pendingReallocation >= 0 && ready(s, s.pendingReallocation, day)) councilReallocation(s);
    councilAppropriations(s, day);
  }
  unitsAtTheirMeeting(s, body, day);
  if (s.decidedToday) {
    // A decision today may have covered other open deviations too (KF moving frames, KS's netting).
    s.open.forEach((current, h) => {
      if (current !== undefined && current.decided && holderGap(s, h) <= KRONA_MSEK) closeDeviation(s, h, current, day);
    });
  }
}

// ---- scratch buffers, reused per plan on the same thread ------------------------------------------

interface Scratch {
  noise: Float64Array;
  planByMonth: Float64Array;
  actual: Float64Array;
  spent: Float64Array;
  forecast: Float64Array;
  cuts: Float64Array;
  surplusSpent: Float64Array;
  unitAppr: Float64Array;
  unitTarget: Float64Array;
  unitBalance: Float64Array;
  holderGranted: Float64Array;
  holderReserve: Float64Array;
  holderMoved: Float64Array;
  holderFrameCuts: Float64Array;
  decisionCount: Float64Array;
  moneyDecided: Float64Array;
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
