// The table behind a chart, shown on request under it (the same numbers as the picture, for a screen
// reader, for checking, and for copying into minutes).
import { DataTable } from './data-table';
import { useI18n } from './i18n/language';
import type { TableSpec } from './table-spec';

export function ChartData({ table }: { table: TableSpec }) {
  const { t } = useI18n();
  return (
    <details className="chart-data">
      <summary>{t('table.showData')}</summary>
      <DataTable table={table} />
    </details>
  );
}
