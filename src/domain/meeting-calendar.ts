// Meeting calendars: on which days of the budget year each body meets. Days count from 1 January
// (day 0) to 31 December (day 364). DESIGN §4.2: a model may give a body's meeting dates (documented where
// a source has them); otherwise ONE rule generates them for every body alike from `meetingsPerYear`, with
// the summer break (no meeting in July). The rule knows nothing of body kinds: a body meets on the
// scenario's meeting day of the month, plus one `chainStepDays` for every step of the preparation chain
// below it (an utskott prepares for its nämnd, KS for KF), so preparation comes before decision in any
// organisation alike. Both numbers are scenario assumptions in the ledger.
import type { Body, Model } from './model-schema';

export const DAYS_IN_YEAR = 365;
/** First day of each month in a non-leap year. */
export const MONTH_START_DAY = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334] as const;
const JULY = 6;
/**
 * Working months (0 = January) in the order a body with fewer than eleven meetings keeps them: June and
 * November first (frames, budget adoption, interim reports), January and August last (after the breaks).
 */
const MONTH_PREFERENCE = [5, 10, 8, 3, 1, 11, 9, 4, 2, 7, 0] as const;

/** The calendar rule's two numbers (scenario assumptions; the ledger's defaults are these). */
export interface CalendarRule {
  /** Day within the month (0 = the 1st) on which a body that nobody prepares for meets. */
  meetingDayOfMonth: number;
  /** Days added for each step of the preparation chain below a body. */
  chainStepDays: number;
}

export const DEFAULT_CALENDAR_RULE: CalendarRule = { meetingDayOfMonth: 16, chainStepDays: 6 };

/** Month index (0–11) of a day of the year. */
export function monthOfDay(day: number): number {
  let month = 0;
  for (let m = 0; m < 12; m++) if (day >= (MONTH_START_DAY[m] ?? 0)) month = m;
  return month;
}

function monthLength(month: number): number {
  return (MONTH_START_DAY[month + 1] ?? DAYS_IN_YEAR) - (MONTH_START_DAY[month] ?? 0);
}

/**
 * Days on which a body with `meetingsPerYear` meetings meets, `dayOfMonth` days into the month (at most
 * the month's last day). Up to eleven meetings: one in each of as many working months (never July), taken
 * in the order of MONTH_PREFERENCE. More than eleven: spread evenly over the working days, shifted by the
 * same share of a slot as `dayOfMonth` is of a month.
 */
export function meetingDays(meetingsPerYear: number, dayOfMonth: number = DEFAULT_CALENDAR_RULE.meetingDayOfMonth): number[] {
  const count = Math.max(0, Math.min(Math.floor(meetingsPerYear), 365));
  const within = Math.max(0, Math.floor(dayOfMonth));
  if (count === 0) return [];
  if (count <= MONTH_PREFERENCE.length) {
    const months = MONTH_PREFERENCE.slice(0, count).sort((a, b) => a - b);
    return months.map((month) => (MONTH_START_DAY[month] ?? 0) + Math.min(monthLength(month) - 1, within));
  }
  const workingDays: number[] = [];
  for (let day = 0; day < DAYS_IN_YEAR; day++) if (monthOfDay(day) !== JULY) workingDays.push(day);
  const slot = workingDays.length / count;
  const offset = Math.min(0.999, within / 30);
  const days: number[] = [];
  for (let i = 0; i < count; i++) {
    const index = Math.min(workingDays.length - 1, Math.floor((i + offset) * slot));
    const day = workingDays[index] ?? 0;
    if (days[days.length - 1] !== day) days.push(day);
  }
  return days;
}

/** The body a body prepares matters for: an utskott or beredning its nämnd, KS the council; else none. */
export function preparesFor(body: Body, council: string | undefined): string | undefined {
  if (body.kind === 'subcommittee' || body.kind === 'draftingCommittee') return body.parent;
  if (body.kind === 'executiveBoard') return council;
  return undefined;
}

/** Steps of the preparation chain below each body (0 = nobody prepares for it). */
export function chainDepths(model: Model): Map<string, number> {
  const council = model.bodies.find((body) => body.kind === 'council')?.id;
  const preparers = new Map<string, string[]>();
  for (const body of model.bodies) {
    const target = preparesFor(body, council);
    if (target !== undefined && target !== body.id) preparers.set(target, [...(preparers.get(target) ?? []), body.id]);
  }
  const depths = new Map<string, number>();
  const depthOf = (id: string, seen: Set<string>): number => {
    const known = depths.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return 0; // a cycle (reported by validation): break it
    seen.add(id);
    let depth = 0;
    for (const preparer of preparers.get(id) ?? []) depth = Math.max(depth, depthOf(preparer, seen) + 1);
    depths.set(id, depth);
    return depth;
  };
  for (const body of model.bodies) depthOf(body.id, new Set());
  return depths;
}

/** Day of the year of an "MM-DD" date, or undefined for a malformed date or 29 February. */
export function dayOfDate(date: string): number | undefined {
  const match = /^(\d\d)-(\d\d)$/.exec(date);
  if (match === null) return undefined;
  const month = Number(match[1]) - 1;
  const day = Number(match[2]) - 1;
  if (month < 0 || month > 11 || day < 0 || day >= monthLength(month)) return undefined;
  return (MONTH_START_DAY[month] ?? 0) + day;
}

/**
 * Each body's meeting days, sorted ascending: the model's own dates where it gives them, otherwise the
 * one rule (the same for every body and organisation).
 */
export function meetingCalendar(model: Model, rule: CalendarRule = DEFAULT_CALENDAR_RULE): Map<string, number[]> {
  const depths = chainDepths(model);
  const calendar = new Map<string, number[]>();
  for (const body of model.bodies) {
    if (body.meetingDates !== undefined) {
      const days = body.meetingDates.map(dayOfDate).filter((day): day is number => day !== undefined);
      calendar.set(body.id, [...new Set(days)].sort((a, b) => a - b));
      continue;
    }
    const within = rule.meetingDayOfMonth + (depths.get(body.id) ?? 0) * rule.chainStepDays;
    calendar.set(body.id, meetingDays(body.meetingsPerYear, within));
  }
  return calendar;
}

/** Calendars repeat at most this many years ahead when looking for a meeting. */
export const MAX_YEARS_AHEAD = 3;

/**
 * THE next-meeting function of the tool: the first meeting on or after `day` (a day of the year, ≥ 365 in
 * following years), with the calendar repeating each year; undefined when the body never meets. Every
 * mechanism asks it with `ready + paperDeadlineDays`, so a matter or deviation ready on day d reaches
 * the first meeting at least the paper deadline later.
 */
export function firstMeetingFrom(days: readonly number[], day: number): number | undefined {
  const n = days.length;
  if (n === 0) return undefined;
  const year = Math.max(0, Math.floor(day / DAYS_IN_YEAR));
  for (let y = year; y <= year + MAX_YEARS_AHEAD; y++) {
    const within = day - y * DAYS_IN_YEAR;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((days[mid] ?? 0) < within) lo = mid + 1;
      else hi = mid;
    }
    const found = days[lo];
    if (found !== undefined) return found + y * DAYS_IN_YEAR;
  }
  return undefined;
}
