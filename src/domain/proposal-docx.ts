// The officials' proposal as a Word document (.docx) with the `docx` library: real headings (so Word's
// navigation pane and table of contents work), real tables with a repeated header row, lists, the charts
// as images with their text alternative, A4 pages and "Sida n av N" in the footer. Example values carry
// the marker in brackets after them, in italics. Pure apart from the library: the same code runs in the
// browser (loaded on demand) and on the command line. A chart without an image gets its caption only;
// its table follows in every case.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Block, ChartKind, DocCell, Inline, ProposalDocument } from './proposal-document';

export interface ChartImage {
  png: Uint8Array;
  /** Natural size in CSS pixels. */
  width: number;
  height: number;
}

/** Width of the text column of an A4 page with 2 cm margins, in pixels at 96 dpi. */
const CONTENT_WIDTH_PX = 642;
const MARKER_COLOUR = '8A4B00';

function markerRun(marker: string): TextRun {
  return new TextRun({ text: ` [${marker}]`, italics: true, color: MARKER_COLOUR });
}

function runs(parts: readonly Inline[], marker: string): ParagraphChild[] {
  return parts.flatMap((part) => {
    if (typeof part === 'string') return [new TextRun(part)];
    const run = new TextRun({ text: part.text, bold: part.strong === true });
    return part.example ? [run, markerRun(marker)] : [run];
  });
}

function cellParagraph(cell: DocCell, marker: string, numeric: boolean, bold: boolean): Paragraph {
  return new Paragraph({
    alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: [new TextRun({ text: cell.text, bold }), ...(cell.example ? [markerRun(marker)] : [])],
  });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };

function table(block: Extract<Block, { kind: 'table' }>, marker: string): (Paragraph | Table)[] {
  const total = new Set(block.totalRows ?? []);
  const numericAt = (i: number) => i > 0 && block.numeric[i - 1] === true;
  return [
    new Paragraph({ children: [new TextRun({ text: block.caption, bold: true })], spacing: { before: 160, after: 80 }, keepNext: true }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: block.header.map(
            (text, i) =>
              new TableCell({
                shading: { fill: 'EEEEEE' },
                children: [cellParagraph({ text, ...(block.headerExample?.[i] ? { example: true } : {}) }, marker, numericAt(i), true)],
              }),
          ),
        }),
        ...block.rows.map(
          (row, r) =>
            new TableRow({
              cantSplit: true,
              children: row.map((cell, i) => new TableCell({ children: [cellParagraph(cell, marker, numericAt(i), total.has(r))] })),
            }),
        ),
      ],
    }),
    new Paragraph({ text: '' }),
  ];
}

function chart(block: Extract<Block, { kind: 'chart' }>, image: ChartImage | undefined): Paragraph[] {
  const caption = new Paragraph({ children: [new TextRun({ text: block.caption, bold: true })], keepNext: true, spacing: { before: 160 } });
  if (!image) return [caption, new Paragraph({ children: [new TextRun({ text: block.alt, italics: true })] })];
  const scale = Math.min(1, CONTENT_WIDTH_PX / image.width);
  return [
    caption,
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: image.png,
          transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) },
          altText: { title: block.caption, description: block.alt, name: block.chart },
        }),
      ],
    }),
  ];
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2 } as const;

function blocks(doc: ProposalDocument, charts: Partial<Record<ChartKind, ChartImage>>): (Paragraph | Table)[] {
  const marker = doc.exampleMarker;
  return doc.blocks.flatMap((block): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[block.level], text: block.text })];
      case 'paragraph':
        return [
          new Paragraph({
            children: runs(block.parts, marker),
            ...(block.tone ? { border: { left: { style: BorderStyle.SINGLE, size: 12, color: block.tone === 'warning' ? 'B00020' : '999999', space: 6 } }, indent: { left: 200 } } : {}),
          }),
        ];
      case 'list':
        return [...(block.lead ? [new Paragraph({ keepNext: true, spacing: { before: 120 }, children: runs(block.lead, marker) })] : []), ...block.items.map((item) =>
          block.checklist
            ? new Paragraph({ indent: { left: 360, hanging: 360 }, children: [new TextRun('☐\t'), ...runs(item, marker)] })
            : new Paragraph({ bullet: { level: 0 }, children: runs(item, marker) }),
        )];
      case 'clauses':
        return [
          new Paragraph({ children: [new TextRun(block.intro)] }),
          ...block.items.map((clause) => new Paragraph({ indent: { left: 360 }, spacing: { after: 120 }, children: [new TextRun(clause)] })),
        ];
      case 'table':
        return table(block, marker);
      case 'chart':
        return chart(block, charts[block.chart]);
    }
  });
}

/** The document as the bytes of a .docx file. */
export async function proposalDocx(doc: ProposalDocument, charts: Partial<Record<ChartKind, ChartImage>> = {}): Promise<Uint8Array> {
  const pageWord = doc.lang === 'sv' ? ['Sida ', ' av '] : ['Page ', ' of '];
  const file = new Document({
    creator: 'Kommunmodell',
    title: doc.title,
    description: doc.kicker,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [pageWord[0] ?? '', PageNumber.CURRENT, pageWord[1] ?? '', PageNumber.TOTAL_PAGES], size: 18 })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ children: [new TextRun({ text: doc.kicker, italics: true })] }),
          new Paragraph({ heading: HeadingLevel.TITLE, text: doc.title }),
          ...doc.meta.map((line) => new Paragraph({ children: [new TextRun(line)] })),
          new Paragraph({ text: '' }),
          ...blocks(doc, charts),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
