// The budget split between its holders, for a slide (the silo picture of DESIGN §2's n_eff): one bar per
// organisation, the whole net cost, cut into one segment per budget holder in proportion to its share.
// A committee organisation shows several segments (silos); KS with utskott one. Pure, stage units.
import { fitLabel, round1, SLIDE_CHART, charWidth } from './slide-geometry';

export interface BudgetRowInput {
  key: string;
  title: string;
  holders: readonly { id: string; name: string; share: number; whole: boolean }[];
}

export interface BudgetSegment {
  id: string;
  x: number;
  width: number;
  whole: boolean;
  /** Written inside when it fits (name and share), otherwise empty. */
  label: string;
  share: number;
}

export interface BudgetRow {
  key: string;
  title: string;
  titleBaseline: number;
  barY: number;
  barHeight: number;
  segments: BudgetSegment[];
}

export function layoutSlideBudget(rows: readonly BudgetRowInput[], shareText: (share: number) => string): { width: number; height: number; rows: BudgetRow[] } {
  const { width, height, font, small } = SLIDE_CHART;
  const n = Math.max(1, rows.length);
  const rowHeight = Math.min(150, (height - 40) / n);
  const barHeight = Math.min(72, rowHeight - font - 24);
  return {
    width,
    height,
    rows: rows.map((row, r) => {
      const top = r * rowHeight;
      let x = 0;
      const segments = row.holders.map((holder): BudgetSegment => {
        const w = Math.max(0, holder.share) * width;
        const name = `${holder.name} ${shareText(holder.share)}`;
        const fits = w - 16 >= charWidth(small) * Math.min(name.length, 8);
        const segment = { id: holder.id, x: round1(x), width: round1(w), whole: holder.whole, label: fits ? fitLabel(name, w - 16, small) : '', share: holder.share };
        x += w;
        return segment;
      });
      return { key: row.key, title: fitLabel(row.title, width, font), titleBaseline: round1(top + font), barY: round1(top + font + 12), barHeight: round1(barHeight), segments };
    }),
  };
}
