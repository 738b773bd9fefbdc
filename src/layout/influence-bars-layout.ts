// Positions of the influence chart of the robustness analysis (DESIGN §4.6): one horizontal bar per
// assumption, most influential at the top, its length the influence in percentage points (0–100), the
// label wrapped to the left of the bars, the value after each bar, and a dashed line at the chance level
// (a bar at or under it could be chance). Pure: data in, positions out; src/render/ draws them.
import { charsThatFit, wrapText } from './text-wrap';

export const INFLUENCE_CHART = {
  fontSize: 14,
  lineHeight: 17,
  rowGap: 10,
  barHeight: 18,
  top: 30,
  bottom: 34,
  right: 70,
  labelShare: 0.42,
} as const;

export interface InfluenceBarInput {
  id: string;
  label: string;
  /** 0–1. */
  spread: number;
  maybeChance: boolean;
}

export interface InfluenceBarLayout {
  id: string;
  labelLines: string[];
  labelX: number;
  labelY: number;
  barX: number;
  barY: number;
  barWidth: number;
  valueX: number;
  valueY: number;
  percent: number;
  maybeChance: boolean;
}

export interface InfluenceChartLayout {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  bars: InfluenceBarLayout[];
  ticks: { x: number; value: number }[];
  chanceX: number | undefined;
}

export function layoutInfluenceBars(input: { bars: readonly InfluenceBarInput[]; chance: number; width: number }): InfluenceChartLayout {
  const c = INFLUENCE_CHART;
  const labelWidth = Math.floor(input.width * c.labelShare);
  const plotX = labelWidth + 12;
  const plotWidth = Math.max(80, input.width - plotX - c.right);
  const maxChars = charsThatFit(labelWidth - 8, c.fontSize);
  const scale = (share: number) => plotX + Math.max(0, Math.min(1, share)) * plotWidth;
  let y = c.top;
  const bars: InfluenceBarLayout[] = input.bars.map((bar) => {
    const labelLines = wrapText(bar.label, maxChars, 3);
    const rowHeight = Math.max(c.barHeight, labelLines.length * c.lineHeight);
    const barY = y + (rowHeight - c.barHeight) / 2;
    const layout: InfluenceBarLayout = {
      id: bar.id,
      labelLines,
      labelX: labelWidth,
      labelY: y + (rowHeight - labelLines.length * c.lineHeight) / 2 + c.fontSize,
      barX: plotX,
      barY,
      barWidth: Math.max(0, scale(bar.spread) - plotX),
      valueX: scale(bar.spread) + 6,
      valueY: barY + c.barHeight / 2 + c.fontSize / 2 - 2,
      percent: Math.round(bar.spread * 100),
      maybeChance: bar.maybeChance,
    };
    y += rowHeight + c.rowGap;
    return layout;
  });
  const plotHeight = Math.max(c.barHeight, y - c.rowGap - c.top);
  return {
    width: input.width,
    height: c.top + plotHeight + c.bottom,
    plot: { x: plotX, y: c.top, width: plotWidth, height: plotHeight },
    bars,
    ticks: [0, 25, 50, 75, 100].map((value) => ({ x: scale(value / 100), value })),
    chanceX: input.chance > 0 ? scale(input.chance) : undefined,
  };
}
