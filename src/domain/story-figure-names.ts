// The figures a story may quote (DESIGN §7): every number in a story's narration is a placeholder such as
// `{ange-today.trappedSurplus}`, filled at show time from the simulator's own output, so a story never
// quotes a number the engine does not produce. This module names the figures, says where each comes from
// and how it is written; computing them is the Present view's (it runs the simulation).

/** `model`: derived facts of the model file alone; `year`: one simulated year (run-year.ts);
 *  `journey`: the example cross-area matter's journey (matter-journey.ts). */
export type FigureSource = 'model' | 'year' | 'journey';
/** How a value is written: a whole number, decimals, MSEK (signed or not), a share as %, days. */
export type FigureFormat = 'count' | 'decimal1' | 'decimal2' | 'msek0' | 'msek1' | 'signedMsek1' | 'percent' | 'days';

export const STORY_FIGURES = {
  bodies: { source: 'model', format: 'count' },
  seats: { source: 'model', format: 'count' },
  members: { source: 'model', format: 'count' },
  substitutes: { source: 'model', format: 'count' },
  councilSeats: { source: 'model', format: 'count' },
  persons: { source: 'model', format: 'count' },
  budgetHolders: { source: 'model', format: 'count' },
  nEff: { source: 'model', format: 'decimal2' },
  interfaces: { source: 'model', format: 'count' },
  meetings: { source: 'model', format: 'count' },
  netCost: { source: 'model', format: 'msek0' },
  committees: { source: 'model', format: 'count' },
  subcommittees: { source: 'model', format: 'count' },
  ksMembers: { source: 'model', format: 'count' },
  ksSubstitutes: { source: 'model', format: 'count' },
  wholeBudgetSeats: { source: 'model', format: 'count' },
  ksBudgetShare: { source: 'model', format: 'percent' },
  trappedSurplus: { source: 'year', format: 'msek1' },
  yearResult: { source: 'year', format: 'signedMsek1' },
  daysToCover: { source: 'year', format: 'days' },
  deviations: { source: 'year', format: 'count' },
  appropriations: { source: 'year', format: 'count' },
  appropriationsMsek: { source: 'year', format: 'msek1' },
  budgetDecisions: { source: 'year', format: 'count' },
  benefitLost: { source: 'year', format: 'msek1' },
  overDemand: { source: 'year', format: 'percent' },
  allocativeLoss: { source: 'year', format: 'msek1' },
  negotiationRounds: { source: 'year', format: 'count' },
  ksShareOfDecisions: { source: 'year', format: 'percent' },
  ksShareOfMoney: { source: 'year', format: 'percent' },
  ksShareOfPositions: { source: 'year', format: 'percent' },
  ksMattersPerMeeting: { source: 'year', format: 'decimal1' },
  crossAreaDays: { source: 'journey', format: 'days' },
  crossAreaHandovers: { source: 'journey', format: 'count' },
  crossAreaMeetings: { source: 'journey', format: 'count' },
} as const satisfies Record<string, { source: FigureSource; format: FigureFormat }>;

export type StoryFigureName = keyof typeof STORY_FIGURES;
export const STORY_FIGURE_NAMES = Object.keys(STORY_FIGURES) as StoryFigureName[];

export function isStoryFigureName(name: string): name is StoryFigureName {
  return Object.prototype.hasOwnProperty.call(STORY_FIGURES, name);
}

/** A reference to one figure of one model: `ange-today.trappedSurplus`. */
export interface FigureRef {
  modelId: string;
  figure: StoryFigureName;
}

/** A model id and a figure name joined by a dot; what a placeholder holds between its braces. */
export const FIGURE_REF_PATTERN = /^([a-z0-9][a-z0-9-]{0,63})\.([A-Za-z][A-Za-z0-9]{0,63})$/;

export type RefParse = { ok: true; ref: FigureRef } | { ok: false; reason: 'syntax' | 'unknownFigure'; text: string };

export function parseFigureRef(text: string): RefParse {
  const match = FIGURE_REF_PATTERN.exec(text);
  if (!match) return { ok: false, reason: 'syntax', text };
  const [, modelId = '', figure = ''] = match;
  return isStoryFigureName(figure) ? { ok: true, ref: { modelId, figure } } : { ok: false, reason: 'unknownFigure', text };
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

export const figureRefText = (ref: FigureRef): string => `${ref.modelId}.${ref.figure}`;
