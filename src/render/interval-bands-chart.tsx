// Draws the medians with their 10–90 % bands laid out by src/layout/interval-bands-layout.ts: one small
// panel per output with its own axis, one row per organisation, the numbers written at the right; the
// table behind it gives every median and percentile.
import { useMemo } from 'react';
import { BANDS, layoutIntervalBands, type BandGroupInput } from '@/layout/interval-bands-layout';
import { ChartData } from './chart-data';
import { ChartFrame } from './chart-frame';
import type { I18n } from '@/i18n/language';
import { useI18n } from '@/i18n/language';
import { GRID, INK } from './chart-ink';
import { seriesStyle } from './series-styles';
import type { TableSpec } from './table-spec';


/** The numbers behind the bands: per output and organisation, the median and the 10th and 90th percentiles. */
function bandsTable(groups: readonly BandGroupInput[], digitsOf: (key: string) => number, title: string, i18n: I18n): TableSpec {
  const { t, number } = i18n;
  const cell = (value: number, digits: number) => ({ text: number(value, digits), csv: Math.round(value * 1000) / 1000 });
  return {
    caption: title,
    rowHeader: t('bands.table.row'),
    columns: [{ header: t('mc.csv.median'), numeric: true }, { header: t('mc.csv.p10'), numeric: true }, { header: t('mc.csv.p90'), numeric: true }],
    rows: groups.flatMap((group) =>
      group.rows.map((row) => {
        const digits = digitsOf(group.key);
        return {
          key: `${group.key}:${row.key}`,
          header: `${group.label}: ${row.label}`,
          cells: [cell(row.summary.median, digits), cell(row.summary.p10, digits), cell(row.summary.p90, digits)],
        };
      }),
    ),
  };
}

export function IntervalBandsChart({
  groups,
  digitsOf,
  title,
  width,
  fileParts,
}: {
  groups: readonly BandGroupInput[];
  digitsOf: (groupKey: string) => number;
  title: string;
  width: number;
  fileParts: string[];
}) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const layout = useMemo(() => layoutIntervalBands({ groups, width }), [groups, width]);
  const table = useMemo(() => bandsTable(groups, digitsOf, title, i18n), [groups, digitsOf, title, i18n]);
  const description = layout.groups
    .map((group) => {
      const digits = digitsOf(group.key);
      const rows = group.rows.map((row) =>
        t('bands.desc.row', { name: row.label, median: number(row.summary.median, digits), p10: number(row.summary.p10, digits), p90: number(row.summary.p90, digits) }),
      );
      return `${group.titleLines.join(' ')}: ${rows.join('; ')}.`;
    })
    .join(' ');
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
      <g fontSize={BANDS.font} fill={INK}>
        {layout.groups.map((group) => {
          const digits = digitsOf(group.key);
          return (
            <g key={group.key}>
              <text x={BANDS.margin} y={group.titleBaseline} fontWeight={700}>
                {group.titleLines.map((line, i) => (
                  <tspan key={i} x={BANDS.margin} y={group.titleBaseline + i * BANDS.line}>
                    {line}
                  </tspan>
                ))}
              </text>
              {group.ticks.map((tick) => (
                <g key={tick.value}>
                  <line x1={tick.x} x2={tick.x} y1={group.plotTop} y2={group.axisY} stroke={GRID} />
                  <text x={tick.x} y={group.axisY + 13} textAnchor="middle" fontSize={BANDS.font - 1}>
                    {number(tick.value, digits > 0 && Math.abs(tick.value) < 10 ? 1 : 0)}
                  </text>
                </g>
              ))}
              {group.rows.map((row, r) => {
                const style = seriesStyle(r);
                return (
                  <g key={row.key}>
                    <text x={layout.plotX0 - 8} y={row.labelBaseline} textAnchor="end">
                      {row.label.length > 22 ? `${row.label.slice(0, 21)}…` : row.label}
                    </text>
                    <line x1={row.x10} x2={row.x90} y1={row.y} y2={row.y} stroke={style.colour} strokeWidth={7} strokeOpacity={0.35} />
                    <line x1={row.x10} x2={row.x90} y1={row.y} y2={row.y} stroke={style.colour} strokeWidth={1.5} strokeDasharray={style.dash} />
                    <circle cx={row.x50} cy={row.y} r={4.5} fill="#ffffff" stroke={style.colour} strokeWidth={2.5} />
                    <text x={layout.valueX} y={row.labelBaseline}>
                      {t('bands.value', { median: number(row.summary.median, digits), p10: number(row.summary.p10, digits), p90: number(row.summary.p90, digits) })}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </g>
    </ChartFrame>
    <ChartData table={table} />
    </>
  );
}
