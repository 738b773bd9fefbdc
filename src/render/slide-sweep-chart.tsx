// A sweep on a slide (layout: slide-sweep-layout.ts): the paired difference's median line and 10–90 %
// band against the swept assumption, the zero line named, the step's own value marked.
import { useMemo } from 'react';
import { layoutSlideSweep, type SweepPointInput } from '@/layout/slide-sweep-layout';
import { SLIDE_CHART } from '@/layout/slide-geometry';
import { GRID, INK, INK_SOFT } from './chart-ink';
import { SlideFigure } from './slide-figure';
import { WHOLE, WHOLE_FILL } from './slide-ink';
import type { TableSpec } from './table-spec';

export function SlideSweepChart({
  points,
  mark,
  label,
  table,
  xLabel,
  yLabel,
  zeroLabel,
  markLabel,
  tick,
}: {
  points: readonly SweepPointInput[];
  mark: number | undefined;
  label: string;
  table: TableSpec;
  xLabel: string;
  yLabel: string;
  zeroLabel: string;
  markLabel: string;
  tick(value: number, axis: 'x' | 'y'): string;
}) {
  const layout = useMemo(() => layoutSlideSweep(points, mark), [points, mark]);
  const { small } = SLIDE_CHART;
  const { plot } = layout;
  return (
    <SlideFigure label={label} table={table}>
      {layout.yTicks.map((t) => (
        <g key={`y${t.value}`}>
          <line x1={plot.x0} x2={plot.x1} y1={t.y} y2={t.y} stroke={GRID} />
          <text x={plot.x0 - 10} y={t.y + small * 0.35} textAnchor="end" fontSize={small} fill={INK_SOFT}>
            {tick(t.value, 'y')}
          </text>
        </g>
      ))}
      {layout.xTicks.map((t) => (
        <text key={`x${t.value}`} x={t.x} y={plot.y1 + small + 8} textAnchor="middle" fontSize={small} fill={INK_SOFT}>
          {tick(t.value, 'x')}
        </text>
      ))}
      <text x={(plot.x0 + plot.x1) / 2} y={layout.height - 6} textAnchor="middle" fontSize={small} fontWeight={600} fill={INK}>
        {xLabel}
      </text>
      <text x={plot.x0} y={small} fontSize={small} fontWeight={600} fill={INK}>
        {yLabel}
      </text>
      <path d={layout.band} fill={WHOLE_FILL} />
      <line x1={plot.x0} x2={plot.x1} y1={layout.zeroY} y2={layout.zeroY} stroke={INK} strokeWidth={2} />
      <text x={plot.x1} y={layout.zeroY - 8} textAnchor="end" fontSize={small} fill={INK}>
        {zeroLabel}
      </text>
      <path d={layout.line} fill="none" stroke={WHOLE} strokeWidth={4} />
      {layout.dots.map((d, i) => (
        <circle key={i} cx={d.x} cy={d.y} r={6} fill={WHOLE} />
      ))}
      {layout.markX !== undefined && (
        <g>
          <line x1={layout.markX} x2={layout.markX} y1={plot.y0} y2={plot.y1} stroke={INK} strokeWidth={2} strokeDasharray="6 4" />
          <text x={layout.markX + 8} y={plot.y0 + small} fontSize={small} fill={INK}>
            {markLabel}
          </text>
        </g>
      )}
    </SlideFigure>
  );
}
