// CSV text for the tables the tool shows, made to open right in Excel as municipal staff use it:
// fields quoted as RFC 4180 says (a field with the separator, a quote or a line break is quoted, quotes
// doubled), CRLF line ends, and a UTF-8 byte-order mark so Excel reads å, ä and ö as UTF-8 instead of the
// local ANSI code page. Swedish Excel splits columns on ';' and reads ',' as the decimal sign, English
// Excel uses ',' and '.', so the format follows the language the user reads the tool in.
// A text field starting with =, +, -, @ or a tab/CR is prefixed with an apostrophe, so a model name can
// never run as a spreadsheet formula (OWASP "CSV injection"). Numbers are written as numbers.

export type CsvCell = string | number | null | undefined;

export interface CsvFormat {
  separator: ';' | ',';
  decimal: ',' | '.';
}

export const CSV_FORMATS: Record<'sv' | 'en', CsvFormat> = {
  sv: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

/** The UTF-8 byte-order mark, written first. */
export const BOM = '\uFEFF';

function numberText(value: number, format: CsvFormat): string {
  if (!Number.isFinite(value)) return '';
  // toString never gives exponents for the magnitudes the tool shows (below 1e21, above 1e-7).
  const text = Object.is(value, -0) ? '0' : String(value);
  return format.decimal === '.' ? text : text.replace('.', format.decimal);
}

/** One field, quoted when it has to be. */
export function csvField(cell: CsvCell, format: CsvFormat): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return numberText(cell, format);
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  const mustQuote = text.includes(format.separator) || /["\r\n]/.test(text);
  return mustQuote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: BOM, then one CRLF-terminated line per row. */
export function toCsv(rows: readonly (readonly CsvCell[])[], format: CsvFormat): string {
  return BOM + rows.map((row) => row.map((cell) => csvField(cell, format)).join(format.separator) + '\r\n').join('');
}
