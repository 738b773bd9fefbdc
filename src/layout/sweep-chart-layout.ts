// A robustness sweep (DESIGN §9) as positioned plain data for src/render/sweep-chart.tsx: one output
// against the swept assumption, per organisation its median as a line and its 10–90 % band as a shaded
// area (d3-shape `line` and `area`), and under the plot a strip saying which organisation comes out ahead
// at each value (or none, when they are too close to call). Pure; coordinates rounded to 0.1 px.
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { Summary } from '@/simulation/monte-carlo';

export const SWEEP_CHART = {
  margin: 10,
  left: 54,
  right: 16,
  bottom: 30,
  stripHeight: 22,
  stripGap: 26,
  font: 12,
  legendLine: 16,
} as const;

export interface SweepSeriesInput {
  key: string;
  points: readonly ({ value: number } & Summary)[];
}

export interface SweepSeriesLayout {
  key: string;
  line: string;
  band: string;
  dots: { x: number; y: number; value: number; median: number }[];
}

export interface SweepChartLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  series: SweepSeriesLayout[];
  xTicks: { x: number; value: number }[];
  yTicks: { y: number; value: number }[];
  /** One cell per swept value: the series ahead there, or undefined when too close to call. */
  strip: { x: number; width: number; y: number; height: number; value: number; leaders: readonly number[] | undefined }[];
  /** One legend line per series, above the plot. */
  legend: { x: number; baseline: number }[];
}

const round = (value: number): number => Math.round(value * 10) / 10;

export function layoutSweepChart(input: {
  series: readonly SweepSeriesInput[];
  width: number;
  height: number;
  /** Per swept value (in the order of the points), the indices of the series ahead, or undefined; an empty
   *  list draws no strip (a chart of one paired difference, whose table says who is ahead). */
  leaders: readonly (readonly number[] | undefined)[];
}): SweepChartLayout {
  const hasStrip = input.leaders.length > 0;
  const S = SWEEP_CHART;
  const width = Math.max(320, input.width);
  const values = [...new Set(input.series.flatMap((s) => s.points.map((p) => p.value)))].sort((a, b) => a - b);
  const ys = input.series.flatMap((s) => s.points.flatMap((p) => [p.p10, p.median, p.p90])).filter(Number.isFinite);
  const x0 = S.margin + S.left;
  const x1 = width - S.margin - S.right;
  const legendHeight = input.series.length * S.legendLine + 4;
  const y0 = S.margin + legendHeight;
  const y1 = Math.max(y0 + 60, input.height - S.bottom - (hasStrip ? S.stripGap + S.stripHeight : 0));
  const lo = values[0] ?? 0;
  const hi = values[values.length - 1] ?? 1;
  const x = scaleLinear().domain(hi > lo ? [lo, hi] : [lo - 1, lo + 1]).range([x0, x1]);
  const yMin = Math.min(...ys, 0);
  const yMax = Math.max(...ys, 0);
  const y = scaleLinear().domain(yMax > yMin ? [yMin, yMax] : [yMin - 1, yMin + 1]).nice(5).range([y1, y0]);
  const lineOf = line<{ value: number } & Summary>().x((p) => x(p.value)).y((p) => y(p.median)).digits(1);
  const bandOf = area<{ value: number } & Summary>().x((p) => x(p.value)).y0((p) => y(p.p10)).y1((p) => y(p.p90)).digits(1);
  const series: SweepSeriesLayout[] = input.series.map((s) => {
    const points = [...s.points].filter((p) => Number.isFinite(p.median)).sort((a, b) => a.value - b.value);
    return {
      key: s.key,
      line: lineOf(points) ?? '',
      band: bandOf(points) ?? '',
      dots: points.map((p) => ({ x: round(x(p.value)), y: round(y(p.median)), value: p.value, median: p.median })),
    };
  });
  const stripY = y1 + S.bottom;
  const step = values.length > 1 ? (x1 - x0) / (values.length - 1) : x1 - x0;
  const strip = (hasStrip ? values : []).map((value, i) => {
    const centre = x(value);
    const left = Math.max(x0 - step / 2, centre - step / 2);
    const right = Math.min(x1 + step / 2, centre + step / 2);
    return { x: round(left + 1), width: round(Math.max(1, right - left - 2)), y: round(stripY), height: S.stripHeight, value, leaders: input.leaders[i] };
  });
  return {
    width: round(width),
    height: round(hasStrip ? stripY + S.stripHeight + S.margin : y1 + S.bottom + S.margin),
    plot: { x0: round(x0), x1: round(x1), y0: round(y0), y1: round(y1) },
    series,
    xTicks: (values.length <= 11 ? values : x.ticks(8)).map((value) => ({ x: round(x(value)), value })),
    yTicks: y.ticks(5).map((value) => ({ y: round(y(value)), value })),
    strip,
    legend: input.series.map((_, i) => ({ x: round(x0), baseline: round(S.margin + S.font + i * S.legendLine) })),
  };
}
