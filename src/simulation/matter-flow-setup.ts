// Everything a matter run needs before its first event (DESIGN §4.3): the year's arrivals with their
// routes, the meeting calendar, and the scenario's assumptions on drafting, återremiss and the agenda.
// prepareMatterFlow draws a whole year of Poisson arrivals; prepareSingleMatter sets up one matter alone
// over several years, which is how the Process view traces a matter's journey through the same engine.
import { DAYS_IN_YEAR } from '@/domain/meeting-calendar';
import type { Model } from '@/domain/model-schema';
import { hashString, type Prng } from '@/domain/prng';
import type { Scenario } from '@/domain/scenario-schema';
import type { MatterKind } from '@/machines/matter';
import type { OrganisationRoles } from '@/machines/organisation-roles';
import { resolveAssumptions, type Assumptions } from './assumption-ledger';
import { matterFlowStatics, type MatterFlowStatics, type ResolvedRoute } from './matter-routes';

export interface MatterFlowInput {
  model: Model;
  scenario: Scenario;
  prng: Prng;
}

/** Everything a run needs before the first event: bodies, calendars, arrivals and their routes. */
export interface MatterFlowSetup {
  roles: OrganisationRoles;
  bodyIds: string[];
  meetingDays: number[][];
  meetingDay: Float64Array;
  meetingBody: Int32Array;
  /** Matters in order of arrival: arrival day, route, and the arrival's number (the key of its draws). */
  arrivalDay: Float64Array;
  route: ResolvedRoute[];
  matterKey: Int32Array;
  capacity: number;
  followUps: Float64Array;
  reportItemWeight: number;
  paperDeadlineDays: number;
  referBackProbability: number;
  preparationMinDays: number;
  preparationMeanExtraDays: number;
  reworkMinDays: number;
  reworkMeanExtraDays: number;
  /** Seed of the keyed draws of this run (drafting times, återremiss). */
  drawSeed: number;
  /** Nothing happens on or after this day: the year's end, or later for a single matter's journey. */
  horizonDays: number;
  /** The first decision of the run is an återremiss without a draw (the Process view shows one). */
  referBackAtFirstDecision: boolean;
}

/** The parts of a setup that come from the statics and the assumptions alone, the same for every run. */
function commonSetup(statics: MatterFlowStatics, assumptions: Assumptions) {
  return {
    roles: statics.roles,
    bodyIds: statics.bodyIds,
    meetingDays: statics.meetingDays,
    capacity: assumptions.agendaCapacity,
    followUps: statics.followUps,
    reportItemWeight: assumptions.reportItemWeight,
    paperDeadlineDays: assumptions.paperDeadlineDays,
    referBackProbability: assumptions.referBackProbability,
    preparationMinDays: assumptions.preparationMinDays,
    preparationMeanExtraDays: assumptions.preparationMeanExtraDays,
    reworkMinDays: assumptions.reworkMinDays,
    reworkMeanExtraDays: assumptions.reworkMeanExtraDays,
  };
}

/**
 * Poisson arrivals of the four kinds, generated as one merged Poisson process: the superposition of
 * independent Poisson processes is a Poisson process with the summed rate, and each arrival belongs to
 * kind i with probability rate_i / Σ rate (superposition and thinning theorems). So arrivals come out in
 * time order (exponential gaps with the total rate per day), and the kind — single-area in a given area,
 * cross-area over a uniformly drawn pair of areas, council or individual from a uniformly drawn area —
 * is one more draw, with areas taken in the order of their ids. Models with the same areas therefore get
 * the same matters from the same seed, whatever order their files list them in.
 */
export function prepareMatterFlow({ model, scenario, prng }: MatterFlowInput): MatterFlowSetup {
  const assumptions = resolveAssumptions(scenario);
  const statics = matterFlowStatics(model, assumptions);
  const areas = statics.areaCount;
  const order = statics.areaOrder;
  const matters = prng.fork('matters');
  const arrivals = matters.fork('arrivals');
  const rates = assumptions.matterRates;
  const singleRate = areas >= 1 ? rates.singleArea * areas : 0;
  const crossRate = areas >= 2 ? rates.crossArea : 0;
  const councilRate = areas >= 1 ? rates.council : 0;
  const individualRate = areas >= 1 ? rates.individual : 0;
  const total = singleRate + crossRate + councilRate + individualRate;
  const totalPerDay = total / DAYS_IN_YEAR;
  const areaAt = (i: number): number => order[Math.min(areas - 1, Math.max(0, i))] ?? 0;

  const days: number[] = [];
  const route: ResolvedRoute[] = [];
  const keys: number[] = [];
  if (totalPerDay > 0) {
    let arrival = 0;
    for (let day = arrivals.exponential(totalPerDay); day < DAYS_IN_YEAR; day += arrivals.exponential(totalPerDay)) {
      const pick = arrivals.next() * total;
      let picked: ResolvedRoute | null;
      if (pick < singleRate) {
        picked = statics.singleRoutes[areaAt(Math.floor(pick / rates.singleArea))] ?? null;
      } else if (pick < singleRate + crossRate) {
        const first = arrivals.int(areas);
        let second = arrivals.int(areas - 1);
        if (second >= first) second++;
        picked = statics.crossRoute(areaAt(first), areaAt(second));
      } else if (pick < singleRate + crossRate + councilRate) {
        picked = statics.councilRoutes[areaAt(arrivals.int(areas))] ?? null;
      } else {
        picked = statics.individualRoutes[areaAt(arrivals.int(areas))] ?? null;
      }
      arrival++;
      if (picked === null) continue;
      days.push(day);
      route.push(picked);
      keys.push(arrival);
    }
  }

  return {
    ...commonSetup(statics, assumptions),
    meetingDay: statics.meetingDay,
    meetingBody: statics.meetingBody,
    arrivalDay: Float64Array.from(days),
    route,
    matterKey: Int32Array.from(keys),
    drawSeed: hashString(`draws:${matters.fork('draws').seed}`),
    horizonDays: DAYS_IN_YEAR,
    referBackAtFirstDecision: false,
  };
}

export interface SingleMatterInput {
  model: Model;
  scenario: Scenario;
  kind: MatterKind;
  areas: readonly string[];
  arrivalDay: number;
  /** Seed of the matter's keyed draws: the same for every organisation, so they get the same drafting times. */
  drawSeed: number;
  /** Years the meeting calendars repeat for, from 1 January of the arrival year. */
  years: number;
  referBackAtFirstDecision: boolean;
}

/**
 * One matter alone, arriving on `arrivalDay`, with every body's calendar repeated for `years` years so a
 * matter that arrives late still reaches its meetings; undefined when the organisation cannot route it.
 * The agenda holds its budget follow-up as in a whole year, but no other matters compete for it.
 */
export function prepareSingleMatter(input: SingleMatterInput): MatterFlowSetup | undefined {
  const assumptions = resolveAssumptions(input.scenario);
  const statics = matterFlowStatics(input.model, assumptions);
  const route = statics.routeOf(input.kind, input.areas);
  if (route === null) return undefined;
  const meetingDay: number[] = [];
  const meetingBody: number[] = [];
  for (let year = 0; year < input.years; year++) {
    statics.meetingDay.forEach((day, i) => {
      meetingDay.push(day + year * DAYS_IN_YEAR);
      meetingBody.push(statics.meetingBody[i] ?? 0);
    });
  }
  return {
    ...commonSetup(statics, assumptions),
    meetingDay: Float64Array.from(meetingDay),
    meetingBody: Int32Array.from(meetingBody),
    arrivalDay: Float64Array.of(input.arrivalDay),
    route: [route],
    matterKey: Int32Array.of(1),
    drawSeed: input.drawSeed,
    horizonDays: input.years * DAYS_IN_YEAR,
    referBackAtFirstDecision: input.referBackAtFirstDecision,
  };
}
