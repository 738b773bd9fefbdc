// A table as plain data, so the same numbers feed the HTML table a user reads and the CSV they download.
// The first column is the row header; every other cell has the text shown and, optionally, the raw value
// written to CSV (a number stays a number there, formatted the way the user's spreadsheet expects).
import type { ValueStatus } from '@/domain/model-schema';
import type { CsvCell } from './export/csv';

export interface TableCell {
  text: string;
  /** The value written to CSV; `text` when absent. */
  csv?: CsvCell;
  /** A short mark shown after the text (e.g. `*`), with `markLabel` read out instead of it. */
  mark?: string;
  markLabel?: string;
  /** An example value: shown with an "Exempel" badge. */
  example?: boolean;
  /** The figure's own status (value-status.ts): badged "Exempel" or "Eget värde"; documented needs none. */
  status?: ValueStatus;
  /** The figure depends on a lot: "beror på lottning" and the range over the lot's outcomes. */
  lot?: { min: string; max: string };
}

export type Cell = string | number | TableCell;

export interface TableRow {
  key: string;
  header: string;
  cells: Cell[];
  /** The row differs between the things compared: marked with ≠ (not only by colour). */
  differs?: boolean;
  /** A short explanation under the row header. */
  help?: string;
}

export interface TableSpec {
  caption: string;
  /** Header of the first column (the row headers). */
  rowHeader: string;
  columns: { header: string; numeric?: boolean }[];
  rows: TableRow[];
}

export function cellText(cell: Cell): string {
  return typeof cell === 'object' ? cell.text : String(cell);
}

function cellCsv(cell: Cell): CsvCell {
  if (typeof cell !== 'object') return cell;
  return cell.csv !== undefined ? cell.csv : cell.text;
}

/** The table as CSV rows: a header row, then one row per table row. */
export function tableCsvRows(table: TableSpec): CsvCell[][] {
  return [
    [table.rowHeader, ...table.columns.map((c) => c.header)],
    ...table.rows.map((row) => [row.header, ...row.cells.map(cellCsv)]),
  ];
}
