// The officials' proposal as data (DESIGN §11): a list of blocks — headings, paragraphs, lists, tables,
// charts, the proposed decision — that the Draft view draws on screen and in print, that the .docx
// writer turns into Word headings and tables, and that the command line writes as Markdown. One builder
// (proposal-builder.ts) makes it, so every form of the document says the same. A run of text or a table
// cell that is an example value carries `example`, and each writer marks it visibly.

import type { Text } from './model-schema';

export interface Run {
  text: string;
  /** An example value (not from a source): every writer shows the example marker after it. */
  example?: boolean;
  strong?: boolean;
}

export type Inline = string | Run;

export interface DocCell {
  text: string;
  example?: boolean;
}

export type ChartKind = 'political' | 'administrative';

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id: string }
  | { kind: 'paragraph'; parts: Inline[]; tone?: 'note' | 'warning' }
  | { kind: 'list'; ordered: boolean; checklist?: boolean; items: Inline[][]; lead?: Inline[] }
  | { kind: 'clauses'; intro: string; items: string[]; edited: boolean }
  | {
      kind: 'table';
      id: string;
      caption: string;
      header: string[];
      /** Columns whose every value is an example: the header carries the marker once for the column. */
      headerExample?: boolean[];
      /** Columns (after the first) that hold numbers, aligned right. */
      numeric: boolean[];
      rows: DocCell[][];
      /** Rows (by index) that are sums, shown bold. */
      totalRows?: number[];
    }
  | { kind: 'chart'; chart: ChartKind; caption: string; alt: string; tableId: string };

export interface ProposalDocument {
  lang: 'sv' | 'en';
  title: string;
  kicker: string;
  meta: string[];
  blocks: Block[];
  /** The visible marker after an example value ("exempelvärde"). */
  exampleMarker: string;
  /** How many example markers the document carries (each writer must show exactly these). */
  exampleCount: number;
}

/** One headline figure of the simulated budget process, the proposal and today's organisation paired. */
export interface PairedFigure {
  key: string;
  label: Text;
  unit: Text;
  decimals: number;
  lowerIsBetter: boolean;
  proposal: { median: number; p10: number; p90: number };
  today: { median: number; p10: number; p90: number };
  /** Share of the simulated years (same seed for both) in which the proposal does better (0–1). */
  betterShare: number;
  /** Share of the years in which both are equal (0–1). */
  equalShare: number;
}

/** The simulated budget process for the document: many years, paired, with the assumptions they rest on. */
export interface BudgetConsequences {
  years: number;
  seed: number;
  scenario: Text;
  figures: PairedFigure[];
  assumptions: Text[];
}

export function cellsOf(texts: readonly (string | DocCell)[]): DocCell[] {
  return texts.map((t) => (typeof t === 'string' ? { text: t } : t));
}

export function runText(part: Inline): string {
  return typeof part === 'string' ? part : part.text;
}
