// A day of the simulated year (0 = 1 January) as a reader writes a date: "12 maj" / "12 May".
import { DAYS_IN_YEAR, MONTH_START_DAY } from '@/domain/meeting-calendar';
import type { I18n } from '@/i18n/language';

export const MONTH_KEYS = {
  short: ['month.short.0', 'month.short.1', 'month.short.2', 'month.short.3', 'month.short.4', 'month.short.5', 'month.short.6', 'month.short.7', 'month.short.8', 'month.short.9', 'month.short.10', 'month.short.11'],
  long: ['month.long.0', 'month.long.1', 'month.long.2', 'month.long.3', 'month.long.4', 'month.long.5', 'month.long.6', 'month.long.7', 'month.long.8', 'month.long.9', 'month.long.10', 'month.long.11'],
} as const;

export function monthNames(i18n: Pick<I18n, 't'>, form: 'short' | 'long'): string[] {
  return MONTH_KEYS[form].map((key) => i18n.t(key));
}

export function dayText(i18n: Pick<I18n, 't'>, day: number): string {
  const within = ((Math.round(day) % DAYS_IN_YEAR) + DAYS_IN_YEAR) % DAYS_IN_YEAR;
  let month = 0;
  for (let m = 0; m < 12; m++) if (within >= (MONTH_START_DAY[m] ?? 0)) month = m;
  return i18n.t('date.dayMonth', { day: within - (MONTH_START_DAY[month] ?? 0) + 1, month: i18n.t(MONTH_KEYS.short[month] ?? 'month.short.0') });
}
