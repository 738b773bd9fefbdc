// Horizontal grid lines across a plot with their value labels at the left, for charts with a value axis.
import { GRID } from './chart-ink';

export interface GridTick {
  y: number;
  label: string;
}

export function HorizontalGrid({ ticks, x0, x1 }: { ticks: readonly GridTick[]; x0: number; x1: number }) {
  return (
    <>
      {ticks.map((tick) => (
        <g key={`${tick.y}-${tick.label}`}>
          <line x1={x0} x2={x1} y1={tick.y} y2={tick.y} stroke={GRID} />
          <text x={x0 - 6} y={tick.y + 4} textAnchor="end">
            {tick.label}
          </text>
        </g>
      ))}
    </>
  );
}
