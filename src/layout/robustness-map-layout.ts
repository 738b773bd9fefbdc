// Positions of the 2-D robustness map (DESIGN §4.6): a grid of cells, columns the groups of one
// assumption, rows the groups of another (low values at the bottom), each cell labelled with its share in
// per cent, axis labels for every group, axis titles, and a legend bar under the grid. Pure; the colour of
// a cell is chosen by src/render/ from the cell's value.
import { charsThatFit, wrapText } from './text-wrap';

export const MAP_CHART = { fontSize: 13, titleSize: 14, left: 150, top: 16, bottom: 96, right: 16, maxCell: 96 } as const;

export interface MapLayoutInput {
  columns: string[];
  rows: string[];
  cells: { column: number; row: number; value: number | undefined; count: number }[];
  xTitle: string;
  yTitle: string;
  width: number;
}

export interface MapCellLayout {
  x: number;
  y: number;
  size: number;
  value: number | undefined;
  count: number;
  label: string;
  column: number;
  row: number;
}

export interface MapChartLayout {
  width: number;
  height: number;
  grid: { x: number; y: number; width: number; height: number };
  cells: MapCellLayout[];
  columnLabels: { x: number; y: number; lines: string[] }[];
  rowLabels: { x: number; y: number; lines: string[] }[];
  xTitle: { x: number; y: number; lines: string[] };
  yTitle: { x: number; y: number; lines: string[] };
  legend: { x: number; y: number; width: number; height: number };
}

export function layoutRobustnessMap(input: MapLayoutInput): MapChartLayout {
  const c = MAP_CHART;
  const columns = Math.max(1, input.columns.length);
  const rows = Math.max(1, input.rows.length);
  const size = Math.max(28, Math.min(c.maxCell, Math.floor((input.width - c.left - c.right) / columns)));
  const gridWidth = size * columns;
  const gridHeight = size * rows;
  const gridX = c.left;
  const gridY = c.top;
  const cells = input.cells.map((cell) => ({
    x: gridX + cell.column * size,
    // Row 0 (the lowest values) at the bottom.
    y: gridY + (rows - 1 - cell.row) * size,
    size,
    value: cell.value,
    count: cell.count,
    label: cell.value === undefined ? '–' : `${Math.round(cell.value * 100)} %`,
    column: cell.column,
    row: cell.row,
  }));
  const columnChars = charsThatFit(size - 4, c.fontSize);
  const columnLabels = input.columns.map((label, i) => ({ x: gridX + i * size + size / 2, y: gridY + gridHeight + 16, lines: wrapText(label, Math.max(4, columnChars), 2) }));
  const rowChars = charsThatFit(c.left - 70, c.fontSize);
  const rowLabels = input.rows.map((label, i) => ({ x: gridX - 8, y: gridY + (rows - 1 - i) * size + size / 2 + 4, lines: wrapText(label, Math.max(4, rowChars), 2) }));
  const titleChars = charsThatFit(gridWidth, c.titleSize);
  const xTitle = { x: gridX + gridWidth / 2, y: gridY + gridHeight + 54, lines: wrapText(input.xTitle, titleChars, 2) };
  const yTitle = { x: 14, y: gridY + gridHeight / 2, lines: wrapText(input.yTitle, charsThatFit(gridHeight, c.titleSize), 2) };
  const legendY = xTitle.y + xTitle.lines.length * 17 + 2;
  return {
    width: Math.max(input.width, gridX + gridWidth + c.right),
    height: legendY + 40,
    grid: { x: gridX, y: gridY, width: gridWidth, height: gridHeight },
    cells,
    columnLabels,
    rowLabels,
    xTitle,
    yTitle,
    legend: { x: gridX, y: legendY, width: gridWidth, height: 14 },
  };
}
