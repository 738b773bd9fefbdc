// The contested assumptions of a scenario as a parameter space for the robustness analysis (DESIGN §4.6),
// each with the range the working group could argue over and a plain label, and the function that sets a
// point's values in a scenario. The ranges: κ and ω over their whole definition (0–1); volatility from half
// to twice the model files' values and the scenario's shocks from none to twice their size (example ranges);
// the share of a surplus spent before year end 0–100 %; 5–40 matters a meeting (example range around the
// shipped 20). Pure.
import type { Scenario } from '@/domain/scenario-schema';
import type { ParameterDimension, ParameterSpace, SamplePoint } from './parameter-space';

export const SCENARIO_PARAMETER_SPACE: ParameterSpace = [
  {
    id: 'kappa',
    term: { sv: 'κ', en: 'κ' },
    kind: 'number',
    min: 0,
    max: 1,
    digits: 2,
    label: { sv: 'Hur mycket ledamöterna ser till hela kommunen (κ)', en: 'How much members act for the whole municipality (κ)' },
  },
  {
    id: 'omega',
    term: { sv: 'ω', en: 'ω' },
    kind: 'number',
    min: 0,
    max: 1,
    digits: 2,
    label: {
      sv: 'Hur mycket budgetansvaret väger mot det beredande utskottet (ω)',
      en: 'How much the budget holder weighs against the preparing subcommittee (ω)',
    },
  },
  {
    id: 'volatilityScale',
    term: { sv: 'kostnadernas svängningar', en: 'the cost swings' },
    kind: 'number',
    min: 0.5,
    max: 2,
    digits: 2,
    label: { sv: 'Hur mycket kostnaderna svänger (× modellfilernas värden)', en: "How much costs swing (× the model files' values)" },
  },
  {
    id: 'shockScale',
    term: { sv: 'chockernas storlek', en: 'the size of the shocks' },
    kind: 'number',
    min: 0,
    max: 2,
    digits: 2,
    label: { sv: 'Chockernas storlek (× scenariots)', en: "Size of the shocks (× the scenario's)" },
  },
  {
    id: 'surplusSpendShare',
    term: { sv: 'andelen av ett överskott som används före årets slut', en: 'the share of a surplus spent before year end' },
    kind: 'number',
    min: 0,
    max: 1,
    digits: 2,
    label: { sv: 'Andel av ett överskott som används före årets slut', en: 'Share of a surplus spent before year end' },
  },
  {
    id: 'agendaCapacity',
    term: { sv: 'antalet ärenden per sammanträde', en: 'the matters per meeting' },
    kind: 'integer',
    min: 5,
    max: 40,
    digits: 0,
    label: { sv: 'Ärenden ett organ hinner per sammanträde', en: 'Matters a body handles per meeting' },
    unit: { sv: 'ärenden', en: 'matters' },
  },
] satisfies readonly ParameterDimension[];

const num = (point: SamplePoint, id: string): number | undefined => {
  const value = point[id];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

/** The scenario with a point's values set; ids the point does not name keep the scenario's values. */
export function applyScenarioPoint(scenario: Scenario, point: SamplePoint): Scenario {
  const kappa = num(point, 'kappa');
  const omega = num(point, 'omega');
  const volatilityScale = num(point, 'volatilityScale');
  const shockScale = num(point, 'shockScale');
  const surplusSpendShare = num(point, 'surplusSpendShare');
  const agendaCapacity = num(point, 'agendaCapacity');
  const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
  return {
    ...scenario,
    ...(kappa !== undefined ? { kappa: clamp01(kappa) } : {}),
    ...(omega !== undefined ? { omega: clamp01(omega) } : {}),
    ...(volatilityScale !== undefined ? { volatilityScale: Math.max(0, volatilityScale) } : {}),
    ...(surplusSpendShare !== undefined ? { surplusSpendShare: clamp01(surplusSpendShare) } : {}),
    ...(agendaCapacity !== undefined ? { agendaCapacity: Math.max(1, Math.round(agendaCapacity)) } : {}),
    ...(shockScale !== undefined
      ? {
          shocks: scenario.shocks.map((shock) => ({
            ...shock,
            ...(shock.amountMsek !== undefined ? { amountMsek: shock.amountMsek * shockScale } : {}),
            ...(shock.revenueChange !== undefined ? { revenueChange: shock.revenueChange * shockScale } : {}),
          })),
        }
      : {}),
  };
}

/** The scenario's own value of each dimension (the centre a one-at-a-time sweep holds the others at). */
export function scenarioPointOf(scenario: Scenario): SamplePoint {
  return {
    kappa: scenario.kappa,
    omega: scenario.omega,
    volatilityScale: scenario.volatilityScale,
    shockScale: 1,
    surplusSpendShare: scenario.surplusSpendShare,
    agendaCapacity: scenario.agendaCapacity,
  };
}
