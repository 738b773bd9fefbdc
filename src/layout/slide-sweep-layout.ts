// A sweep of one contested assumption on a slide (DESIGN §4.5, §9): the paired difference between two
// organisations (first minus second, year by year) against the assumption's value, the median as a line
// and the 10–90 % band of the paired years as a shaded area, with the zero line — where neither is
// better — drawn strongly, so the audience sees where the result holds and where it flips. Pure.
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { round1, SLIDE_CHART } from './slide-geometry';

export interface SweepPointInput {
  value: number;
  median: number;
  p10: number;
  p90: number;
}

export interface SlideSweepLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  line: string;
  band: string;
  zeroY: number;
  dots: { x: number; y: number }[];
  xTicks: { x: number; value: number }[];
  yTicks: { y: number; value: number }[];
  /** Where the step's own value of the assumption sits. */
  markX: number | undefined;
}

const LEFT = 110;
const BOTTOM = 70;
const TOP = 40;
const RIGHT = 24;

export function layoutSlideSweep(points: readonly SweepPointInput[], mark: number | undefined): SlideSweepLayout {
  const { width, height } = SLIDE_CHART;
  const values = points.map((p) => p.value);
  const ys = points.flatMap((p) => [p.p10, p.p90, p.median]).filter(Number.isFinite);
  const lo = Math.min(0, ...ys);
  const hi = Math.max(0, ...ys);
  const pad = (hi - lo) * 0.08 || 1;
  const x = scaleLinear()
    .domain([Math.min(...values, 0), Math.max(...values, 1)])
    .range([LEFT, width - RIGHT]);
  const y = scaleLinear()
    .domain([lo - pad, hi + pad])
    .nice(5)
    .range([height - BOTTOM, TOP]);
  const finite = points.filter((p) => Number.isFinite(p.median));
  const linePath = line<SweepPointInput>()
    .x((p) => round1(x(p.value)))
    .y((p) => round1(y(p.median)))(finite);
  const bandPath = area<SweepPointInput>()
    .x((p) => round1(x(p.value)))
    .y0((p) => round1(y(p.p10)))
    .y1((p) => round1(y(p.p90)))(finite.filter((p) => Number.isFinite(p.p10) && Number.isFinite(p.p90)));
  return {
    width,
    height,
    plot: { x0: LEFT, x1: width - RIGHT, y0: TOP, y1: height - BOTTOM },
    line: linePath ?? '',
    band: bandPath ?? '',
    zeroY: round1(y(0)),
    dots: finite.map((p) => ({ x: round1(x(p.value)), y: round1(y(p.median)) })),
    xTicks: x.ticks(5).map((value) => ({ x: round1(x(value)), value })),
    yTicks: y.ticks(5).map((value) => ({ y: round1(y(value)), value })),
    markX: mark === undefined ? undefined : round1(x(mark)),
  };
}
