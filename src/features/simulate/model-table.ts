// A table with one column per organisation and one row per figure, as the Simulate view's sections use
// it: the same figure side by side, rows whose values differ marked (≠, not by colour alone).
import type { Model } from '@/domain/model-schema';
import type { I18n } from '@/i18n/language';
import type { TableCell, TableSpec } from '@/render/table-spec';

export interface FigureRow<T> {
  key: string;
  header: string;
  help?: string;
  cell(item: T, index: number): TableCell;
}

export function figureTable<T>(caption: string, rowHeader: string, models: readonly Model[], items: readonly T[], rows: readonly FigureRow<T>[], i18n: I18n): TableSpec {
  return {
    caption,
    rowHeader,
    columns: models.map((model) => ({ header: i18n.pick(model.name), numeric: true })),
    rows: rows.map((row) => {
      const cells = items.map((item, i) => row.cell(item, i));
      const values = cells.map((cell) => String(cell.csv !== undefined ? cell.csv : cell.text));
      return {
        key: row.key,
        header: row.header,
        cells,
        differs: models.length > 1 && new Set(values).size > 1,
        ...(row.help ? { help: row.help } : {}),
      };
    }),
  };
}

/** A number cell: shown with `digits` decimals, written to CSV rounded to `digits + 2`. */
export function numberCell(i18n: I18n, value: number, digits = 0): TableCell {
  if (!Number.isFinite(value)) return { text: '–', csv: null };
  const scale = 10 ** (digits + 2);
  return { text: i18n.number(value, digits), csv: Math.round(value * scale) / scale };
}

export function percentCell(i18n: I18n, share: number, digits = 0): TableCell {
  if (!Number.isFinite(share)) return { text: '–', csv: null };
  return { text: `${i18n.number(share * 100, digits)} %`, csv: Math.round(share * 10_000) / 100 };
}
