// The frame every chart is drawn in: an SVG with a text alternative (role="img", <title> and <desc>),
// scaled down to fit its column (never up), with keyboard-operable buttons to zoom and move around a large
// chart (the viewBox shrinks around a centre point), and buttons to download it as SVG or PNG.
// The export always gives the whole chart at its natural size.
import { useId, useRef, useState, type ReactNode } from 'react';
import { ChartExportButtons, CsvExportButton } from './export-buttons';
import { useI18n } from '@/i18n/language';
import type { TableSpec } from './table-spec';

const ZOOM_STEP = 1.5;
const MAX_ZOOM = 4;
/** Share of the visible width or height one press of an arrow button moves. */
const PAN_STEP = 0.25;
export const CHART_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

interface View {
  zoom: number;
  centreX: number;
  centreY: number;
}

function viewBox(view: View, width: number, height: number): [number, number, number, number] {
  const w = width / view.zoom;
  const h = height / view.zoom;
  const x = Math.min(Math.max(view.centreX - w / 2, 0), width - w);
  const y = Math.min(Math.max(view.centreY - h / 2, 0), height - h);
  return [x, y, w, h];
}

export function ChartFrame({
  width,
  height,
  title,
  description,
  name,
  fileParts,
  zoomable = false,
  toolbar,
  csvTable,
  children,
}: {
  width: number;
  height: number;
  title: string;
  description: string;
  /** What the chart is, for the buttons' labels ("organisationsschema för Munkfors"). */
  name: string;
  fileParts: string[];
  zoomable?: boolean;
  /** More buttons for the toolbar (e.g. the CSV of the chart's table). */
  toolbar?: ReactNode;
  /** The chart's data table: adds a button that downloads it as CSV (named after the chart's file). */
  csvTable?: TableSpec;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const whole: View = { zoom: 1, centreX: width / 2, centreY: height / 2 };
  const [view, setView] = useState<View>(whole);
  const [x, y, w, h] = viewBox(view, width, height);
  const zoomTo = (zoom: number) =>
    setView({ zoom: Math.min(MAX_ZOOM, Math.max(1, zoom)), centreX: x + w / 2, centreY: y + h / 2 });
  const pan = (dx: number, dy: number) =>
    setView({ zoom: view.zoom, centreX: x + w / 2 + dx * w * PAN_STEP, centreY: y + h / 2 + dy * h * PAN_STEP });
  const zoomed = view.zoom > 1;
  const button = (label: string, text: string, onClick: () => void, disabled: boolean) => (
    <button type="button" className="chart-button" aria-label={label} title={label} onClick={onClick} disabled={disabled}>
      {text}
    </button>
  );
  return (
    <div className="chart-frame">
      <div className="chart-toolbar">
        {zoomable && (
          <div role="group" aria-label={t('chart.zoomGroup', { name })} className="button-group">
            {button(t('chart.zoomIn'), t('chart.zoomIn'), () => zoomTo(view.zoom * ZOOM_STEP), view.zoom >= MAX_ZOOM)}
            {button(t('chart.zoomOut'), t('chart.zoomOut'), () => zoomTo(view.zoom / ZOOM_STEP), !zoomed)}
            {button(t('chart.zoomReset'), t('chart.zoomReset'), () => setView(whole), !zoomed)}
            {button(t('chart.panLeft'), '←', () => pan(-1, 0), !zoomed || x <= 0)}
            {button(t('chart.panRight'), '→', () => pan(1, 0), !zoomed || x + w >= width)}
            {button(t('chart.panUp'), '↑', () => pan(0, -1), !zoomed || y <= 0)}
            {button(t('chart.panDown'), '↓', () => pan(0, 1), !zoomed || y + h >= height)}
          </div>
        )}
        <div role="group" aria-label={t('chart.exportGroup', { name })} className="button-group">
          <ChartExportButtons svgRef={svgRef} size={{ width, height }} name={name} fileParts={fileParts} />
          {toolbar}
          {csvTable && <CsvExportButton table={csvTable} name={csvTable.caption} fileParts={[...fileParts, 'tabell']} />}
        </div>
      </div>
      <div className="chart-viewport">
        <svg
          ref={svgRef}
          xmlns="http://www.w3.org/2000/svg"
          viewBox={`${x} ${y} ${w} ${h}`}
          width={width}
          height={height}
          style={{ maxWidth: '100%', height: 'auto', aspectRatio: `${width} / ${height}` }}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          fontFamily={CHART_FONT}
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <rect x={0} y={0} width={width} height={height} fill="#ffffff" />
          {children}
        </svg>
      </div>
    </div>
  );
}
