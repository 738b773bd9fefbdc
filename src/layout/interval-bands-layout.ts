// Median with its 10–90 % band, per organisation, for several outputs at once (DESIGN §4.5), as
// positioned plain data for src/render/interval-bands-chart.tsx: one small panel per output, each with its
// own axis (the outputs have different units), one row per organisation: a bar from the 10th to the 90th
// percentile and a mark at the median. Pure; coordinates rounded to 0.1 px.
import { scaleLinear } from 'd3-scale';
import type { Summary } from '@/simulation/monte-carlo';
import { charsThatFit, wrapText } from './text-wrap';

export const BANDS = {
  margin: 10,
  font: 12,
  line: 15,
  rowHeight: 18,
  labelWidth: 150,
  valueWidth: 150,
  axisHeight: 18,
  groupGap: 14,
} as const;

export interface BandGroupInput {
  key: string;
  label: string;
  rows: readonly { key: string; label: string; summary: Summary }[];
}

export interface BandRow {
  key: string;
  label: string;
  y: number;
  x10: number;
  x50: number;
  x90: number;
  summary: Summary;
  labelBaseline: number;
}

export interface BandGroup {
  key: string;
  titleLines: string[];
  titleBaseline: number;
  rows: BandRow[];
  ticks: { x: number; value: number }[];
  axisY: number;
  plotTop: number;
}

export interface BandsLayout {
  width: number;
  height: number;
  plotX0: number;
  plotX1: number;
  valueX: number;
  groups: BandGroup[];
}

const round = (value: number): number => Math.round(value * 10) / 10;

export function layoutIntervalBands(input: { groups: readonly BandGroupInput[]; width: number }): BandsLayout {
  const B = BANDS;
  const width = Math.max(360, input.width);
  const plotX0 = B.margin + B.labelWidth;
  const plotX1 = width - B.margin - B.valueWidth;
  let cursor = B.margin;
  const groups: BandGroup[] = input.groups.map((group) => {
    const finite = group.rows.flatMap((r) => [r.summary.p10, r.summary.median, r.summary.p90]).filter(Number.isFinite);
    let lo = Math.min(0, ...finite);
    let hi = Math.max(0, ...finite);
    if (!(hi > lo)) hi = lo + 1;
    const x = scaleLinear().domain([lo, hi]).nice(5).range([plotX0, plotX1]);
    [lo, hi] = x.domain() as [number, number];
    const titleLines = wrapText(group.label, charsThatFit(width - 2 * B.margin, B.font), 2);
    const titleBaseline = cursor + B.font;
    const plotTop = cursor + titleLines.length * B.line + 4;
    const rows: BandRow[] = group.rows.map((row, i) => {
      const y = plotTop + i * B.rowHeight + B.rowHeight / 2;
      return {
        key: row.key,
        label: row.label,
        y: round(y),
        x10: round(x(row.summary.p10)),
        x50: round(x(row.summary.median)),
        x90: round(x(row.summary.p90)),
        summary: row.summary,
        labelBaseline: round(y + B.font * 0.35),
      };
    });
    const axisY = plotTop + group.rows.length * B.rowHeight + 2;
    cursor = axisY + B.axisHeight + B.groupGap;
    return {
      key: group.key,
      titleLines,
      titleBaseline: round(titleBaseline),
      rows,
      ticks: x.ticks(5).map((value) => ({ x: round(x(value)), value })),
      axisY: round(axisY),
      plotTop: round(plotTop),
    };
  });
  return { width: round(width), height: round(cursor - B.groupGap + B.margin), plotX0: round(plotX0), plotX1: round(plotX1), valueX: round(plotX1 + 10), groups };
}
