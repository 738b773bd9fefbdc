// Draws the influence chart of the robustness analysis laid out by src/layout/influence-bars-layout.ts:
// one bar per assumption, most influential first, the value in percentage points after it, bars at or
// under the chance level hatched lighter and marked in words in the table, and a dashed chance line.
import { useMemo } from 'react';
import { layoutInfluenceBars, INFLUENCE_CHART, type InfluenceBarInput } from '@/layout/influence-bars-layout';
import { ChartFrame } from './chart-frame';
import { GRID, INK, INK_SOFT } from './chart-ink';
import type { TableSpec } from './table-spec';

const BAR = '#3b5b92';
const BAR_CHANCE = '#a9b8d3';

export function InfluenceChart({
  bars,
  chance,
  width,
  title,
  description,
  chanceLabel,
  table,
  fileParts,
}: {
  bars: readonly InfluenceBarInput[];
  chance: number;
  width: number;
  title: string;
  description: string;
  chanceLabel: string;
  table: TableSpec;
  fileParts: string[];
}) {
  const layout = useMemo(() => layoutInfluenceBars({ bars, chance, width }), [bars, chance, width]);
  const { plot } = layout;
  const f = INFLUENCE_CHART.fontSize;
  return (
    <ChartFrame width={layout.width} height={layout.height} title={title} description={description} name={title} fileParts={fileParts} csvTable={table}>
      {layout.ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={tick.x} x2={tick.x} y1={plot.y - 6} y2={plot.y + plot.height + 4} stroke={GRID} />
          <text x={tick.x} y={plot.y + plot.height + 20} fontSize={f - 1} textAnchor="middle" fill={INK_SOFT}>
            {tick.value}
          </text>
        </g>
      ))}
      {layout.bars.map((bar) => (
        <g key={bar.id}>
          <text x={bar.labelX} y={bar.labelY} fontSize={f} textAnchor="end" fill={INK}>
            {bar.labelLines.map((line, i) => (
              <tspan key={i} x={bar.labelX} dy={i === 0 ? 0 : INFLUENCE_CHART.lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
          <rect x={bar.barX} y={bar.barY} width={bar.barWidth} height={INFLUENCE_CHART.barHeight} fill={bar.maybeChance ? BAR_CHANCE : BAR} />
          <text x={bar.valueX} y={bar.valueY} fontSize={f} fill={INK}>
            {bar.percent}
          </text>
        </g>
      ))}
      {layout.chanceX !== undefined && (
        <g>
          <line x1={layout.chanceX} x2={layout.chanceX} y1={plot.y - 8} y2={plot.y + plot.height + 4} stroke={INK_SOFT} strokeDasharray="4 3" strokeWidth={1.5} />
          <text x={layout.chanceX} y={plot.y - 12} fontSize={f - 1} textAnchor="middle" fill={INK_SOFT}>
            {chanceLabel}
          </text>
        </g>
      )}
    </ChartFrame>
  );
}
