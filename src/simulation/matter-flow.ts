// The matter flow of DESIGN §4.3: matters arrive (Poisson), officials draft them, bodies prepare and
// decide them at their meetings (a matter reaches a meeting only if ready `paperDeadlineDays` before it;
// at most `agendaCapacity` items a meeting, the rest wait for the next one), återremiss sends a matter
// back to the officials. Agenda time also goes to the budget follow-up of each budget unit a body follows
// up and to the reports of delegated decisions (anmälan), so a KS that delegates little fills up.
// Individual cases are decided by officials under delegation and reported to the delegating body.
// Randomness is keyed: a matter's drafting times and återremiss draws come from (seed, matter, draw), and
// arrivals pick areas in the order of their ids, so reordering or renaming bodies changes nothing. Every matter is driven through the matter machine
// (src/machines/matter.ts) by its compiled transition table, in time order over simulated days (the
// event queue merged with the already ordered arrivals and meetings); the engine only decides *when*
// each event happens and *which body's* agenda a state puts it on.
// Outputs: lead times, handovers, meetings and carried-over matters per body, decisions per body (the
// concentration of DESIGN §4.3b). Deterministic: same model, scenario and seed give identical output.
import { MATTER_EVENT_TYPES, matterContextFor, type MatterContext, type MatterInput, type MatterKind } from '@/machines/matter';
import type { OrganisationRoles } from '@/machines/organisation-roles';
import type { CompiledMachine } from './compiled-machine';
import { createEventQueue, type EventQueue } from './event-queue';
import { read } from './checked-read';
import { keyedUniform } from './keyed-draw';
import { prepareMatterFlow, type MatterFlowInput, type MatterFlowSetup } from './matter-flow-setup';
import { INDIVIDUAL_KIND as INDIVIDUAL, type ResolvedRoute } from './matter-routes';
import { matterTable } from './machine-tables';
import { quantileOfSorted } from './quantile';

export type { MatterFlowInput, MatterFlowSetup } from './matter-flow-setup';

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
  /** Matters that arrived during the year (individual cases apart). */
  count: number;
  /** Individual cases decided by officials under delegation, and reported. */
  individualCases: number;
  countByKind: Record<MatterKind, number>;
  /** Matters that got their (last) decision within the year (individual cases apart). */
  decided: number;
  /** Reports of delegated decisions handled at meetings (anmälningar). */
  reports: number;
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
  /**
   * Sends event `event` (an index into MATTER_EVENT_TYPES) to matter `id`, now in `state`, on `day`; `body`
   * is the index of the body whose meeting sends it (-1 when no meeting does). Returns the new state.
   */
  send(id: number, state: number, event: number, day: number, body: number): number;
  /** Decisions matter `id` has taken (its current leg). */
  decisionsTaken(id: number): number;
}

/** The matter machine compiled once; its state and event indices are what the engine works with. */
export const compiledMatterMachine: CompiledMachine<MatterContext> = matterTable();

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

function toArray(values: Float64Array): number[] {
  const array = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) array[i] = values[i] ?? 0;
  return array;
}

/**
 * Runs one year of matters with the given stepper. The compiled table is the default (simulateMatters).
 * Reads that depend on the model (a route's legs, a body's agenda head, its follow-up items) are checked
 * (checked-read.ts) and throw when out of range; reads bounded by the loop that makes them (`i < length`)
 * are plain, without a fallback that would turn a defect into a quiet 0.
 */
export function simulateMattersWith(setup: MatterFlowSetup, stepper: MatterStepper): MatterOutcome {
  const { bodyIds, meetingDay, meetingBody, arrivalDay, route, matterKey, capacity, referBackProbability } = setup;
  const { followUps, reportItemWeight, paperDeadlineDays: deadline, drawSeed, horizonDays: horizon } = setup;
  let forceReferBack = setup.referBackAtFirstDecision;
  const count = arrivalDay.length;
  const bodyCount = bodyIds.length;
  const preparationRate = 1 / setup.preparationMeanExtraDays;
  const reworkRate = 1 / setup.reworkMeanExtraDays;

  const state = new Int32Array(count);
  const draws = new Int32Array(count);
  const leadTimes = new Float64Array(count);
  let decided = 0;
  let individual = 0;
  let reportsHandled = 0;
  let handovers = 0;
  let referrals = 0;
  const handoversByType = new Float64Array(HANDOVER_TYPES.length);
  const meetings = new Float64Array(bodyCount);
  const handled = new Float64Array(bodyCount);
  const carriedOver = new Float64Array(bodyCount);
  const decisions = new Float64Array(bodyCount);
  const countByKind = [0, 0, 0, 0];
  const agendaIds: number[][] = bodyIds.map(() => []);
  const agendaReady: number[][] = bodyIds.map(() => []);
  const agendaHead = new Int32Array(bodyCount);
  const reportIds: number[][] = bodyIds.map(() => []);
  const reportReady: number[][] = bodyIds.map(() => []);
  const reportHead = new Int32Array(bodyCount);

  /** The matter's next uniform draw (keyed by the run, the matter and its draw count). */
  const draw = (id: number): number => {
    const k = draws[id] as number;
    draws[id] = k + 1;
    return keyedUniform(drawSeed, matterKey[id] as number, k);
  };

  // Only the officials' finished drafts are queued (as matter ids, so the hot loop allocates nothing);
  // arrivals and meetings are already in time order and are merged in, and reports wait in a list per
  // body for its next meeting, which keeps the heap small.
  const queue: EventQueue<number> = createEventQueue<number>();
  const schedule = (day: number, item: number): void => {
    if (day < horizon) queue.push(day, item);
  };

  const toAgenda = (body: number, id: number, day: number): void => {
    if (body < 0) return; // an unroutable body: the matter stays undecided (validation reports the model)
    (agendaIds[body] as number[]).push(id);
    (agendaReady[body] as number[]).push(day);
  };

  /** Moves matter `id` into `next` on `day`: counts the handover and puts it where its next actor is. */
  const enter = (id: number, previous: number, next: number, day: number): void => {
    state[id] = next;
    const handover = handoverOf[previous * STATE_COUNT + next]!;
    if (handover >= 0) {
      handovers++;
      handoversByType[handover]! += 1;
    }
    const r = route[id] as ResolvedRoute;
    const legCount = r.preparer.length;
    switch (roleOfState[next]) {
      case ROLE.officials: {
        const rework = next === REFERRED_BACK;
        const u = draw(id);
        const duration = rework
          ? setup.reworkMinDays - Math.log(1 - u) / reworkRate
          : setup.preparationMinDays - Math.log(1 - u) / preparationRate;
        schedule(day + duration, id);
        return;
      }
      case ROLE.preparer:
        toAgenda(read(r.preparer, Math.min(stepper.decisionsTaken(id), legCount - 1)), id, day);
        return;
      case ROLE.decider:
        toAgenda(read(r.decider, Math.min(stepper.decisionsTaken(id), legCount - 1)), id, day);
        return;
      case ROLE.councilPreparer:
        toAgenda(r.councilPreparer, id, day);
        return;
      case ROLE.council:
        toAgenda(r.council, id, day);
        return;
      case ROLE.decided: {
        if (r.kind === INDIVIDUAL) individual++;
        else leadTimes[decided++] = day - read(arrivalDay, id);
        // A decision taken by delegation is reported to the delegating nämnd at its next meeting. The law
        // lets the nämnd decide to what extent such decisions are reported (Kommunallagen (2017:725)
        // 6 kap. 40 §, as SKR's delegation FAQ of 2021 states it); the model reports every one.
        const reportsTo = read(r.reportsTo, legCount - 1);
        if (reportsTo >= 0) {
          (reportIds[reportsTo] as number[]).push(id);
          (reportReady[reportsTo] as number[]).push(day);
        } else {
          enter(id, next, stepper.send(id, next, EVENT.reported, day, -1), day);
        }
        return;
      }
      default:
        return;
    }
  };

  const meet = (body: number, day: number): void => {
    const latestReady = day - deadline;
    // Reports of delegated decisions ready before the paper deadline are taken first (anmälan); each
    // takes `reportItemWeight` of an agenda item, and the body's budget follow-up takes its items.
    const reports = reportIds[body] as number[];
    const reportDays = reportReady[body] as number[];
    let report = read(reportHead, body);
    const firstReport = report;
    for (; report < reports.length && reportDays[report]! <= latestReady; report++) {
      const id = reports[report]!;
      const current = state[id]!;
      enter(id, current, stepper.send(id, current, EVENT.reported, day, body), day);
    }
    reportHead[body] = report;
    reportsHandled += report - firstReport;
    const room = Math.max(0, Math.floor(capacity - read(followUps, body) - reportItemWeight * (report - firstReport) + 1e-9));
    const ids = agendaIds[body] as number[];
    const ready = agendaReady[body] as number[];
    const head = read(agendaHead, body);
    // Only matters ready at least the paper deadline before the meeting are on its agenda.
    let end = head;
    while (end < ids.length && ready[end]! <= latestReady) end++;
    const take = Math.min(end - head, room);
    meetings[body]! += 1;
    handled[body]! += take;
    carriedOver[body]! += end - head - take;
    agendaHead[body] = head + take;
    for (let i = head; i < head + take; i++) {
      const id = ids[i]!;
      const current = state[id]!;
      let event: number = EVENT.meetingHeld;
      if (IS_DECISION[current] === 1) {
        if (forceReferBack || draw(id) < referBackProbability) {
          forceReferBack = false;
          event = EVENT.referredBack;
          referrals++;
        } else {
          event = EVENT.decided;
          decisions[body]! += 1;
        }
      }
      enter(id, current, stepper.send(id, current, event, day, body), day);
    }
  };

  // Three time-ordered sources: meetings, arrivals, queued events; on the same day in that order.
  const meetingCount = meetingDay.length;
  let nextMeetingIndex = 0;
  let nextArrival = 0;
  for (;;) {
    const meetingAt = nextMeetingIndex < meetingCount ? meetingDay[nextMeetingIndex]! : Infinity;
    const arrivalAt = nextArrival < count ? arrivalDay[nextArrival]! : Infinity;
    const queuedAt = queue.size > 0 ? (queue.peekDay() ?? Infinity) : Infinity;
    if (meetingAt <= arrivalAt && meetingAt <= queuedAt) {
      if (meetingAt >= horizon) break;
      meet(meetingBody[nextMeetingIndex++]!, meetingAt);
    } else if (arrivalAt <= queuedAt) {
      const id = nextArrival++;
      const matter = route[id] as ResolvedRoute;
      countByKind[matter.kind]! += 1;
      const initial = stepper.start(id, matter.input);
      state[id] = initial;
      enter(id, initial, stepper.send(id, initial, EVENT.assigned, arrivalAt, -1), arrivalAt);
    } else {
      const id = queue.popItem()!;
      const current = state[id]!;
      enter(id, current, stepper.send(id, current, EVENT.prepared, queuedAt, -1), queuedAt);
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
  const political = count - (countByKind[INDIVIDUAL] ?? 0);
  return {
    count: political,
    individualCases: individual,
    countByKind: {
      singleArea: countByKind[0] ?? 0,
      crossArea: countByKind[1] ?? 0,
      council: countByKind[2] ?? 0,
      individual: countByKind[INDIVIDUAL] ?? 0,
    },
    decided,
    reports: reportsHandled,
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
    undecidedAtYearEnd: political - decided,
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
