// Both sides of the argument (DESIGN §4.3b): what each organisation costs as well as what it gains —
// elected positions and distinct persons (fewer positions is the "democratic deficit" critics name), how
// concentrated decisions and positions are in KS and its utskott, and KS's workload.
import { memo } from 'react';
import type { Model } from '@/domain/model-schema';
import type { YearResult } from '@/simulation/run-year';
import { DataTable } from '@/render/data-table';
import { CsvExportButton } from '@/render/export-buttons';
import { useI18n } from '@/i18n/language';
import { figureTable, numberCell, percentCell } from './model-table';

function BothSidesSectionView({ models, results }: { models: readonly Model[]; results: readonly YearResult[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const table = figureTable(t('sides.table.caption'), t('frames.table.figure'), models, results, [
    { key: 'positions', header: t('sides.positions'), help: t('sides.positions.help'), cell: (r) => numberCell(i18n, r.representation.positions) },
    { key: 'persons', header: t('sides.persons'), cell: (r) => numberCell(i18n, r.representation.persons) },
    { key: 'meetings', header: t('sides.meetings'), cell: (r) => numberCell(i18n, r.representation.meetingsPerYear) },
    {
      key: 'cost',
      header: `${t('sides.cost')} (${t('unit.msek')})`,
      cell: (r) => ({ ...numberCell(i18n, r.representation.meetingCostMsek, 2), example: r.representation.costIsExample }),
    },
    { key: 'byCount', header: t('sides.decisionsByCount'), help: t('sides.decisionsByCount.help'), cell: (r) => percentCell(i18n, r.concentration.decisionsByCount) },
    { key: 'byMoney', header: t('sides.decisionsByMoney'), cell: (r) => percentCell(i18n, r.concentration.decisionsByMoney) },
    { key: 'seatShare', header: t('sides.positionShare'), cell: (r) => percentCell(i18n, r.concentration.positions) },
    { key: 'ksMeetings', header: t('sides.ksMeetings'), cell: (r) => numberCell(i18n, r.executiveBoardWorkload.meetings) },
    { key: 'ksPerMeeting', header: t('sides.ksPerMeeting'), cell: (r) => numberCell(i18n, r.executiveBoardWorkload.mattersPerMeeting, 1) },
    { key: 'ksCarried', header: t('sides.ksCarried'), help: t('sides.ksCarried.help'), cell: (r) => numberCell(i18n, r.executiveBoardWorkload.carriedOver) },
  ], i18n);
  return (
    <section aria-labelledby="simulate-sides-heading" className="simulate-section">
      <div className="section-heading">
        <h2 id="simulate-sides-heading">{t('simulate.sides.heading')}</h2>
        <CsvExportButton table={table} name={table.caption} fileParts={['kommunmodell', 'simulering', 'bada-sidor']} />
      </div>
      <p className="section-intro">{t('simulate.sides.intro')}</p>
      <DataTable table={table} className="compare-table" />
      {table.rows.some((r) => r.differs) && <p className="help">{t('table.differsLegend')}</p>}
    </section>
  );
}

export const BothSidesSection = memo(BothSidesSectionView);
