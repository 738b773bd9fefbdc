// The four process machines of DESIGN §5 as the Process view runs them: each with its input built from the
// chosen organisation (through organisation roles, as the simulation builds it) and, per state, the bodies
// or departments that act there in that organisation — the second line of each box in the statechart.
import type { AnyStateMachine } from 'xstate';
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { budgetYearActingBodies, budgetYearInputFor, budgetYearMachine, type BudgetYearInput } from '@/machines/budget-year';
import { deviationActingBody, deviationInputFor, deviationMachine, type DeviationInput } from '@/machines/deviation';
import { matterInputFor, matterMachine, type MatterInput, type MatterKind } from '@/machines/matter';
import { organisationRoles } from '@/machines/organisation-roles';
import { reorganisationMachine, steeringDocumentsFor } from '@/machines/reorganisation';
import { describeStatechart, type StatechartGraph } from '@/layout/statechart-layout';
import type { ProcessMessageKey } from '@/render/i18n/messages-process';
import { processFor, setFrames } from '@/simulation/frame-setting';
import { JOURNEY_DEVIATION_ASSUMPTIONS, journeyAreas, traceMatterJourney, type JourneyKind } from '@/simulation/matter-journey';
import type { MachineId } from './process-url';

export interface ProcessMachine {
  id: MachineId;
  machine: AnyStateMachine;
  nameKey: ProcessMessageKey;
  graph: StatechartGraph;
}

export const PROCESS_MACHINES: Readonly<Record<MachineId, ProcessMachine>> = {
  matter: { id: 'matter', machine: matterMachine, nameKey: 'process.machine.matter', graph: describeStatechart(matterMachine) },
  'budget-year': {
    id: 'budget-year',
    machine: budgetYearMachine,
    nameKey: 'process.machine.budgetYear',
    graph: describeStatechart(budgetYearMachine),
  },
  deviation: {
    id: 'deviation',
    machine: deviationMachine,
    nameKey: 'process.machine.deviation',
    graph: describeStatechart(deviationMachine),
  },
  reorganisation: {
    id: 'reorganisation',
    machine: reorganisationMachine,
    nameKey: 'process.machine.reorganisation',
    graph: describeStatechart(reorganisationMachine),
  },
};

/** Event types a machine names anywhere in its definition. */
export function machineEvents(id: MachineId): ReadonlySet<string> {
  return new Set(PROCESS_MACHINES[id].graph.transitions.flatMap((t) => (t.event === undefined ? [] : [t.event])));
}

/** What the playground needs to run a machine in one organisation. */
export interface MachineRun {
  input: unknown;
  /** Body or department ids acting in a state (by state path); officials are marked separately. */
  actors(statePath: string): { officials: string[]; bodies: string[] };
}

const none = { officials: [], bodies: [] };
const unique = (ids: (string | undefined)[]): string[] => [...new Set(ids.filter((id): id is string => id !== undefined))];

function matterRun(model: Model, kind: JourneyKind): MachineRun {
  const roles = organisationRoles(model);
  const matterKind: MatterKind = kind === 'deviation' ? 'crossArea' : kind;
  const input: MatterInput | undefined = matterInputFor(roles, matterKind, journeyAreas(roles, matterKind));
  const fallback: MatterInput = { kind: matterKind, areas: [], legs: [{ preparer: '', decider: '', department: '' }] };
  const chosen = input ?? fallback;
  return {
    input: chosen,
    actors(statePath) {
      const legs = chosen.legs;
      switch (statePath) {
        case 'preparedByOfficials':
        case 'referredBack':
          return { officials: unique(legs.map((leg) => leg.department)), bodies: [] };
        case 'politicalPreparation.byPreparer':
        case 'decision.byPreparer':
          return { officials: [], bodies: unique(legs.map((leg) => leg.preparer)) };
        case 'politicalPreparation.byExecutiveBoard':
          return { officials: [], bodies: unique([chosen.councilPreparer]) };
        case 'decision.byBudgetHolder':
          return { officials: [], bodies: unique(legs.map((leg) => leg.decider)) };
        case 'decision.byCouncil':
          return { officials: [], bodies: unique([chosen.council]) };
        default:
          return none;
      }
    },
  };
}

function budgetYearRun(model: Model, scenario: Scenario): MachineRun {
  const roles = organisationRoles(model);
  const frames = setFrames(model, scenario, { roles });
  const input: BudgetYearInput = budgetYearInputFor(roles, processFor(scenario), frames.rounds);
  return {
    input,
    actors: (statePath) => ({ officials: [], bodies: budgetYearActingBodies(statePath, input.roles) }),
  };
}

function deviationRun(model: Model, scenario: Scenario, seed: number): MachineRun {
  const roles = organisationRoles(model);
  const area = roles.areaById.get(journeyAreas(roles, 'deviation')[0] ?? '');
  // The same deficit as the deviation journey, with what the holder's (or KS's) measures cover there.
  const journey = traceMatterJourney({ model, scenario, seed, kind: 'deviation' });
  const input: DeviationInput = {
    ...deviationInputFor(roles, area?.budgetHolder ?? '', JOURNEY_DEVIATION_ASSUMPTIONS.gapMsek),
    coveredMsek: journey.deviation?.measuresMsek ?? 0,
  };
  return {
    input,
    actors: (statePath) => ({ officials: [], bodies: unique([deviationActingBody(statePath, input)]) }),
  };
}

/** The input and acting bodies of machine `id` in `model`. */
export function machineRun(id: MachineId, model: Model, scenario: Scenario, seed: number, kind: JourneyKind): MachineRun {
  switch (id) {
    case 'matter':
      return matterRun(model, kind);
    case 'budget-year':
      return budgetYearRun(model, scenario);
    case 'deviation':
      return deviationRun(model, scenario, seed);
    case 'reorganisation':
      return { input: steeringDocumentsFor(model), actors: () => none };
  }
}
