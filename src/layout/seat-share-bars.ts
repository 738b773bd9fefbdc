// Paired horizontal bars per party: its share of the council (KF) against its share of all positions on the
// other bodies (DESIGN §3), as positioned plain data for src/render/seat-share-chart.tsx. The gap between
// the two bars of a party is what the Gallagher index sums up. Pure; coordinates rounded to 0.1 px.
import { scaleLinear } from 'd3-scale';

export interface PartyShares {
  party: string;
  /** Share of KF seats (0–1). */
  councilShare: number;
  /** Share of all positions on bodies except KF (0–1). */
  positionShare: number;
}

export interface ShareBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the value label starts (right of the bar), and its baseline. */
  labelX: number;
  labelBaseline: number;
  share: number;
}

export interface SeatShareRow {
  party: string;
  /** Baseline of the party label, right-aligned at `SEAT_BARS.labelWidth`. */
  labelBaseline: number;
  council: ShareBar;
  positions: ShareBar;
}

export interface SeatShareBarsLayout {
  width: number;
  height: number;
  /** The legend: a swatch at `x` and a label after it, one line per bar kind. */
  legend: { x: number; councilBaseline: number; positionsBaseline: number };
  /** Vertical grid lines with their share (0–1). */
  ticks: { x: number; share: number }[];
  /** Top and bottom of the grid lines; tick labels go under `gridBottom`. */
  gridTop: number;
  gridBottom: number;
  rows: SeatShareRow[];
}

export const SEAT_BARS = {
  margin: 10,
  labelWidth: 44,
  valueWidth: 48,
  legendHeight: 40,
  barHeight: 11,
  barGap: 2,
  rowGap: 9,
  font: 12,
  axisHeight: 18,
} as const;

const round = (value: number): number => Math.round(value * 10) / 10;
const clampShare = (share: number): number => (Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0);

export function layoutSeatShareBars(parties: readonly PartyShares[], width: number): SeatShareBarsLayout {
  const { margin, labelWidth, valueWidth, legendHeight, barHeight, barGap, rowGap, font, axisHeight } = SEAT_BARS;
  const largest = Math.max(0.1, ...parties.flatMap((p) => [clampShare(p.councilShare), clampShare(p.positionShare)]));
  const left = margin + labelWidth + 8;
  const right = Math.max(left + 40, width - margin - valueWidth);
  const x = scaleLinear().domain([0, largest]).nice(5).range([left, right]);
  const gridTop = margin + legendHeight;
  const rowHeight = 2 * barHeight + barGap + rowGap;
  const rows: SeatShareRow[] = parties.map((p, i) => {
    const top = gridTop + rowGap / 2 + i * rowHeight;
    const bar = (share: number, y: number): ShareBar => {
      const clean = clampShare(share);
      const end = x(clean);
      return {
        x: round(left),
        y: round(y),
        width: round(end - left),
        height: barHeight,
        labelX: round(end + 4),
        labelBaseline: round(y + barHeight - 1.5),
        share: clean,
      };
    };
    return {
      party: p.party,
      labelBaseline: round(top + barHeight + barGap / 2 + font * 0.35),
      council: bar(p.councilShare, top),
      positions: bar(p.positionShare, top + barHeight + barGap),
    };
  });
  const gridBottom = gridTop + Math.max(1, parties.length) * rowHeight;
  return {
    width: round(width),
    height: round(gridBottom + axisHeight + margin),
    legend: { x: round(left), councilBaseline: round(margin + font), positionsBaseline: round(margin + 2 * font + 5) },
    ticks: x.ticks(5).map((share) => ({ x: round(x(share)), share })),
    gridTop: round(gridTop),
    gridBottom: round(gridBottom),
    rows,
  };
}
