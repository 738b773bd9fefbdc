// CSV export (src/render/export/csv.ts, table-spec.ts): a UTF-8 BOM first, RFC 4180 quoting, CRLF lines,
// Swedish letters kept, the separator and decimal sign of the user's spreadsheet, no formulas.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, CSV_FORMATS, csvField, toCsv } from '@/render/export/csv';
import { fileNameOf } from '@/render/export/download';
import { tableCsvRows, type TableSpec } from '@/render/table-spec';

const sv = CSV_FORMATS.sv;
const en = CSV_FORMATS.en;

/** Reads CSV back as RFC 4180 says, to check that quoting round-trips. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('CSV for Excel', () => {
  it('starts with the UTF-8 byte-order mark and keeps å, ä, ö as UTF-8', () => {
    const csv = toCsv([['Organ', 'Ledamöter'], ['Kommunstyrelsen Ånge', 9]], sv);
    expect(csv.startsWith(BOM)).toBe(true);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Organ;Ledamöter\r\nKommunstyrelsen Ånge;9\r\n');
  });

  it('quotes fields with the separator, quotes or line breaks, doubling the quotes', () => {
    expect(csvField('Bygg- och miljönämnden; gemensam', sv)).toBe('"Bygg- och miljönämnden; gemensam"');
    expect(csvField('Bygg, miljö', sv)).toBe('Bygg, miljö');
    expect(csvField('Bygg, miljö', en)).toBe('"Bygg, miljö"');
    expect(csvField('Utskottet "Service"', sv)).toBe('"Utskottet ""Service"""');
    expect(csvField('rad ett\nrad två', sv)).toBe('"rad ett\nrad två"');
    expect(csvField('', sv)).toBe('');
    expect(csvField(null, sv)).toBe('');
    expect(csvField(undefined, sv)).toBe('');
  });

  it('writes numbers with the decimal sign of the language, and nothing for a non-number', () => {
    expect(csvField(2.74, sv)).toBe('2,74');
    expect(csvField(2.74, en)).toBe('2.74');
    expect(csvField(-1.5, sv)).toBe('-1,5');
    expect(csvField(1245150, sv)).toBe('1245150');
    expect(csvField(Number.NaN, sv)).toBe('');
    expect(csvField(Number.POSITIVE_INFINITY, en)).toBe('');
    expect(csvField(-0, sv)).toBe('0');
  });

  it('never lets a text run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")', sv)).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+46', sv)).toBe("'+46");
    expect(csvField('-ingen-', sv)).toBe("'-ingen-");
    expect(csvField('@SUM(A1)', en)).toBe("'@SUM(A1)");
    expect(csvField('– ingen –', sv)).toBe('– ingen –');
  });

  it('round-trips any table of texts and numbers through an RFC 4180 reader', () => {
    const cell = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('Å;ä"ö\r\n', 'a,b'), fc.integer());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 }), fc.constantFrom(sv, en), (rows, format) => {
        const text = toCsv(rows, format).slice(BOM.length);
        const expected = rows.map((row) =>
          row.map((c) => (typeof c === 'number' ? String(c) : /^[=+\-@\t\r]/.test(c) ? `'${c}` : c)),
        );
        expect(parseCsv(text, format.separator)).toEqual(expected);
      }),
    );
  });

  it('turns a table into a header row and one row per table row, raw values where given', () => {
    const table: TableSpec = {
      caption: 'Härledda uppgifter',
      rowHeader: 'Uppgift',
      columns: [{ header: 'Munkfors' }, { header: 'Ånge i dag' }],
      rows: [
        { key: 'neff', header: 'Effektivt antal budgetansvariga', cells: [{ text: '1,00', csv: 1 }, { text: '2,74', csv: 2.74 }] },
        { key: 'kind', header: 'Typ', cells: ['Kommunstyrelse med utskott', { text: 'Nämndorganisation' }] },
        { key: 'bodies', header: 'Politiska organ', cells: [7, 7] },
      ],
    };
    expect(tableCsvRows(table)).toEqual([
      ['Uppgift', 'Munkfors', 'Ånge i dag'],
      ['Effektivt antal budgetansvariga', 1, 2.74],
      ['Typ', 'Kommunstyrelse med utskott', 'Nämndorganisation'],
      ['Politiska organ', 7, 7],
    ]);
    expect(toCsv(tableCsvRows(table), sv)).toBe(
      BOM +
        'Uppgift;Munkfors;Ånge i dag\r\nEffektivt antal budgetansvariga;1;2,74\r\n' +
        'Typ;Kommunstyrelse med utskott;Nämndorganisation\r\nPolitiska organ;7;7\r\n',
    );
  });

  it('names files in portable ASCII', () => {
    expect(fileNameOf(['kommunmodell', 'ange-today', 'Härledda uppgifter'], 'csv')).toBe(
      'kommunmodell-ange-today-harledda-uppgifter.csv',
    );
    expect(fileNameOf(['Öckerö', 'Café/../x'], 'png')).toBe('ockero-cafe-x.png');
    expect(fileNameOf(['///'], 'svg')).toBe('kommunmodell.svg');
  });
});
