// Download buttons: a table as CSV (in the user's language's spreadsheet format), a chart as SVG or PNG.
// Each button's accessible name says what it downloads, and starts with the visible text's meaning.
import { useState, type RefObject } from 'react';
import { CSV_FORMATS, type CsvCell } from './export/csv';
import { downloadCsv, fileNameOf } from './export/download';
import { downloadPng, downloadSvg, type ChartSize } from './export/svg-export';
import { useI18n } from '@/i18n/language';
import { tableCsvRows, type TableSpec } from './table-spec';

/** Downloads `table` as CSV, or `csv` when the spreadsheet wants other columns than the screen. */
export function CsvExportButton({
  table,
  name,
  fileParts,
  csv,
}: {
  table: TableSpec;
  name: string;
  fileParts: string[];
  csv?: CsvCell[][];
}) {
  const { t, lang } = useI18n();
  return (
    <button
      type="button"
      className="export-button"
      aria-label={t('table.exportCsvLabel', { name })}
      onClick={() => downloadCsv(csv ?? tableCsvRows(table), CSV_FORMATS[lang], fileNameOf(fileParts, 'csv'))}
    >
      {t('table.exportCsv')}
    </button>
  );
}

export function ChartExportButtons({
  svgRef,
  size,
  name,
  fileParts,
}: {
  svgRef: RefObject<SVGSVGElement | null>;
  size: ChartSize;
  name: string;
  fileParts: string[];
}) {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button
        type="button"
        className="export-button"
        aria-label={t('chart.exportSvgLabel', { name })}
        onClick={() => svgRef.current && downloadSvg(svgRef.current, size, fileNameOf(fileParts, 'svg'))}
      >
        {t('chart.exportSvg')}
      </button>
      <button
        type="button"
        className="export-button"
        aria-label={t('chart.exportPngLabel', { name })}
        onClick={() => {
          setFailed(false);
          if (svgRef.current) downloadPng(svgRef.current, size, fileNameOf(fileParts, 'png')).catch(() => setFailed(true));
        }}
      >
        {t('chart.exportPng')}
      </button>
      {failed && (
        <span role="alert" className="export-error">
          {t('chart.exportFailed')}
        </span>
      )}
    </>
  );
}
