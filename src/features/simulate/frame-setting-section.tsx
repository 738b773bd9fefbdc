// The frame setting of DESIGN §4.1 for each organisation: which order (bottom-up bids cut to the revenue,
// or top-down with the total fixed first), how much was asked for against the revenue, the negotiation
// rounds and days, and the allocative loss against the best split of the same money; then the frame of
// every service area beside that best split. No randomness: the same for every seed.
import { memo } from 'react';
import type { Model } from '@/domain/model-schema';
import type { YearResult } from '@/simulation/run-year';
import { DataTable } from '@/render/data-table';
import { CsvExportButton } from '@/render/export-buttons';
import { useI18n } from '@/i18n/language';
import { figureTable, numberCell, percentCell } from './model-table';

function FrameSettingSectionView({ models, results }: { models: readonly Model[]; results: readonly YearResult[] }) {
  const i18n = useI18n();
  const { t, pick, number } = i18n;
  const table = figureTable(t('frames.table.caption'), t('frames.table.figure'), models, results, [
    { key: 'process', header: t('frames.process'), cell: (r) => ({ text: t(`frames.process.${r.frameSetting.process}`), csv: r.frameSetting.process }) },
    { key: 'revenue', header: `${t('frames.revenue')} (${t('unit.msek')})`, cell: (r) => numberCell(i18n, r.frameSetting.revenueMsek, 1) },
    { key: 'demanded', header: `${t('frames.demanded')} (${t('unit.msek')})`, cell: (r) => numberCell(i18n, r.frameSetting.demandedMsek, 1) },
    {
      key: 'over',
      header: t('frames.overDemand'),
      help: t('frames.overDemand.help'),
      cell: (r) => percentCell(i18n, r.frameSetting.overDemandRatio - 1, 1),
    },
    { key: 'rounds', header: t('frames.rounds'), cell: (r) => numberCell(i18n, r.frameSetting.rounds) },
    { key: 'days', header: t('frames.days'), help: t('frames.days.help'), cell: (r) => numberCell(i18n, r.frameSetting.calendarDays) },
    {
      key: 'loss',
      header: `${t('frames.loss')} (${t('unit.msek')})`,
      help: t('frames.loss.help'),
      cell: (r) => numberCell(i18n, r.frameSetting.allocativeLossMsek, 2),
    },
  ], i18n);
  const areaIds = [...new Set(results.flatMap((r) => r.frameSetting.areas.map((a) => a.areaId)))];
  const areaName = (id: string) => {
    for (const model of models) {
      const area = model.serviceAreas.find((a) => a.id === id);
      if (area) return pick(area.name);
    }
    return id;
  };
  const areaTable = {
    caption: t('frames.areas.caption'),
    rowHeader: t('frames.areas.area'),
    columns: models.map((m) => ({ header: pick(m.name), numeric: true })),
    rows: areaIds.map((id) => ({
      key: id,
      header: areaName(id),
      cells: results.map((r) => {
        const area = r.frameSetting.areas.find((a) => a.areaId === id);
        if (area === undefined) return { text: '–', csv: null };
        return {
          text: t('frames.areas.cell', { frame: number(area.allocatedMsek, 1), optimal: number(area.optimalMsek, 1) }),
          csv: Math.round(area.allocatedMsek * 100) / 100,
        };
      }),
    })),
  };
  return (
    <section aria-labelledby="simulate-frames-heading" className="simulate-section">
      <div className="section-heading">
        <h2 id="simulate-frames-heading">{t('simulate.frames.heading')}</h2>
        <CsvExportButton table={table} name={table.caption} fileParts={['kommunmodell', 'simulering', 'ramsattning']} />
      </div>
      <p className="section-intro">{t('simulate.frames.intro')}</p>
      <DataTable table={table} className="compare-table" />
      <div className="section-heading">
        <h3>{t('frames.areas.heading')}</h3>
        <CsvExportButton table={areaTable} name={areaTable.caption} fileParts={['kommunmodell', 'simulering', 'ram-per-verksamhet']} />
      </div>
      <details className="chart-data">
        <summary>{t('frames.areas.show')}</summary>
        <DataTable table={areaTable} className="compare-table" />
      </details>
    </section>
  );
}

export const FrameSettingSection = memo(FrameSettingSectionView);
