// The plain-language summary under the charts, generated from the numbers and saying nothing they do not
// carry: first, over many paired years, the difference between the organisations (median, 10–90 %,
// share of years each does better); then for the example year (labelled, the year closest to the median
// difference) the result against budget, the largest surplus trapped in one
// silo while another ran a deficit (with the holders and month the trace shows), the decisions and how
// fast they came, the frame setting, and the cost side (positions, persons, concentration, KS workload);
// over many runs, medians with their 10–90 % band; and always which contested assumptions the numbers
// rest on. Pure: numbers in, sentences out (in the language of `i18n`).
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import type { ModelSummary } from '@/simulation/monte-carlo';
import type { PairedMetric } from '@/simulation/paired-difference';
import type { YearResult } from '@/simulation/run-year';
import type { I18n } from '@/render/i18n/language';
import { MONTH_KEYS } from '@/render/day-text';
import { savingsTargetByMonth } from '@/layout/savings-target';

/** The paired comparison of two organisations the summary quotes (difference b − a). */
export interface PairedSummary {
  a: string;
  b: string;
  result: PairedMetric;
  netCost: PairedMetric;
}

export interface PlainSummary {
  exampleYear: string[];
  overRuns: string[];
  assumptions: string;
}

/** Balances below this (MSEK) read as "in balance": the figures are shown to one decimal. */
const NOTABLE_MSEK = 0.05;

function nameIn(model: Model, id: string, pick: I18n['pick']): string {
  const body = model.bodies.find((b) => b.id === id);
  return body ? pick(body.name) : id;
}

function trappedSentence(model: Model, result: YearResult, scenario: Scenario, i18n: I18n): string {
  const { t, pick, number } = i18n;
  const modelName = pick(model.name);
  // The balances the pipes show: KS's savings target after a tax-forecast drop taken off (savings-target.ts).
  const targets = savingsTargetByMonth(result);
  const trace = result.budgetYear.trace.map((row) => ({
    bodyId: row.bodyId,
    forecastBalanceMsek: row.forecastBalanceMsek.map((balance, m) => balance - (targets.get(row.bodyId)?.[m] ?? 0)),
  }));
  const byMonth = result.budgetYear.trappedSurplusByMonthMsek;
  let month = 0;
  byMonth.forEach((value, m) => {
    if (value > (byMonth[month] ?? 0)) month = m;
  });
  const amount = byMonth[month] ?? 0;
  if (trace.length <= 1) {
    const holder = trace[0] ? nameIn(model, trace[0].bodyId, pick) : '';
    if (!(amount > NOTABLE_MSEK)) return t('summary.noTrapped.single', { model: modelName, holder });
    return t('summary.trapped.sectors', {
      holder,
      omega: number(result.assumptions.omegaInYear * 100, 0),
      amount: number(amount, 1),
      month: t(MONTH_KEYS.long[month] ?? 'month.long.0'),
    });
  }
  if (!(amount > NOTABLE_MSEK)) return t('summary.noTrapped.multi', { model: modelName });
  let surplus = trace[0];
  let deficit = trace[0];
  for (const row of trace) {
    if ((row.forecastBalanceMsek[month] ?? 0) > (surplus?.forecastBalanceMsek[month] ?? 0)) surplus = row;
    if ((row.forecastBalanceMsek[month] ?? 0) < (deficit?.forecastBalanceMsek[month] ?? 0)) deficit = row;
  }
  return t('summary.trapped', {
    model: modelName,
    amount: number(amount, 1),
    month: t(MONTH_KEYS.long[month] ?? 'month.long.0'),
    surplus: surplus ? nameIn(model, surplus.bodyId, pick) : '',
    surplusAmount: number(surplus?.forecastBalanceMsek[month] ?? 0, 1),
    deficit: deficit ? nameIn(model, deficit.bodyId, pick) : '',
    deficitAmount: number(-(deficit?.forecastBalanceMsek[month] ?? 0), 1),
  });
}

function resultSentence(model: Model, result: YearResult, i18n: I18n): string {
  const { t, pick, number } = i18n;
  const value = result.budgetYear.resultMsek;
  const modelName = pick(model.name);
  if (Math.abs(value) <= NOTABLE_MSEK) return t('summary.result.balanced', { model: modelName });
  return t(value > 0 ? 'summary.result.surplus' : 'summary.result.deficit', { model: modelName, amount: number(Math.abs(value), 1) });
}

function decisionSentences(model: Model, result: YearResult, i18n: I18n): string[] {
  const { t, pick, number } = i18n;
  const { budgetYear } = result;
  const modelName = pick(model.name);
  const sentences: string[] = [];
  if (budgetYear.daysToCover.count === 0) sentences.push(t('summary.decisions.none', { model: modelName, count: budgetYear.decisions }));
  else {
    sentences.push(
      t('summary.decisions', {
        model: modelName,
        count: budgetYear.decisions,
        deviations: budgetYear.daysToCover.count,
        days: budgetYear.daysToCover.median === null ? "–" : number(budgetYear.daysToCover.median, 0),
      }),
    );
  }
  const appropriations = budgetYear.supplementaryAppropriations;
  if (appropriations.count > 0) {
    sentences.push(t('summary.appropriations', { model: modelName, count: appropriations.count, amount: number(appropriations.totalMsek, 1) }));
  }
  return sentences;
}

function frameSentence(model: Model, result: YearResult, i18n: I18n): string {
  const { t, pick, number } = i18n;
  const f = result.frameSetting;
  return t('summary.frames', {
    model: pick(model.name),
    process: t(`frames.process.${f.process}.short`),
    percent: number((f.overDemandRatio - 1) * 100, 0),
    rounds: f.rounds,
    days: f.calendarDays,
    loss: number(f.allocativeLossMsek, 2),
  });
}

function sidesSentence(model: Model, result: YearResult, i18n: I18n): string {
  const { t, pick, number } = i18n;
  return t('summary.sides', {
    model: pick(model.name),
    positions: result.representation.positions,
    persons: result.representation.persons,
    decisionShare: number(result.concentration.decisionsByCount * 100, 0),
    seatShare: number(result.concentration.positions * 100, 0),
    perMeeting: number(result.executiveBoardWorkload.mattersPerMeeting, 1),
    carried: result.executiveBoardWorkload.carriedOver,
  });
}

export function plainSummary(
  models: readonly Model[],
  results: readonly YearResult[],
  scenario: Scenario,
  runs: { summaries: readonly ModelSummary[]; runs: number; paired?: readonly PairedSummary[]; exampleSeed?: number } | undefined,
  i18n: I18n,
): PlainSummary {
  const { t, pick, number } = i18n;
  const exampleYear: string[] = [];
  models.forEach((model, i) => {
    const result = results[i];
    if (result === undefined) return;
    exampleYear.push(
      [resultSentence(model, result, i18n), trappedSentence(model, result, scenario, i18n), ...decisionSentences(model, result, i18n)].join(' '),
    );
  });
  models.forEach((model, i) => {
    const result = results[i];
    if (result) exampleYear.push(`${frameSentence(model, result, i18n)} ${sidesSentence(model, result, i18n)}`);
  });
  const overRuns: string[] = [];
  if (runs !== undefined && runs.runs > 1) {
    // The headline: paired differences over the same years (DESIGN §4.0), before each model's own bands.
    for (const pair of runs.paired ?? []) {
      const name = (id: string) => pick(models.find((m) => m.id === id)?.name ?? { sv: id, en: id });
      const percent = (x: number) => `${number(x * 100, 0)} %`;
      overRuns.push(
        t('summary.paired', {
          runs: runs.runs,
          a: name(pair.a),
          b: name(pair.b),
          result: number(pair.result.medianDifference, 1),
          p10: number(pair.result.p10, 1),
          p90: number(pair.result.p90, 1),
          bBetter: percent(pair.result.shareBBetter),
          aBetter: percent(pair.result.shareABetter),
          tied: percent(pair.result.shareTied),
          netCost: number(pair.netCost.medianDifference, 1),
          seed: runs.exampleSeed ?? scenario.seed,
        }),
      );
    }
    for (const model of models) {
      const summary = runs.summaries.find((s) => s.modelId === model.id);
      if (summary === undefined) continue;
      const band = (key: keyof ModelSummary['metrics'], digits: number) => {
        const s = summary.metrics[key];
        return { median: number(s.median, digits), p10: number(s.p10, digits), p90: number(s.p90, digits) };
      };
      const result = band('budgetYear.resultMsek', 1);
      const trapped = band('budgetYear.trappedSurplusMsek', 1);
      const days = band('budgetYear.daysToCoverMedian', 0);
      overRuns.push(
        t('summary.runs.model', {
          model: pick(model.name),
          runs: summary.runs,
          result: t('summary.band', result),
          trapped: t('summary.band', trapped),
          days: t('summary.band', days),
        }),
      );
    }
  }
  const assumptions = t('summary.assumptions', {
    kappa: number(scenario.kappa, 2),
    omega: number(scenario.omega, 2),
    vol: number(scenario.volatilityScale, 2),
    shocks: scenario.shocks.length,
  });
  return { exampleYear, overRuns, assumptions };
}
