// The Process view's state, all of it in the URL (DESIGN §8: any screen is a link for the minutes):
// `#/process?machine=matter&models=ange-today,ange-a&seed=1&matter=cross-area&in=ange-a&events=…&step=3`.
// Parsing never throws: an unknown or hostile value is dropped with a message naming it, and the
// default takes its place. Pure; the page reads and writes the hash.
import type { ProcessMessageKey } from '@/render/i18n/messages-process';
import type { JourneyKind } from '@/simulation/matter-journey';

export const MACHINE_IDS = ['matter', 'budget-year', 'deviation', 'reorganisation'] as const;
export type MachineId = (typeof MACHINE_IDS)[number];

/** URL spelling of each journey kind. */
export const MATTER_PARAMS = {
  'single-area': 'singleArea',
  'cross-area': 'crossArea',
  deviation: 'deviation',
  council: 'council',
} as const satisfies Record<string, JourneyKind>;
export type MatterParam = keyof typeof MATTER_PARAMS;

export const DEFAULT_MODELS = ['ange-today', 'ange-a'] as const;
export const DEFAULT_SEED = 1;
const MAX_SEED = 4_294_967_295;
/** Events replayed from a link; a longer list is cut (a hand-made link, not a real session). */
export const MAX_EVENTS = 500;
const MAX_SHOWN_VALUE = 40;

export interface ProcessState {
  machine: MachineId;
  /** The two organisations compared. */
  models: [string, string];
  seed: number;
  matter: MatterParam;
  /** The organisation the statechart runs in: one of `models`. */
  runIn: string;
  /** Events sent to the statechart so far, replayed from the initial state. */
  events: string[];
  /** Current step of the journey timeline. */
  step: number;
  /** Force an återremiss at the first decision of the journey. */
  referBack: boolean;
}

export interface UrlProblem {
  key: ProcessMessageKey;
  value?: string;
}

export interface ParseContext {
  /** Ids of the organisations that can be shown. */
  modelIds: readonly string[];
  /** Event types each machine knows. */
  eventsOf(machine: MachineId): ReadonlySet<string>;
}

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);
const shown = (value: string): string => (value.length > MAX_SHOWN_VALUE ? value.slice(0, MAX_SHOWN_VALUE) + '…' : value);

/** The state a query string asks for, with a message for every value that could not be used. */
export function parseProcessSearch(search: string, context: ParseContext): { state: ProcessState; problems: UrlProblem[] } {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const problems: UrlProblem[] = [];
  // One message per kind and value: `models=x,x,…` repeated a thousand times says it once.
  const problem = (key: ProcessMessageKey, value?: string): void => {
    const entry: UrlProblem = value === undefined ? { key } : { key, value: shown(value) };
    if (!problems.some((p) => p.key === entry.key && p.value === entry.value)) problems.push(entry);
  };
  // A parameter given twice with different values is a conflict, not "the first one wins".
  for (const name of ['machine', 'models', 'seed', 'matter', 'in', 'events', 'step']) {
    const values = [...new Set(params.getAll(name))];
    if (values.length > 1) problem('process.url.conflict', `${name}=${values.slice(0, 3).map(shown).join(' / ')}${values.length > 3 ? ' …' : ''}`);
  }

  const machineParam = params.get('machine');
  let machine: MachineId = 'matter';
  if (machineParam !== null) {
    if (isOneOf(MACHINE_IDS, machineParam)) machine = machineParam;
    else problem('process.url.unknownMachine', machineParam);
  }

  const chosen: string[] = [];
  const modelsParam = params.get('models');
  if (modelsParam !== null) {
    for (const id of modelsParam.split(',').map((part) => part.trim()).filter(Boolean)) {
      if (!context.modelIds.includes(id)) problem('process.url.unknownModel', id);
      else if (chosen.includes(id)) problem('process.url.sameModel', id);
      else chosen.push(id);
    }
  }
  if (chosen.length > 2) {
    problem('process.url.tooManyModels');
    chosen.length = 2;
  }
  const fallbacks = [...DEFAULT_MODELS.filter((id) => context.modelIds.includes(id)), ...context.modelIds];
  for (const id of fallbacks) {
    if (chosen.length >= 2) break;
    if (!chosen.includes(id)) chosen.push(id);
  }
  const models: [string, string] = [chosen[0] ?? '', chosen[1] ?? chosen[0] ?? ''];

  const seedParam = params.get('seed');
  let seed = DEFAULT_SEED;
  if (seedParam !== null) {
    const value = /^\d{1,10}$/.test(seedParam) ? Number(seedParam) : NaN;
    if (Number.isInteger(value) && value >= 0 && value <= MAX_SEED) seed = value;
    else problem('process.url.badSeed', seedParam);
  }

  const matterParam = params.get('matter');
  let matter: MatterParam = 'cross-area';
  if (matterParam !== null) {
    if (Object.hasOwn(MATTER_PARAMS, matterParam)) matter = matterParam as MatterParam;
    else problem('process.url.unknownMatter', matterParam);
  }

  const runInParam = params.get('in');
  let runIn = models[0];
  if (runInParam !== null) {
    if (models.includes(runInParam)) runIn = runInParam;
    else problem('process.url.unknownRunIn', runInParam);
  }

  const known = context.eventsOf(machine);
  const events: string[] = [];
  const eventsParam = params.get('events');
  if (eventsParam !== null) {
    for (const event of eventsParam.split(',').filter(Boolean).slice(0, MAX_EVENTS)) {
      if (known.has(event)) events.push(event);
      else problem('process.url.unknownEvent', event);
    }
  }

  const stepParam = params.get('step');
  let step = 0;
  if (stepParam !== null) {
    if (/^\d{1,4}$/.test(stepParam)) step = Number(stepParam);
    else problem('process.url.badStep', stepParam);
  }

  return {
    state: { machine, models, seed, matter, runIn, events, step, referBack: params.get('referBack') === '1' },
    problems,
  };
}

/** The canonical query string of a state (without "?"). */
export function processSearch(state: ProcessState): string {
  const params = new URLSearchParams();
  params.set('machine', state.machine);
  params.set('models', state.models.join(','));
  params.set('seed', String(state.seed));
  params.set('matter', state.matter);
  if (state.runIn !== state.models[0]) params.set('in', state.runIn);
  if (state.events.length > 0) params.set('events', state.events.join(','));
  if (state.step > 0) params.set('step', String(state.step));
  if (state.referBack) params.set('referBack', '1');
  // Commas and dots are safe in a hash query and keep the link readable.
  return params.toString().replace(/%2C/g, ',');
}
