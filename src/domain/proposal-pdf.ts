// The officials' proposal as an A4 PDF with the `pdf-lib` library: the same blocks as the Word file and
// the page on screen (proposal-document.ts), drawn with headings, wrapped paragraphs, lists with check
// boxes, the proposed decision, tables with their header row repeated on each page, and "Sida n av N" at
// the foot of every page. Example values carry the marker in brackets after them, in italics, as in the
// other forms. The fonts are given as bytes (the command line reads DejaVu Sans from @fontsource), so the
// module is pure apart from the library. Charts are not drawn here: each chart gives its caption and its
// text alternative, and its table follows, as in the Markdown form.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { Block, DocCell, Inline, ProposalDocument } from './proposal-document';

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
}

const A4: [number, number] = [595.28, 841.89];
/** 2 cm, as in the Word file. */
const MARGIN = 56.7;
const FOOTER = 30;
const INK = rgb(0.106, 0.122, 0.141);
const SOFT = rgb(0.29, 0.325, 0.376);
const MARKER = rgb(0.541, 0.294, 0);
const RULE = rgb(0.6, 0.6, 0.6);
const WARNING = rgb(0.69, 0, 0.125);
const BODY = 10;

interface Face {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

/** A run of text in one face and colour. */
interface Segment {
  text: string;
  font: PDFFont;
  colour: RGB;
}

/** Characters the embedded subset lacks, written with ones it has (anything else becomes "?"). */
const FALLBACK: Record<string, string> = { '☐': '[ ]', '✔': 'v', '→': '->', '←': '<-', '≤': '<=', '≥': '>=', '≈': '~', '×': 'x' };

function printableBy(font: PDFFont): (text: string) => string {
  const known = new Set(font.getCharacterSet());
  return (text) =>
    [...text]
      .map((char) => {
        const code = char.codePointAt(0) ?? 0;
        if (known.has(code) || char === ' ') return char;
        if (char === '\t' || char === '\n') return ' ';
        return FALLBACK[char] ?? '?';
      })
      .join('');
}

/** Text widths by font and size, remembered: the font's own layout is slow and the same words recur. */
function widthMeter(): (font: PDFFont, text: string, size: number) => number {
  const cache = new Map<PDFFont, Map<string, number>>();
  return (font, text, size) => {
    let byText = cache.get(font);
    if (!byText) cache.set(font, (byText = new Map()));
    let unit = byText.get(text);
    if (unit === undefined) byText.set(text, (unit = font.widthOfTextAtSize(text, 1000)));
    return (unit * size) / 1000;
  };
}

class Writer {
  readonly measure = widthMeter();
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  y = 0;
  readonly width = A4[0] - 2 * MARGIN;

  constructor(
    readonly pdf: PDFDocument,
    readonly face: Face,
    readonly marker: string,
    readonly clean: (text: string) => string,
  ) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.pdf.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN;
  }

  /** Starts a new page unless `height` fits above the footer. */
  room(height: number): void {
    if (this.y - height < MARGIN + FOOTER) this.newPage();
  }

  /** Segments of inline parts: strong parts bold, example parts followed by the marker in italics. */
  segments(parts: readonly Inline[], font = this.face.regular, colour = INK): Segment[] {
    return parts.flatMap((part): Segment[] => {
      if (typeof part === 'string') return [{ text: part, font, colour }];
      const run: Segment = { text: part.text, font: part.strong ? this.face.bold : font, colour };
      return part.example ? [run, this.markerSegment()] : [run];
    });
  }

  markerSegment(): Segment {
    return { text: ` [${this.marker}]`, font: this.face.italic, colour: MARKER };
  }

  /** Wraps segments into lines of words, each word keeping its segment's face. */
  lines(segments: readonly Segment[], size: number, width: number): Segment[][] {
    const words: Segment[] = [];
    for (const segment of segments) {
      const text = this.clean(segment.text);
      // Words with the space before them, so "a [exempel]" keeps its space and "S:" stays with its word.
      for (const match of text.matchAll(/\s*\S+/g)) words.push({ ...segment, text: match[0] });
    }
    const lines: Segment[][] = [];
    let line: Segment[] = [];
    let used = 0;
    for (const word of words) {
      const shown = line.length === 0 ? { ...word, text: word.text.trimStart() } : word;
      const w = this.measure(shown.font, shown.text, size);
      if (line.length > 0 && used + w > width) {
        lines.push(line);
        const first = { ...word, text: word.text.trimStart() };
        line = [first];
        used = this.measure(first.font, first.text, size);
      } else {
        line.push(shown);
        used += w;
      }
    }
    if (line.length > 0) lines.push(line);
    return lines;
  }

  drawLine(line: readonly Segment[], x: number, y: number, size: number, align: 'left' | 'right' = 'left', width = 0): void {
    const total = line.reduce((sum, s) => sum + this.measure(s.font, s.text, size), 0);
    let at = align === 'right' ? x + width - total : x;
    for (const s of line) {
      this.page.drawText(s.text, { x: at, y, size, font: s.font, color: s.colour });
      at += this.measure(s.font, s.text, size);
    }
  }

  /** Writes wrapped segments from the current y down, breaking pages between lines. */
  flow(segments: readonly Segment[], options: { size?: number; indent?: number; after?: number; bar?: RGB; keepNext?: number } = {}): void {
    const size = options.size ?? BODY;
    const indent = options.indent ?? 0;
    const lead = size * 1.35;
    const lines = this.lines(segments, size, this.width - indent);
    this.room(lead * Math.min(lines.length, 2) + (options.keepNext ?? 0));
    for (const line of lines) {
      this.room(lead);
      if (options.bar) this.page.drawRectangle({ x: MARGIN + indent - 8, y: this.y - lead + 2, width: 2, height: lead, color: options.bar });
      this.drawLine(line, MARGIN + indent, this.y - size, size);
      this.y -= lead;
    }
    this.y -= options.after ?? size * 0.6;
  }

  heading(level: 1 | 2 | 3, text: string): void {
    const size = level === 3 ? 12 : 15;
    this.y -= level === 3 ? 6 : 10;
    this.flow([{ text, font: this.face.bold, colour: INK }], { size, after: 4, keepNext: 40 });
  }

  cellSegments(cell: DocCell, bold: boolean): Segment[] {
    const base: Segment = { text: cell.text, font: bold ? this.face.bold : this.face.regular, colour: INK };
    return cell.example ? [base, this.markerSegment()] : [base];
  }

  table(block: Extract<Block, { kind: 'table' }>): void {
    const size = 8.5;
    const lead = size * 1.3;
    const pad = 3;
    const columns = block.header.length;
    const total = new Set(block.totalRows ?? []);
    const header = block.header.map((text, i) => this.cellSegments({ text, ...(block.headerExample?.[i] ? { example: true } : {}) }, true));
    const body = block.rows.map((row, r) => row.map((cell) => this.cellSegments(cell, total.has(r))));
    // Column widths: at least each column's longest word, at most its longest cell on one line; what
    // is left over goes to the columns by how much more they would need to fit on one line.
    const rows = [header, ...body];
    const textWidth = (segments: readonly Segment[]) => segments.reduce((sum, s) => sum + this.measure(s.font, this.clean(s.text), size), 0);
    const wordWidth = (segments: readonly Segment[]) =>
      Math.max(0, ...segments.flatMap((s) => this.clean(s.text).split(/\s+/).map((w) => this.measure(s.font, w, size))));
    const most = Array.from({ length: columns }, (_, c) => Math.max(24, ...rows.map((row) => textWidth(row[c] ?? []) + 2 * pad)));
    const least = Array.from({ length: columns }, (_, c) => Math.min(most[c] ?? 24, Math.max(24, ...rows.map((row) => wordWidth(row[c] ?? []) + 2 * pad))));
    const sumMost = most.reduce((a, b) => a + b, 0);
    const sumLeast = least.reduce((a, b) => a + b, 0);
    const widths =
      sumMost <= this.width
        ? most.map((w) => (w * this.width) / sumMost)
        : sumLeast >= this.width
          ? least.map((w) => (w * this.width) / sumLeast)
          : least.map((w, c) => w + (((most[c] ?? w) - w) * (this.width - sumLeast)) / Math.max(1, sumMost - sumLeast));
    const numericAt = (c: number) => c > 0 && block.numeric[c - 1] === true;
    const wrapRow = (row: Segment[][]) => row.map((cell, c) => this.lines(cell, size, (widths[c] ?? 40) - 2 * pad));
    const heightOf = (wrapped: Segment[][][]) => Math.max(1, ...wrapped.map((l) => l.length)) * lead + 2 * pad;
    const drawRow = (wrapped: Segment[][][], shaded: boolean) => {
      const height = heightOf(wrapped);
      let x = MARGIN;
      for (let c = 0; c < columns; c++) {
        const w = widths[c] ?? 40;
        this.page.drawRectangle({ x, y: this.y - height, width: w, height, borderColor: RULE, borderWidth: 0.5, ...(shaded ? { color: rgb(0.93, 0.93, 0.93) } : {}) });
        (wrapped[c] ?? []).forEach((line, i) => this.drawLine(line, x + pad, this.y - pad - size - i * lead, size, numericAt(c) ? 'right' : 'left', w - 2 * pad));
        x += w;
      }
      this.y -= height;
    };
    const head = wrapRow(header);
    this.room(size * 2 + heightOf(head) * 2);
    this.flow([{ text: block.caption, font: this.face.bold, colour: INK }], { size: 9.5, after: 3, keepNext: heightOf(head) * 2 });
    drawRow(head, true);
    for (const row of body) {
      const wrapped = wrapRow(row);
      if (this.y - heightOf(wrapped) < MARGIN + FOOTER) {
        this.newPage();
        drawRow(head, true);
      }
      drawRow(wrapped, false);
    }
    this.y -= 10;
  }

  block(block: Block): void {
    const regular = this.face.regular;
    switch (block.kind) {
      case 'heading':
        return this.heading(block.level, block.text);
      case 'paragraph':
        return this.flow(this.segments(block.parts), block.tone ? { indent: 10, bar: block.tone === 'warning' ? WARNING : RULE } : {});
      case 'list': {
        if (block.lead) this.flow(this.segments(block.lead), { after: 3 });
        block.items.forEach((item, i) => {
          const mark = block.checklist ? '[ ] ' : block.ordered ? `${i + 1}. ` : '• ';
          this.flow([{ text: mark, font: regular, colour: INK }, ...this.segments(item)], { indent: 12, after: 3 });
        });
        this.y -= 4;
        return;
      }
      case 'clauses':
        this.flow([{ text: block.intro, font: regular, colour: INK }]);
        for (const clause of block.items) this.flow([{ text: clause, font: regular, colour: INK }], { indent: 18, after: 5 });
        return;
      case 'table':
        return this.table(block);
      case 'chart':
        this.flow([{ text: block.caption, font: this.face.bold, colour: INK }], { size: 9.5, after: 2, keepNext: 20 });
        return this.flow([{ text: block.alt, font: this.face.italic, colour: SOFT }]);
    }
  }
}

/** The document as the bytes of an A4 PDF with page numbers. */
export async function proposalPdf(doc: ProposalDocument, fonts: PdfFonts): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(doc.title);
  pdf.setSubject(doc.kicker);
  pdf.setLanguage(doc.lang === 'sv' ? 'sv-SE' : 'en-GB');
  pdf.setCreator('Kommunmodell');
  pdf.setProducer('Kommunmodell');
  // Fixed dates keep the file the same for the same document (pdf-lib would stamp the clock).
  const made = new Date(0);
  pdf.setCreationDate(made);
  pdf.setModificationDate(made);
  const [regular, bold, italic] = await Promise.all([
    pdf.embedFont(fonts.regular, { subset: true }),
    pdf.embedFont(fonts.bold, { subset: true }),
    pdf.embedFont(fonts.italic, { subset: true }),
  ]);
  const writer = new Writer(pdf, { regular, bold, italic }, doc.exampleMarker, printableBy(regular));
  writer.flow([{ text: doc.kicker, font: italic, colour: SOFT }], { size: 9 });
  writer.flow([{ text: doc.title, font: bold, colour: INK }], { size: 20, after: 8 });
  for (const line of doc.meta) writer.flow([{ text: line, font: regular, colour: SOFT }], { size: 9, after: 2 });
  writer.y -= 10;
  for (const block of doc.blocks) writer.block(block);
  const count = writer.pages.length;
  writer.pages.forEach((page, i) => {
    const label = doc.lang === 'sv' ? `Sida ${i + 1} av ${count}` : `Page ${i + 1} of ${count}`;
    page.drawText(label, { x: (A4[0] - regular.widthOfTextAtSize(label, 8)) / 2, y: MARGIN / 2, size: 8, font: regular, color: SOFT });
    if (i > 0) page.drawText(writer.clean(doc.title), { x: MARGIN, y: A4[1] - MARGIN / 2, size: 7.5, font: regular, color: SOFT });
  });
  return pdf.save({ useObjectStreams: true });
}
