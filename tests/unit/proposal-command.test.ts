// `proposal` and `describe A B` on the command line, run in-process with captured output: the document
// of a shipped model and of a draft saved as a file, opened again as Word (jszip) and as PDF (unpdf) to
// check that the att-clauses, the cost table, the timetable, the example markers and the page numbers
// are there; bad input gives a message in Swedish (English with --lang en), a non-zero exit and no
// stack trace.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { produce } from 'immer';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { modelsDir, noStackTrace, run } from '../fixtures/cli-run';
import { woffToSfnt } from '@/cli/woff-font';
import type { Model } from '@/domain/model-schema';
import { generatedClauses } from '@/domain/proposal-builder';
import { convertToBoard, defaultChoices } from '@/features/draft/board-conversion';
import { exportModelJson } from '@/storage/draft-reading';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'kommunmodell-proposal-'));
const file = (name: string) => path.join(tmp, name);
const shipped = (id: string): Model => JSON.parse(readFileSync(path.join(modelsDir, `${id}.json`), 'utf8'));


const count = (text: string, part: string) => text.split(part).length - 1;

async function docxText(name: string): Promise<{ text: string; footer: string }> {
  const zip = await JSZip.loadAsync(readFileSync(name));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const footerName = Object.keys(zip.files).find((f) => f.startsWith('word/footer')) ?? '';
  return { text: xml.replace(/<[^>]+>/g, ''), footer: (await zip.file(footerName)?.async('string')) ?? '' };
}

/** A draft as the Draft view saves it: Ånge today made into a board with utskott, under its own id. */
function draftFile(): string {
  const today = shipped('ange-today');
  const converted = produce(today, convertToBoard(defaultChoices(today)));
  const draft: Model = { ...converted, id: 'utkast-ks-med-utskott', name: { sv: 'Utkast: KS med utskott', en: 'Draft: board with subcommittees' } };
  const name = file('utkast.json');
  writeFileSync(name, exportModelJson(draft));
  return name;
}

describe('proposal', () => {
  it('writes a shipped model’s proposal as .docx with the clauses, cost table, timetable and every example marker', async () => {
    const out = file('ange-a.docx');
    const result = await run('proposal', 'ange-a', '--format', 'docx', '--out', out, '--runs', '20');
    expect(result.code).toBe(0);
    expect(result.err).toContain('Skrev');
    const { text, footer } = await docxText(out);
    const clauses = generatedClauses({ model: shipped('ange-a'), lang: 'sv', termStart: '2031-01-01', today: shipped('ange-today') });
    expect(text).toContain('Förslag till beslut');
    expect(text).toContain(clauses[0]);
    expect(text).toContain('Politisk kostnad per år och organ (kr)');
    expect(text).toContain('Tidplan fram till att den nya organisationen börjar gälla');
    // Compared with today's organisation of the same municipality by default, with the simulated years.
    expect(text).toContain('Ånge i dag');
    const examples = Number(/(\d+) exempelvärden märkta/.exec(result.err)?.[1]);
    expect(examples).toBeGreaterThan(5);
    // Every marked value, and the legend that names the marker once more.
    expect(count(text, '[exempel]')).toBe(examples + 1);
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });

  it('writes a draft file’s proposal as .docx: the converted board’s clauses and its own values', async () => {
    const out = file('utkast.docx');
    const result = await run('proposal', draftFile(), '--out', out, '--runs', '0', '--term-start', '2031-01-01');
    expect(result.code).toBe(0);
    const { text } = await docxText(out);
    expect(text).toContain('Utkast: KS med utskott');
    expect(text).toContain('Utbildningsutskottet');
    expect(text).toContain('att från och med den 1 januari 2031 organisera den politiska verksamheten med en kommunstyrelse');
    expect(text).toContain('Politisk kostnad per år och organ (kr)');
    expect(text).toContain('Tidplan fram till att den nya organisationen börjar gälla');
    expect(text).toContain('[exempel]');
  });

  it('writes an A4 PDF with "Sida n av N" on every page and the example markers', async () => {
    const out = file('utkast.pdf');
    const result = await run('proposal', draftFile(), '--format', 'pdf', '--out', out, '--runs', '0');
    expect(result.code).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const pdf = await getDocumentProxy(bytes);
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    expect(totalPages).toBeGreaterThan(3);
    text.forEach((page, i) => expect(page).toContain(`Sida ${i + 1} av ${totalPages}`));
    const all = text.join('\n');
    expect(all).toContain('Förslag till beslut');
    expect(all).toContain('Politisk kostnad per år och organ (kr)');
    expect(all).toContain('Tidplan fram till att den nya organisationen börjar gälla');
    const examples = Number(/(\d+) exempelvärden märkta/.exec(result.err)?.[1]);
    expect(count(all, '[exempel]')).toBe(examples + 1);
    const page = await pdf.getPage(1);
    expect(page.view.map(Math.round)).toEqual([0, 0, 595, 842]);
  });

  it('prints Markdown to the terminal by default, and English with --lang en', async () => {
    const sv = await run('proposal', 'munkfors', '--runs', '0');
    expect(sv.code).toBe(0);
    expect(sv.out).toContain('## Förslag till beslut');
    const en = await run('proposal', 'munkfors', '--runs', '0', '--lang', 'en');
    expect(en.out).toContain('## Proposed decision');
  });

  it('refuses a missing file, broken JSON, an unknown format and an unwritable --out with a message, no stack trace', async () => {
    const broken = file('broken.json');
    writeFileSync(broken, '{\n  "id": "x",\n  oops\n}');
    const cases: { argv: string[]; code: number; sv: RegExp; en: RegExp }[] = [
      { argv: ['proposal', file('saknas.json')], code: 2, sv: /finns inte/, en: /does not exist/ },
      { argv: ['proposal', broken], code: 1, sv: /ogiltig modellfil/, en: /invalid model file/ },
      { argv: ['proposal', 'ange-a', '--format', 'odt'], code: 2, sv: /Okänt format "odt": --format ska vara docx, pdf eller md/, en: /Unknown format "odt": --format must be docx, pdf or md/ },
      { argv: ['proposal', 'ange-a', '--runs', '0', '--out', path.join(tmp, 'no', 'such', 'dir', 'x.docx')], code: 2, sv: /Kan inte skriva .*mappen finns inte/, en: /Cannot write .*the folder does not exist/ },
      { argv: ['proposal'], code: 2, sv: /Ange en modell eller en utkastfil/, en: /Give one model or draft file/ },
      { argv: ['proposal', 'ange-a', '--term-start', '2031-05-01'], code: 2, sv: /--term-start ska vara den 1 januari/, en: /--term-start must be 1 January/ },
    ];
    for (const { argv, code, sv, en } of cases) {
      const swedish = await run(...argv);
      expect(swedish.code, argv.join(' ')).toBe(code);
      expect(swedish.err).toMatch(sv);
      const english = await run(...argv, '--lang', 'en');
      expect(english.code).toBe(code);
      expect(english.err).toMatch(en);
      noStackTrace(swedish.out + swedish.err + english.out + english.err);
    }
  });

  it('unpacks WOFF into the plain font it wraps', () => {
    const woff = new Uint8Array(readFileSync('node_modules/@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff'));
    const sfnt = woffToSfnt(woff);
    const view = new DataView(sfnt.buffer);
    expect(view.getUint32(0)).toBe(new DataView(woff.buffer, woff.byteOffset).getUint32(4));
    const tables = view.getUint16(4);
    const tags = Array.from({ length: tables }, (_, i) => String.fromCharCode(...sfnt.slice(12 + i * 16, 16 + i * 16)));
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx']));
  });
});

describe('describe A B', () => {
  it('shows two organisations side by side in the same rows', async () => {
    const result = await run('describe', 'ange-today', 'ange-a');
    expect(result.code).toBe(0);
    const lines = result.out.split('\n');
    const row = (label: string) => lines.find((l) => l.startsWith(label)) ?? '';
    expect(row('Slag')).toMatch(/^Slag\s+nämndorganisation\s+kommunstyrelse med utskott$/);
    expect(row('Minsta antal personer')).toMatch(/147 \(exempel\)\s+109 \(exempel\)$/);
    expect(row('Platser i fullmäktige')).toMatch(/35 \+ 24\s+35 \+ 24$/);
    // Budget holders by name, one a line; Ånge today's five beside Ånge A's one.
    const at = lines.findIndex((l) => l.startsWith('Budgetansvariga organ'));
    expect(lines.slice(at + 1, at + 6).every((l) => l.trimStart().startsWith('·'))).toBe(true);
    expect(lines[at + 1]).toMatch(/· Kommunstyrelsen .* %.*· Kommunstyrelsen 100,0 %/);
  });

  it('gives both as JSON, and refuses a third', async () => {
    const json = JSON.parse((await run('describe', 'munkfors', 'ange-a', '--json')).out);
    expect(json.models.map((m: { model: string }) => m.model)).toEqual(['munkfors', 'ange-a']);
    const three = await run('describe', 'munkfors', 'ange-a', 'ange-b', '--lang', 'en');
    expect(three.code).toBe(2);
    expect(three.err).toContain('Give one model, or two to show side by side');
  });
});
