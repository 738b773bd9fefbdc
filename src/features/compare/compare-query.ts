// The Compare view's state as it lives in the URL, so the view is a link to paste into minutes:
// `#/compare?models=munkfors,ange-a&fee=1500&attendance=30`.
// - `models`: two to four model ids, in the order shown;
// - `fee`: example arvode per person and meeting (SEK); `attendance`: share of substitutes who attend (%);
// - `charts=side`: organisation charts side by side even when they must be shrunk to fit.
// Parsing never throws: whatever is wrong (unknown, unreadable, repeated or too many models, a number that
// is not one) is reported as a problem and dropped, and what is valid is kept.
import { DEFAULT_COST_PARAMETERS } from '@/domain/model-schema';
import { conflictingParameters, parseModelList, shown, type ModelListProblem } from '@/url-state/model-list';
import { queryString, readQuery } from '@/url-state/url-state';

export const MIN_MODELS = 2;
export const MAX_MODELS = 4;
export const MAX_FEE_SEK = 1_000_000;
/** The pair shown when the link names no models at all: Ånge today against its proposal A. */
export const DEFAULT_MODELS = ['ange-today', 'ange-a'] as const;

/** Ids longer than this, or more entries than this, are not worth reading (a hostile or broken link). */

export interface CompareState {
  models: string[];
  /** Arvode per person and meeting (SEK), an example value. */
  feePerMeetingSek: number;
  /** Share of substitutes who attend a meeting (0–1), an example value. */
  substituteAttendance: number;
  /** Show the charts side by side even when that makes their text small. */
  chartsSideBySide: boolean;
}

export type CompareProblem =
  | ModelListProblem
  | { kind: 'tooFewModels'; count: number }
  | { kind: 'badNumber'; parameter: 'fee' | 'attendance'; value: string }
  | { kind: 'conflict'; value: string };

export interface CompareCatalogue {
  /** Ids of the models that can be shown. */
  valid: readonly string[];
  /** Ids (file names without .json) of model files that failed validation. */
  invalid: readonly string[];
}

export const DEFAULT_COMPARE_COSTS = {
  feePerMeetingSek: DEFAULT_COST_PARAMETERS.feePerMeetingSek,
  substituteAttendance: DEFAULT_COST_PARAMETERS.substituteAttendance,
};


/** A number from a link: accepts a decimal comma; undefined when it is not a finite number in range. */
function parseNumber(raw: string, min: number, max: number): number | undefined {
  const text = raw.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
}

function defaultModels(catalogue: CompareCatalogue): string[] {
  const preferred = DEFAULT_MODELS.filter((id) => catalogue.valid.includes(id));
  return preferred.length === DEFAULT_MODELS.length ? [...preferred] : catalogue.valid.slice(0, MIN_MODELS);
}

export function parseCompareQuery(
  search: string,
  catalogue: CompareCatalogue,
): { state: CompareState; problems: CompareProblem[] } {
  const params = readQuery(search);
  const problems: CompareProblem[] = [];
  const valid = new Set(catalogue.valid);
  const invalid = new Set(catalogue.invalid);
  for (const value of conflictingParameters(params)) problems.push({ kind: 'conflict', value });

  let models: string[];
  const given = params.getAll('models');
  if (given.length === 0) models = defaultModels(catalogue);
  else {
    const list = parseModelList(given, { valid, invalid }, MAX_MODELS);
    models = list.models;
    problems.push(...list.problems);
    if (models.length < MIN_MODELS) problems.push({ kind: 'tooFewModels', count: models.length });
  }

  let feePerMeetingSek = DEFAULT_COMPARE_COSTS.feePerMeetingSek;
  const fee = params.get('fee');
  if (fee !== null) {
    const value = parseNumber(fee, 0, MAX_FEE_SEK);
    if (value === undefined) problems.push({ kind: 'badNumber', parameter: 'fee', value: shown(fee) });
    else feePerMeetingSek = value;
  }
  let substituteAttendance = DEFAULT_COMPARE_COSTS.substituteAttendance;
  const attendance = params.get('attendance');
  if (attendance !== null) {
    const percent = parseNumber(attendance, 0, 100);
    if (percent === undefined) problems.push({ kind: 'badNumber', parameter: 'attendance', value: shown(attendance) });
    // Kept to a tenth of a percentage point, as the link writes it.
    else substituteAttendance = Math.round(percent * 10) / 1000;
  }
  const chartsSideBySide = params.get('charts') === 'side';
  return { state: { models, feePerMeetingSek, substituteAttendance, chartsSideBySide }, problems };
}

/** The query string (without `?`) that reproduces `state`; ids are already URL-safe. */
export function compareQueryString(state: CompareState): string {
  const percent = Math.round(state.substituteAttendance * 1000) / 10;
  return queryString([
    ['models', state.models],
    ['fee', state.feePerMeetingSek],
    ['attendance', percent],
    ['charts', state.chartsSideBySide ? 'side' : undefined],
  ]);
}

/** The models after the picker's slot `slot` was set to `id` ('' clears it): a model chosen in another
 *  slot swaps places with the one it replaces, so the list never holds a model twice. */
export function chooseModel(models: readonly string[], slot: number, id: string): string[] {
  const next: (string | undefined)[] = [...models];
  const previous = next[slot];
  const other = id === '' ? -1 : next.indexOf(id);
  if (other !== -1 && other !== slot) next[other] = previous;
  next[slot] = id === '' ? undefined : id;
  return next.filter((m): m is string => m !== undefined && m !== '').slice(0, MAX_MODELS);
}
