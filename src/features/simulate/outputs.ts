// The outputs of a run the Simulate view reports over many runs (monte-carlo.ts METRIC_KEYS), each with
// its unit, the decimals shown, and — for the robustness section — which direction is better. Outputs
// that describe a trade-off rather than a gain (how concentrated the decisions are) have no "better".
import type { MetricKey } from '@/simulation/monte-carlo';

export type OutputUnit = 'msek' | 'days' | 'share' | 'count' | 'ratio' | 'perMeeting';

/** The metrics (monte-carlo.ts METRIC_KEYS) the view reports, in the order shown. */
export const OUTPUT_KEYS = [
  'budgetYear.resultMsek',
  'budgetYear.trappedSurplusMsek',
  'budgetYear.benefitLostMsek',
  'budgetYear.supplementaryAppropriationsMsek',
  'budgetYear.decisions',
  'budgetYear.daysToCoverMedian',
  'frameSetting.overDemandRatio',
  'frameSetting.allocativeLossMsek',
  'frameSetting.calendarDays',
  'matters.leadTimeMedianDays',
  'matters.leadTimeP90Days',
  'matters.handoversPerMatter',
  'executiveBoard.mattersPerMeeting',
  'executiveBoard.carriedOver',
  'concentration.decisionsByCount',
  'concentration.decisionsByMoney',
] as const satisfies readonly MetricKey[];
export type OutputKey = (typeof OUTPUT_KEYS)[number];

export interface OutputMetric {
  key: OutputKey;
  unit: OutputUnit;
  digits: number;
  better?: 'lower' | 'higher';
  /** Absolute difference below which two medians are "too close to call". */
  tolerance: number;
}

export const OUTPUTS: readonly OutputMetric[] = [
  { key: 'budgetYear.resultMsek', unit: 'msek', digits: 1, better: 'higher', tolerance: 0.1 },
  { key: 'budgetYear.trappedSurplusMsek', unit: 'msek', digits: 1, better: 'lower', tolerance: 0.1 },
  { key: 'budgetYear.benefitLostMsek', unit: 'msek', digits: 1, better: 'lower', tolerance: 0.1 },
  { key: 'budgetYear.supplementaryAppropriationsMsek', unit: 'msek', digits: 1, tolerance: 0.1 },
  { key: 'budgetYear.decisions', unit: 'count', digits: 1, tolerance: 0.5 },
  { key: 'budgetYear.daysToCoverMedian', unit: 'days', digits: 0, better: 'lower', tolerance: 1 },
  { key: 'frameSetting.overDemandRatio', unit: 'ratio', digits: 2, tolerance: 0.01 },
  { key: 'frameSetting.allocativeLossMsek', unit: 'msek', digits: 2, better: 'lower', tolerance: 0.02 },
  { key: 'frameSetting.calendarDays', unit: 'days', digits: 0, better: 'lower', tolerance: 1 },
  { key: 'matters.leadTimeMedianDays', unit: 'days', digits: 1, better: 'lower', tolerance: 0.5 },
  { key: 'matters.leadTimeP90Days', unit: 'days', digits: 1, better: 'lower', tolerance: 0.5 },
  { key: 'matters.handoversPerMatter', unit: 'count', digits: 2, better: 'lower', tolerance: 0.02 },
  { key: 'executiveBoard.mattersPerMeeting', unit: 'count', digits: 1, better: 'lower', tolerance: 0.2 },
  { key: 'executiveBoard.carriedOver', unit: 'count', digits: 1, better: 'lower', tolerance: 0.5 },
  { key: 'concentration.decisionsByCount', unit: 'share', digits: 0, tolerance: 0.01 },
  { key: 'concentration.decisionsByMoney', unit: 'share', digits: 0, tolerance: 0.01 },
];

/** Outputs the robustness section judges: those with a better direction. */
export const JUDGED_OUTPUTS = OUTPUTS.filter((o) => o.better !== undefined);

export function outputOf(key: string): OutputMetric | undefined {
  return OUTPUTS.find((o) => o.key === key);
}

/** A value in the unit shown: shares as per cent. */
export function shownValue(output: OutputMetric, value: number): number {
  return output.unit === 'share' ? value * 100 : value;
}
