// Matters and their lead times (DESIGN §4.3) in each organisation's example year: how many arrived and
// were decided, lead times (median and 90th percentile), handovers, referrals back; and the spread of the
// year's lead times as a histogram (one year; the Monte Carlo section shows it over many).
import { memo, useMemo } from 'react';
import type { Model } from '@/domain/model-schema';
import type { YearResult } from '@/simulation/run-year';
import { DataTable } from '@/render/data-table';
import { CsvExportButton } from '@/render/export-buttons';
import { HistogramChart } from '@/render/histogram-chart';
import { useI18n } from '@/i18n/language';
import { figureTable, numberCell } from './model-table';

function MattersSectionView({ models, results, width }: { models: readonly Model[]; results: readonly YearResult[]; width: number }) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const table = figureTable(t('matters.table.caption'), t('frames.table.figure'), models, results, [
    { key: 'count', header: t('matters.count'), cell: (r) => numberCell(i18n, r.matters.count) },
    { key: 'cross', header: t('matters.cross'), cell: (r) => numberCell(i18n, r.matters.countByKind.crossArea) },
    { key: 'decided', header: t('matters.decided'), cell: (r) => numberCell(i18n, r.matters.decided) },
    { key: 'median', header: t('matters.leadMedian'), cell: (r) => numberCell(i18n, r.matters.leadTime.median, 1) },
    { key: 'p90', header: t('matters.leadP90'), cell: (r) => numberCell(i18n, r.matters.leadTime.p90, 1) },
    { key: 'handovers', header: t('matters.handovers'), help: t('matters.handovers.help'), cell: (r) => numberCell(i18n, r.matters.handoversPerMatter, 2) },
    { key: 'referred', header: t('matters.referredBack'), cell: (r) => numberCell(i18n, r.matters.referredBack) },
    { key: 'undecided', header: t('matters.undecided'), cell: (r) => numberCell(i18n, r.matters.undecidedAtYearEnd) },
  ], i18n);
  const series = useMemo(
    () => models.map((model, i) => ({ key: model.id, label: pick(model.name), values: results[i]?.matters.leadTimeDays ?? [] })),
    [models, results, pick],
  );
  return (
    <section aria-labelledby="simulate-matters-heading" className="simulate-section">
      <div className="section-heading">
        <h2 id="simulate-matters-heading">{t('simulate.matters.heading')}</h2>
        <CsvExportButton table={table} name={table.caption} fileParts={['kommunmodell', 'simulering', 'arenden']} />
      </div>
      <p className="section-intro">{t('simulate.matters.intro')}</p>
      <DataTable table={table} className="compare-table" />
      <HistogramChart
        series={series}
        title={t('matters.histogram.title')}
        unit={t('unit.days')}
        digits={0}
        width={Math.min(width, 900)}
        fileParts={['kommunmodell', 'simulering', 'ledtider']}
      />
    </section>
  );
}

export const MattersSection = memo(MattersSectionView);
