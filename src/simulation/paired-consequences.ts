// The simulated budget process for the officials' proposal (DESIGN §11, §4.0): the proposal and today's
// organisation run through the same simulated years (run i uses the same seed for both), and each
// headline figure is reported as median and 10–90 % band for each, with the share of years in which the
// proposal does better — never one falsely precise number. The assumptions are listed with the figures.
import type { Model } from '@/domain/model-schema';
import type { BudgetConsequences, PairedFigure } from '@/domain/proposal-document';
import type { Scenario } from '@/domain/scenario-schema';
import { metricValues, runSeedRange, summarise, type MetricKey, type MetricsBlock } from './monte-carlo';

interface FigureSpec {
  key: MetricKey;
  label: { sv: string; en: string };
  unit: { sv: string; en: string };
  decimals: number;
  lowerIsBetter: boolean;
}

export const CONSEQUENCE_FIGURES: readonly FigureSpec[] = [
  {
    key: 'budgetYear.daysToCoverMedian',
    label: { sv: 'Dagar tills en budgetavvikelse är täckt (median)', en: 'Days until a budget deviation is covered (median)' },
    unit: { sv: 'dagar', en: 'days' },
    decimals: 0,
    lowerIsBetter: true,
  },
  {
    key: 'budgetYear.trappedSurplusMsek',
    label: { sv: 'Överskott som stannar i en ram och inte kan täcka underskott annanstans', en: 'Surplus trapped in one frame that cannot cover deficits elsewhere' },
    unit: { sv: 'mnkr', en: 'MSEK' },
    decimals: 1,
    lowerIsBetter: true,
  },
  {
    key: 'budgetYear.supplementaryAppropriationsMsek',
    label: { sv: 'Tilläggsanslag från fullmäktige', en: 'Supplementary appropriations from the council' },
    unit: { sv: 'mnkr', en: 'MSEK' },
    decimals: 1,
    lowerIsBetter: true,
  },
  {
    key: 'frameSetting.overDemandRatio',
    label: { sv: 'Begärda ramar i förhållande till intäkterna', en: 'Frames asked for relative to revenue' },
    unit: { sv: 'kvot', en: 'ratio' },
    decimals: 2,
    lowerIsBetter: true,
  },
  {
    key: 'budgetYear.resultMsek',
    label: { sv: 'Årets resultat', en: 'Result of the year' },
    unit: { sv: 'mnkr', en: 'MSEK' },
    decimals: 1,
    lowerIsBetter: false,
  },
  {
    key: 'matters.leadTimeMedianDays',
    label: { sv: 'Ledtid för ett ärende (median)', en: 'Lead time of a matter (median)' },
    unit: { sv: 'dagar', en: 'days' },
    decimals: 0,
    lowerIsBetter: true,
  },
  {
    key: 'executiveBoard.mattersPerMeeting',
    label: { sv: 'Ärenden per sammanträde i kommunstyrelsen', en: 'Matters per executive board meeting' },
    unit: { sv: 'ärenden', en: 'matters' },
    decimals: 1,
    lowerIsBetter: true,
  },
];

/** The paired figures from Monte Carlo blocks holding both models' runs (same seeds, same order). */
export function pairedConsequences(
  blocks: readonly MetricsBlock[],
  proposalId: string,
  todayId: string,
  scenario: Scenario,
): BudgetConsequences {
  const figures: PairedFigure[] = CONSEQUENCE_FIGURES.map((spec) => {
    const a = metricValues(blocks, proposalId, spec.key);
    const b = metricValues(blocks, todayId, spec.key);
    let better = 0;
    let equal = 0;
    let paired = 0;
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const x = a[i] ?? Number.NaN;
      const y = b[i] ?? Number.NaN;
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      paired++;
      if (Math.abs(x - y) < 1e-9) equal++;
      else if (spec.lowerIsBetter ? x < y : x > y) better++;
    }
    return {
      key: spec.key,
      label: spec.label,
      unit: spec.unit,
      decimals: spec.decimals,
      lowerIsBetter: spec.lowerIsBetter,
      proposal: summarise(a),
      today: summarise(b),
      betterShare: paired === 0 ? 0 : better / paired,
      equalShare: paired === 0 ? 0 : equal / paired,
    };
  });
  const years = Math.min(
    metricValues(blocks, proposalId, 'budgetYear.resultMsek').length,
    metricValues(blocks, todayId, 'budgetYear.resultMsek').length,
  );
  return { years, seed: scenario.seed, scenario: scenario.name, figures, assumptions: scenarioAssumptions(scenario) };
}

/** The scenario's assumptions in words, for the document (the full ledger is on the About page). */
export function scenarioAssumptions(scenario: Scenario): { sv: string; en: string }[] {
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  const list = [
    scenario.description,
    {
      sv: `Den gemensamma poolen (κ, hur mycket en nämnd bär av kostnaden för sina egna krav): ${scenario.kappa}; helhetssyn i kommunstyrelsen (ω): ${scenario.omega}.`,
      en: `The common pool (κ, how much of the cost of its own demands a committee bears): ${scenario.kappa}; whole-municipality view in the board (ω): ${scenario.omega}.`,
    },
    {
      sv: `Kostnadernas slumpmässiga variation skalas med ${scenario.volatilityScale}; trend ${pct(scenario.trend)} per år; ${pct(scenario.surplusSpendShare)} av ett överskott används under året.`,
      en: `Random variation of costs scaled by ${scenario.volatilityScale}; trend ${pct(scenario.trend)} a year; ${pct(scenario.surplusSpendShare)} of a surplus is spent within the year.`,
    },
    {
      sv: `Sannolikhet för återremiss ${pct(scenario.referBackProbability)}; högst ${scenario.agendaCapacity} ärenden per sammanträde.`,
      en: `Probability of referral back ${pct(scenario.referBackProbability)}; at most ${scenario.agendaCapacity} matters per meeting.`,
    },
    ...scenario.shocks.map((shock) => ({ sv: `Händelse: ${shock.label.sv}`, en: `Event: ${shock.label.en}` })),
  ];
  return list;
}

/** Runs both organisations through `years` paired years on this thread (the command line, tests). */
export function runPairedConsequences(proposal: Model, today: Model, scenario: Scenario, years: number): BudgetConsequences {
  const [a, b] = distinctIds(proposal, today);
  const blocks = runSeedRange([a, b], scenario, 0, years);
  return pairedConsequences(blocks, a.id, b.id, scenario);
}

/** The two models with distinct ids (a draft may still carry the id of the model it came from). */
export function distinctIds(proposal: Model, today: Model): [Model, Model] {
  return proposal.id === today.id ? [{ ...proposal, id: `${proposal.id.slice(0, 55)}-forslag` }, today] : [proposal, today];
}
