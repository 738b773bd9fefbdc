// The answer at the top of Simulate in one sentence (DESIGN §6), computed from the same example-year
// results the pipes and the summary show: the most money that stood trapped in one budget holder while
// another ran a deficit, in each organisation, largest first, and the year's result against budget. It
// says "in the example year" because it is one year of many (the distributions come below).
import type { Model } from '@/domain/model-schema';
import type { I18n } from '@/i18n/language';
import type { YearResult } from '@/simulation/run-year';

/** Amounts below this (MSEK) are written as none: the figures are shown to one decimal. */
const NOTABLE_MSEK = 0.05;

const shortName = (name: string): string => (name.indexOf(':') > 0 ? name.slice(0, name.indexOf(':')) : name);

export function simulateTakeaway(models: readonly Model[], results: readonly YearResult[], i18n: I18n): string {
  const { t, pick, number } = i18n;
  const rows = models.map((model, i) => {
    const result = results[i];
    const trapped = Math.max(0, ...(result?.budgetYear.trappedSurplusByMonthMsek ?? [0]));
    return { name: shortName(pick(model.name)), trapped: trapped > NOTABLE_MSEK ? trapped : 0, result: result?.budgetYear.resultMsek ?? 0 };
  });
  if (rows.length === 0) return '';
  const sorted = [...rows].sort((a, b) => b.trapped - a.trapped);
  const worst = sorted[0]!;
  if (worst.trapped === 0) return t('simulate.takeaway.noneTrapped', { count: rows.length });
  const others = sorted
    .slice(1)
    .map((row) => (row.trapped === 0 ? t('simulate.takeaway.otherNone', { name: row.name }) : t('simulate.takeaway.other', { name: row.name, amount: number(row.trapped, 1) })))
    .join('; ');
  const first = t('simulate.takeaway.trapped', { name: worst.name, amount: number(worst.trapped, 1) });
  return others ? `${first}; ${others}.` : `${first}.`;
}
