// The budget split between its holders on a slide (layout: slide-budget-layout.ts): silos in brown, the
// whole budget under KS in blue, each segment named with its share where it has room (the table has all).
import { useMemo } from 'react';
import { layoutSlideBudget, type BudgetRowInput } from '@/layout/slide-budget-layout';
import { SLIDE_CHART } from '@/layout/slide-geometry';
import { INK } from './chart-ink';
import { SlideFigure } from './slide-figure';
import { SILO, SILO_FILL, WHOLE, WHOLE_FILL } from './slide-ink';
import type { TableSpec } from './table-spec';

export function SlideBudgetChart({ rows, label, table, shareText }: { rows: readonly BudgetRowInput[]; label: string; table: TableSpec; shareText(share: number): string }) {
  const layout = useMemo(() => layoutSlideBudget(rows, shareText), [rows, shareText]);
  const { small, font } = SLIDE_CHART;
  return (
    <SlideFigure label={label} table={table}>
      {layout.rows.map((row) => (
        <g key={row.key}>
          <text x={0} y={row.titleBaseline} fontSize={font} fontWeight={700} fill={INK}>
            {row.title}
          </text>
          {row.segments.map((segment) => (
            <g key={segment.id}>
              <rect
                x={segment.x + 1}
                y={row.barY}
                width={Math.max(0, segment.width - 2)}
                height={row.barHeight}
                fill={segment.whole ? WHOLE_FILL : SILO_FILL}
                stroke={segment.whole ? WHOLE : SILO}
                strokeWidth={2}
              />
              {segment.label !== '' && (
                <text x={segment.x + 10} y={row.barY + row.barHeight / 2 + small * 0.35} fontSize={small} fontWeight={600} fill={INK}>
                  {segment.label}
                </text>
              )}
            </g>
          ))}
        </g>
      ))}
    </SlideFigure>
  );
}
