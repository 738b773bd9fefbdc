// The part of a budget-year run that does not depend on the seed (DESIGN §4.2): frames per area, the
// budget units (a committee, or one sector of KS per preparing body) and who decides for each, the
// holders' policies, the meeting calendars under the scenario's one calendar rule merged with the month
// closes and revenue news into one timeline, and the shocks. Planned once per model and scenario, then
// run for many seeds by budget-year-run.ts.
import { DAYS_IN_YEAR, firstMeetingFrom, MONTH_START_DAY } from '@/domain/meeting-calendar';
import type { Model } from '@/domain/model-schema';
import { hashString } from '@/domain/prng';
import type { Scenario } from '@/domain/scenario-schema';
import { budgetYearInputFor, type BudgetYearInput } from '@/machines/budget-year';
import { organisationRoles, type OrganisationRoles } from '@/machines/organisation-roles';
import { resolveAssumptions, type Assumptions } from './assumption-ledger';
import { MONTHS } from './budget-year-outcome';
import { credibilityMonths } from './forecast';
import type { FrameSettingResult } from './frame-setting';
import { holderPolicy, type HolderPolicy } from './holder-policy';
import { modelCalendar } from './model-calendar';

/** Timeline event kinds, in the order they are handled on the same day. */
export const EventKind = { MonthClose: 0, RevenueKnown: 1, Meeting: 2 } as const;
export type EventKind = (typeof EventKind)[keyof typeof EventKind];

export interface TimelineEvent {
  day: number;
  kind: EventKind;
  /** Month closed, the revenue shock's index, or the meeting body's index into `bodyIds`. */
  index: number;
}

/** A budget unit: the part of a holder's frame whose forecast is followed up on its own. */
export interface BudgetUnit {
  /** The holder's id, or "<holder>/<preparer>" for a sector of KS. */
  id: string;
  holder: number;
  /** The body that prepares the unit's matters (the holder itself for a committee). */
  preparer: string;
  /** The body that decides measures on the unit's deficit: the holder, or an utskott with delegation. */
  decider: number;
  /** The utskott decides its sector's share of measures itself (delegation for budget deviations). */
  delegated: boolean;
  /** Body index of the preparing utskott that must prepare before KS decides (-1 when none). */
  preparedBy: number;
  areas: number[];
}

export interface RevenueShockPlan {
  fromMonth: number;
  change: number;
  knownDay: number;
}

/** A budget year prepared for one model, scenario and frames; reused across seeds. */
export interface BudgetYearPlan {
  modelId: string;
  roles: OrganisationRoles;
  scenario: Scenario;
  assumptions: Assumptions;
  frames: FrameSettingResult;
  areaIds: string[];
  /** Seed of each area's own random stream (its id hashed), so order and other areas never shift it. */
  areaStream: string[];
  areaUnit: Int32Array;
  areaHolder: Int32Array;
  areaFrame: Float64Array;
  /** Monthly cost that cannot be changed within the year: frame/12 × (1 − flexibility), MSEK. */
  areaFloor: Float64Array;
  areaSigma: Float64Array;
  /** β_a / λ in MSEK: the money-equivalent weight of area a's benefit. */
  areaBenefit: Float64Array;
  /** Bühlmann's K of the area's forecast (see forecast.ts). */
  areaCredibility: Float64Array;
  holderIds: string[];
  holderPolicies: HolderPolicy[];
  /** Whole rules (KS holding frames, netting across its sectors) per holder. */
  policyIsWhole: boolean[];
  holderUnits: number[][];
  holderAreas: number[][];
  holderFrame: Float64Array;
  units: BudgetUnit[];
  unitFrame: Float64Array;
  /** Monthly cost shock per area and month (area × 12 + month), MSEK. */
  shockByMonth: Float64Array;
  revenueShocks: RevenueShockPlan[];
  /** Day on which month m's accounts are in the follow-up. */
  closeDay: Float64Array;
  /** Bodies that act in the budget year (holders, deciders, preparers, KS, KF) and their calendars. */
  bodyIds: string[];
  bodyDays: number[][];
  /** Body index of KS and KF (-1 when the model has none). */
  executiveBoard: number;
  council: number;
  /** Day of each body's last meeting of the year (-1: none). */
  bodyLastMeeting: Float64Array;
  timeline: TimelineEvent[];
  reserveMsek: number;
  /** Days of the closing steps in the following year. */
  annualReportDay: number;
  annualReportApprovedDay: number;
  budgetYearInput: BudgetYearInput;
}

/** The annual report is ready for KS about six weeks after the year (mid-February). */
export const ANNUAL_REPORT_READY_DAY = DAYS_IN_YEAR + 45;

/** Day on which month m's outcome is in the follow-up: `closeLagDays` after the month ends. */
export function monthCloseDay(month: number, closeLagDays: number): number {
  const end = month + 1 < MONTHS ? (MONTH_START_DAY[month + 1] ?? DAYS_IN_YEAR) : DAYS_IN_YEAR;
  return end + closeLagDays;
}

/** The deviation threshold of a holder or unit with frame `frameMsek` (the scenario's one rule). */
export function deviationThreshold(assumptions: Assumptions, frameMsek: number): number {
  return assumptions.deviationThresholdBasis === 'amount'
    ? assumptions.deviationThresholdMsek
    : assumptions.deviationThresholdShare * frameMsek;
}

/** May this preparing body decide budget deviation measures, under the scenario's delegation setting? */
export function hasBudgetDelegation(model: Model, preparer: string, assumptions: Assumptions): boolean {
  const body = model.bodies.find((b) => b.id === preparer);
  if (body === undefined || body.kind !== 'subcommittee') return false;
  if (assumptions.budgetDelegation === 'all') return true;
  if (assumptions.budgetDelegation === 'none') return false;
  return body.delegation?.budgetDeviations === true;
}

export function planBudgetYear(
  model: Model,
  scenario: Scenario,
  frames: FrameSettingResult,
  roles: OrganisationRoles = organisationRoles(model),
): BudgetYearPlan {
  const assumptions = resolveAssumptions(scenario);
  const areaById = new Map(model.serviceAreas.map((area) => [area.id, area]));
  const frameByArea = new Map(frames.areas.map((f) => [f.areaId, f]));
  const holderIds = [...roles.budgetHolders];
  const holderIndex = new Map(holderIds.map((id, i) => [id, i]));
  const areas = roles.areas;
  const areaIds = areas.map((a) => a.areaId);
  const areaIndex = new Map(areaIds.map((id, i) => [id, i]));
  const calendar = modelCalendar(model, assumptions);

  // Bodies that act: holders, the unit deciders and preparers, KS and KF.
  const bodyIds: string[] = [];
  const bodyIndex = new Map<string, number>();
  const body = (id: string | undefined): number => {
    if (id === undefined) return -1;
    let index = bodyIndex.get(id);
    if (index === undefined) {
      index = bodyIds.length;
      bodyIds.push(id);
      bodyIndex.set(id, index);
    }
    return index;
  };
  for (const id of holderIds) body(id);
  const executiveBoard = body(roles.executiveBoard);
  const council = body(roles.council);

  const holderPolicies = holderIds.map((id) => holderPolicy(roles, id, assumptions));
  const units: BudgetUnit[] = [];
  const unitByKey = new Map<string, number>();
  const areaUnit = new Int32Array(areas.length);
  areas.forEach((area, a) => {
    const h = holderIndex.get(area.budgetHolder) ?? 0;
    const whole = holderPolicies[h]?.kind === 'whole';
    const key = whole ? `${area.budgetHolder}/${area.preparer}` : area.budgetHolder;
    let u = unitByKey.get(key);
    if (u === undefined) {
      const sectorOfOther = whole && area.preparer !== area.budgetHolder;
      const delegated = sectorOfOther && hasBudgetDelegation(model, area.preparer, assumptions);
      u = units.length;
      units.push({
        id: key,
        holder: h,
        preparer: area.preparer,
        decider: body(delegated ? area.preparer : area.budgetHolder),
        delegated,
        preparedBy: sectorOfOther && !delegated ? body(area.preparer) : -1,
        areas: [],
      });
      unitByKey.set(key, u);
    }
    units[u]?.areas.push(a);
    areaUnit[a] = u;
  });

  const areaHolder = Int32Array.from(areas, (a) => holderIndex.get(a.budgetHolder) ?? 0);
  const areaFrame = Float64Array.from(areas, (a) => frameByArea.get(a.areaId)?.allocatedMsek ?? 0);
  const areaFloor = Float64Array.from(
    areas,
    (a) => ((frameByArea.get(a.areaId)?.allocatedMsek ?? 0) / MONTHS) * (1 - (areaById.get(a.areaId)?.flexibility ?? 0)),
  );
  const areaSigma = Float64Array.from(areas, (a) => (areaById.get(a.areaId)?.volatility ?? 0) * assumptions.volatilityScale);
  const areaBenefit = Float64Array.from(
    areas,
    (a) => ((frameByArea.get(a.areaId)?.weight ?? 0) * frames.framesMsek) / assumptions.lambda,
  );
  const areaCredibility = Float64Array.from(areaSigma, (sigma) => credibilityMonths(sigma, assumptions.forecastTrendSd));
  const holderUnits: number[][] = holderIds.map(() => []);
  units.forEach((unit, u) => holderUnits[unit.holder]?.push(u));
  const holderAreas: number[][] = holderIds.map(() => []);
  areas.forEach((_, a) => holderAreas[areaHolder[a] ?? 0]?.push(a));
  const holderFrame = new Float64Array(holderIds.length);
  const unitFrame = new Float64Array(units.length);
  areas.forEach((_, a) => {
    holderFrame[areaHolder[a] ?? 0] = (holderFrame[areaHolder[a] ?? 0] ?? 0) + (areaFrame[a] ?? 0);
    unitFrame[areaUnit[a] ?? 0] = (unitFrame[areaUnit[a] ?? 0] ?? 0) + (areaFrame[a] ?? 0);
  });

  const shockByMonth = new Float64Array(areas.length * MONTHS);
  const revenueShocks: RevenueShockPlan[] = [];
  for (const shock of scenario.shocks) {
    if (shock.kind === 'cost') {
      const area = areaIndex.get(shock.area ?? '');
      if (area === undefined || shock.amountMsek === undefined) continue;
      const monthlyMsek = (shock.amountMsek * assumptions.shockScale) / (MONTHS - shock.fromMonth);
      for (let m = shock.fromMonth; m < MONTHS; m++) shockByMonth[area * MONTHS + m] = (shockByMonth[area * MONTHS + m] ?? 0) + monthlyMsek;
    } else if (shock.revenueChange !== undefined) {
      revenueShocks.push({
        fromMonth: shock.fromMonth,
        change: shock.revenueChange * assumptions.shockScale,
        knownDay: MONTH_START_DAY[shock.fromMonth] ?? 0,
      });
    }
  }

  const closeDay = Float64Array.from({ length: MONTHS }, (_, m) => monthCloseDay(m, assumptions.closeLagDays));
  const timeline: TimelineEvent[] = [];
  for (let m = 0; m < MONTHS; m++) timeline.push({ day: closeDay[m] ?? 0, kind: EventKind.MonthClose, index: m });
  revenueShocks.forEach((shock, i) => timeline.push({ day: shock.knownDay, kind: EventKind.RevenueKnown, index: i }));
  const bodyDays = bodyIds.map((id) => [...(calendar.get(id) ?? [])]);
  const bodyLastMeeting = Float64Array.from(bodyDays, (days) => days[days.length - 1] ?? -1);
  bodyDays.forEach((days, b) => {
    for (const day of days) timeline.push({ day, kind: EventKind.Meeting, index: b });
  });
  // Same day: the books close first, then revenue news, then meetings. Two meetings on one day never
  // depend on each other (a step reaches a meeting only a paper deadline ≥ 1 day after the step before),
  // so their order is fixed by body id only to make the timeline independent of the model's order.
  timeline.sort(
    (x, y) =>
      x.day - y.day ||
      x.kind - y.kind ||
      (x.kind === EventKind.Meeting ? compareIds(bodyIds[x.index] ?? '', bodyIds[y.index] ?? '') : x.index - y.index),
  );

  const meetingFrom = (b: number, day: number): number =>
    b < 0 ? day : (firstMeetingFrom(bodyDays[b] ?? [], day) ?? day);
  const annualReportDay = meetingFrom(executiveBoard, ANNUAL_REPORT_READY_DAY + assumptions.paperDeadlineDays);
  const annualReportApprovedDay = meetingFrom(council, annualReportDay + assumptions.paperDeadlineDays);

  return {
    modelId: model.id,
    roles,
    scenario,
    assumptions,
    frames,
    areaIds,
    areaStream: areaIds.map((id) => `area:${id}:${hashString(id)}`),
    areaUnit,
    areaHolder,
    areaFrame,
    areaFloor,
    areaSigma,
    areaBenefit,
    areaCredibility,
    holderIds,
    holderPolicies,
    policyIsWhole: holderPolicies.map((policy) => policy.kind === 'whole'),
    holderUnits,
    holderAreas,
    holderFrame,
    units,
    unitFrame,
    shockByMonth,
    revenueShocks,
    closeDay,
    bodyIds,
    bodyDays,
    executiveBoard,
    council,
    bodyLastMeeting,
    timeline,
    reserveMsek: frames.reserveMsek,
    annualReportDay,
    annualReportApprovedDay,
    budgetYearInput: budgetYearInputFor(roles, frames.process, frames.rounds),
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
