// Paired years on a slide (DESIGN §4.0 "the share of years in which each organisation does better, ties
// counted apart"): per figure one bar of all simulated years, cut into the years the first organisation
// does better, the years they are equal and the years it does worse, each part named with its share,
// and under it the median difference with its 10–90 % band. Pure, stage units.
import { charWidth, fitLabel, round1, SLIDE_CHART } from './slide-geometry';

export interface PairedRowInput {
  key: string;
  title: string;
  /** Shares of years (sum 1). */
  better: number;
  ties: number;
  worse: number;
  /** Texts inside the three parts, e.g. "Förslag A bättre 91 %". */
  labels: readonly [string, string, string];
  /** Under the bar: the median difference and its band. */
  note: string;
}

export interface PairedPart {
  kind: 'better' | 'ties' | 'worse';
  x: number;
  width: number;
  label: string;
}

export interface PairedRow {
  key: string;
  title: string;
  titleBaseline: number;
  barY: number;
  barHeight: number;
  parts: PairedPart[];
  note: string;
  noteBaseline: number;
}

export function layoutSlidePaired(rows: readonly PairedRowInput[]): { width: number; height: number; rows: PairedRow[] } {
  const { width, height, font, small } = SLIDE_CHART;
  const n = Math.max(1, rows.length);
  const rowHeight = Math.min(200, height / n);
  const barHeight = Math.min(84, rowHeight - font - small - 40);
  return {
    width,
    height,
    rows: rows.map((row, r) => {
      const top = r * rowHeight + 4;
      const shares: [PairedPart['kind'], number][] = [
        ['better', row.better],
        ['ties', row.ties],
        ['worse', row.worse],
      ];
      let x = 0;
      const parts = shares.map(([kind, share], i): PairedPart => {
        const w = Math.max(0, share) * width;
        const label = row.labels[i] ?? '';
        const part = { kind, x: round1(x), width: round1(w), label: w - 20 >= charWidth(small) * Math.min(label.length, 6) ? fitLabel(label, w - 20, small) : '' };
        x += w;
        return part;
      });
      const barY = top + font + 12;
      return {
        key: row.key,
        title: fitLabel(row.title, width, font),
        titleBaseline: round1(top + font),
        barY: round1(barY),
        barHeight: round1(barHeight),
        parts,
        note: fitLabel(row.note, width, small),
        noteBaseline: round1(barY + barHeight + small + 8),
      };
    }),
  };
}
