// The handout of a story (DESIGN §7, seed 000: a presentation shown to a political body is attached to the
// minutes and registered): a PDF, A4 landscape, one page per slide with its takeaway, its picture, what
// the presenter says, the notes, the assumptions its figures depend on and its sources with their status,
// and on every page the snapshot hash of everything the figures were computed from (story, organisations,
// scenarios, number of simulated years, version), so the same figures can be computed again. Loaded only
// when a handout is asked for (pdf-lib and the font are a separate chunk). The font is DejaVu Sans from
// @fontsource/dejavu-sans (free licence), embedded as a subset so å, ä, ö, κ, ω and − print everywhere.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import boldUrl from '@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff?url';
import regularUrl from '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff?url';

/** One slide of the handout, already in words, with its picture as PNG bytes. */
export interface HandoutPage {
  title: string;
  takeaway: string;
  picture: Uint8Array | undefined;
  /** Width / height of the picture. */
  pictureAspect: number;
  say: string;
  notes: string;
  assumptions: string[];
  sources: string[];
}

export interface HandoutInput {
  title: string;
  /** E.g. "Kommunmodell 0.3.0, 4 december 2026". */
  made: string;
  /** "Ögonblicksbild sha256:…: berättelse, organisationer, scenarier, 1 000 år". */
  snapshot: string;
  pageLabel(page: number, count: number): string;
  pages: HandoutPage[];
}

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const MARGIN = 36;
const INK = rgb(0.106, 0.122, 0.141);
const SOFT = rgb(0.29, 0.325, 0.376);

/** Greedy word wrap by the font's own widths. */
export function wrapLines(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (font.widthOfTextAtSize(candidate, size) <= width || line === '') line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Writes wrapped text from `y` down; returns the y under it. Stops at `floor` with an ellipsis. */
function writeText(page: PDFPage, text: string, options: { x: number; y: number; width: number; size: number; font: PDFFont; floor: number; colour?: ReturnType<typeof rgb> }): number {
  const { x, width, size, font, floor } = options;
  let y = options.y;
  const lineHeight = size * 1.3;
  const lines = wrapLines(text, font, size, width);
  for (let i = 0; i < lines.length; i++) {
    if (y - lineHeight < floor) {
      page.drawText('…', { x, y: y - size, size, font, color: options.colour ?? INK });
      return y - lineHeight;
    }
    page.drawText(lines[i] ?? '', { x, y: y - size, size, font, color: options.colour ?? INK });
    y -= lineHeight;
  }
  return y;
}

async function fontBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${response.status}`);
  return response.arrayBuffer();
}

export async function buildHandout(input: HandoutInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(input.title);
  doc.setLanguage('sv-SE');
  doc.setCreator('Kommunmodell');
  const [regularData, boldData] = await Promise.all([fontBytes(regularUrl), fontBytes(boldUrl)]);
  const regular = await doc.embedFont(regularData, { subset: true });
  const bold = await doc.embedFont(boldData, { subset: true });
  const [width, height] = A4_LANDSCAPE;
  const count = input.pages.length;
  for (const [index, slide] of input.pages.entries()) {
    const page = doc.addPage(A4_LANDSCAPE);
    const footer = MARGIN + 22;
    page.drawText(input.title, { x: MARGIN, y: height - MARGIN - 9, size: 9, font: regular, color: SOFT });
    const label = input.pageLabel(index + 1, count);
    page.drawText(label, { x: width - MARGIN - regular.widthOfTextAtSize(label, 9), y: height - MARGIN - 9, size: 9, font: regular, color: SOFT });
    let y = writeText(page, slide.takeaway, { x: MARGIN, y: height - MARGIN - 18, width: width - 2 * MARGIN, size: 17, font: bold, floor: footer });
    y -= 6;
    // The picture on the left, the words on the right.
    const pictureWidth = (width - 2 * MARGIN) * 0.58;
    const pictureHeight = pictureWidth / (slide.pictureAspect || 16 / 9);
    if (slide.picture !== undefined) {
      const png = await doc.embedPng(slide.picture);
      page.drawImage(png, { x: MARGIN, y: y - pictureHeight, width: pictureWidth, height: pictureHeight });
    }
    const textX = MARGIN + pictureWidth + 18;
    const textWidth = width - MARGIN - textX;
    let ty = writeText(page, slide.title, { x: textX, y, width: textWidth, size: 10, font: bold, floor: footer });
    ty = writeText(page, slide.say, { x: textX, y: ty - 2, width: textWidth, size: 8.5, font: regular, floor: footer });
    if (slide.notes !== '') ty = writeText(page, slide.notes, { x: textX, y: ty - 4, width: textWidth, size: 8, font: regular, floor: footer, colour: SOFT });
    // Under the picture: the assumptions and the sources, full width.
    let by = Math.min(y - pictureHeight - 8, ty - 4);
    for (const line of slide.assumptions) by = writeText(page, line, { x: MARGIN, y: by, width: width - 2 * MARGIN, size: 8, font: regular, floor: footer });
    for (const line of slide.sources) by = writeText(page, line, { x: MARGIN, y: by, width: width - 2 * MARGIN, size: 8, font: regular, floor: footer, colour: SOFT });
    writeText(page, `${input.snapshot} · ${input.made}`, { x: MARGIN, y: footer, width: width - 2 * MARGIN, size: 7, font: regular, floor: 0, colour: SOFT });
  }
  return doc.save();
}
