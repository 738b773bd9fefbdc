// The robustness analysis's part of the Simulate view's link (DESIGN §8: every screen is a link), so a
// result can be pasted into minutes and reproduced exactly (the analysis is deterministic from its inputs):
// `rob=1` runs it when the link is opened; `rsamples`, `ryears`, `rseed` the design (defaults 256, 20,
// the page's seed); `rlim` the assumptions narrowed or fixed (`kappa:0.2-0.6;agendaCapacity:10;delegation:ja`);
// `rmeasure` the measure shown, `rpair` the pair (`0-1`), `rmap` the map's two assumptions (`kappa,omega`).
// Parsing never throws: a bad value is reported as a problem and replaced by the default.
import type { ParameterSpace, Restriction } from '@/analysis/parameter-space';
import { restrictionProblem } from '@/analysis/parameter-space';
import { HEADLINE_MEASURES } from '@/analysis/headline-measures';
import { ROBUSTNESS_DEFAULTS, ROBUSTNESS_LIMITS } from '@/analysis/robustness-design';

export interface RobustnessQuery {
  run: boolean;
  samples: number;
  years: number;
  /** undefined = the page's seed. */
  seed: number | undefined;
  limits: Record<string, Restriction>;
  measure: string;
  pair: [number, number];
  map: [string, string] | undefined;
}

/** Every parameter of the link this module reads. */
export const ROBUSTNESS_PARAMS = ['rob', 'rsamples', 'ryears', 'rseed', 'rlim', 'rmeasure', 'rpair', 'rmap'] as const;

export const SAMPLE_CHOICES = [64, 128, 256, 512, 1024] as const;
export const YEAR_CHOICES = [5, 10, 20, 50, 100] as const;

export const DEFAULT_ROBUSTNESS_QUERY: RobustnessQuery = {
  run: false,
  samples: ROBUSTNESS_DEFAULTS.samples,
  years: ROBUSTNESS_DEFAULTS.years,
  seed: undefined,
  limits: {},
  measure: 'daysToCover',
  pair: [0, 1],
  map: undefined,
};

export interface RobustnessQueryProblem {
  parameter: string;
  value: string;
}

const shorten = (raw: string) => (raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

function parseInteger(raw: string, min: number, max: number): number | undefined {
  if (!/^\d{1,10}$/.test(raw.trim())) return undefined;
  const value = Number(raw.trim());
  return value >= min && value <= max ? value : undefined;
}

function parseNumber(raw: string): number | undefined {
  const text = raw.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text) || text.length > 24) return undefined;
  return Number(text);
}

/** Parses the robustness parameters of a link against the space of assumptions. */
export function parseRobustnessQuery(params: URLSearchParams, space: ParameterSpace): { query: RobustnessQuery; problems: RobustnessQueryProblem[] } {
  const problems: RobustnessQueryProblem[] = [];
  const query: RobustnessQuery = { ...DEFAULT_ROBUSTNESS_QUERY, limits: {} };
  const get = (name: string) => params.get(name);
  const bad = (parameter: string, value: string) => problems.push({ parameter, value: shorten(value) });
  const run = get('rob');
  if (run !== null) {
    if (run === '1') query.run = true;
    else if (run !== '0') bad('rob', run);
  }
  const integer = (name: string, min: number, max: number, apply: (value: number) => void) => {
    const raw = get(name);
    if (raw === null) return;
    const value = parseInteger(raw, min, max);
    if (value === undefined) bad(name, raw);
    else apply(value);
  };
  integer('rsamples', ROBUSTNESS_LIMITS.samples.min, ROBUSTNESS_LIMITS.samples.max, (v) => (query.samples = v));
  integer('ryears', ROBUSTNESS_LIMITS.years.min, ROBUSTNESS_LIMITS.years.max, (v) => (query.years = v));
  integer('rseed', 0, 4_294_967_295, (v) => (query.seed = v));
  const measure = get('rmeasure');
  if (measure !== null) {
    if (HEADLINE_MEASURES.some((m) => m.id === measure)) query.measure = measure;
    else bad('rmeasure', measure);
  }
  const pair = get('rpair');
  if (pair !== null) {
    const match = /^([0-2])-([0-2])$/.exec(pair.trim());
    if (match && match[1] !== match[2]) {
      const a = Number(match[1]);
      const b = Number(match[2]);
      query.pair = a < b ? [a, b] : [b, a];
    } else bad('rpair', pair);
  }
  const map = get('rmap');
  if (map !== null) {
    const [x, y, ...rest] = map.split(',').map((s) => s.trim());
    if (rest.length === 0 && x && y && x !== y && space.some((d) => d.id === x) && space.some((d) => d.id === y)) query.map = [x, y];
    else bad('rmap', map);
  }
  const limits = get('rlim');
  if (limits !== null && limits.trim() !== '') {
    for (const part of limits.split(';').slice(0, 40)) {
      const [id, value, ...rest] = part.split(':');
      const dimension = space.find((d) => d.id === id?.trim());
      if (dimension === undefined || value === undefined || rest.length > 0) {
        bad('rlim', part);
        continue;
      }
      let restriction: Restriction | undefined;
      const text = value.trim();
      if (dimension.kind === 'boolean') {
        restriction = text === 'ja' || text === 'yes' ? { fixed: true } : text === 'nej' || text === 'no' ? { fixed: false } : undefined;
      } else if (dimension.kind === 'choice') {
        restriction = { fixed: text };
      } else {
        const dash = text.indexOf('-', 1);
        if (dash > 0) {
          const min = parseNumber(text.slice(0, dash));
          const max = parseNumber(text.slice(dash + 1));
          restriction = min !== undefined && max !== undefined ? { min, max } : undefined;
        } else {
          const fixed = parseNumber(text);
          restriction = fixed !== undefined ? { fixed } : undefined;
        }
      }
      if (restriction === undefined || restrictionProblem(dimension, restriction) !== undefined) bad('rlim', part);
      else query.limits[dimension.id] = restriction;
    }
  }
  return { query, problems };
}

const num = (value: number) => String(Math.round(value * 10_000) / 10_000);

/** The link parameters that reproduce `query` (only those that differ from the defaults). */
export function robustnessQueryParts(query: RobustnessQuery): string[] {
  const parts: string[] = [];
  const d = DEFAULT_ROBUSTNESS_QUERY;
  if (query.run) parts.push('rob=1');
  if (query.samples !== d.samples) parts.push(`rsamples=${query.samples}`);
  if (query.years !== d.years) parts.push(`ryears=${query.years}`);
  if (query.seed !== undefined) parts.push(`rseed=${query.seed}`);
  const limits = Object.entries(query.limits).map(([id, r]) => {
    if ('fixed' in r) return `${id}:${typeof r.fixed === 'boolean' ? (r.fixed ? 'ja' : 'nej') : typeof r.fixed === 'number' ? num(r.fixed) : r.fixed}`;
    return `${id}:${num(r.min)}-${num(r.max)}`;
  });
  if (limits.length > 0) parts.push(`rlim=${encodeURIComponent(limits.join(';'))}`);
  if (query.measure !== d.measure) parts.push(`rmeasure=${query.measure}`);
  if (query.pair[0] !== 0 || query.pair[1] !== 1) parts.push(`rpair=${query.pair[0]}-${query.pair[1]}`);
  if (query.map) parts.push(`rmap=${query.map[0]},${query.map[1]}`);
  return parts;
}
