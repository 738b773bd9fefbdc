// Swimlanes of a matter's journey (DESIGN §6 Process), as positioned plain data (drawn by
// src/render/swimlane-chart.tsx): one lane per body or department the matter passes, calendar days across.
// Each step is a marker in the lane where it happens; between two steps the matter sits in the lane that
// holds it (a department drafting, or a body's agenda waiting for its meeting), drawn as a bar; a change
// of lane is a handover arrow on the day it happens. Several journeys drawn with the same day range line
// up, so lead times compare by eye. Pure and deterministic; coordinates are rounded to 0.1 px.
import { DAYS_IN_YEAR, MONTH_START_DAY } from '@/domain/meeting-calendar';
import type { JourneyStep, MatterJourney } from '@/simulation/matter-journey';
import { charsThatFit, wrapText } from './text-wrap';

/** Sizes in px, chosen to stay readable on a shared 1280×720 screen. */
export const SWIMLANE = {
  labelWidth: 150,
  labelFont: 13,
  labelLine: 16,
  maxLabelLines: 2,
  laneHeight: 46,
  axisHeight: 26,
  paddingRight: 14,
  markerRadius: 7,
  /** Markers on the same day in the same lane are set apart by this much, in order. */
  stackOffset: 13,
} as const;

export interface SwimlaneOptions {
  /** Total width of the chart in px. */
  width: number;
  /** Day range across the chart, shared by charts that are compared. */
  dayFrom: number;
  dayTo: number;
  /** A lane's name in the reader's language. */
  laneName(lane: MatterJourney['lanes'][number]): string;
}

export interface LaidOutLane {
  id: string;
  kind: 'department' | 'body';
  y: number;
  height: number;
  labelLines: string[];
}

export interface LaidOutMarker {
  /** Index of the step in the journey. */
  step: number;
  kind: JourneyStep['kind'];
  x: number;
  y: number;
}

export interface LaidOutSegment {
  /** The step after which the matter sits here. */
  step: number;
  /** Officials drafting in a department, or the matter waiting on a body's agenda. */
  kind: 'drafting' | 'waiting';
  x1: number;
  x2: number;
  y: number;
}

export interface LaidOutHandover {
  step: number;
  x: number;
  y1: number;
  y2: number;
}

export interface SwimlaneTick {
  day: number;
  x: number;
  /** First day of a month (0–11); labelled by the chart. */
  month: number;
  /** 0 in the matter's year, 1 in the following one. */
  year: number;
}

export interface SwimlaneLayout {
  width: number;
  height: number;
  /** The plotting area right of the lane names. */
  plot: { x: number; y: number; width: number; height: number };
  lanes: LaidOutLane[];
  ticks: SwimlaneTick[];
  markers: LaidOutMarker[];
  segments: LaidOutSegment[];
  handovers: LaidOutHandover[];
  /** x of a day (for a "now" line). */
  dayX(day: number): number;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** The day range that shows every journey in `journeys` with a little room at both ends. */
export function sharedDayRange(journeys: readonly MatterJourney[]): { dayFrom: number; dayTo: number } {
  const starts = journeys.map((j) => j.arrivalDay);
  const ends = journeys.map((j) => j.endDay);
  const from = starts.length > 0 ? Math.min(...starts) : 0;
  const to = ends.length > 0 ? Math.max(...ends) : from + 30;
  const span = Math.max(30, to - from);
  return { dayFrom: Math.floor(from - span * 0.03), dayTo: Math.ceil(to + span * 0.05) };
}

export function layoutSwimlanes(journey: MatterJourney, options: SwimlaneOptions): SwimlaneLayout {
  const S = SWIMLANE;
  const plotX = S.labelWidth;
  const plotWidth = Math.max(40, options.width - plotX - S.paddingRight);
  const span = Math.max(1, options.dayTo - options.dayFrom);
  const dayX = (day: number): number => round(plotX + ((day - options.dayFrom) / span) * plotWidth);

  const lanes: LaidOutLane[] = journey.lanes.map((lane, index) => ({
    id: lane.id,
    kind: lane.kind,
    y: S.axisHeight + index * S.laneHeight,
    height: S.laneHeight,
    labelLines: wrapText(options.laneName(lane), charsThatFit(S.labelWidth - 10, S.labelFont), S.maxLabelLines),
  }));
  const laneY = new Map(lanes.map((lane) => [lane.id, lane.y + lane.height / 2]));
  const centre = (id: string | undefined): number => laneY.get(id ?? '') ?? S.axisHeight;

  const seen = new Map<string, number>();
  const markers: LaidOutMarker[] = journey.steps.map((step, index) => {
    const key = `${step.lane}@${step.day}`;
    const stacked = seen.get(key) ?? 0;
    seen.set(key, stacked + 1);
    return { step: index, kind: step.kind, x: round(dayX(step.day) + stacked * S.stackOffset), y: round(centre(step.lane)) };
  });

  const segments: LaidOutSegment[] = [];
  const handovers: LaidOutHandover[] = [];
  journey.steps.forEach((step, index) => {
    if (step.to === undefined) return;
    if (step.to !== step.lane) handovers.push({ step: index, x: dayX(step.day), y1: round(centre(step.lane)), y2: round(centre(step.to)) });
    const next = journey.steps[index + 1];
    if (next === undefined) return;
    const kind = journey.lanes.find((lane) => lane.id === step.to)?.kind === 'department' ? 'drafting' : 'waiting';
    segments.push({ step: index, kind, x1: dayX(step.day), x2: dayX(next.day), y: round(centre(step.to)) });
  });

  const ticks: SwimlaneTick[] = [];
  for (let year = Math.floor(options.dayFrom / DAYS_IN_YEAR); year * DAYS_IN_YEAR <= options.dayTo; year++) {
    MONTH_START_DAY.forEach((start, month) => {
      const day = year * DAYS_IN_YEAR + start;
      if (day >= options.dayFrom && day <= options.dayTo) ticks.push({ day, x: dayX(day), month, year });
    });
  }

  const height = S.axisHeight + lanes.length * S.laneHeight;
  return {
    width: options.width,
    height,
    plot: { x: plotX, y: S.axisHeight, width: round(plotWidth), height: lanes.length * S.laneHeight },
    lanes,
    ticks,
    markers,
    segments,
    handovers,
    dayX,
  };
}
