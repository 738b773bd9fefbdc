// Draws a histogram laid out by src/layout/histogram-layout.ts: per organisation its bars (colour and
// outline style from series-styles.ts) and, above the bars, its median with the 10–90 % band. The table
// behind it gives the count of runs in every bin.
import { useMemo } from 'react';
import { HISTOGRAM, layoutHistogram, type HistogramLayout } from '@/layout/histogram-layout';
import { ChartData } from './chart-data';
import { ChartFrame } from './chart-frame';
import type { I18n } from '@/i18n/language';
import { useI18n } from '@/i18n/language';
import { INK } from './chart-ink';
import { HorizontalGrid } from './horizontal-grid';
import { seriesStyle } from './series-styles';
import type { TableSpec } from './table-spec';


export interface HistogramSeries {
  key: string;
  label: string;
  values: readonly number[];
}

function histogramTable(layout: HistogramLayout, series: readonly HistogramSeries[], caption: string, digits: number, i18n: I18n): TableSpec {
  const { t, number } = i18n;
  return {
    caption,
    rowHeader: t('hist.table.bin'),
    columns: series.map((s) => ({ header: s.label, numeric: true })),
    rows: layout.edges.slice(0, -1).map((from, b) => ({
      key: String(b),
      header: t('hist.table.range', { from: number(from, digits), to: number(layout.edges[b + 1] ?? from, digits) }),
      cells: series.map((_, s) => {
        const count = layout.bars.find((bar) => bar.series === s && Math.abs(bar.from - from) < 1e-12)?.count ?? 0;
        return { text: number(count), csv: count };
      }),
    })),
  };
}

export function HistogramChart({
  series,
  title,
  unit,
  digits,
  width,
  fileParts,
}: {
  series: readonly HistogramSeries[];
  title: string;
  unit: string;
  digits: number;
  width: number;
  fileParts: string[];
}) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const layout = useMemo(() => layoutHistogram({ series, width, height: 240 }), [series, width]);
  const table = useMemo(() => histogramTable(layout, series, t('hist.table.caption', { title }), digits, i18n), [layout, series, title, digits, i18n, t]);
  const description = [
    t('hist.desc.intro', { title, unit }),
    ...layout.brackets.map((b) =>
      t('hist.desc.series', {
        name: series[b.series]?.label ?? '',
        runs: layout.counts[b.series] ?? 0,
        median: number(b.median, digits),
        p10: number(b.p10, digits),
        p90: number(b.p90, digits),
      }),
    ),
    ...layout.leftOut.flatMap((count, s) => (count > 0 ? [t('hist.desc.leftOut', { name: series[s]?.label ?? '', count })] : [])),
  ].join(' ');
  const { plot } = layout;
  return (
    <>
      <ChartFrame
        width={layout.width}
        height={layout.height}
        title={title}
        description={description}
        name={title}
        fileParts={fileParts}
        csvTable={table}
      >
        <g fontSize={HISTOGRAM.font} fill={INK}>
          <HorizontalGrid ticks={layout.yTicks.map((tick) => ({ y: tick.y, label: number(tick.count) }))} x0={plot.x0} x1={plot.x1} />
          <text x={HISTOGRAM.margin} y={plot.y0 - 2}>
            {t('hist.runs')}
          </text>
          {layout.bars.map((bar, i) => {
            const style = seriesStyle(bar.series);
            return (
              <rect
                key={i}
                x={bar.x}
                y={bar.y}
                width={bar.width}
                height={bar.height}
                fill={style.fill}
                stroke={style.colour}
                strokeWidth={1}
                strokeDasharray={style.dash}
              >
                <title>{`${series[bar.series]?.label ?? ''}: ${number(bar.count)} (${number(bar.from, digits)}–${number(bar.to, digits)})`}</title>
              </rect>
            );
          })}
          <line x1={plot.x0} x2={plot.x1} y1={plot.y1} y2={plot.y1} stroke={INK} />
          {layout.xTicks.map((tick) => (
            <g key={tick.value}>
              <line x1={tick.x} x2={tick.x} y1={plot.y1} y2={plot.y1 + 4} stroke={INK} />
              <text x={tick.x} y={plot.y1 + 16} textAnchor="middle">
                {number(tick.value, digits)}
              </text>
            </g>
          ))}
          <text x={plot.x1} y={plot.y1 + 30} textAnchor="end">
            {unit}
          </text>
          {layout.brackets.map((b) => {
            const style = seriesStyle(b.series);
            return (
              <g key={b.series}>
                <line x1={b.x10} x2={b.x90} y1={b.y} y2={b.y} stroke={style.colour} strokeWidth={3} />
                <line x1={b.x10} x2={b.x10} y1={b.y - 4} y2={b.y + 4} stroke={style.colour} strokeWidth={2} />
                <line x1={b.x90} x2={b.x90} y1={b.y - 4} y2={b.y + 4} stroke={style.colour} strokeWidth={2} />
                <circle cx={b.x50} cy={b.y} r={4.5} fill="#ffffff" stroke={style.colour} strokeWidth={2.5} />
              </g>
            );
          })}
        </g>
      </ChartFrame>
      <ChartData table={table} />
    </>
  );
}
