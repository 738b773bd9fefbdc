// Paired years on a slide (layout: slide-paired-layout.ts): green where the first organisation does
// better, grey where they are equal, red where it does worse; every part also says so in words.
import { useMemo } from 'react';
import { layoutSlidePaired, type PairedRowInput } from '@/layout/slide-paired-layout';
import { SLIDE_CHART } from '@/layout/slide-geometry';
import { INK, INK_SOFT } from './chart-ink';
import { SlideFigure } from './slide-figure';
import { BETTER, NEUTRAL, NEUTRAL_FILL, WORSE } from './slide-ink';
import type { TableSpec } from './table-spec';

const FILL = { better: BETTER, ties: NEUTRAL_FILL, worse: WORSE } as const;
const TEXT = { better: '#ffffff', ties: INK, worse: '#ffffff' } as const;

export function SlidePairedChart({ rows, label, table }: { rows: readonly PairedRowInput[]; label: string; table: TableSpec }) {
  const layout = useMemo(() => layoutSlidePaired(rows), [rows]);
  const { small, font } = SLIDE_CHART;
  return (
    <SlideFigure label={label} table={table}>
      {layout.rows.map((row) => (
        <g key={row.key}>
          <text x={0} y={row.titleBaseline} fontSize={font} fontWeight={700} fill={INK}>
            {row.title}
          </text>
          {row.parts.map((part) =>
            part.width <= 0 ? null : (
              <g key={part.kind}>
                <rect x={part.x} y={row.barY} width={part.width} height={row.barHeight} fill={FILL[part.kind]} stroke={part.kind === 'ties' ? NEUTRAL : '#ffffff'} strokeWidth={part.kind === 'ties' ? 1 : 2} />
                {part.label !== '' && (
                  <text x={part.x + 10} y={row.barY + row.barHeight / 2 + small * 0.35} fontSize={small} fontWeight={700} fill={TEXT[part.kind]}>
                    {part.label}
                  </text>
                )}
              </g>
            ),
          )}
          <text x={0} y={row.noteBaseline} fontSize={small} fill={INK_SOFT}>
            {row.note}
          </text>
        </g>
      ))}
    </SlideFigure>
  );
}
