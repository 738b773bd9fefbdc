// The pipes on a slide (layout: slide-pipes-layout.ts): water at each holder's forecast balance at the
// month-end shown, a strong balance line, pipes under one KS joined at the bottom, the balance written at
// the water line and the trapped surplus under each panel. The month plays on from the caller.
import { useMemo } from 'react';
import type { PipePanelInput } from '@/layout/pipes-layout';
import { layoutSlidePipes } from '@/layout/slide-pipes-layout';
import { SLIDE_CHART } from '@/layout/slide-geometry';
import { INK, INK_SOFT } from './chart-ink';
import { SlideFigure } from './slide-figure';
import { WHOLE, WORSE } from './slide-ink';
import type { TableSpec } from './table-spec';

const GLASS = '#f4f7fa';
const GLASS_EDGE = '#5b6570';
const WATER = '#8bb8e0';

export function SlidePipesChart({
  panels,
  month,
  monthName,
  label,
  table,
  valueText,
  trappedText,
}: {
  panels: readonly PipePanelInput[];
  month: number;
  monthName: string;
  label: string;
  table: TableSpec;
  valueText(balance: number): string;
  trappedText(trapped: number): string;
}) {
  const layout = useMemo(() => layoutSlidePipes(panels, month), [panels, month]);
  const { small, font, big } = SLIDE_CHART;
  return (
    <SlideFigure label={label} table={table}>
      <text x={layout.width} y={big} textAnchor="end" fontSize={big} fontWeight={700} fill={INK}>
        {monthName}
      </text>
      {layout.panels.map((panel) => (
        <g key={panel.key}>
          <text x={panel.x} y={font} fontSize={font} fontWeight={700} fill={INK}>
            {panel.title}
          </text>
          {panel.groups.map((group) => {
            const surplus = group.balance >= 0;
            const waterTop = Math.min(group.levelY, layout.bottom);
            return (
              <g key={group.holderId}>
                {group.pipes.map((pipe) => (
                  <rect key={pipe.id} x={pipe.x + 3} y={layout.top} width={pipe.width - 6} height={layout.bottom - layout.top} fill={GLASS} stroke={GLASS_EDGE} strokeWidth={2} />
                ))}
                {group.pipes.map((pipe) => (
                  <rect key={`w${pipe.id}`} x={pipe.x + 5} y={waterTop} width={pipe.width - 10} height={Math.max(0, layout.bottom - waterTop - 2)} fill={WATER} />
                ))}
                {group.joined && <rect x={group.x + 3} y={layout.bottom - 16} width={group.width - 6} height={16} fill={WATER} stroke={GLASS_EDGE} strokeWidth={2} />}
                {group.pipes.map((pipe) => (
                  <text key={`n${pipe.id}`} x={pipe.labelX} y={pipe.labelY} transform={`rotate(-90 ${pipe.labelX} ${pipe.labelY})`} fontSize={small} fill={INK}>
                    {pipe.name}
                  </text>
                ))}
                <line x1={group.x} x2={group.x + group.width} y1={layout.zeroY} y2={layout.zeroY} stroke={INK} strokeWidth={3} />
                <text
                  x={group.x + group.width / 2}
                  y={layout.top - 10}
                  textAnchor="middle"
                  fontSize={small}
                  fontWeight={700}
                  fill={surplus ? WHOLE : WORSE}
>
                  {valueText(group.balance)}
                </text>
                {group.nameLines.map((text, l) => (
                  <text key={l} x={group.x + group.width / 2} y={group.nameBaselines[l]} textAnchor="middle" fontSize={small} fill={INK}>
                    {text}
                  </text>
                ))}
              </g>
            );
          })}
          <text x={panel.x} y={layout.height - 4} fontSize={small} fontWeight={700} fill={panel.trapped > 0.05 ? '#8a5a00' : INK_SOFT}>
            {trappedText(panel.trapped)}
          </text>
        </g>
      ))}
    </SlideFigure>
  );
}
