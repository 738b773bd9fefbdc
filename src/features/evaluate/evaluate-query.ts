// The Evaluate view's state as it lives in the URL, so a screen is a link to paste into minutes:
// `#/evaluate?profiles=vannas-2016,egen-k3x&municipality=Vännäs&plan=ange-a&start=2027-01-01&midterm=0`.
// - `profiles`: up to three profile ids shown side by side (shipped or the user's own);
// - `municipality`: whose before and after is shown;
// - `plan`: the organisation the evaluation plan is for; `start`: the date it starts; `midterm=0` leaves
//   out the mid-term measurement. Parsing never throws; what cannot be read falls back to the default.
import { parseStartOfTerm } from '@/domain/evaluation-plan';

export const MAX_PROFILES = 3;
export const DEFAULT_PROFILES = ['vannas-2016'] as const;
/** An example start: 1 January after the 2026 election, when a new organisation usually takes over. */
export const DEFAULT_START = '2027-01-01';
const MAX_PARAM = 400;

export interface EvaluateState {
  profiles: string[];
  municipality?: string;
  plan?: string;
  start: string;
  /** The start as the link gave it when it was not a date (shown with a message). */
  badStart?: string;
  midTerm: boolean;
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function parseEvaluateQuery(search: string): EvaluateState {
  const params = new URLSearchParams(search.length > 4000 ? '' : search);
  const read = (name: string) => {
    const value = params.get(name);
    return value === null || value.length > MAX_PARAM ? undefined : value;
  };
  const listed = read('profiles');
  const profiles =
    listed === undefined
      ? [...DEFAULT_PROFILES]
      : [...new Set(listed.split(',').map((id) => id.trim()).filter((id) => ID.test(id)))].slice(0, MAX_PROFILES);
  const municipality = read('municipality')?.slice(0, 100);
  const plan = read('plan');
  const rawStart = read('start');
  const start = rawStart === undefined ? DEFAULT_START : parseStartOfTerm(rawStart);
  const state: EvaluateState = {
    profiles,
    start: start ?? DEFAULT_START,
    midTerm: read('midterm') !== '0',
  };
  if (municipality) state.municipality = municipality;
  if (plan !== undefined && ID.test(plan)) state.plan = plan;
  if (start === undefined && rawStart !== undefined) state.badStart = rawStart.slice(0, 40);
  return state;
}

export function evaluateQueryString(state: EvaluateState): string {
  const params = new URLSearchParams();
  params.set('profiles', state.profiles.join(','));
  if (state.municipality) params.set('municipality', state.municipality);
  if (state.plan) params.set('plan', state.plan);
  if (state.start !== DEFAULT_START) params.set('start', state.start);
  if (!state.midTerm) params.set('midterm', '0');
  return params.toString().replace(/%2C/g, ',');
}
