// The year wheel (årshjul) of one organisation, as positioned plain data for src/render/year-wheel-chart.tsx:
// the calendar year as a circle starting at the top on 1 January and running clockwise, one ring per body
// with a tick for each of its meetings (meetings that took a budget decision marked), and rings for the
// budget process's phases — next year's budget being drawn up, this year's being carried out, last year's
// accounts being closed — read from the budget-year machine's trace (budget-year-run.ts `phases`).
// Arcs come from d3-shape's `arc` (paths relative to the centre, 0.1 px precision). Pure and deterministic.
import { arc } from 'd3-shape';
import { DAYS_IN_YEAR, MONTH_START_DAY } from '@/domain/meeting-calendar';
import type { BudgetPhase } from '@/simulation/budget-year-outcome';
import { charsThatFit, wrapText } from './text-wrap';

export const WHEEL = {
  margin: 8,
  monthLabelSpace: 26,
  holeShare: 0.26,
  ringGap: 1.5,
  /** A meeting is drawn as an arc this many days wide, centred on its day. */
  meetingDays: 3,
  font: 12,
  line: 14,
  legendSwatch: 12,
  legendGap: 6,
} as const;

export type PhaseWindow = 'planning' | 'execution' | 'closing';

export interface PhaseSegment {
  /** Leaf state of the budget-year machine, e.g. "frameSetting.bidding". */
  state: string;
  /** Days within the calendar year, 0 ≤ startDay < endDay ≤ 365. */
  startDay: number;
  endDay: number;
}

/**
 * The budget-year machine's phases cut into the three budget years a calendar year holds: the planning
 * year's phases (days < 0) are next year's budget, days 0–364 this year's execution, days ≥ 365 the
 * closing of the accounts (which happens early in the following year). The final state has no segment.
 */
export function phaseSegments(phases: readonly BudgetPhase[]): Record<PhaseWindow, PhaseSegment[]> {
  const ordered = [...phases].sort((a, b) => a.day - b.day);
  const windows: Record<PhaseWindow, [number, number]> = {
    planning: [-DAYS_IN_YEAR, 0],
    execution: [0, DAYS_IN_YEAR],
    closing: [DAYS_IN_YEAR, 2 * DAYS_IN_YEAR],
  };
  const result: Record<PhaseWindow, PhaseSegment[]> = { planning: [], execution: [], closing: [] };
  ordered.forEach((phase, i) => {
    if (phase.state === 'closed') return;
    const end = ordered[i + 1]?.day ?? 2 * DAYS_IN_YEAR;
    for (const window of ['planning', 'execution', 'closing'] as const) {
      const [from, to] = windows[window];
      const start = Math.max(from, phase.day);
      const stop = Math.min(to, end);
      if (stop > start) result[window].push({ state: phase.state, startDay: start - from, endDay: stop - from });
    }
  });
  return result;
}

export interface WheelMeetingInput {
  day: number;
  /** A budget decision was taken at this meeting. */
  decision: boolean;
}

export interface WheelRingInput {
  id: string;
  label: string;
  kind: 'phases' | 'meetings';
  segments?: readonly PhaseSegment[];
  meetings?: readonly WheelMeetingInput[];
}

export interface WheelInput {
  /** Outermost ring first. */
  rings: readonly WheelRingInput[];
  width: number;
  monthLabels: readonly string[];
  /** Day the needle points at (the month shown), or undefined for none. */
  markerDay?: number;
  /** Phase states in legend order, with their labels. */
  phaseLabels: readonly { state: string; label: string }[];
}

export interface WheelArc {
  key: string;
  /** Path relative to the wheel's centre. */
  path: string;
  kind: 'phase' | 'meeting' | 'decision';
  state?: string;
  startDay: number;
  endDay: number;
  startAngle: number;
  endAngle: number;
}

export interface WheelRing {
  id: string;
  number: number;
  label: string;
  kind: 'phases' | 'meetings';
  innerRadius: number;
  outerRadius: number;
  /** Where the ring's number is written (in the summer break, where no body meets). */
  numberX: number;
  numberY: number;
  arcs: WheelArc[];
}

export interface WheelLegendEntry {
  kind: 'ring' | 'phase';
  key: string;
  number?: number;
  state?: string;
  lines: string[];
  x: number;
  baseline: number;
}

export interface WheelLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  innerRadius: number;
  outerRadius: number;
  rings: WheelRing[];
  months: { x1: number; y1: number; x2: number; y2: number; labelX: number; labelY: number; label: string }[];
  marker: { x1: number; y1: number; x2: number; y2: number } | undefined;
  legend: WheelLegendEntry[];
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** Angle of a day, radians clockwise from the top (d3's arc convention). */
export function angleOfDay(day: number): number {
  return (day / DAYS_IN_YEAR) * 2 * Math.PI;
}

/** The day at the middle of July, where no body meets: ring numbers go there. */
const NUMBER_DAY = ((MONTH_START_DAY[6] ?? 181) + (MONTH_START_DAY[7] ?? 212)) / 2;

export function layoutYearWheel(input: WheelInput): WheelLayout {
  const W = WHEEL;
  const width = Math.max(240, input.width);
  const outerRadius = width / 2 - W.margin - W.monthLabelSpace;
  const innerRadius = outerRadius * W.holeShare;
  const cx = width / 2;
  const cy = W.margin + W.monthLabelSpace + outerRadius;
  const ringCount = Math.max(1, input.rings.length);
  const thickness = (outerRadius - innerRadius - (ringCount - 1) * W.ringGap) / ringCount;
  const generator = arc<{ innerRadius: number; outerRadius: number; startAngle: number; endAngle: number }>().digits(1);
  const at = (angle: number, radius: number): [number, number] => [cx + Math.sin(angle) * radius, cy - Math.cos(angle) * radius];

  const rings: WheelRing[] = input.rings.map((ring, index) => {
    const outer = outerRadius - index * (thickness + W.ringGap);
    const inner = outer - thickness;
    const shape = (startDay: number, endDay: number) => {
      const startAngle = angleOfDay(startDay);
      const endAngle = angleOfDay(endDay);
      return { startAngle, endAngle, path: generator({ innerRadius: inner, outerRadius: outer, startAngle, endAngle }) ?? '' };
    };
    const arcs: WheelArc[] =
      ring.kind === 'phases'
        ? (ring.segments ?? []).map((segment, i) => ({
            key: `${ring.id}:${i}`,
            kind: 'phase' as const,
            state: segment.state,
            startDay: segment.startDay,
            endDay: segment.endDay,
            ...shape(segment.startDay, segment.endDay),
          }))
        : (ring.meetings ?? []).map((meeting, i) => {
            const startDay = Math.max(0, meeting.day - W.meetingDays / 2);
            const endDay = Math.min(DAYS_IN_YEAR, meeting.day + W.meetingDays / 2);
            return {
              key: `${ring.id}:${i}`,
              kind: meeting.decision ? ('decision' as const) : ('meeting' as const),
              startDay,
              endDay,
              ...shape(startDay, endDay),
            };
          });
    const [numberX, numberY] = at(angleOfDay(NUMBER_DAY), (inner + outer) / 2);
    return {
      id: ring.id,
      number: index + 1,
      label: ring.label,
      kind: ring.kind,
      innerRadius: round(inner),
      outerRadius: round(outer),
      numberX: round(numberX),
      numberY: round(numberY + W.font * 0.35),
      arcs,
    };
  });

  const months = input.monthLabels.slice(0, 12).map((label, m) => {
    const start = angleOfDay(MONTH_START_DAY[m] ?? 0);
    const middle = angleOfDay(((MONTH_START_DAY[m] ?? 0) + (MONTH_START_DAY[m + 1] ?? DAYS_IN_YEAR)) / 2);
    const [x1, y1] = at(start, innerRadius - 2);
    const [x2, y2] = at(start, outerRadius + 6);
    const [labelX, labelY] = at(middle, outerRadius + W.monthLabelSpace / 2 + 2);
    return { x1: round(x1), y1: round(y1), x2: round(x2), y2: round(y2), labelX: round(labelX), labelY: round(labelY + W.font * 0.35), label };
  });

  let marker: WheelLayout['marker'];
  if (input.markerDay !== undefined && Number.isFinite(input.markerDay)) {
    const angle = angleOfDay(Math.min(DAYS_IN_YEAR, Math.max(0, input.markerDay)));
    const [x1, y1] = at(angle, innerRadius - 6);
    const [x2, y2] = at(angle, outerRadius + 8);
    marker = { x1: round(x1), y1: round(y1), x2: round(x2), y2: round(y2) };
  }

  // Legend under the wheel: the rings by number, then the phases by swatch, in two columns.
  const legend: WheelLegendEntry[] = [];
  const columnWidth = (width - 2 * W.margin) / 2;
  const chars = charsThatFit(columnWidth - W.legendSwatch - W.legendGap - 4, W.font);
  const top = cy + outerRadius + W.monthLabelSpace + 6;
  const columns = [top, top];
  const place = (column: 0 | 1, entry: Omit<WheelLegendEntry, 'x' | 'baseline'>) => {
    const baseline = (columns[column] ?? top) + W.font;
    legend.push({ ...entry, x: round(W.margin + column * columnWidth), baseline: round(baseline) });
    columns[column] = (columns[column] ?? top) + entry.lines.length * W.line + 3;
  };
  for (const ring of rings) place(0, { kind: 'ring', key: ring.id, number: ring.number, lines: wrapText(ring.label, chars, 2) });
  for (const phase of input.phaseLabels) place(1, { kind: 'phase', key: phase.state, state: phase.state, lines: wrapText(phase.label, chars, 2) });
  const height = Math.max(...columns) + W.margin;

  return {
    width: round(width),
    height: round(height),
    cx: round(cx),
    cy: round(cy),
    innerRadius: round(innerRadius),
    outerRadius: round(outerRadius),
    rings,
    months,
    marker,
    legend,
  };
}
