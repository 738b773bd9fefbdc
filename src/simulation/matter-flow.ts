// The matter flow of DESIGN §4.3: matters arrive (Poisson), officials draft them, bodies prepare and
// decide them at their meetings (at most `agendaCapacity` a meeting, the rest wait for the next one),
// återremiss sends a matter back to the officials. Every matter is driven through the matter machine
// (src/machines/matter.ts) by its compiled transition table, in time order over simulated days (the
// event queue merged with the already ordered arrivals and meetings); the engine only decides *when*
// each event happens and *which body's* agenda a state puts it on.
// Outputs: lead times, handovers, meetings and carried-over matters per body, decisions per body (the
// concentration of DESIGN §4.3b). Deterministic: same model, scenario and seed give identical output.
import { DAYS_IN_YEAR, meetingCalendar } from '@/domain/meeting-calendar';
import type { Model, Text } from '@/domain/model-schema';
import type { Prng } from '@/domain/prng';
import type { Scenario } from '@/domain/scenario-schema';
import {
  MATTER_EVENT_TYPES,
  matterContextFor,
  matterContextUpdates,
  matterGuards,
  matterInputFor,
  matterMachine,
  type MatterContext,
  type MatterInput,
  type MatterKind,
} from '@/machines/matter';
import { organisationRoles, type OrganisationRoles } from '@/machines/organisation-roles';
import { compileMachine, type CompiledMachine } from './compiled-machine';
import { createEventQueue, type EventQueue } from './event-queue';
import { quantileOfSorted } from './quantile';

export interface MatterFlowInput {
  model: Model;
  scenario: Scenario;
  prng: Prng;
}

/** An assumption of the matter flow that the scenario does not carry (shown in the assumption ledger). */
export interface MatterFlowAssumption {
  value: number;
  unit: Text;
  label: Text;
  status: 'example';
}

/**
 * Officials' drafting time: a fixed minimum plus an exponential extra (a skewed duration, most matters
 * quick, a few slow). Example values, not from a source.
 */
export const MATTER_FLOW_ASSUMPTIONS = {
  preparationMinDays: {
    value: 5,
    unit: { sv: 'dagar', en: 'days' },
    label: { sv: 'Tjänstepersoners kortaste beredningstid', en: "Officials' shortest drafting time" },
    status: 'example',
  },
  preparationMeanExtraDays: {
    value: 15,
    unit: { sv: 'dagar', en: 'days' },
    label: { sv: 'Tjänstepersoners genomsnittliga extra beredningstid', en: "Officials' mean extra drafting time" },
    status: 'example',
  },
  reworkMinDays: {
    value: 3,
    unit: { sv: 'dagar', en: 'days' },
    label: { sv: 'Kortaste kompletteringstid efter återremiss', en: 'Shortest rework time after referral back' },
    status: 'example',
  },
  reworkMeanExtraDays: {
    value: 10,
    unit: { sv: 'dagar', en: 'days' },
    label: { sv: 'Genomsnittlig extra kompletteringstid', en: 'Mean extra rework time' },
    status: 'example',
  },
} as const satisfies Record<string, MatterFlowAssumption>;

export const HANDOVER_TYPES = [
  /** Officials hand a drafted matter to a political body. */
  'officialsToPolitics',
  /** A preparing utskott or committee hands the matter to another body to decide. */
  'toDecidingBody',
  /** A preparing body hands a council matter to KS. */
  'toExecutiveBoard',
  /** The matter goes to KF. */
  'toCouncil',
  /** One committee has decided; the next committee's officials take over (cross-area, committees). */
  'toAnotherCommittee',
  /** Återremiss: the deciding body sends the matter back to the officials. */
  'referredBack',
] as const;
export type HandoverType = (typeof HANDOVER_TYPES)[number];

export interface BodyMatterStats {
  /** Meetings held in the year. */
  meetings: number;
  /** Matters handled at those meetings (agenda items). */
  matters: number;
  mattersPerMeeting: number;
  /** Agenda items left for a later meeting because the agenda was full (a matter counts once a meeting). */
  carriedOver: number;
}

export interface MatterOutcome {
  /** Matters that arrived during the year. */
  count: number;
  countByKind: Record<MatterKind, number>;
  /** Matters that got their (last) decision within the year. */
  decided: number;
  /** Days from arrival to the last decision, per decided matter, ascending. */
  leadTimeDays: number[];
  /** Median and 90th percentile of leadTimeDays (Hyndman & Fan type 7, quantile.ts); 0 when nothing was decided. */
  leadTime: { median: number; p90: number };
  /** Total handovers of all matters between officials and bodies (see HANDOVER_TYPES). */
  handovers: number;
  handoversPerMatter: number;
  handoversByType: Record<HandoverType, number>;
  /** Återremisser. */
  referredBack: number;
  /** Every body of the model, in model order. */
  perBody: Record<string, BodyMatterStats>;
  /** Decisions taken per body (a cross-area matter in a committee organisation counts in each). */
  decisionsByBody: Record<string, number>;
  /** Arrived matters without their last decision at year end: count = decided + undecidedAtYearEnd. */
  undecidedAtYearEnd: number;
}

/** How the engine moves one matter's state: the compiled table, or an XState actor (the benchmark baseline). */
export interface MatterStepper {
  /** Starts matter `id` with its machine input and returns its state index. */
  start(id: number, input: MatterInput): number;
  /** Sends event `event` (an index into MATTER_EVENT_TYPES) to matter `id`, now in `state`; returns the new state. */
  send(id: number, state: number, event: number): number;
  /** Decisions matter `id` has taken (its current leg). */
  decisionsTaken(id: number): number;
}

/** The matter machine compiled once; its state and event indices are what the engine works with. */
export const compiledMatterMachine: CompiledMachine<MatterContext> = compileMachine(matterMachine, {
  guards: matterGuards,
  actions: matterContextUpdates,
});

const EVENT = {
  assigned: compiledMatterMachine.eventIndex('matter.assigned'),
  prepared: compiledMatterMachine.eventIndex('matter.prepared'),
  meetingHeld: compiledMatterMachine.eventIndex('matter.meetingHeld'),
  decided: compiledMatterMachine.eventIndex('matter.decided'),
  referredBack: compiledMatterMachine.eventIndex('matter.referredBack'),
  reported: compiledMatterMachine.eventIndex('matter.reported'),
};
for (const [index, type] of MATTER_EVENT_TYPES.entries()) {
  if (compiledMatterMachine.eventIndex(type) !== index) throw new Error('matter-flow: event order differs');
}

/** Who acts on a matter in each state: decides which agenda (or clock) the state puts it on. */
const ROLE = {
  none: 0,
  officials: 1,
  preparer: 2,
  decider: 3,
  councilPreparer: 4,
  council: 5,
  decided: 6,
} as const;

const STATE = (path: string): number => compiledMatterMachine.stateIndex(path);
const ROLE_BY_PATH: Record<string, number> = {
  received: ROLE.none,
  preparedByOfficials: ROLE.officials,
  referredBack: ROLE.officials,
  'politicalPreparation.byPreparer': ROLE.preparer,
  'politicalPreparation.byExecutiveBoard': ROLE.councilPreparer,
  'decision.byPreparer': ROLE.preparer,
  'decision.byBudgetHolder': ROLE.decider,
  'decision.byCouncil': ROLE.council,
  decided: ROLE.decided,
  reportedBack: ROLE.none,
};
const STATE_COUNT = compiledMatterMachine.statePaths.length;
const roleOfState = Int8Array.from(compiledMatterMachine.statePaths, (path) => {
  const role = ROLE_BY_PATH[path];
  if (role === undefined) throw new Error(`matter-flow: no role for matter state "${path}"`);
  return role;
});
const IS_DECISION = Uint8Array.from(compiledMatterMachine.statePaths, (path) => (path.startsWith('decision.') ? 1 : 0));
const REFERRED_BACK = STATE('referredBack');

/** Handover type (index into HANDOVER_TYPES) of each (from, to) state pair, or -1 for none. */
const handoverOf = new Int8Array(STATE_COUNT * STATE_COUNT).fill(-1);
{
  const set = (from: string[], to: string[], type: HandoverType): void => {
    for (const f of from) for (const t of to) handoverOf[STATE(f) * STATE_COUNT + STATE(t)] = HANDOVER_TYPES.indexOf(type);
  };
  const decisions = ['decision.byPreparer', 'decision.byBudgetHolder', 'decision.byCouncil'];
  const preparation = ['politicalPreparation.byPreparer', 'politicalPreparation.byExecutiveBoard'];
  set(['preparedByOfficials', 'referredBack'], [...preparation, ...decisions], 'officialsToPolitics');
  set(['politicalPreparation.byPreparer'], ['decision.byBudgetHolder'], 'toDecidingBody');
  set(['politicalPreparation.byPreparer'], ['politicalPreparation.byExecutiveBoard'], 'toExecutiveBoard');
  set(preparation, ['decision.byCouncil'], 'toCouncil');
  set(decisions, ['preparedByOfficials'], 'toAnotherCommittee');
  set(decisions, ['referredBack'], 'referredBack');
}

/** Who acts on a matter in a state of the compiled matter machine (the agenda or clock it waits on). */
export type MatterStateActor = 'none' | 'officials' | 'preparer' | 'decider' | 'councilPreparer' | 'council' | 'decided';
const ACTOR_NAMES: readonly MatterStateActor[] = ['none', 'officials', 'preparer', 'decider', 'councilPreparer', 'council', 'decided'];

/** The actor of a state index of `compiledMatterMachine`, as the engine routes it. */
export function matterStateActor(state: number): MatterStateActor {
  return ACTOR_NAMES[roleOfState[state] ?? ROLE.none] ?? 'none';
}

/** The handover the engine counts when a matter moves from state `from` to state `to`, if any. */
export function matterHandoverType(from: number, to: number): HandoverType | undefined {
  if (from < 0 || to < 0 || from >= STATE_COUNT || to >= STATE_COUNT) return undefined;
  return HANDOVER_TYPES[handoverOf[from * STATE_COUNT + to] ?? -1];
}

/** A matter route with body names resolved to indices, shared by all matters of the same kind and areas. */
interface ResolvedRoute {
  input: MatterInput;
  kind: number;
  preparer: Int32Array;
  decider: Int32Array;
  reportsTo: Int32Array;
  councilPreparer: number;
  council: number;
}

const KINDS: readonly MatterKind[] = ['singleArea', 'crossArea', 'council'];

/** What a run needs from the model alone; computed once per model object (models are not mutated). */
interface MatterFlowStatics {
  roles: OrganisationRoles;
  bodyIds: string[];
  meetingDays: number[][];
  /** Every meeting of the year in time order (ties in model order of the bodies): day and body index. */
  meetingDay: Float64Array;
  meetingBody: Int32Array;
  areaCount: number;
  /** Routes of single-area and council matters per area index; null when the model cannot route one. */
  singleRoutes: (ResolvedRoute | null)[];
  councilRoutes: (ResolvedRoute | null)[];
  /** Route of a cross-area matter over area indices `first` and `second`. */
  crossRoute(first: number, second: number): ResolvedRoute | null;
}

const staticsCache = new WeakMap<Model, MatterFlowStatics>();

function matterFlowStatics(model: Model): MatterFlowStatics {
  const cached = staticsCache.get(model);
  if (cached !== undefined) return cached;
  const roles = organisationRoles(model);
  const bodyIds = model.bodies.map((body) => body.id);
  const bodyIndex = new Map(bodyIds.map((id, index) => [id, index]));
  const calendar = meetingCalendar(model);
  const meetingDays = bodyIds.map((id) => calendar.get(id) ?? []);
  const meetings = meetingDays
    .flatMap((days, body) => days.map((day) => ({ day, body })))
    .sort((x, y) => x.day - y.day || x.body - y.body);
  const areaIds = roles.areas.map((area) => area.areaId);
  const index = (id: string | undefined): number => (id === undefined ? -1 : (bodyIndex.get(id) ?? -1));
  const resolve = (kind: MatterKind, areas: string[]): ResolvedRoute | null => {
    const input = matterInputFor(roles, kind, areas);
    if (input === undefined) return null;
    return {
      input,
      kind: KINDS.indexOf(kind),
      preparer: Int32Array.from(input.legs, (leg) => index(leg.preparer)),
      decider: Int32Array.from(input.legs, (leg) => index(leg.decider)),
      reportsTo: Int32Array.from(input.legs, (leg) => index(leg.reportsTo)),
      councilPreparer: index(input.councilPreparer),
      council: index(input.council),
    };
  };
  const crossRoutes = new Map<number, ResolvedRoute | null>();
  const statics: MatterFlowStatics = {
    roles,
    bodyIds,
    meetingDays,
    meetingDay: Float64Array.from(meetings, (meeting) => meeting.day),
    meetingBody: Int32Array.from(meetings, (meeting) => meeting.body),
    areaCount: areaIds.length,
    singleRoutes: areaIds.map((id) => resolve('singleArea', [id])),
    councilRoutes: areaIds.map((id) => resolve('council', [id])),
    crossRoute(first, second) {
      const key = first * areaIds.length + second;
      let route = crossRoutes.get(key);
      if (route === undefined) {
        route = resolve('crossArea', [areaIds[first] ?? '', areaIds[second] ?? '']);
        crossRoutes.set(key, route);
      }
      return route;
    },
  };
  staticsCache.set(model, statics);
  return statics;
}

/** Everything a run needs before the first event: bodies, calendars, arrivals and their routes. */
export interface MatterFlowSetup {
  roles: OrganisationRoles;
  bodyIds: string[];
  meetingDays: number[][];
  meetingDay: Float64Array;
  meetingBody: Int32Array;
  /** Matters in order of arrival: arrival day and route. */
  arrivalDay: Float64Array;
  route: ResolvedRoute[];
  capacity: number;
  referBackProbability: number;
  preparationPrng: Prng;
  referBackPrng: Prng;
}

/**
 * Poisson arrivals of the three kinds, generated as one merged Poisson process: the superposition of
 * independent Poisson processes is a Poisson process with the summed rate, and each arrival belongs to
 * kind i with probability rate_i / Σ rate (superposition and thinning theorems). So arrivals come out in
 * time order (exponential gaps with the total rate per day), and the kind — single-area in a given area,
 * cross-area over a uniformly drawn pair of areas, council from a uniformly drawn area — is one more
 * draw. Models with the same areas therefore get the same matters from the same seed.
 */
export function prepareMatterFlow({ model, scenario, prng }: MatterFlowInput): MatterFlowSetup {
  const statics = matterFlowStatics(model);
  const areas = statics.areaCount;
  const matters = prng.fork('matters');
  const arrivals = matters.fork('arrivals');
  const rates = scenario.matterRates;
  const singleRate = areas >= 1 ? rates.singleArea * areas : 0;
  const crossRate = areas >= 2 ? rates.crossArea : 0;
  const councilRate = areas >= 1 ? rates.council : 0;
  const totalPerDay = (singleRate + crossRate + councilRate) / DAYS_IN_YEAR;

  const days: number[] = [];
  const route: ResolvedRoute[] = [];
  if (totalPerDay > 0) {
    for (let day = arrivals.exponential(totalPerDay); day < DAYS_IN_YEAR; day += arrivals.exponential(totalPerDay)) {
      const pick = arrivals.next() * (singleRate + crossRate + councilRate);
      let picked: ResolvedRoute | null;
      if (pick < singleRate) {
        picked = statics.singleRoutes[Math.min(areas - 1, Math.floor(pick / rates.singleArea))] ?? null;
      } else if (pick < singleRate + crossRate) {
        const first = arrivals.int(areas);
        let second = arrivals.int(areas - 1);
        if (second >= first) second++;
        picked = statics.crossRoute(first, second);
      } else {
        picked = statics.councilRoutes[arrivals.int(areas)] ?? null;
      }
      if (picked === null) continue;
      days.push(day);
      route.push(picked);
    }
  }

  return {
    roles: statics.roles,
    bodyIds: statics.bodyIds,
    meetingDays: statics.meetingDays,
    meetingDay: statics.meetingDay,
    meetingBody: statics.meetingBody,
    arrivalDay: Float64Array.from(days),
    route,
    capacity: scenario.agendaCapacity,
    referBackProbability: scenario.referBackProbability,
    preparationPrng: matters.fork('preparation'),
    referBackPrng: matters.fork('referBack'),
  };
}

function toArray(values: Float64Array): number[] {
  const array = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) array[i] = values[i] ?? 0;
  return array;
}

/** Runs one year of matters with the given stepper. The compiled table is the default (simulateMatters). */
export function simulateMattersWith(setup: MatterFlowSetup, stepper: MatterStepper): MatterOutcome {
  const { bodyIds, meetingDay, meetingBody, arrivalDay, route, capacity, referBackProbability } = setup;
  const preparationPrng = setup.preparationPrng;
  const referBackPrng = setup.referBackPrng;
  const count = arrivalDay.length;
  const bodyCount = bodyIds.length;
  const prep = MATTER_FLOW_ASSUMPTIONS;
  const preparationRate = 1 / prep.preparationMeanExtraDays.value;
  const reworkRate = 1 / prep.reworkMeanExtraDays.value;

  const state = new Int32Array(count);
  const leadTimes = new Float64Array(count);
  let decided = 0;
  let handovers = 0;
  let referrals = 0;
  const handoversByType = new Float64Array(HANDOVER_TYPES.length);
  const meetings = new Float64Array(bodyCount);
  const handled = new Float64Array(bodyCount);
  const carriedOver = new Float64Array(bodyCount);
  const decisions = new Float64Array(bodyCount);
  const countByKind = [0, 0, 0];
  const agendaIds: number[][] = bodyIds.map(() => []);
  const agendaReady: number[][] = bodyIds.map(() => []);
  const agendaHead = new Int32Array(bodyCount);
  const reportIds: number[][] = bodyIds.map(() => []);
  const reportReady: number[][] = bodyIds.map(() => []);
  const reportHead = new Int32Array(bodyCount);

  // Only the officials' finished drafts are queued (as matter ids, so the hot loop allocates nothing);
  // arrivals and meetings are already in time order and are merged in, and reports wait in a list per
  // body for its next meeting, which keeps the heap small.
  const queue: EventQueue<number> = createEventQueue<number>();
  const schedule = (day: number, item: number): void => {
    if (day < DAYS_IN_YEAR) queue.push(day, item);
  };

  const toAgenda = (body: number, id: number, day: number): void => {
    if (body < 0) return; // an unroutable body: the matter stays undecided (validation reports the model)
    (agendaIds[body] as number[]).push(id);
    (agendaReady[body] as number[]).push(day);
  };

  /** Moves matter `id` into `next` on `day`: counts the handover and puts it where its next actor is. */
  const enter = (id: number, previous: number, next: number, day: number): void => {
    state[id] = next;
    const handover = handoverOf[previous * STATE_COUNT + next] ?? -1;
    if (handover >= 0) {
      handovers++;
      handoversByType[handover]! += 1;
    }
    const r = route[id] as ResolvedRoute;
    const legCount = r.preparer.length;
    switch (roleOfState[next]) {
      case ROLE.officials: {
        const rework = next === REFERRED_BACK;
        const duration = rework
          ? prep.reworkMinDays.value + preparationPrng.exponential(reworkRate)
          : prep.preparationMinDays.value + preparationPrng.exponential(preparationRate);
        schedule(day + duration, id);
        return;
      }
      case ROLE.preparer:
        toAgenda(r.preparer[Math.min(stepper.decisionsTaken(id), legCount - 1)] ?? -1, id, day);
        return;
      case ROLE.decider:
        toAgenda(r.decider[Math.min(stepper.decisionsTaken(id), legCount - 1)] ?? -1, id, day);
        return;
      case ROLE.councilPreparer:
        toAgenda(r.councilPreparer, id, day);
        return;
      case ROLE.council:
        toAgenda(r.council, id, day);
        return;
      case ROLE.decided: {
        leadTimes[decided++] = day - (arrivalDay[id] ?? 0);
        // A decision taken by delegation is reported to the delegating nämnd at its next meeting. The law
        // lets the nämnd decide to what extent such decisions are reported (Kommunallagen (2017:725)
        // 6 kap. 40 §, as SKR's delegation FAQ of 2021 states it); the model reports every one.
        const reportsTo = r.reportsTo[legCount - 1] ?? -1;
        if (reportsTo >= 0) {
          (reportIds[reportsTo] as number[]).push(id);
          (reportReady[reportsTo] as number[]).push(day);
        } else {
          enter(id, next, stepper.send(id, next, EVENT.reported), day);
        }
        return;
      }
      default:
        return;
    }
  };

  const meet = (body: number, day: number): void => {
    // Delegated decisions taken before the meeting are reported to it (anmälan; no agenda capacity used).
    const reports = reportIds[body] as number[];
    const reportDays = reportReady[body] as number[];
    let report = reportHead[body] ?? 0;
    for (; report < reports.length && (reportDays[report] ?? DAYS_IN_YEAR) < day; report++) {
      const id = reports[report] ?? 0;
      const current = state[id] ?? 0;
      enter(id, current, stepper.send(id, current, EVENT.reported), day);
    }
    reportHead[body] = report;
    const ids = agendaIds[body] as number[];
    const ready = agendaReady[body] as number[];
    const head = agendaHead[body] ?? 0;
    // Only matters that were ready before the meeting day are on its agenda.
    let end = head;
    while (end < ids.length && (ready[end] ?? DAYS_IN_YEAR) < day) end++;
    const take = Math.min(end - head, capacity);
    meetings[body]! += 1;
    handled[body]! += take;
    carriedOver[body]! += end - head - take;
    agendaHead[body] = head + take;
    for (let i = head; i < head + take; i++) {
      const id = ids[i] ?? 0;
      const current = state[id] ?? 0;
      let event: number = EVENT.meetingHeld;
      if (IS_DECISION[current] === 1) {
        if (referBackPrng.next() < referBackProbability) {
          event = EVENT.referredBack;
          referrals++;
        } else {
          event = EVENT.decided;
          decisions[body]! += 1;
        }
      }
      enter(id, current, stepper.send(id, current, event), day);
    }
  };

  // Three time-ordered sources: meetings, arrivals, queued events; on the same day in that order.
  const meetingCount = meetingDay.length;
  let nextMeetingIndex = 0;
  let nextArrival = 0;
  for (;;) {
    const meetingAt = nextMeetingIndex < meetingCount ? (meetingDay[nextMeetingIndex] ?? Infinity) : Infinity;
    const arrivalAt = nextArrival < count ? (arrivalDay[nextArrival] ?? Infinity) : Infinity;
    const queuedAt = queue.size > 0 ? (queue.peekDay() ?? Infinity) : Infinity;
    if (meetingAt <= arrivalAt && meetingAt <= queuedAt) {
      if (meetingAt >= DAYS_IN_YEAR) break;
      meet(meetingBody[nextMeetingIndex++] ?? 0, meetingAt);
    } else if (arrivalAt <= queuedAt) {
      const id = nextArrival++;
      const matter = route[id] as ResolvedRoute;
      countByKind[matter.kind]! += 1;
      const initial = stepper.start(id, matter.input);
      state[id] = initial;
      enter(id, initial, stepper.send(id, initial, EVENT.assigned), arrivalAt);
    } else {
      const id = queue.popItem() ?? 0;
      const current = state[id] ?? 0;
      enter(id, current, stepper.send(id, current, EVENT.prepared), queuedAt);
    }
  }

  const sorted = leadTimes.subarray(0, decided).sort();
  const perBody: Record<string, BodyMatterStats> = {};
  const decisionsByBody: Record<string, number> = {};
  bodyIds.forEach((bodyId, body) => {
    const held = meetings[body] ?? 0;
    const matters = handled[body] ?? 0;
    perBody[bodyId] = {
      meetings: held,
      matters,
      mattersPerMeeting: held > 0 ? matters / held : 0,
      carriedOver: carriedOver[body] ?? 0,
    };
    decisionsByBody[bodyId] = decisions[body] ?? 0;
  });
  return {
    count,
    countByKind: { singleArea: countByKind[0] ?? 0, crossArea: countByKind[1] ?? 0, council: countByKind[2] ?? 0 },
    decided,
    leadTimeDays: toArray(sorted),
    leadTime: { median: quantileOfSorted(sorted, 0.5), p90: quantileOfSorted(sorted, 0.9) },
    handovers,
    handoversPerMatter: count > 0 ? handovers / count : 0,
    handoversByType: Object.fromEntries(HANDOVER_TYPES.map((type, i) => [type, handoversByType[i] ?? 0])) as Record<
      HandoverType,
      number
    >,
    referredBack: referrals,
    perBody,
    decisionsByBody,
    undecidedAtYearEnd: count - decided,
  };
}

/** The stepper over the compiled table: one plain context per matter, state kept by the engine. */
export function createCompiledMatterStepper(): MatterStepper {
  const contexts: MatterContext[] = [];
  const machine = compiledMatterMachine;
  return {
    start(id, input) {
      const context = matterContextFor(input);
      contexts[id] = context;
      return machine.initialState(context);
    },
    send(id, state, event) {
      return machine.step(state, event, contexts[id] as MatterContext);
    },
    decisionsTaken(id) {
      return (contexts[id] as MatterContext).decisionsTaken;
    },
  };
}

/** One year of matters for a model under a scenario (DESIGN §4.3). */
export function simulateMatters(input: MatterFlowInput): MatterOutcome {
  return simulateMattersWith(prepareMatterFlow(input), createCompiledMatterStepper());
}

/**
 * Share of all decisions taken by KS and the bodies under it (DESIGN §4.3b concentration, by count);
 * 0 when nothing was decided.
 */
export function executiveBoardDecisionShare(outcome: MatterOutcome, roles: OrganisationRoles): number {
  const total = Object.values(outcome.decisionsByBody).reduce((sum, n) => sum + n, 0);
  if (total === 0) return 0;
  const group = roles.executiveBoardGroup.reduce((sum, id) => sum + (outcome.decisionsByBody[id] ?? 0), 0);
  return group / total;
}
