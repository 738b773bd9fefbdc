// Draws one matter journey laid out by src/layout/swimlane-layout.ts: lanes of bodies and departments,
// months across, the matter's time in each lane as a bar (solid while officials draft, dashed while it
// waits for a meeting), handovers as arrows, and each step as a marker whose shape says what happened.
// Steps up to the current one are drawn in full, later ones faintly, and a line marks the current day.
// The drawing is an image with a short text alternative; the feature lists every step as text beside it.
import { useId } from 'react';
import type { SwimlaneLayout } from '@/layout/swimlane-layout';
import { SWIMLANE } from '@/layout/swimlane-layout';
import type { JourneyStep } from '@/simulation/matter-journey';
import './swimlane-chart.css';

export interface SwimlaneChartProps {
  layout: SwimlaneLayout;
  /** Index of the current step; steps after it are drawn faintly. */
  currentStep: number;
  /** Day of the current step, marked by a vertical line; undefined for none. */
  currentDay: number | undefined;
  /** Text alternative of the drawing. */
  label: string;
  /** Short label of a month tick (e.g. "mar"). */
  monthLabel(month: number, year: number): string;
}

/** The marker shape of a kind of step; the legend in the feature uses the same shapes. */
export type MarkerShape = 'start' | 'handover' | 'meeting' | 'decision' | 'delegation' | 'referBack' | 'end';

export function markerShape(kind: JourneyStep['kind']): MarkerShape {
  switch (kind) {
    case 'arrival':
    case 'detected':
      return 'start';
    case 'drafted':
      return 'handover';
    case 'meeting':
    case 'appropriationPrepared':
      return 'meeting';
    case 'decision':
    case 'measures':
    case 'netting':
    case 'appropriationDecided':
      return 'decision';
    case 'delegationDecision':
      return 'delegation';
    case 'referBack':
      return 'referBack';
    default:
      return 'end';
  }
}

export function Marker({ shape, x, y, r = SWIMLANE.markerRadius }: { shape: MarkerShape; x: number; y: number; r?: number }) {
  switch (shape) {
    case 'start':
      return <circle className="sl-marker sl-marker-open" cx={x} cy={y} r={r} />;
    case 'handover':
      return <circle className="sl-marker" cx={x} cy={y} r={r * 0.6} />;
    case 'meeting':
      return <circle className="sl-marker" cx={x} cy={y} r={r} />;
    case 'decision':
      return <path className="sl-marker" d={`M${x},${y - r * 1.3} L${x + r * 1.3},${y} L${x},${y + r * 1.3} L${x - r * 1.3},${y} Z`} />;
    case 'delegation':
      return <rect className="sl-marker" x={x - r} y={y - r} width={2 * r} height={2 * r} />;
    case 'referBack':
      return <path className="sl-marker sl-marker-warn" d={`M${x},${y - r * 1.2} L${x + r * 1.2},${y + r} L${x - r * 1.2},${y + r} Z`} />;
    default:
      return (
        <g className="sl-marker-end">
          <circle className="sl-marker sl-marker-open" cx={x} cy={y} r={r} />
          <circle className="sl-marker" cx={x} cy={y} r={r * 0.5} />
        </g>
      );
  }
}

export function SwimlaneChart({ layout, currentStep, currentDay, label, monthLabel }: SwimlaneChartProps) {
  const S = SWIMLANE;
  const { plot } = layout;
  const state = (step: number): string => (step < currentStep ? 'sl-done' : step === currentStep ? 'sl-current' : 'sl-future');
  // One arrow marker per chart: two charts on a page must not share an id.
  const arrowId = `sl-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <svg className="swimlanes" width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={label}>
      <defs>
        <marker id={arrowId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" />
        </marker>
      </defs>
      {layout.lanes.map((lane, index) => (
        <g key={lane.id} className={`sl-lane sl-lane-${lane.kind}${index % 2 === 1 ? ' sl-lane-alt' : ''}`}>
          <rect x={0} y={lane.y} width={layout.width} height={lane.height} />
          <text x={6} y={lane.y + lane.height / 2 - ((lane.labelLines.length - 1) * S.labelLine) / 2 + 4} fontSize={S.labelFont}>
            {lane.labelLines.map((line, i) => (
              <tspan key={i} x={6} dy={i === 0 ? 0 : S.labelLine}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      <line className="sl-divider" x1={plot.x} x2={plot.x} y1={0} y2={layout.height} />
      {layout.ticks.map((tick) => (
        <g key={tick.day} className="sl-tick">
          <line x1={tick.x} x2={tick.x} y1={S.axisHeight - 6} y2={layout.height} />
          <text x={tick.x + 3} y={S.axisHeight - 9} fontSize={12}>
            {monthLabel(tick.month, tick.year)}
          </text>
        </g>
      ))}
      {layout.segments.map((segment) => (
        <line
          key={`segment:${segment.step}`}
          className={`sl-segment sl-${segment.kind} ${state(segment.step + 1)}`}
          x1={segment.x1}
          x2={segment.x2}
          y1={segment.y}
          y2={segment.y}
        />
      ))}
      {layout.handovers.map((handover) => (
        <line
          key={`handover:${handover.step}`}
          className={`sl-handover ${state(handover.step)}`}
          x1={handover.x}
          x2={handover.x}
          y1={handover.y1 + (handover.y2 > handover.y1 ? S.markerRadius : -S.markerRadius)}
          y2={handover.y2 + (handover.y2 > handover.y1 ? -S.markerRadius - 2 : S.markerRadius + 2)}
          markerEnd={`url(#${arrowId})`}
        />
      ))}
      {currentDay !== undefined && (
        <line className="sl-now" x1={layout.dayX(currentDay)} x2={layout.dayX(currentDay)} y1={S.axisHeight - 4} y2={layout.height} />
      )}
      {layout.markers.map((marker) => (
        <g key={`marker:${marker.step}`} className={state(marker.step)}>
          <Marker shape={markerShape(marker.kind)} x={marker.x} y={marker.y} />
        </g>
      ))}
    </svg>
  );
}
