// Medians with their 10–90 % bands on a slide (DESIGN §4.5: distributions, never one falsely precise
// number), used for a figure per organisation and for the concentration in KS (shares of decisions, of
// money, of positions): per group a title and one row per organisation — a bar to the median, a whisker
// from the 10th to the 90th percentile, the value written at the end. Pure, stage units.
import { scaleLinear } from 'd3-scale';
import { fitLabel, round1, SLIDE_CHART } from './slide-geometry';

export interface BandRowInput {
  key: string;
  label: string;
  median: number;
  p10: number;
  p90: number;
  /** Written after the whisker, e.g. "42 % (35–48 %)". */
  valueText: string;
  /** Series index (colour and dash). */
  series: number;
}

export interface BandGroupInput {
  key: string;
  title: string;
  rows: readonly BandRowInput[];
}

export interface BandRow {
  key: string;
  label: string;
  labelBaseline: number;
  y: number;
  height: number;
  x0: number;
  xMedian: number;
  x10: number;
  x90: number;
  valueText: string;
  valueX: number;
  series: number;
}

export interface BandGroup {
  key: string;
  title: string;
  titleBaseline: number;
  rows: BandRow[];
}

export const BAND_LABEL_WIDTH = 250;
const VALUE_WIDTH = 250;

export function layoutSlideBands(
  groups: readonly BandGroupInput[],
  domain?: readonly [number, number],
  options: { height?: number; labelWidth?: number } = {},
): { width: number; height: number; groups: BandGroup[] } {
  const { width, font, small } = SLIDE_CHART;
  const height = options.height ?? SLIDE_CHART.height;
  const labelWidth = options.labelWidth ?? BAND_LABEL_WIDTH;
  const all = groups.flatMap((g) => g.rows.flatMap((r) => [r.p10, r.p90, r.median])).filter(Number.isFinite);
  const lo = domain?.[0] ?? Math.min(0, ...all);
  const hi = domain?.[1] ?? Math.max(0, ...all);
  const x = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .range([labelWidth, width - VALUE_WIDTH]);
  const rowCount = groups.reduce((sum, g) => sum + g.rows.length, 0);
  const titleSpace = font + 14;
  const rowHeight = Math.min(64, (height - groups.length * titleSpace) / Math.max(1, rowCount));
  let cursor = 0;
  return {
    width,
    height,
    groups: groups.map((group) => {
      const titleBaseline = cursor + font;
      cursor += titleSpace;
      const rows = group.rows.map((row): BandRow => {
        const y = cursor;
        cursor += rowHeight;
        const safe = (v: number): number => round1(x(Number.isFinite(v) ? v : 0));
        return {
          key: row.key,
          label: fitLabel(row.label, labelWidth - 16, small),
          labelBaseline: round1(y + rowHeight / 2 + small * 0.35),
          y: round1(y + rowHeight * 0.2),
          height: round1(rowHeight * 0.6),
          x0: safe(Math.max(lo, Math.min(hi, 0))),
          xMedian: safe(row.median),
          x10: safe(row.p10),
          x90: safe(row.p90),
          valueText: fitLabel(row.valueText, VALUE_WIDTH - 16, small),
          valueX: round1(width - VALUE_WIDTH + 16),
          series: row.series,
        };
      });
      return { key: group.key, title: fitLabel(group.title, width, font), titleBaseline: round1(titleBaseline), rows };
    }),
  };
}
