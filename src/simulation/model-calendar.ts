// The meeting calendar of a model (src/domain/meeting-calendar.ts), computed once per model object: frame
// setting, the budget year and every seed of a Monte Carlo run read the same calendar. Models are treated
// as immutable values (an edited model is a new object), so a WeakMap keyed by the object is safe.
import { meetingCalendar } from '@/domain/meeting-calendar';
import type { Model } from '@/domain/model-schema';

const calendars = new WeakMap<Model, ReadonlyMap<string, readonly number[]>>();

export function modelCalendar(model: Model): ReadonlyMap<string, readonly number[]> {
  let calendar = calendars.get(model);
  if (calendar === undefined) {
    calendar = meetingCalendar(model);
    calendars.set(model, calendar);
  }
  return calendar;
}
