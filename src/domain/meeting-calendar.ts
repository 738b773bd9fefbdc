// Meeting calendars: on which days of the budget year each body meets. Days count from 1 January
// (day 0) to 31 December (day 364). Bodies meet about monthly but not in July, the Swedish summer
// break (DESIGN §10: "Political bodies meet about monthly, KF 8–10 times a year").
import type { Model } from './model-schema';

export const DAYS_IN_YEAR = 365;
/** First day of each month in a non-leap year. */
export const MONTH_START_DAY = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334] as const;
const JULY = 6;
/**
 * Working months (0 = January) in the order a body with fewer than eleven meetings keeps them: June and
 * November first (frames, budget adoption, interim reports), January and August last (after the breaks).
 */
const MONTH_PREFERENCE = [5, 10, 8, 3, 1, 11, 9, 4, 2, 7, 0] as const;

/** Month index (0–11) of a day of the year. */
export function monthOfDay(day: number): number {
  let month = 0;
  for (let m = 0; m < 12; m++) if (day >= (MONTH_START_DAY[m] ?? 0)) month = m;
  return month;
}

/**
 * Days on which a body with `meetingsPerYear` meetings meets. Up to eleven meetings: one in each of as
 * many working months (never July, the summer break), taken in the order of MONTH_PREFERENCE so that a
 * body meets in June and November (budget and interim-report decisions) before it meets in January or
 * August; `offset` (0–1) is the position within the month. More than eleven: spread evenly over the working days. The offset puts
 * bodies that prepare matters before the bodies that decide them in the same month.
 */
export function meetingDays(meetingsPerYear: number, offset = 0.5): number[] {
  const count = Math.max(0, Math.min(Math.floor(meetingsPerYear), 365));
  if (count === 0) return [];
  if (count <= MONTH_PREFERENCE.length) {
    const months = MONTH_PREFERENCE.slice(0, count).sort((a, b) => a - b);
    return months.map((month) => {
      const start = MONTH_START_DAY[month] ?? 0;
      const length = (MONTH_START_DAY[month + 1] ?? DAYS_IN_YEAR) - start;
      return start + Math.min(length - 1, Math.floor(offset * length));
    });
  }
  const workingDays: number[] = [];
  for (let day = 0; day < DAYS_IN_YEAR; day++) if (monthOfDay(day) !== JULY) workingDays.push(day);
  const slot = workingDays.length / count;
  const days: number[] = [];
  for (let i = 0; i < count; i++) {
    const index = Math.min(workingDays.length - 1, Math.floor((i + offset) * slot));
    const day = workingDays[index] ?? 0;
    if (days[days.length - 1] !== day) days.push(day);
  }
  return days;
}

/** Offsets in the meeting slot per body kind: preparation first, decisions later, KF last. */
const OFFSET_BY_KIND: Record<string, number> = {
  subcommittee: 0.2,
  draftingCommittee: 0.2,
  committee: 0.4,
  electionCommittee: 0.4,
  executiveBoard: 0.55,
  council: 0.8,
};

/** Each body's meeting days, sorted ascending. */
export function meetingCalendar(model: Model): Map<string, number[]> {
  const calendar = new Map<string, number[]>();
  for (const body of model.bodies) {
    calendar.set(body.id, meetingDays(body.meetingsPerYear, OFFSET_BY_KIND[body.kind] ?? 0.5));
  }
  return calendar;
}

/** The first meeting strictly after `day`, or undefined if the body does not meet again this year. */
export function nextMeeting(days: readonly number[], day: number): number | undefined {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] ?? 0) <= day) lo = mid + 1;
    else hi = mid;
  }
  return days[lo];
}
