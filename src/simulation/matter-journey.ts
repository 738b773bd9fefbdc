// One matter's journey through an organisation, step by step, for the Process view's swimlanes (DESIGN §6):
// which body or department has the matter on which calendar day, each handover, meeting, delegation
// decision and återremiss, and the total lead time. A single-area, cross-area or council matter is not
// walked here: it is run through the matter engine itself (simulateMattersWith, the code every simulated
// year runs) with that one matter alone, and the engine's events are recorded — so the journey cannot
// drift from what the engine counts. A budget deviation runs through the deviation machine: the holder
// (silo rules) or KS (whole rules) decides at its next meeting, covering what its flexible costs allow;
// KS prepares and KF decides the rest.
//
// The matter is alone: no other matters compete for the agenda (the Simulate view shows queues), though
// each body's budget follow-up takes its agenda items as in a whole year. Meeting calendars repeat into
// the next years, so a journey that starts late in the year still ends. Deterministic: the arrival day
// and the seed of the matter's keyed draws come from createPrng(seed).fork('journey'), the same for every
// model, so two organisations get the same arrival day and the same drafting times from the same seed.
import { DAYS_IN_YEAR, firstMeetingFrom, monthOfDay } from '@/domain/meeting-calendar';
import type { BodyKind, Model, Text } from '@/domain/model-schema';
import { createPrng, hashString, type Prng } from '@/domain/prng';
import type { Scenario } from '@/domain/scenario-schema';
import { deviationInputFor, type DeviationContext } from '@/machines/deviation';
import { currentLeg, MATTER_EVENT_TYPES, matterContextFor, type MatterContext, type MatterKind } from '@/machines/matter';
import { organisationRoles, type OrganisationRoles } from '@/machines/organisation-roles';
import { resolveAssumptions } from './assumption-ledger';
import { monthCloseDay } from './budget-year-plan';
import { deviationTable } from './machine-tables';
import { modelCalendar } from './model-calendar';
import {
  compiledMatterMachine,
  matterHandoverType,
  matterStateActor,
  simulateMattersWith,
  type HandoverType,
  type MatterStepper,
} from './matter-flow';
import { prepareSingleMatter } from './matter-flow-setup';

export const JOURNEY_KINDS = ['singleArea', 'crossArea', 'deviation', 'council'] as const;
export type JourneyKind = (typeof JOURNEY_KINDS)[number];

/** Whether an återremiss is drawn with the scenario's probability, or forced at the first decision to show one. */
export type ReferBackMode = 'drawn' | 'atFirstDecision';

export interface JourneyInput {
  model: Model;
  /** Only the probability of återremiss is read. */
  /** The scenario's assumptions (absent ones are the ledger's defaults). */
  scenario: Pick<Scenario, 'referBackProbability'> & Partial<Scenario>;
  seed: number;
  kind: JourneyKind;
  referBack?: ReferBackMode;
}

/** Example values of the budget-deviation journey (shown in the view's assumptions). */
export const JOURNEY_DEVIATION_ASSUMPTIONS = {
  /** The forecast deficit, as the IFO-shock scenario's placements (+8 MSEK). */
  gapMsek: 8,
  /** Detection at the follow-up of one of these months (0 = January), drawn from the seed. */
  firstMonth: 1,
  lastMonth: 9,
} as const;

/** Calendars repeat at most this many years ahead; a journey still open then is reported as stalled. */
const MAX_YEARS = 3;
/** A matter referred back again and again is stopped after this many steps (a probability near 1). */
const MAX_STEPS = 60;

export type JourneyStepKind =
  /** The matter is registered and the officials start drafting. */
  | 'arrival'
  /** Officials finish drafting (or reworking) and hand the matter to a political body. */
  | 'drafted'
  /** A body prepares the matter at a meeting and passes it on. */
  | 'meeting'
  /** A body decides in its own right: a committee in its own area, a budget holder, or KF. */
  | 'decision'
  /** An utskott decides by delegation from its nämnd. */
  | 'delegationDecision'
  /** Återremiss: the deciding body sends the matter back to the officials. */
  | 'referBack'
  /** A delegated decision is reported to the delegating nämnd (anmälan). */
  | 'report'
  /** The matter is closed: the decision is reported back. */
  | 'closed'
  /** A budget deviation: the monthly follow-up shows a forecast deficit. */
  | 'detected'
  /** A budget deviation: the holder decides measures on its own costs. */
  | 'measures'
  /** A budget deviation: KS nets and cuts across all its areas. */
  | 'netting'
  /** A budget deviation: KS prepares a supplementary appropriation for KF. */
  | 'appropriationPrepared'
  /** A budget deviation: KF decides the supplementary appropriation. */
  | 'appropriationDecided';

export interface JourneyStep {
  /** Day from 1 January of the year the matter arrives (≥ 365 in the following year). */
  day: number;
  /** Lane (body or department id) where the step happens. */
  lane: string;
  kind: JourneyStepKind;
  /** Machine events sent at this step, in order. */
  events: string[];
  /** Leaf state of the machine after the step, e.g. "decision.byPreparer". */
  state: string;
  /** Lane that holds the matter after this step; absent once the journey ends. */
  to?: string;
  /** The handover the engine counts at this step, if any. */
  handover?: HandoverType;
  /** Budget deviations: the amount this step decided (MSEK). */
  amountMsek?: number;
}

export interface JourneyLane {
  id: string;
  kind: 'department' | 'body';
  /** Body kind, for bodies. */
  bodyKind?: BodyKind;
  name: Text;
}

export interface MatterJourney {
  modelId: string;
  kind: JourneyKind;
  /** Service areas the matter concerns. */
  areas: string[];
  /** Which machine the journey runs through. */
  machine: 'matter' | 'deviation';
  /** False when the organisation cannot route this kind of matter (then there are no steps). */
  routable: boolean;
  /** Lanes in the order the matter first enters them. */
  lanes: JourneyLane[];
  steps: JourneyStep[];
  arrivalDay: number;
  /** Day of the last decision (the engine's lead-time end); undefined when none was reached. */
  decidedDay: number | undefined;
  /** Days from arrival to the last decision, as simulateMatters counts lead time. */
  leadTimeDays: number | undefined;
  /** Day of the last step (the report back, if later than the decision). */
  endDay: number;
  handovers: number;
  referrals: number;
  /** Political meetings that handled the matter. */
  meetings: number;
  decisions: number;
  /** The journey stopped before it ended: a body that never meets, or endless återremiss. */
  stalled: boolean;
  /** Budget deviations: the gap and how it was covered, MSEK. */
  deviation?: { gapMsek: number; measuresMsek: number; appropriationMsek: number };
}

/** Preferred example areas per kind; DESIGN §4.3 names "a child needing both school and IFO". */
const PREFERRED_AREAS: Record<JourneyKind, readonly string[]> = {
  singleArea: ['ifo'],
  crossArea: ['forskola-grundskola', 'ifo'],
  deviation: ['ifo'],
  council: ['forskola-grundskola'],
};

/**
 * The areas of the example matter of `kind`: the preferred ones when the model has them all, otherwise
 * (cross-area) the first pair with different budget holders, then different preparers, then the first two;
 * (other kinds) the first area. Empty when the model has too few routable areas.
 */
export function journeyAreas(roles: OrganisationRoles, kind: JourneyKind): string[] {
  const preferred = PREFERRED_AREAS[kind];
  if (preferred.every((id) => roles.areaById.has(id))) return [...preferred];
  const areas = roles.areas;
  if (kind !== 'crossArea') return areas[0] === undefined ? [] : [areas[0].areaId];
  const pairs = areas.flatMap((first, i) => areas.slice(i + 1).map((second) => [first, second] as const));
  const pick =
    pairs.find(([a, b]) => a.budgetHolder !== b.budgetHolder) ??
    pairs.find(([a, b]) => a.preparer !== b.preparer) ??
    pairs[0];
  return pick === undefined ? [] : [pick[0].areaId, pick[1].areaId];
}

/** First meeting at least the paper deadline after `day`, with the calendar repeating each year (the
 *  engine's one next-meeting rule); undefined if none. */
function meetingAfter(days: readonly number[] | undefined, day: number, deadline: number): number | undefined {
  if (days === undefined) return undefined;
  const at = firstMeetingFrom(days, day + deadline);
  return at === undefined || at > day + (MAX_YEARS + 1) * DAYS_IN_YEAR ? undefined : at;
}

/** Collects steps and lanes, and counts what the journey summary reports. */
class JourneyRecorder {
  readonly steps: JourneyStep[] = [];
  readonly laneIds: string[] = [];
  handovers = 0;
  referrals = 0;
  meetings = 0;
  decisions = 0;
  decidedDay: number | undefined;

  add(step: JourneyStep): void {
    for (const id of [step.lane, step.to]) if (id !== undefined && !this.laneIds.includes(id)) this.laneIds.push(id);
    this.steps.push(step);
    if (step.handover !== undefined) this.handovers++;
  }
}

function lanesOf(model: Model, ids: readonly string[]): JourneyLane[] {
  const bodies = new Map(model.bodies.map((body) => [body.id, body]));
  const departments = new Map(model.departments.map((department) => [department.id, department]));
  return ids.map((id) => {
    const body = bodies.get(id);
    if (body !== undefined) return { id, kind: 'body', bodyKind: body.kind, name: body.name };
    return { id, kind: 'department', name: departments.get(id)?.name ?? { sv: id, en: id } };
  });
}

/** Rounds a day to hundredths, so journeys print and compare the same everywhere. */
const roundDay = (day: number): number => Math.round(day * 100) / 100;

/**
 * The matter engine's stepper over the compiled table, recording each event as a journey step: the engine
 * decides when each event happens and at whose meeting, the recorder only writes it down. Lanes are read
 * from the matter's context before and after each transition (the leg it is on).
 */
function recordingStepper(bodyIds: readonly string[], roles: OrganisationRoles, recorder: JourneyRecorder): MatterStepper {
  const machine = compiledMatterMachine;
  const paths = machine.statePaths;
  let context: MatterContext | undefined;
  const laneOf = (state: number): string | undefined => {
    if (context === undefined) return undefined;
    const current = currentLeg(context);
    switch (matterStateActor(state)) {
      case 'officials':
        return current?.department;
      case 'preparer':
        return current?.preparer;
      case 'decider':
        return current?.decider;
      case 'councilPreparer':
        return context.councilPreparer;
      case 'council':
        return context.council;
      case 'decided':
        return current?.reportsTo;
      default:
        return undefined;
    }
  };
  return {
    start(_id, input) {
      context = matterContextFor(input);
      return machine.initialState(context);
    },
    decisionsTaken() {
      return context?.decisionsTaken ?? 0;
    },
    send(_id, state, event, day, body) {
      const active = context as MatterContext;
      const type = MATTER_EVENT_TYPES[event] ?? '';
      const path = paths[state] ?? '';
      const before = laneOf(state);
      const leg = currentLeg(active);
      const next = machine.step(state, event, active);
      const at = body >= 0 ? (bodyIds[body] ?? '') : undefined;
      const to = laneOf(next);
      const handover = matterHandoverType(state, next);
      const common = { day, events: [type], state: paths[next] ?? '', ...(to !== undefined ? { to } : {}), ...(handover ? { handover } : {}) };
      switch (type) {
        case 'matter.assigned':
          recorder.add({ ...common, lane: to ?? '', kind: 'arrival' });
          break;
        case 'matter.prepared':
          recorder.add({ ...common, lane: before ?? '', kind: 'drafted' });
          break;
        case 'matter.meetingHeld':
          recorder.meetings++;
          recorder.add({ ...common, lane: at ?? before ?? '', kind: 'meeting' });
          break;
        case 'matter.referredBack':
          recorder.meetings++;
          recorder.referrals++;
          recorder.add({ ...common, lane: at ?? before ?? '', kind: 'referBack' });
          break;
        case 'matter.decided': {
          recorder.meetings++;
          recorder.decisions++;
          recorder.decidedDay = day;
          const byDelegation = path === 'decision.byPreparer' && leg !== undefined && !roles.budgetHolders.includes(leg.decider);
          recorder.add({ ...common, lane: at ?? before ?? '', kind: byDelegation ? 'delegationDecision' : 'decision' });
          break;
        }
        case 'matter.reported':
          recorder.add({
            day,
            events: [type],
            state: paths[next] ?? '',
            lane: at ?? recorder.steps[recorder.steps.length - 1]?.lane ?? '',
            kind: at === undefined ? 'closed' : 'report',
          });
          break;
        default:
          break;
      }
      return next;
    },
  };
}

/** The seed of the journey's keyed draws (drafting times, återremiss): from the seed alone, for every model. */
export function journeyDrawSeed(seed: number): number {
  return hashString(`journey-draws:${createPrng(seed).fork('journey').fork('draws').seed}`);
}

/**
 * A matter's journey is a run of the matter engine (simulateMattersWith) with this one matter alone and
 * its events recorded: the same compiled machine, next-meeting rule, paper deadline, keyed drafting and
 * återremiss draws and agenda (with its budget follow-up) as every simulated year, over calendars that
 * repeat for MAX_YEARS + 1 years. The draws are keyed by the seed alone, so every organisation gets the
 * same arrival day and the same drafting times.
 */
function traceMatter(input: JourneyInput, roles: OrganisationRoles, areas: string[], kind: MatterKind, prng: Prng): MatterJourney {
  const { model } = input;
  const arrivalDay = prng.fork('arrival').int(DAYS_IN_YEAR);
  const base = { modelId: model.id, kind: input.kind, areas, machine: 'matter' as const, arrivalDay };
  const setup = prepareSingleMatter({
    model,
    scenario: input.scenario as Scenario,
    kind,
    areas,
    arrivalDay,
    drawSeed: journeyDrawSeed(input.seed),
    years: MAX_YEARS + 1,
    referBackAtFirstDecision: input.referBack === 'atFirstDecision',
  });
  if (setup === undefined) return emptyJourney(base);
  const recorder = new JourneyRecorder();
  simulateMattersWith(setup, recordingStepper(setup.bodyIds, roles, recorder));
  const last = recorder.steps[recorder.steps.length - 1];
  const closed = last !== undefined && compiledMatterMachine.isFinal(compiledMatterMachine.stateIndex(last.state));
  // A matter sent back again and again is cut short for the picture (and said to be stalled).
  const stalled = !closed || recorder.steps.length > MAX_STEPS;
  if (recorder.steps.length > MAX_STEPS) recorder.steps.length = MAX_STEPS;
  return finish(base, model, recorder, stalled);
}

function traceDeviation(input: JourneyInput, roles: OrganisationRoles, areas: string[], prng: Prng): MatterJourney {
  const { model } = input;
  const assumptions = JOURNEY_DEVIATION_ASSUMPTIONS;
  const world = resolveAssumptions(input.scenario as Scenario);
  const deadline = world.paperDeadlineDays;
  const month = assumptions.firstMonth + prng.fork('arrival').int(assumptions.lastMonth - assumptions.firstMonth + 1);
  const arrivalDay = monthCloseDay(month, world.closeLagDays);
  const base = { modelId: model.id, kind: input.kind, areas, machine: 'deviation' as const, arrivalDay };
  const area = roles.areaById.get(areas[0] ?? '');
  if (area === undefined) return emptyJourney(base);

  const machine = deviationTable();
  const paths = machine.statePaths;
  const gap = assumptions.gapMsek;
  const context: DeviationContext = { ...deviationInputFor(roles, area.budgetHolder, gap), coveredMsek: 0, reserveMsek: 0, decisions: 0 };
  const calendar = modelCalendar(model, world);
  const recorder = new JourneyRecorder();
  let state = machine.initialState(context);
  let day = arrivalDay;
  const send = (type: string): void => {
    state = machine.step(state, machine.eventIndex(type), context);
  };
  // Who meets on the deviation first: the holder under silo rules, KS (the holder) under whole rules.
  const decider = context.rules === 'silo' ? context.holder : (context.executiveBoard ?? context.holder);
  recorder.add({ day, lane: area.department, kind: 'detected', events: [], state: paths[state] ?? '', to: decider, handover: 'officialsToPolitics' });

  let stalled = false;
  let measures = 0;
  let appropriation = 0;
  const firstMeeting = meetingAfter(calendar.get(decider), day, deadline);
  if (firstMeeting === undefined) stalled = true;
  else {
    day = firstMeeting;
    recorder.meetings++;
    send('deviation.reviewed');
    const path = paths[state] ?? '';
    // The room a cut can reach: the flexible share of the remaining months' plan (the budget-year engine's
    // rule, with each area's net cost as its plan), over the holder's own areas or, under whole rules, all
    // of KS's areas. A cut takes effect from the month after the meeting; after December nothing is left.
    const monthsLeft = day >= DAYS_IN_YEAR ? 0 : 11 - monthOfDay(day);
    const holderAreas = roles.areas.filter((a) => a.budgetHolder === context.holder);
    const room = holderAreas.reduce((sum, a) => {
      const flexibility = model.serviceAreas.find((s) => s.id === a.areaId)?.flexibility ?? 0;
      return sum + (flexibility * a.netCostMsek * monthsLeft) / 12;
    }, 0);
    measures = Math.round(Math.min(gap, room) * 100) / 100;
    context.coveredMsek = measures;
    const eventType = path === 'ownMeasures' ? 'deviation.measuresDecided' : 'deviation.netted';
    send(eventType);
    recorder.decisions++;
    recorder.decidedDay = day;
    const next = paths[state] ?? '';
    const to =
      next === 'supplementaryAppropriation.preparedByExecutiveBoard'
        ? context.executiveBoard
        : next === 'supplementaryAppropriation.decidedByCouncil'
          ? context.council
          : undefined;
    recorder.add({
      day,
      lane: decider,
      kind: path === 'ownMeasures' ? 'measures' : 'netting',
      events: ['deviation.reviewed', eventType],
      state: next,
      amountMsek: measures,
      ...(to !== undefined ? { to, handover: to === context.council ? 'toCouncil' : 'toExecutiveBoard' } : {}),
    });
    appropriation = Math.round((gap - measures) * 100) / 100;
    if (next === 'supplementaryAppropriation.preparedByExecutiveBoard') {
      const board = context.executiveBoard ?? '';
      const meeting = meetingAfter(calendar.get(board), day, deadline);
      if (meeting === undefined) stalled = true;
      else {
        day = meeting;
        recorder.meetings++;
        send('appropriation.prepared');
        recorder.add({
          day,
          lane: board,
          kind: 'appropriationPrepared',
          events: ['appropriation.prepared'],
          state: paths[state] ?? '',
          amountMsek: appropriation,
          ...(context.council !== undefined ? { to: context.council, handover: 'toCouncil' as const } : {}),
        });
      }
    }
    if (!stalled && paths[state] === 'supplementaryAppropriation.decidedByCouncil') {
      const council = context.council ?? '';
      const meeting = meetingAfter(calendar.get(council), day, deadline);
      if (meeting === undefined) stalled = true;
      else {
        day = meeting;
        recorder.meetings++;
        send('appropriation.decided');
        recorder.decisions++;
        recorder.decidedDay = day;
        recorder.add({ day, lane: council, kind: 'appropriationDecided', events: ['appropriation.decided'], state: paths[state] ?? '', amountMsek: appropriation });
      }
    }
  }
  if (!machine.isFinal(state)) stalled = true;
  const journey = finish(base, model, recorder, stalled);
  journey.deviation = { gapMsek: gap, measuresMsek: measures, appropriationMsek: measures >= gap ? 0 : appropriation };
  return journey;
}

function emptyJourney(base: Pick<MatterJourney, 'modelId' | 'kind' | 'areas' | 'machine' | 'arrivalDay'>): MatterJourney {
  return {
    ...base,
    routable: false,
    lanes: [],
    steps: [],
    decidedDay: undefined,
    leadTimeDays: undefined,
    endDay: base.arrivalDay,
    handovers: 0,
    referrals: 0,
    meetings: 0,
    decisions: 0,
    stalled: false,
  };
}

function finish(
  base: Pick<MatterJourney, 'modelId' | 'kind' | 'areas' | 'machine' | 'arrivalDay'>,
  model: Model,
  recorder: JourneyRecorder,
  stalled: boolean,
): MatterJourney {
  const steps = recorder.steps.map((step) => ({ ...step, day: roundDay(step.day) }));
  const decidedDay = recorder.decidedDay === undefined ? undefined : roundDay(recorder.decidedDay);
  return {
    ...base,
    routable: true,
    lanes: lanesOf(model, recorder.laneIds),
    steps,
    decidedDay,
    leadTimeDays: decidedDay === undefined ? undefined : roundDay(decidedDay - base.arrivalDay),
    endDay: steps[steps.length - 1]?.day ?? base.arrivalDay,
    handovers: recorder.handovers,
    referrals: recorder.referrals,
    meetings: recorder.meetings,
    decisions: recorder.decisions,
    stalled,
  };
}

/** The journey of one example matter of `kind` through `model`'s organisation and meeting calendars. */
export function traceMatterJourney(input: JourneyInput): MatterJourney {
  const roles = organisationRoles(input.model);
  const areas = journeyAreas(roles, input.kind);
  const prng = createPrng(input.seed).fork('journey');
  if (input.kind === 'deviation') return traceDeviation(input, roles, areas, prng);
  return traceMatter(input, roles, areas, input.kind, prng);
}
