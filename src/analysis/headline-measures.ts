// The headline measures a robustness analysis judges (DESIGN §4.2, §4.3, §4.3b), each read from one
// simulated year: which direction is better, the margin within which two organisations are "too close to
// call", and the words a sentence uses for "does better". Concentration has no better direction (it is
// the cost side of the argument), so its sentence says which organisation concentrates more. Pure.
import type { Text } from '@/domain/model-schema';
import type { YearResult } from '@/simulation/run-year';

export interface HeadlineMeasure {
  id: string;
  label: Text;
  unit: Text;
  digits: number;
  /** The better direction; undefined for a measure that describes a trade-off (A "higher" is compared). */
  better: 'higher' | 'lower' | undefined;
  /** Paired differences within ±margin count as too close to call (in the measure's unit). */
  margin: number;
  /** Predicate of the sentence when the first-named organisation comes out ahead ("täcker avvikelser snabbare"). */
  ahead: Text;
  /** The value of one year; NaN when the year has none (a year without deviations has no days to cover). */
  value(result: YearResult): number;
}

export const HEADLINE_MEASURES: readonly HeadlineMeasure[] = [
  {
    id: 'yearResult',
    label: { sv: 'Årets resultat', en: 'Result of the year' },
    unit: { sv: 'mnkr', en: 'MSEK' },
    digits: 1,
    better: 'higher',
    margin: 0.1,
    ahead: { sv: 'får ett bättre årsresultat', en: 'ends the year with a better result' },
    value: (r) => r.budgetYear.resultMsek,
  },
  {
    id: 'netCost',
    label: { sv: 'Årets nettokostnad (förlorad nytta + kvarstående underskott)', en: 'Net cost of the year (benefit lost + deficit left)' },
    unit: { sv: 'mnkr', en: 'MSEK' },
    digits: 1,
    better: 'lower',
    margin: 0.1,
    ahead: { sv: 'har en lägre nettokostnad för året', en: 'has a lower net cost of the year' },
    // DESIGN §4.2: benefit lost to cuts + the deficit left at year end.
    value: (r) => r.budgetYear.benefitLostMsek + Math.max(0, -r.budgetYear.resultMsek),
  },
  {
    id: 'trappedSurplus',
    label: { sv: 'Instängt överskott', en: 'Trapped surplus' },
    unit: { sv: 'mnkr', en: 'MSEK' },
    digits: 1,
    better: 'lower',
    margin: 0.1,
    ahead: { sv: 'låser in mindre pengar i stuprör', en: 'traps less money in silos' },
    value: (r) => r.budgetYear.trappedSurplusMsek,
  },
  {
    id: 'daysToCover',
    label: { sv: 'Dagar tills en avvikelse är täckt (median)', en: 'Days until a deviation is covered (median)' },
    unit: { sv: 'dagar', en: 'days' },
    digits: 0,
    better: 'lower',
    margin: 1,
    ahead: { sv: 'täcker avvikelser snabbare', en: 'covers deviations faster' },
    value: (r) => r.budgetYear.daysToCover.median ?? Number.NaN,
  },
  {
    id: 'leadTime',
    label: { sv: 'Ledtid för ett ärende (median)', en: 'Lead time of a matter (median)' },
    unit: { sv: 'dagar', en: 'days' },
    digits: 1,
    better: 'lower',
    margin: 0.5,
    ahead: { sv: 'avgör ärenden snabbare', en: 'decides matters faster' },
    value: (r) => (r.matters.decided > 0 ? r.matters.leadTime.median : Number.NaN),
  },
  {
    id: 'boardWorkload',
    label: { sv: 'Kommunstyrelsens ärenden per sammanträde', en: 'Matters per meeting of the executive board' },
    unit: { sv: 'ärenden', en: 'matters' },
    digits: 1,
    better: 'lower',
    margin: 0.2,
    ahead: { sv: 'ger kommunstyrelsen färre ärenden per sammanträde', en: 'gives the executive board fewer matters per meeting' },
    value: (r) => r.executiveBoardWorkload.mattersPerMeeting,
  },
  {
    id: 'concentration',
    label: { sv: 'Andel av besluten hos kommunstyrelsen och dess utskott', en: 'Share of decisions taken by the executive board and its subcommittees' },
    unit: { sv: 'procentenheter', en: 'percentage points' },
    digits: 0,
    better: undefined,
    margin: 1,
    ahead: {
      sv: 'samlar en större andel av besluten hos kommunstyrelsen och dess utskott',
      en: 'concentrates a larger share of decisions in the executive board and its subcommittees',
    },
    value: (r) => r.concentration.decisionsByCount * 100,
  },
];

export function measureById(id: string): HeadlineMeasure | undefined {
  return HEADLINE_MEASURES.find((m) => m.id === id);
}
