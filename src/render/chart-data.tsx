// The table behind a chart, shown on request under it (the same numbers as the picture, for a screen
// reader, for checking, and for copying into minutes). The table is built into the page only while it is
// open, so a chart that redraws often does not redraw a hidden table each time.
import { useState } from 'react';
import { DataTable } from './data-table';
import { useI18n } from '@/i18n/language';
import type { TableSpec } from './table-spec';

export function ChartData({ table }: { table: TableSpec }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details className="chart-data" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('table.showData')}</summary>
      {open && <DataTable table={table} />}
    </details>
  );
}
