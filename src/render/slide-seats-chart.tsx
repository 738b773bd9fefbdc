// Seats as dots on a slide (layout: slide-seats-layout.ts): per organisation a block of dots per body,
// filled for members and open for substitutes, blue where the body sees the whole budget.
import { useMemo } from 'react';
import { layoutSlideSeats, type SeatPanelInput } from '@/layout/slide-seats-layout';
import { SLIDE_CHART } from '@/layout/slide-geometry';
import { INK, INK_SOFT } from './chart-ink';
import { SlideFigure } from './slide-figure';
import { NEUTRAL, WHOLE } from './slide-ink';
import type { TableSpec } from './table-spec';

export function SlideSeatsChart({ panels, label, legend, table }: { panels: readonly SeatPanelInput[]; label: string; legend: string; table: TableSpec }) {
  const layout = useMemo(() => layoutSlideSeats(panels), [panels]);
  const { small, font } = SLIDE_CHART;
  return (
    <SlideFigure label={label} table={table}>
      {layout.panels.map((panel) => (
        <g key={panel.key}>
          <text x={panel.x} y={panel.titleBaseline} fontSize={font} fontWeight={700} fill={INK}>
            {panel.title}
          </text>
          <text x={panel.x} y={panel.subtitleBaseline} fontSize={small} fill={INK_SOFT}>
            {panel.subtitle}
          </text>
          {panel.blocks.map((block) => {
            const colour = block.whole ? WHOLE : NEUTRAL;
            return (
              <g key={block.id}>
                <text x={block.labelX} y={block.labelBaseline} fontSize={small} fontWeight={600} fill={block.whole ? WHOLE : INK}>
                  {block.label}
                </text>
                {block.dots.map((dot, i) => (
                  <circle
                    key={i}
                    cx={dot.x}
                    cy={dot.y}
                    r={dot.filled ? layout.radius : layout.radius - 1}
                    fill={dot.filled ? colour : '#ffffff'}
                    stroke={colour}
                    strokeWidth={dot.filled ? 0 : 2}
                  />
                ))}
              </g>
            );
          })}
        </g>
      ))}
      <text x={layout.width} y={layout.height - 4} textAnchor="end" fontSize={small} fill={INK_SOFT}>
        {legend}
      </text>
    </SlideFigure>
  );
}
