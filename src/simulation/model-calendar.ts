// The meeting calendar of a model under a scenario's calendar rule (src/domain/meeting-calendar.ts),
// computed once per model object and rule: frame setting, the budget year, the matter flow and every
// seed of a Monte Carlo run read the same calendar. Models are treated as immutable values (an edited
// model is a new object), so a WeakMap keyed by the object is safe.
import { meetingCalendar, type CalendarRule } from '@/domain/meeting-calendar';
import type { Model } from '@/domain/model-schema';

const calendars = new WeakMap<Model, Map<string, ReadonlyMap<string, readonly number[]>>>();

export function modelCalendar(model: Model, rule: CalendarRule): ReadonlyMap<string, readonly number[]> {
  let byRule = calendars.get(model);
  if (byRule === undefined) {
    byRule = new Map();
    calendars.set(model, byRule);
  }
  const key = `${rule.meetingDayOfMonth}/${rule.chainStepDays}`;
  let calendar = byRule.get(key);
  if (calendar === undefined) {
    calendar = meetingCalendar(model, rule);
    byRule.set(key, calendar);
  }
  return calendar;
}
