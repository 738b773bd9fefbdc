// Draws a robustness sweep laid out by src/layout/sweep-chart-layout.ts: per organisation the median as a
// line (colour and dash from series-styles.ts) with its 10–90 % band, and under the plot a strip naming the
// organisation(s) ahead at each value of the swept assumption ("2+3" when two share the lead, "–" where
// it is too close to call); a legend above the plot names the lines.
import { useMemo } from 'react';
import { layoutSweepChart, SWEEP_CHART, type SweepSeriesInput } from '@/layout/sweep-chart-layout';
import { ChartData } from './chart-data';
import { ChartFrame } from './chart-frame';
import { useI18n } from './i18n/language';
import { INK } from './chart-ink';
import { HorizontalGrid } from './horizontal-grid';
import { seriesStyle } from './series-styles';
import type { TableSpec } from './table-spec';


export function SweepChart({
  series,
  names,
  leaders,
  title,
  description,
  parameterLabel,
  unit,
  digits,
  width,
  fileParts,
}: {
  series: readonly SweepSeriesInput[];
  names: readonly string[];
  leaders: readonly (readonly number[] | undefined)[];
  title: string;
  description: string;
  parameterLabel: string;
  unit: string;
  digits: number;
  width: number;
  fileParts: string[];
}) {
  const { t, number } = useI18n();
  const layout = useMemo(() => layoutSweepChart({ series, width, height: 330, leaders }), [series, width, leaders]);
  const { plot } = layout;
  // The numbers behind the lines: per value of the assumption, each organisation's median and band.
  const table: TableSpec = useMemo(() => {
    const values = [...new Set(series.flatMap((s) => s.points.map((p) => p.value)))].sort((a, b) => a - b);
    return {
      caption: title,
      rowHeader: parameterLabel,
      columns: series.map((_, i) => ({ header: `${i + 1}. ${names[i] ?? ''}`, numeric: true })),
      rows: values.map((value) => ({
        key: String(value),
        header: number(value, 2),
        cells: series.map((s) => {
          const p = s.points.find((point) => point.value === value);
          return p === undefined
            ? { text: '–', csv: null }
            : { text: t('mc.cell', { median: number(p.median, digits), p10: number(p.p10, digits), p90: number(p.p90, digits) }), csv: p.median };
        }),
      })),
    };
  }, [series, names, title, parameterLabel, digits, number, t]);
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
      <g fontSize={SWEEP_CHART.font} fill={INK}>
        <HorizontalGrid ticks={layout.yTicks.map((tick) => ({ y: tick.y, label: number(tick.value, digits) }))} x0={plot.x0} x1={plot.x1} />
        <text x={SWEEP_CHART.margin} y={plot.y0 + 2} fontWeight={600}>
          {unit}
        </text>
        {layout.series.map((s, i) => {
          const style = seriesStyle(i);
          return <path key={`band-${s.key}`} d={s.band} fill={style.fill} fillOpacity={0.55} stroke="none" />;
        })}
        {layout.series.map((s, i) => {
          const style = seriesStyle(i);
          return (
            <g key={`line-${s.key}`}>
              <path d={s.line} fill="none" stroke={style.colour} strokeWidth={2.5} strokeDasharray={style.dash} />
              {s.dots.map((dot) => (
                <circle key={dot.value} cx={dot.x} cy={dot.y} r={3} fill={style.colour} />
              ))}
            </g>
          );
        })}
        {layout.legend.map((entry, i) => {
          const style = seriesStyle(i);
          return (
            <g key={`legend-${i}`}>
              <line x1={entry.x} x2={entry.x + 28} y1={entry.baseline - 4} y2={entry.baseline - 4} stroke={style.colour} strokeWidth={2.5} strokeDasharray={style.dash} />
              <text x={entry.x + 34} y={entry.baseline} fill={INK}>
                {i + 1}. {names[i]}
              </text>
            </g>
          );
        })}
        <line x1={plot.x0} x2={plot.x1} y1={plot.y1} y2={plot.y1} stroke={INK} />
        {layout.xTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={tick.x} x2={tick.x} y1={plot.y1} y2={plot.y1 + 4} stroke={INK} />
            <text x={tick.x} y={plot.y1 + 16} textAnchor="middle">
              {number(tick.value, 2)}
            </text>
          </g>
        ))}
        <text x={plot.x1} y={plot.y1 + 28} textAnchor="end" fontWeight={600}>
          {parameterLabel}
        </text>
        {layout.strip.length > 0 && (
          <text x={SWEEP_CHART.margin} y={(layout.strip[0]?.y ?? 0) + 15} fontWeight={600}>
            {t('sweep.ahead')}
          </text>
        )}
        {layout.strip.map((cell) => {
          const first = cell.leaders?.[0];
          const style = first === undefined ? undefined : seriesStyle(first);
          return (
            <g key={cell.value}>
              <rect x={cell.x} y={cell.y} width={cell.width} height={cell.height} fill={style?.fill ?? '#eef1f4'} stroke={style?.colour ?? '#9aa4ae'} />
              <text x={cell.x + cell.width / 2} y={cell.y + 15} textAnchor="middle" fontWeight={700} fill={style?.colour ?? '#4a5360'}>
                {cell.leaders === undefined ? '–' : cell.leaders.map((l) => l + 1).join('+')}
              </text>
            </g>
          );
        })}
      </g>
    </ChartFrame>
    <ChartData table={table} />
    </>
  );
}
