// How many goals each organisation has and which bodies own them (DESIGN §12), as one compact table: a
// body past Helsingborg's three goals per nämnd (seed 004) is marked ⚠ with the words beside it, and the note
// says it is a practice, not a law. A model file that describes no goals says so rather than showing 0.
import { goalSummary } from '@/domain/goal-summary';
import type { Model } from '@/domain/model-schema';
import { DataTable } from '@/render/data-table';
import { useI18n } from '@/render/i18n/language';
import type { TableSpec } from '@/render/table-spec';
import { compareRow } from './facts-section';

export function GoalsSection({ models }: { models: readonly Model[] }) {
  const { t, pick, number } = useI18n();
  const summaries = models.map(goalSummary);
  const table: TableSpec = {
    caption: t('compare.goals.caption'),
    rowHeader: t('compare.facts.fact'),
    columns: models.map((m) => ({ header: pick(m.name), numeric: false })),
    rows: [
      compareRow(
        'goals-total',
        t('compare.goals.total'),
        summaries.map((s) => (s.described ? { text: number(s.total), csv: s.total } : { text: t('compare.goals.none'), csv: '' })),
      ),
      compareRow(
        'goals-owners',
        t('compare.goals.owners'),
        summaries.map((s) => {
          if (!s.described || s.owners.length === 0) return { text: '–', csv: '' };
          return {
            text: s.owners.map((o) => `${pick(o.name)} ${o.goals.length}${o.overPractice ? ` ⚠ (${t('compare.goals.overMark')})` : ''}`).join(', '),
          };
        }),
      ),
    ],
  };
  return (
    <section aria-labelledby="compare-goals-heading">
      <h2 id="compare-goals-heading">{t('compare.goals.heading')}</h2>
      <DataTable table={table} className="compare-table" />
      <p className="help">{t('compare.goals.note')}</p>
    </section>
  );
}
