// The part of a budget-year run that does not depend on the seed (DESIGN §4.2): frames per holder, areas,
// meeting calendars merged into one timeline of month closes, revenue news and meetings, and shock plans.
// Planned once per model and scenario, then run for many seeds by budget-year-run.ts.
import { DAYS_IN_YEAR, MONTH_START_DAY } from '@/domain/meeting-calendar';
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { budgetYearInputFor, type BudgetYearInput } from '@/machines/budget-year';
import { holderRules, type HolderRules } from '@/machines/deviation';
import { organisationRoles, type OrganisationRoles } from '@/machines/organisation-roles';
import { FOLLOW_UP_LAG_DAYS, ANNUAL_REPORT_READY_DAY, MONTHS } from './budget-year-outcome';
import type { FrameSettingResult } from './frame-setting';
import { modelCalendar } from './model-calendar';

// ---- the plan: everything that does not depend on the seed ---------------------------------------

/** Timeline event kinds, in the order they are handled on the same day. */
export const EventKind = { MonthClose: 0, RevenueKnown: 1, Meeting: 2 } as const;
export type EventKind = (typeof EventKind)[keyof typeof EventKind];

interface TimelineEvent {
  day: number;
  kind: EventKind;
  /** Month closed, the revenue shock's index, or the meeting body's rank (utskott before KF). */
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
  /** Bodies that can take budget decisions: the holders, then KS and KF when not holders. */
  deciderIds: string[];
  /** Index into deciderIds of each holder, of KS and of KF (-1 when the model has none). */
  holderDecider: Int32Array;
  executiveBoardDecider: number;
  councilDecider: number;
  budgetYearInput: BudgetYearInput;
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

/** A Float64Array of fn(item) (TypedArray.from with a map function is slow in V8). */
function floatsOf<T>(items: readonly T[], fn: (item: T) => number): Float64Array {
  const array = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) array[i] = fn(items[i] as T);
  return array;
}

function intsOf<T>(items: readonly T[], fn: (item: T) => number): Int32Array {
  const array = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) array[i] = fn(items[i] as T);
  return array;
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

  const areaHolder = intsOf(areas, (a) => holderIndex.get(a.budgetHolder) ?? 0);
  const areaFrame = floatsOf(areas, (a) => frameByArea.get(a.areaId)?.allocatedMsek ?? 0);
  const areaFlexibility = floatsOf(areas, (a) => areaById.get(a.areaId)?.flexibility ?? 0);
  const areaSigma = floatsOf(
    areas,
    (a) => (areaById.get(a.areaId)?.volatility ?? 0) * scenario.volatilityScale,
  );
  const areaBenefit = floatsOf(
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

  const calendar = modelCalendar(model);
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
  const deciderIds = [...new Set([...holderIds, roles.executiveBoard, roles.council].filter((id) => id !== undefined))];
  const deciderIndex = (id: string | undefined): number => (id === undefined ? -1 : deciderIds.indexOf(id));

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
    deciderIds,
    holderDecider: intsOf(holderIds, (id) => deciderIndex(id)),
    executiveBoardDecider: deciderIndex(roles.executiveBoard),
    councilDecider: deciderIndex(roles.council),
    budgetYearInput: budgetYearInputFor(roles, frames.process, frames.rounds),
  };
}
