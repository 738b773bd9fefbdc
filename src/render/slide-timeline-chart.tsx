// The road to a new organisation on a slide (layout: slide-timeline-layout.ts): one line, a dot per
// milestone — filled when passed, large and bold for the step's own, open ahead — with its date (an
// example date in italics and so marked in words) and its name.
import { useMemo } from 'react';
import { layoutSlideTimeline, type MilestoneInput } from '@/layout/slide-timeline-layout';
import { SLIDE_CHART } from '@/layout/slide-geometry';
import { INK, INK_SOFT } from './chart-ink';
import { SlideFigure } from './slide-figure';
import { WHOLE } from './slide-ink';
import type { TableSpec } from './table-spec';

export function SlideTimelineChart({ milestones, current, label, table }: { milestones: readonly MilestoneInput[]; current: number; label: string; table: TableSpec }) {
  const layout = useMemo(() => layoutSlideTimeline(milestones, current), [milestones, current]);
  const { small } = SLIDE_CHART;
  return (
    <SlideFigure label={label} table={table}>
      <line x1={layout.x0} x2={layout.x1} y1={layout.lineY} y2={layout.lineY} stroke={INK_SOFT} strokeWidth={4} />
      {layout.milestones.map((m) => {
        const isCurrent = m.state === 'current';
        return (
          <g key={m.id}>
            <line x1={m.x} x2={m.x} y1={m.stemY1} y2={m.stemY2} stroke={isCurrent ? WHOLE : INK_SOFT} strokeWidth={2} />
            <circle cx={m.x} cy={m.y} r={isCurrent ? 18 : 11} fill={m.state === 'ahead' ? '#ffffff' : WHOLE} stroke={WHOLE} strokeWidth={4} />
            <text x={m.x} y={m.dateBaseline} textAnchor="middle" fontSize={small} fontWeight={700} fontStyle={m.example ? 'italic' : undefined} fill={isCurrent ? WHOLE : INK}>
              {m.date}
            </text>
            {m.lines.map((text, l) => (
              <text key={l} x={m.x} y={m.lineBaselines[l]} textAnchor="middle" fontSize={small} fontWeight={isCurrent ? 700 : 400} fill={INK}>
                {text}
              </text>
            ))}
          </g>
        );
      })}
    </SlideFigure>
  );
}
