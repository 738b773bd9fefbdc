// One simulated year of one organisation under one scenario (DESIGN §4): frame setting (§4.1), the budget
// year (§4.2) and the matter flow (§4.3), plus both sides of the argument (§4.3b) — how concentrated the
// decisions and positions are in KS and its utskott, and KS's workload — and the representation and
// meeting cost of §4.4. Pure and deterministic: the
// result depends only on (model, scenario, seed), with one PRNG stream per mechanism
// (createPrng(seed).fork('budget') for costs; the matter flow forks 'matters' itself).
import { deriveFacts } from '@/domain/derived-facts';
import type { Model } from '@/domain/model-schema';
import { createPrng } from '@/domain/prng';
import type { Scenario } from '@/domain/scenario-schema';
import { organisationRoles, type OrganisationRoles } from '@/machines/organisation-roles';
import { resolveAssumptions, type Assumptions } from './assumption-ledger';
import type { BudgetYearOutcome } from './budget-year-outcome';
import { planBudgetYear, type BudgetYearPlan } from './budget-year-plan';
import { runBudgetYear } from './budget-year-run';
import { setFrames, type FrameSettingResult } from './frame-setting';
import { simulateMatters, type MatterOutcome } from './matter-flow';

export interface Concentration {
  /** Share of all decisions (matters and budget decisions) taken by KS and the bodies under it. */
  decisionsByCount: number;
  /** Share of the money decided on (frames held, measures, appropriations) that KS and its utskott decide. */
  decisionsByMoney: number;
  /** Share of the elected positions outside KF (ordinary + substitute seats) on KS and the bodies under it. */
  positions: number;
}

export interface ExecutiveBoardWorkload {
  meetings: number;
  /** Agenda items (matters) handled at KS meetings. */
  matters: number;
  mattersPerMeeting: number;
  /** Agenda items KS had to leave for a later meeting. */
  carriedOver: number;
}

/** DESIGN §4.4, without randomness: seats, persons, meetings and their cost (from derived-facts.ts). */
export interface Representation {
  /** Ordinary + substitute seats on every body except KF. */
  positions: number;
  /** Minimum distinct persons (bodies + KF, see derived-facts.ts). */
  persons: number;
  meetingsPerYear: number;
  /** Arvoden for meetings per year, MSEK; `costIsExample` when the fee parameters are example values. */
  meetingCostMsek: number;
  costIsExample: boolean;
}

export interface YearResult {
  modelId: string;
  scenarioId: string;
  seed: number;
  /** Every assumption of the run, as the ledger resolved them from the scenario. */
  assumptions: Assumptions;
  frameSetting: FrameSettingResult;
  budgetYear: BudgetYearOutcome;
  matters: MatterOutcome;
  concentration: Concentration;
  executiveBoardWorkload: ExecutiveBoardWorkload;
  representation: Representation;
}

/** What does not depend on the seed, prepared once for many runs (Monte Carlo, sweeps). */
export interface YearSetup {
  model: Model;
  scenario: Scenario;
  roles: OrganisationRoles;
  frameSetting: FrameSettingResult;
  budgetPlan: BudgetYearPlan;
  positionShare: number;
  representation: Representation;
}

/** Derived facts depend on the model only; computed once per model object (models are immutable values). */
const factsByModel = new WeakMap<Model, ReturnType<typeof deriveFacts>>();

function factsOf(model: Model): ReturnType<typeof deriveFacts> {
  let facts = factsByModel.get(model);
  if (facts === undefined) {
    facts = deriveFacts(model);
    factsByModel.set(model, facts);
  }
  return facts;
}

export function prepareYear(model: Model, scenario: Scenario): YearSetup {
  const roles = organisationRoles(model);
  const frameSetting = setFrames(model, scenario, { roles });
  const group = new Set(roles.executiveBoardGroup);
  let allSeats = 0;
  let groupSeats = 0;
  for (const body of model.bodies) {
    if (body.kind === 'council') continue;
    const seats = body.members + body.substitutes;
    allSeats += seats;
    if (group.has(body.id)) groupSeats += seats;
  }
  const facts = factsOf(model);
  return {
    model,
    scenario,
    roles,
    frameSetting,
    budgetPlan: planBudgetYear(model, scenario, frameSetting, roles),
    positionShare: allSeats > 0 ? groupSeats / allSeats : 0,
    representation: {
      positions: facts.seats.total,
      persons: facts.persons.total,
      meetingsPerYear: facts.meetings.perYear,
      meetingCostMsek: facts.meetingCost.sekPerYear / 1e6,
      costIsExample: facts.meetingCost.example,
    },
  };
}

function shareOf(byBody: Readonly<Record<string, number>>[], group: ReadonlySet<string>): number {
  let total = 0;
  let inGroup = 0;
  for (const record of byBody) {
    for (const [bodyId, value] of Object.entries(record)) {
      total += value;
      if (group.has(bodyId)) inGroup += value;
    }
  }
  return total > 0 ? inGroup / total : 0;
}

export function runPreparedYear(setup: YearSetup, seed: number): YearResult {
  const prng = createPrng(seed);
  const budgetYear = runBudgetYear(setup.budgetPlan, prng.fork('budget'));
  const matters = simulateMatters({ model: setup.model, scenario: setup.scenario, prng });
  const group = new Set(setup.roles.executiveBoardGroup);
  const board = setup.roles.executiveBoard === undefined ? undefined : matters.perBody[setup.roles.executiveBoard];
  return {
    modelId: setup.model.id,
    scenarioId: setup.scenario.id,
    seed: prng.seed,
    assumptions: resolveAssumptions(setup.scenario),
    frameSetting: setup.frameSetting,
    budgetYear,
    matters,
    concentration: {
      decisionsByCount: shareOf([matters.decisionsByBody, budgetYear.decisionsByBody], group),
      decisionsByMoney: shareOf([budgetYear.moneyDecidedByBody], group),
      positions: setup.positionShare,
    },
    executiveBoardWorkload: {
      meetings: board?.meetings ?? 0,
      matters: board?.matters ?? 0,
      mattersPerMeeting: board?.mattersPerMeeting ?? 0,
      carriedOver: board?.carriedOver ?? 0,
    },
    representation: setup.representation,
  };
}

/** One year of `model` under `scenario`; the seed defaults to the scenario's. */
export function runYear(model: Model, scenario: Scenario, seed: number = scenario.seed): YearResult {
  return runPreparedYear(prepareYear(model, scenario), seed);
}
