// A political meeting in the budget year: what each body does with the budget at its meeting — the
// deviations before it, lifting cuts and spending surplus in its units, KS's and KF's own decisions —
// in the order the rules of budget-year-run.ts give.
import { monthOfDay } from '@/domain/meeting-calendar';
import { INTERIM_REPORT_AFTER_MONTHS } from '@/machines/budget-year';
import { KRONA_MSEK } from '@/machines/deviation';
import { MONTHS } from './budget-year-outcome';
import { deviationThreshold } from './budget-year-plan';
import { item, read } from './checked-read';

import { type RunState, decide, driveYear } from './budget-year-state';
import { refresh, holderGap, closeDeviation, addToPlan, grantReserve, ready, siloMeasures, delegatedSectorPart, sectorsPrepared, wholeNetting } from './budget-year-deviations';
import { boardRevenueDecisions, councilFrameCuts, councilReallocation, councilAppropriations } from './budget-year-council';

/** A unit's decider lifts cuts when the unit and its holder are in surplus again; spends surplus at year end. */
export function unitsAtTheirMeeting(s: RunState, body: number, day: number): void {
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

export function meeting(s: RunState, body: number, day: number): void {
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
