// A matter's journey on a slide (layout: slide-swimlane-layout.ts): lanes as bands, steps as dots joined
// in order, days from arrival on a shared axis.
import { useMemo } from 'react';
import { layoutSlideSwimlanes, type SwimPanelInput } from '@/layout/slide-swimlane-layout';
import { SLIDE_CHART } from '@/layout/slide-geometry';
import { GRID, INK, INK_SOFT } from './chart-ink';
import { seriesStyle } from './series-styles';
import { SlideFigure } from './slide-figure';
import type { TableSpec } from './table-spec';

export function SlideSwimlaneChart({ panels, label, table, dayText }: { panels: readonly SwimPanelInput[]; label: string; table: TableSpec; dayText(days: number): string }) {
  const layout = useMemo(() => layoutSlideSwimlanes(panels), [panels]);
  const { small, font } = SLIDE_CHART;
  return (
    <SlideFigure label={label} table={table}>
      {layout.ticks.map((tick) => (
        <g key={tick.days}>
          <line x1={tick.x} x2={tick.x} y1={0} y2={layout.axisBaseline - small - 4} stroke={GRID} />
          <text x={tick.x} y={layout.axisBaseline} textAnchor="middle" fontSize={small} fill={INK_SOFT}>
            {dayText(tick.days)}
          </text>
        </g>
      ))}
      {layout.panels.map((panel, p) => {
        const style = seriesStyle(p);
        return (
          <g key={panel.key}>
            <text x={0} y={panel.titleBaseline} fontSize={font} fontWeight={700} fill={INK}>
              {panel.title}
            </text>
            {panel.lanes.map((lane, l) => (
              <g key={lane.id}>
                <rect x={0} y={lane.y} width={layout.x1} height={lane.height - 2} fill={l % 2 === 0 ? '#f1f4f7' : '#ffffff'} />
                <text x={8} y={lane.baseline} fontSize={small} fill={INK}>
                  {lane.name}
                </text>
              </g>
            ))}
            <path d={panel.path} fill="none" stroke={style.colour} strokeWidth={4} strokeDasharray={style.dash} />
            {panel.dots.map((dot, i) => (
              <circle key={i} cx={dot.x} cy={dot.y} r={8} fill={style.colour} stroke="#ffffff" strokeWidth={2} />
            ))}
          </g>
        );
      })}
    </SlideFigure>
  );
}
