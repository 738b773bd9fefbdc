// The words of a matter journey: a sentence per step naming the bodies, and calendar dates for the days
// (day 0 = 1 January of a non-leap year, as the meeting calendars count; 365 and on fall in the next year).
import { DAYS_IN_YEAR } from '@/domain/meeting-calendar';
import type { Model } from '@/domain/model-schema';
import type { I18n, Language } from '@/i18n/language';
import type { JourneyStep, MatterJourney } from '@/simulation/matter-journey';

/** A non-leap reference year for turning day numbers into dates. */
const REFERENCE_YEAR = 2025;

function dateOf(day: number): Date {
  const whole = Math.floor(day);
  return new Date(Date.UTC(REFERENCE_YEAR, 0, 1 + (whole % DAYS_IN_YEAR)));
}

/** "12 mars" / "12 March", with "året därpå" / "the following year" after 31 December. */
export function dayText(t: I18n['t'], lang: Language, day: number): string {
  const date = dateOf(day).toLocaleDateString(lang === 'sv' ? 'sv-SE' : 'en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
  return day >= DAYS_IN_YEAR ? t('process.journey.dateNextYear', { date }) : t('process.journey.date', { date });
}

/** Short month name for a chart tick, e.g. "mars" / "Mar". */
export function monthText(lang: Language, month: number): string {
  return new Date(Date.UTC(REFERENCE_YEAR, month, 1)).toLocaleDateString(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    month: 'short',
    timeZone: 'UTC',
  });
}

/** The name of a body or department of `model` in the reader's language; the id if unknown. */
export function laneName(model: Model, pick: I18n['pick'], id: string | undefined): string {
  if (id === undefined) return '';
  const body = model.bodies.find((b) => b.id === id);
  if (body !== undefined) return pick(body.name);
  const department = model.departments.find((d) => d.id === id);
  return department !== undefined ? pick(department.name) : id;
}

/** One sentence telling what happens at `step`. */
export function stepText(i18n: Pick<I18n, 't' | 'pick' | 'number'>, model: Model, journey: MatterJourney, step: JourneyStep): string {
  const { t, pick, number } = i18n;
  const lane = laneName(model, pick, step.lane);
  const to = laneName(model, pick, step.to);
  const amount = number(step.amountMsek ?? journey.deviation?.gapMsek ?? 0, 1);
  const params = { lane, to, amount };
  switch (step.kind) {
    case 'decision':
      return step.to !== undefined ? t('process.step.decisionThen', params) : t('process.step.decision', params);
    case 'measures':
      return step.to !== undefined ? t('process.step.measuresThen', params) : t('process.step.measures', params);
    case 'netting':
      return step.to !== undefined ? t('process.step.nettingThen', params) : t('process.step.netting', params);
    case 'detected':
      return t('process.step.detected', { ...params, amount: number(journey.deviation?.gapMsek ?? 0, 1) });
    default:
      return t(`process.step.${step.kind}`, params);
  }
}
