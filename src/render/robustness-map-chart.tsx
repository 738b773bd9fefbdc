// Draws the 2-D robustness map laid out by src/layout/robustness-map-layout.ts: one cell per pair of
// groups of the two assumptions, coloured on the colour-blind-safe diverging scale (diverging-palette.ts)
// by the share of paired years in which the first organisation does better, with the share written in
// the cell (so the colour is never the only carrier), group labels on both axes, and a legend.
import { useMemo } from 'react';
import { layoutRobustnessMap, MAP_CHART, type MapLayoutInput } from '@/layout/robustness-map-layout';
import { ChartFrame } from './chart-frame';
import { INK, INK_SOFT } from './chart-ink';
import { divergingColour, NO_DATA_FILL, PALETTE_STEPS, textOnColour } from './diverging-palette';
import type { TableSpec } from './table-spec';

export function RobustnessMapChart({
  input,
  title,
  description,
  legendLow,
  legendHigh,
  table,
  fileParts,
}: {
  input: MapLayoutInput;
  title: string;
  description: string;
  legendLow: string;
  legendHigh: string;
  table: TableSpec;
  fileParts: string[];
}) {
  const layout = useMemo(() => layoutRobustnessMap(input), [input]);
  const f = MAP_CHART.fontSize;
  const step = layout.legend.width / PALETTE_STEPS.length;
  return (
    <ChartFrame width={layout.width} height={layout.height} title={title} description={description} name={title} fileParts={fileParts} csvTable={table}>
      {layout.cells.map((cell) => (
        <g key={`${cell.column}:${cell.row}`}>
          <rect
            x={cell.x}
            y={cell.y}
            width={cell.size}
            height={cell.size}
            fill={cell.value === undefined ? NO_DATA_FILL : divergingColour(cell.value)}
            stroke="#ffffff"
            strokeWidth={2}
          />
          <text x={cell.x + cell.size / 2} y={cell.y + cell.size / 2 + 5} fontSize={f} textAnchor="middle" fill={cell.value === undefined ? INK_SOFT : textOnColour(cell.value)}>
            {cell.label}
          </text>
        </g>
      ))}
      {layout.columnLabels.map((label, i) => (
        <text key={`c${i}`} x={label.x} y={label.y} fontSize={f - 1} textAnchor="middle" fill={INK_SOFT}>
          {label.lines.map((line, k) => (
            <tspan key={k} x={label.x} dy={k === 0 ? 0 : 15}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
      {layout.rowLabels.map((label, i) => (
        <text key={`r${i}`} x={label.x} y={label.y} fontSize={f - 1} textAnchor="end" fill={INK_SOFT}>
          {label.lines.map((line, k) => (
            <tspan key={k} x={label.x} dy={k === 0 ? 0 : 15}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
      <text x={layout.xTitle.x} y={layout.xTitle.y} fontSize={MAP_CHART.titleSize} textAnchor="middle" fill={INK}>
        {layout.xTitle.lines.map((line, k) => (
          <tspan key={k} x={layout.xTitle.x} dy={k === 0 ? 0 : 17}>
            {line}
          </tspan>
        ))}
      </text>
      <text
        x={layout.yTitle.x}
        y={layout.yTitle.y}
        fontSize={MAP_CHART.titleSize}
        textAnchor="middle"
        fill={INK}
        transform={`rotate(-90 ${layout.yTitle.x} ${layout.yTitle.y})`}
      >
        {layout.yTitle.lines.map((line, k) => (
          <tspan key={k} x={layout.yTitle.x} dy={k === 0 ? 0 : 17}>
            {line}
          </tspan>
        ))}
      </text>
      {PALETTE_STEPS.map((colour, i) => (
        <rect key={colour} x={layout.legend.x + i * step} y={layout.legend.y} width={step} height={layout.legend.height} fill={colour} />
      ))}
      <text x={layout.legend.x} y={layout.legend.y + layout.legend.height + 16} fontSize={f - 1} fill={INK}>
        {legendLow}
      </text>
      <text x={layout.legend.x + layout.legend.width} y={layout.legend.y + layout.legend.height + 16} fontSize={f - 1} textAnchor="end" fill={INK}>
        {legendHigh}
      </text>
    </ChartFrame>
  );
}
