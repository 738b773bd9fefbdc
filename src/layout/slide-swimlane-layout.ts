// A matter's journey on a slide (DESIGN §4.3, the Process view's swimlanes made big): per organisation a
// panel with one lane per body or department the matter passes, its steps as dots on a shared time axis
// (days from arrival) joined by a path, so two organisations' journeys compare at a glance. Input: the
// engine's traced journey (matter-journey.ts) with lane names in the caller's language. Pure, stage units.
import { scaleLinear } from 'd3-scale';
import { fitLabel, round1, SLIDE_CHART } from './slide-geometry';

export interface SwimPanelInput {
  key: string;
  title: string;
  lanes: readonly { id: string; name: string }[];
  steps: readonly { day: number; lane: string }[];
  arrivalDay: number;
}

export interface SwimPanel {
  key: string;
  title: string;
  titleBaseline: number;
  lanes: { id: string; name: string; y: number; height: number; baseline: number }[];
  dots: { x: number; y: number }[];
  path: string;
}

const NAME_WIDTH = 260;

export function layoutSlideSwimlanes(panels: readonly SwimPanelInput[]): {
  width: number;
  height: number;
  x0: number;
  x1: number;
  ticks: { x: number; days: number }[];
  axisBaseline: number;
  panels: SwimPanel[];
} {
  const { width, height, font, small } = SLIDE_CHART;
  const longest = Math.max(30, ...panels.flatMap((p) => p.steps.map((s) => s.day - p.arrivalDay)));
  const x = scaleLinear().domain([0, longest]).nice(6).range([NAME_WIDTH, width - 20]);
  const laneCount = panels.reduce((sum, p) => sum + p.lanes.length, 0);
  const titleSpace = font + 16;
  const axisSpace = small + 16;
  const laneHeight = Math.min(56, (height - axisSpace - panels.length * titleSpace) / Math.max(1, laneCount));
  let cursor = 0;
  const laid = panels.map((panel): SwimPanel => {
    const titleBaseline = cursor + font;
    cursor += titleSpace;
    const lanes = panel.lanes.map((lane) => {
      const y = cursor;
      cursor += laneHeight;
      return { id: lane.id, name: fitLabel(lane.name, NAME_WIDTH - 16, small), y: round1(y), height: round1(laneHeight), baseline: round1(y + laneHeight / 2 + small * 0.35) };
    });
    const laneY = new Map(lanes.map((l) => [l.id, l.y + l.height / 2]));
    const dots = panel.steps.flatMap((step) => {
      const y = laneY.get(step.lane);
      return y === undefined ? [] : [{ x: round1(x(step.day - panel.arrivalDay)), y: round1(y) }];
    });
    const path = dots.map((d, i) => `${i === 0 ? 'M' : 'L'}${d.x},${d.y}`).join('');
    return { key: panel.key, title: fitLabel(panel.title, width, font), titleBaseline: round1(titleBaseline), lanes, dots, path };
  });
  return {
    width,
    height,
    x0: NAME_WIDTH,
    x1: width - 20,
    ticks: x.ticks(6).map((days) => ({ x: round1(x(days)), days })),
    axisBaseline: round1(cursor + small + 8),
    panels: laid,
  };
}
