// The figures a story may quote (DESIGN §7, §4.0): every number in a story's narration is a placeholder
// such as `{ange-today.trappedSurplus}`, filled at show time from the simulator's own output, so a story
// never quotes a number the engine does not produce. A simulated figure is never one year: it is the
// median over many simulated years, its 10–90 % band (`.p10`, `.p90`), or — for two organisations joined
// by `~` — the paired difference year by year (`{ange-a~ange-today.trappedSurplus}`) and the share of years
// the first does better, the same or worse (`.better`, `.ties`, `.worse`). This module names the figures,
// says where each comes from, how it is written and which direction is better; computing them is the
// Present view's (it runs the simulation).

/** `model`: derived facts of the model file alone; `runs`: many simulated years, paired across
 *  organisations (monte-carlo.ts); `journey`: the example matter's journey in the example year. */
export type FigureSource = 'model' | 'runs' | 'journey';
/** Which way a simulated figure is better: lower (a cost), higher (a result), or neither (a share). */
export type FigureBetter = 'lower' | 'higher' | 'none';
/** What of a many-year figure is quoted: the median, a band end, or the share of paired years. */
export const FIGURE_STATS = ['median', 'p10', 'p90', 'better', 'worse', 'ties'] as const;
export type FigureStat = (typeof FIGURE_STATS)[number];
/** How a value is written: a whole number, decimals, MSEK (signed or not), a share as %, days. */
export type FigureFormat =
  | 'count'
  | 'decimal1'
  | 'decimal2'
  | 'msek0'
  | 'msek1'
  | 'signedMsek1'
  | 'percent'
  | 'days'
  | 'signedPercent'
  | 'signedCount'
  | 'signedDecimal1';

export const STORY_FIGURES = {
  bodies: { source: 'model', format: 'count', better: 'none' },
  seats: { source: 'model', format: 'count', better: 'none' },
  members: { source: 'model', format: 'count', better: 'none' },
  substitutes: { source: 'model', format: 'count', better: 'none' },
  councilSeats: { source: 'model', format: 'count', better: 'none' },
  persons: { source: 'model', format: 'count', better: 'none' },
  budgetHolders: { source: 'model', format: 'count', better: 'none' },
  nEff: { source: 'model', format: 'decimal2', better: 'none' },
  interfaces: { source: 'model', format: 'count', better: 'none' },
  meetings: { source: 'model', format: 'count', better: 'none' },
  netCost: { source: 'model', format: 'msek0', better: 'none' },
  committees: { source: 'model', format: 'count', better: 'none' },
  subcommittees: { source: 'model', format: 'count', better: 'none' },
  ksMembers: { source: 'model', format: 'count', better: 'none' },
  ksSubstitutes: { source: 'model', format: 'count', better: 'none' },
  wholeBudgetSeats: { source: 'model', format: 'count', better: 'none' },
  ksBudgetShare: { source: 'model', format: 'percent', better: 'none' },
  trappedSurplus: { source: 'runs', format: 'msek1', better: 'lower' },
  yearResult: { source: 'runs', format: 'signedMsek1', better: 'higher' },
  daysToCover: { source: 'runs', format: 'days', better: 'lower' },
  deviations: { source: 'runs', format: 'count', better: 'lower' },
  appropriations: { source: 'runs', format: 'count', better: 'lower' },
  appropriationsMsek: { source: 'runs', format: 'msek1', better: 'lower' },
  budgetDecisions: { source: 'runs', format: 'count', better: 'none' },
  benefitLost: { source: 'runs', format: 'msek1', better: 'lower' },
  overDemand: { source: 'runs', format: 'percent', better: 'lower' },
  allocativeLoss: { source: 'runs', format: 'msek1', better: 'lower' },
  negotiationRounds: { source: 'runs', format: 'count', better: 'lower' },
  ksShareOfDecisions: { source: 'runs', format: 'percent', better: 'none' },
  ksShareOfMoney: { source: 'runs', format: 'percent', better: 'none' },
  ksShareOfPositions: { source: 'runs', format: 'percent', better: 'none' },
  ksMattersPerMeeting: { source: 'runs', format: 'decimal1', better: 'lower' },
  leadTime: { source: 'runs', format: 'days', better: 'lower' },
  handoversPerMatter: { source: 'runs', format: 'decimal1', better: 'lower' },
  crossAreaDays: { source: 'journey', format: 'days', better: 'none' },
  crossAreaHandovers: { source: 'journey', format: 'count', better: 'none' },
  crossAreaMeetings: { source: 'journey', format: 'count', better: 'none' },
} as const satisfies Record<string, { source: FigureSource; format: FigureFormat; better: FigureBetter }>;

export type StoryFigureName = keyof typeof STORY_FIGURES;
export const STORY_FIGURE_NAMES = Object.keys(STORY_FIGURES) as StoryFigureName[];

export function isStoryFigureName(name: string): name is StoryFigureName {
  return Object.prototype.hasOwnProperty.call(STORY_FIGURES, name);
}

/**
 * A reference to one figure: `ange-today.trappedSurplus` (one organisation), `ange-a~ange-today.
 * trappedSurplus` (the paired difference, first minus second), optionally with a stat: `.p10`, `.p90`,
 * and for a pair `.better`, `.ties`, `.worse` (shares of years).
 */
export interface FigureRef {
  modelId: string;
  /** The organisation the first is compared with, year by year (paired). */
  vsModelId?: string;
  figure: StoryFigureName;
  /** Default `median`. */
  stat?: FigureStat;
}

/** Model id (`~` second model id), a dot, a figure name, and optionally a dot and a stat. */
export const FIGURE_REF_PATTERN =
  /^([a-z0-9][a-z0-9-]{0,63})(?:~([a-z0-9][a-z0-9-]{0,63}))?\.([A-Za-z][A-Za-z0-9]{0,63})(?:\.(median|p10|p90|better|worse|ties))?$/;

export type RefParse =
  | { ok: true; ref: FigureRef }
  | { ok: false; reason: 'syntax' | 'unknownFigure' | 'statNeedsRuns' | 'shareNeedsPair'; text: string };

export function parseFigureRef(text: string): RefParse {
  const match = FIGURE_REF_PATTERN.exec(text);
  if (!match) return { ok: false, reason: 'syntax', text };
  const [, modelId = '', vsModelId, figure = '', stat] = match;
  if (!isStoryFigureName(figure)) return { ok: false, reason: 'unknownFigure', text };
  const source = STORY_FIGURES[figure].source;
  // A band, a pair or a share of years exists only for figures simulated over many years.
  if ((vsModelId !== undefined || (stat !== undefined && stat !== 'median')) && source !== 'runs') {
    return { ok: false, reason: 'statNeedsRuns', text };
  }
  if ((stat === 'better' || stat === 'worse' || stat === 'ties') && vsModelId === undefined) {
    return { ok: false, reason: 'shareNeedsPair', text };
  }
  const ref: FigureRef = { modelId, figure };
  if (vsModelId !== undefined) ref.vsModelId = vsModelId;
  if (stat !== undefined && stat !== 'median') ref.stat = stat as FigureStat;
  return { ok: true, ref };
}

/** The models a reference reads. */
export const refModels = (ref: FigureRef): string[] => (ref.vsModelId === undefined ? [ref.modelId] : [ref.modelId, ref.vsModelId]);

/** How a reference's value is written: shares of years as %, a paired difference signed. */
export function refFormat(ref: FigureRef): FigureFormat {
  if (ref.stat === 'better' || ref.stat === 'worse' || ref.stat === 'ties') return 'percent';
  const format = STORY_FIGURES[ref.figure].format;
  return ref.vsModelId === undefined ? format : differenceFormat(format);
}

/** How a difference of two values of `format` is written: signed, in the same unit. */
export function differenceFormat(format: FigureFormat): FigureFormat {
  if (format === 'msek1' || format === 'msek0' || format === 'signedMsek1') return 'signedMsek1';
  if (format === 'percent' || format === 'signedPercent') return 'signedPercent';
  if (format === 'count' || format === 'signedCount') return 'signedCount';
  return 'signedDecimal1';
}

/** A piece of narration: plain text, or a placeholder (parsed, or not a valid reference). */
export type NarrationPart = { kind: 'text'; text: string } | { kind: 'figure'; ref: FigureRef; raw: string } | { kind: 'bad'; raw: string; parse: RefParse };

/** Splits narration at its `{…}` placeholders, keeping the text between them. */
export function narrationParts(text: string): NarrationPart[] {
  const parts: NarrationPart[] = [];
  let last = 0;
  for (const match of text.matchAll(/\{([^{}]{0,140})\}/g)) {
    const at = match.index;
    if (at > last) parts.push({ kind: 'text', text: text.slice(last, at) });
    const inner = match[1] ?? '';
    const parse = parseFigureRef(inner);
    parts.push(parse.ok ? { kind: 'figure', ref: parse.ref, raw: match[0] } : { kind: 'bad', raw: match[0], parse });
    last = at + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

export const figureRefText = (ref: FigureRef): string =>
  `${ref.modelId}${ref.vsModelId === undefined ? '' : `~${ref.vsModelId}`}.${ref.figure}${ref.stat === undefined ? '' : `.${ref.stat}`}`;
