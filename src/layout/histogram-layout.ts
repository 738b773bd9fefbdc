// Histograms of Monte Carlo outputs (DESIGN §4.5: distributions, never one falsely precise number), as
// positioned plain data for src/render/histogram-chart.tsx. Two or three organisations share one set of
// bins, each bin's bars side by side (organisation 1 left), with each organisation's median and 10–90 %
// band drawn as a bracket above the bars. Bin edges are d3-scale's "nice" ticks over the pooled range, so
// they fall on round numbers. Non-finite values (a run without any deviation has no days-to-cover) are
// left out and counted. Pure and deterministic; coordinates rounded to 0.1 px.
import { scaleLinear } from 'd3-scale';
import { quantileOfSorted } from '@/simulation/quantile';

export const HISTOGRAM = {
  margin: 10,
  left: 46,
  bottom: 34,
  bracketRow: 14,
  font: 12,
  bins: 16,
} as const;

export interface HistogramSeriesInput {
  key: string;
  values: readonly number[];
}

export interface HistogramBar {
  series: number;
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
  from: number;
  to: number;
}

export interface HistogramBracket {
  series: number;
  y: number;
  x10: number;
  x50: number;
  x90: number;
  p10: number;
  median: number;
  p90: number;
}

export interface HistogramLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  edges: number[];
  bars: HistogramBar[];
  brackets: HistogramBracket[];
  xTicks: { x: number; value: number }[];
  yTicks: { y: number; count: number }[];
  /** Values left out per series because they were not finite. */
  leftOut: number[];
  counts: number[];
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** Bin edges: nice ticks covering [min, max]; a single value gets one bin of width 1 around it. */
export function binEdges(min: number, max: number, bins: number): number[] {
  if (!(max > min)) return [min - 0.5, min + 0.5];
  const scale = scaleLinear().domain([min, max]).nice(bins);
  const ticks = scale.ticks(bins);
  const [lo, hi] = scale.domain() as [number, number];
  const edges = [...new Set([lo, ...ticks, hi])].sort((a, b) => a - b);
  return edges.length >= 2 ? edges : [lo, hi];
}

export function layoutHistogram(input: { series: readonly HistogramSeriesInput[]; width: number; height: number; bins?: number }): HistogramLayout {
  const H = HISTOGRAM;
  const width = Math.max(240, input.width);
  const seriesCount = Math.max(1, input.series.length);
  const finite = input.series.map((s) => Float64Array.from(s.values.filter((v) => Number.isFinite(v))).sort());
  const leftOut = input.series.map((s, i) => s.values.length - (finite[i]?.length ?? 0));
  let min = Infinity;
  let max = -Infinity;
  for (const values of finite) {
    if (values.length === 0) continue;
    min = Math.min(min, values[0] ?? 0);
    max = Math.max(max, values[values.length - 1] ?? 0);
  }
  if (!Number.isFinite(min)) {
    min = 0;
    max = 1;
  }
  const edges = binEdges(min, max, input.bins ?? H.bins);
  const binCount = edges.length - 1;
  const counts = finite.map((values) => {
    const bins = new Array<number>(binCount).fill(0);
    for (const value of values) {
      let b = binCount - 1;
      for (let i = 0; i < binCount; i++) {
        if (value < (edges[i + 1] ?? Infinity)) {
          b = i;
          break;
        }
      }
      bins[b] = (bins[b] ?? 0) + 1;
    }
    return bins;
  });
  const tallest = Math.max(1, ...counts.flat());
  const x0 = H.margin + H.left;
  const x1 = width - H.margin;
  const y0 = H.margin + seriesCount * H.bracketRow + 4;
  const y1 = Math.max(y0 + 40, input.height - H.bottom);
  const x = scaleLinear().domain([edges[0] ?? 0, edges[binCount] ?? 1]).range([x0, x1]);
  const y = scaleLinear().domain([0, tallest]).nice(4).range([y1, y0]);
  const bars: HistogramBar[] = [];
  counts.forEach((bins, s) => {
    bins.forEach((count, b) => {
      const left = x(edges[b] ?? 0);
      const right = x(edges[b + 1] ?? 0);
      const slot = (right - left - 2) / seriesCount;
      const top = y(count);
      bars.push({
        series: s,
        x: round(left + 1 + s * slot),
        y: round(top),
        width: round(Math.max(0.5, slot)),
        height: round(y1 - top),
        count,
        from: edges[b] ?? 0,
        to: edges[b + 1] ?? 0,
      });
    });
  });
  const brackets: HistogramBracket[] = finite.flatMap((values, s) => {
    if (values.length === 0) return [];
    const p10 = quantileOfSorted(values, 0.1);
    const median = quantileOfSorted(values, 0.5);
    const p90 = quantileOfSorted(values, 0.9);
    return [{ series: s, y: round(H.margin + s * H.bracketRow + H.bracketRow / 2), x10: round(x(p10)), x50: round(x(median)), x90: round(x(p90)), p10, median, p90 }];
  });
  return {
    width: round(width),
    height: round(y1 + H.bottom),
    plot: { x0: round(x0), x1: round(x1), y0: round(y0), y1: round(y1) },
    edges,
    bars,
    brackets,
    xTicks: x.ticks(6).map((value) => ({ x: round(x(value)), value })),
    yTicks: y.ticks(4).map((count) => ({ y: round(y(count)), count })),
    leftOut,
    counts: counts.map((bins) => bins.reduce((a, b) => a + b, 0)),
  };
}
