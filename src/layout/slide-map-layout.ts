// The robustness analysis's 2-D map on a slide (DESIGN §4.6 "a 2-D map for any two assumptions"): the
// sampled points grouped by two assumptions into a grid, each cell shaded by the share of paired years in
// which the first organisation does better there, and written as a percentage. Input: the analysis's map
// (analysis/robustness-map.ts) with the axis groups already in words. Pure, stage units.
import { fitLabel, round1, SLIDE_CHART } from './slide-geometry';

export interface SlideMapInput {
  columns: readonly string[];
  rows: readonly string[];
  cells: readonly { column: number; row: number; share: number | undefined }[];
  xLabel: string;
  yLabel: string;
}

export interface SlideMapLayout {
  width: number;
  height: number;
  cells: { x: number; y: number; width: number; height: number; share: number | undefined; textX: number; textY: number }[];
  columnLabels: { x: number; y: number; text: string }[];
  rowLabels: { x: number; y: number; text: string }[];
  xLabel: { x: number; y: number; text: string };
  yLabel: { x: number; y: number; text: string };
}

const LEFT = 360;

export function layoutSlideMap(input: SlideMapInput, chartHeight: number = SLIDE_CHART.height): SlideMapLayout {
  const { width, small, line } = SLIDE_CHART;
  const height = chartHeight;
  const columns = Math.max(1, input.columns.length);
  const rows = Math.max(1, input.rows.length);
  const size = (width - LEFT - 20) / columns;
  const rowHeight = (height - 2 * line - 2 * small - 30) / rows;
  const top = line;
  return {
    width,
    height,
    cells: input.cells.map((cell) => {
      const x = LEFT + cell.column * size;
      const y = top + (rows - 1 - cell.row) * rowHeight;
      return { x: round1(x), y: round1(y), width: round1(size), height: round1(rowHeight), share: cell.share, textX: round1(x + size / 2), textY: round1(y + rowHeight / 2 + small * 0.35) };
    }),
    columnLabels: input.columns.map((text, c) => ({ x: round1(LEFT + c * size + size / 2), y: round1(top + rows * rowHeight + small + 6), text: fitLabel(text, size - 4, small) })),
    rowLabels: input.rows.map((text, r) => ({ x: LEFT - 10, y: round1(top + (rows - 1 - r) * rowHeight + rowHeight / 2 + small * 0.35), text: fitLabel(text, 190, small) })),
    xLabel: { x: round1(LEFT + (columns * size) / 2), y: round1(top + rows * rowHeight + 2 * small + 18), text: fitLabel(input.xLabel, width - LEFT, small) },
    yLabel: { x: 0, y: round1(small), text: fitLabel(input.yLabel, LEFT - 10, small) },
  };
}
