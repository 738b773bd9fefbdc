// Draws a radar (profile) chart that src/layout/radar-layout.ts has placed: rings and spokes in the grid
// colour, axis labels, and one polygon per series told apart by colour, line dash and marker shape (never
// colour alone), with a legend below the chart (in `legendHeight` more pixels) so an exported picture
// explains itself. Draws only.
import type { RadarLayout } from '@/layout/radar-layout';
import { GRID, INK, INK_SOFT } from './chart-ink';
import { seriesStyle } from './series-styles';

const MARKERS = ['circle', 'square', 'triangle'] as const;

function Marker({ x, y, index, colour }: { x: number; y: number; index: number; colour: string }) {
  const shape = MARKERS[index % MARKERS.length];
  if (shape === 'square') return <rect x={x - 4} y={y - 4} width={8} height={8} fill="#ffffff" stroke={colour} strokeWidth={2} />;
  if (shape === 'triangle') {
    return <path d={`M${x},${y - 5}L${x + 5},${y + 4}L${x - 5},${y + 4}Z`} fill="#ffffff" stroke={colour} strokeWidth={2} />;
  }
  return <circle cx={x} cy={y} r={4} fill="#ffffff" stroke={colour} strokeWidth={2} />;
}

/** Height the legend needs below the radar for `count` series. */
export function legendHeight(count: number, fontSize: number): number {
  return Math.ceil(fontSize * 1.2 * (count + 1) + 12);
}

export function RadarChart({
  layout,
  labels,
  fontSize,
  legendTitle,
}: {
  layout: RadarLayout;
  /** One label per series, in the layout's order. */
  labels: readonly string[];
  fontSize: number;
  legendTitle: string;
}) {
  const lineHeight = fontSize * 1.2;
  return (
    <g>
      {layout.rings.map((ring) => (
        <g key={ring.value}>
          <path d={ring.path} fill="none" stroke={GRID} strokeWidth={1} />
          <text x={ring.labelAt.x} y={ring.labelAt.y} fontSize={fontSize} fill={INK_SOFT}>
            {ring.value}
          </text>
        </g>
      ))}
      {layout.axes.map((axis) => (
        <g key={axis.key}>
          <line x1={layout.center.x} y1={layout.center.y} x2={axis.end.x} y2={axis.end.y} stroke={GRID} strokeWidth={1} />
          <text x={axis.label.x} y={axis.label.y} textAnchor={axis.label.anchor} fontSize={fontSize} fill={INK}>
            {axis.label.lines.map((line, i) => (
              <tspan key={i} x={axis.label.x} dy={i === 0 ? 0 : lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {layout.series.map((series, index) => {
        const style = seriesStyle(index);
        return (
          <g key={series.key}>
            <path d={series.path} fill={style.fill} fillOpacity={0.35} stroke={style.colour} strokeWidth={2.5} strokeDasharray={style.dash} />
            {series.points.map((point, i) =>
              point.value === undefined ? null : <Marker key={i} x={point.x} y={point.y} index={index} colour={style.colour} />,
            )}
          </g>
        );
      })}
      <g transform={`translate(8, ${layout.height + 4})`}>
        <text x={0} y={fontSize} fontSize={fontSize} fontWeight={600} fill={INK}>
          {legendTitle}
        </text>
        {labels.map((label, index) => {
          const style = seriesStyle(index);
          const y = lineHeight * (index + 1) + fontSize / 2;
          return (
            <g key={index}>
              <line x1={0} y1={y + 2} x2={26} y2={y + 2} stroke={style.colour} strokeWidth={2.5} strokeDasharray={style.dash} />
              <Marker x={13} y={y + 2} index={index} colour={style.colour} />
              <text x={32} y={y + fontSize / 2 + 1} fontSize={fontSize} fill={INK}>
                {label}
              </text>
            </g>
          );
        })}
      </g>
    </g>
  );
}
