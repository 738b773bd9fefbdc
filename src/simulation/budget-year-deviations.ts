// Deviations in the budget year (DESIGN §4.2): forecasts and balances after each month's accounts, when
// a gap opens a deviation and when it closes, where cuts fall, and how each holder covers a gap — a
// committee's own measures under silo rules, KS's netting across sectors under whole rules (with the
// utskott's preparation or delegated decision), the KS reserve. The rules are listed in budget-year-run.ts.
import { firstMeetingFrom, monthOfDay } from '@/domain/meeting-calendar';
import { deviationInputFor, KRONA_MSEK, type DeviationContext } from '@/machines/deviation';
import { MONTHS, type DeviationRecord } from './budget-year-outcome';
import { deviationThreshold } from './budget-year-plan';
import { item, read } from './checked-read';
import { forecastArea } from './forecast';
import { nettedPosition } from './holder-policy';
import { waterFill } from './water-filling';

import { type OpenDeviation, type RunState, decide, driveYear } from './budget-year-state';

/** Forecasts of every area and balances of every unit (frame + grants − forecast − savings target). */
export function refresh(s: RunState): void {
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

export function holderGap(s: RunState, h: number): number {
  return nettedPosition(item(s.plan.holderPolicies, h), s.unitBalance, item(s.plan.holderUnits, h)).gap;
}

export function openDeviation(s: RunState, h: number, detectedDay: number, readyDay: number, cause: 'cost' | 'revenue', gap: number): void {
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
export function closeDeviation(s: RunState, h: number, current: OpenDeviation, day: number): void {
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
export function detect(s: RunState, h: number, day: number): void {
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

export function closeMonth(s: RunState, month: number, day: number): void {
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
export function cut(s: RunState, areas: readonly number[], month: number, amount: number): number {
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
export function addToPlan(s: RunState, areas: readonly number[], fromMonth: number, amount: number, weight: (a: number) => number): void {
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
export function grantToUnits(s: RunState, h: number, amount: number): void {
  const units = item(s.plan.holderUnits, h);
  let deficits = 0;
  for (const u of units) deficits += Math.max(0, -read(s.unitBalance, u));
  for (const u of units) {
    const share = deficits > 0 ? Math.max(0, -read(s.unitBalance, u)) / deficits : 1 / units.length;
    s.unitAppr[u] = read(s.unitAppr, u) + amount * share;
  }
}

/** After the holder's own measures or KS's netting: route on through the deviation machine. */
export function afterMeasures(s: RunState, h: number, current: OpenDeviation, event: number, day: number, gap: number, covered: number, decider: number): void {
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
export function grantReserve(s: RunState, h: number, current: OpenDeviation, day: number): void {
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

export function ready(s: RunState, readyDay: number, day: number): boolean {
  return readyDay + s.deadline <= day;
}

/** A committee (silo rules) decides measures on its own costs. */
export function siloMeasures(s: RunState, h: number, current: OpenDeviation, day: number): void {
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
export function sectorShares(s: RunState, h: number, gap: number): { unit: number; need: number }[] {
  const units = item(s.plan.holderUnits, h);
  let deficits = 0;
  for (const u of units) deficits += Math.max(0, -read(s.unitBalance, u));
  if (!(deficits > 0)) return [];
  return units
    .filter((u) => read(s.unitBalance, u) < 0)
    .map((u) => ({ unit: u, need: (gap * -read(s.unitBalance, u)) / deficits }));
}

/** An utskott with delegation decides its sector's part of the gap at its own meeting. */
export function delegatedSectorPart(s: RunState, h: number, current: OpenDeviation, u: number, day: number): void {
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
export function sectorsPrepared(s: RunState, h: number, current: OpenDeviation, day: number): boolean {
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
export function wholeNetting(s: RunState, h: number, current: OpenDeviation, day: number): void {
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
