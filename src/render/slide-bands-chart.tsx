// Medians with 10–90 % bands on a slide (layout: slide-bands-layout.ts): a bar to the median in the
// organisation's colour, a whisker over the band, the value and band written out at the end of the row.
import { useMemo } from 'react';
import { layoutSlideBands, type BandGroupInput } from '@/layout/slide-bands-layout';
import { SLIDE_CHART } from '@/layout/slide-geometry';
import { INK } from './chart-ink';
import { seriesStyle } from './series-styles';
import { SlideFigure } from './slide-figure';
import type { TableSpec } from './table-spec';

export function SlideBandsChart({
  groups,
  domain,
  label,
  table,
  height,
  labelWidth,
}: {
  groups: readonly BandGroupInput[];
  domain?: readonly [number, number];
  label: string;
  table: TableSpec;
  height?: number;
  labelWidth?: number;
}) {
  const layout = useMemo(() => layoutSlideBands(groups, domain, { ...(height === undefined ? {} : { height }), ...(labelWidth === undefined ? {} : { labelWidth }) }), [groups, domain, height, labelWidth]);
  const { small, font } = SLIDE_CHART;
  return (
    <SlideFigure label={label} table={table} height={layout.height}>
      {layout.groups.map((group) => (
        <g key={group.key}>
          <text x={0} y={group.titleBaseline} fontSize={font} fontWeight={700} fill={INK}>
            {group.title}
          </text>
          {group.rows.map((row) => {
            const style = seriesStyle(row.series);
            const mid = row.y + row.height / 2;
            return (
              <g key={row.key}>
                <text x={0} y={row.labelBaseline} fontSize={small} fill={INK}>
                  {row.label}
                </text>
                <rect x={Math.min(row.x0, row.xMedian)} y={row.y} width={Math.max(2, Math.abs(row.xMedian - row.x0))} height={row.height} fill={style.fill} stroke={style.colour} strokeWidth={2} strokeDasharray={style.dash} />
                <line x1={row.x10} x2={row.x90} y1={mid} y2={mid} stroke={INK} strokeWidth={3} />
                <line x1={row.x10} x2={row.x10} y1={mid - 10} y2={mid + 10} stroke={INK} strokeWidth={3} />
                <line x1={row.x90} x2={row.x90} y1={mid - 10} y2={mid + 10} stroke={INK} strokeWidth={3} />
                <circle cx={row.xMedian} cy={mid} r={7} fill={style.colour} />
                <text x={row.valueX} y={row.labelBaseline} fontSize={small} fontWeight={700} fill={INK}>
                  {row.valueText}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </SlideFigure>
  );
}
