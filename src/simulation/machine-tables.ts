// Each process machine compiled once per process into its transition table (compiled-machine.ts): the
// budget year, the deviation and the matter machine. Every mechanism and every trace reads these same
// tables, so what the diagrams show is what the engine runs, and nothing compiles a machine twice.
import { budgetYearContextUpdates, budgetYearGuards, budgetYearMachine, type BudgetYearContext } from '@/machines/budget-year';
import { deviationContextUpdates, deviationGuards, deviationMachine, type DeviationContext } from '@/machines/deviation';
import { matterContextUpdates, matterGuards, matterMachine, type MatterContext } from '@/machines/matter';
import { compileMachine, type CompiledMachine } from './compiled-machine';

let deviation: CompiledMachine<DeviationContext> | undefined;
let budgetYear: CompiledMachine<BudgetYearContext> | undefined;
let matter: CompiledMachine<MatterContext> | undefined;

export function deviationTable(): CompiledMachine<DeviationContext> {
  deviation ??= compileMachine<DeviationContext>(deviationMachine, { guards: deviationGuards, actions: deviationContextUpdates });
  return deviation;
}

export function budgetYearTable(): CompiledMachine<BudgetYearContext> {
  budgetYear ??= compileMachine<BudgetYearContext>(budgetYearMachine, { guards: budgetYearGuards, actions: budgetYearContextUpdates });
  return budgetYear;
}

export function matterTable(): CompiledMachine<MatterContext> {
  matter ??= compileMachine<MatterContext>(matterMachine, { guards: matterGuards, actions: matterContextUpdates });
  return matter;
}
