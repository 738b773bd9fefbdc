// KS's and KF's budget decisions during the year (DESIGN §4.2): savings targets and frame cuts after a
// revenue drop, KF's reallocation of frames at the interim report, and the supplementary appropriations
// KF grants. The rules are listed in budget-year-run.ts.
import { KRONA_MSEK } from '@/machines/deviation';
import { deviationThreshold } from './budget-year-plan';
import { item, read } from './checked-read';

import { type RunState, decide } from './budget-year-state';
import { refresh, holderGap, openDeviation, closeDeviation, grantToUnits, ready } from './budget-year-deviations';

/** A revenue drop known since KS's last meeting: savings targets for KS's frames, frame cuts proposed for committees'. */
export function boardRevenueDecisions(s: RunState, day: number): void {
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
export function councilFrameCuts(s: RunState, day: number): void {
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
export function councilReallocation(s: RunState): void {
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
export function councilAppropriations(s: RunState, day: number): void {
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
