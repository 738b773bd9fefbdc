// `robustness <A> <B> [C] [--samples N] [--years M] [--seed S] [--scenario id|path] [--fix id=v,…]
// [--range id=low:high,…] [--json] [--lang en]`: where a conclusion holds (DESIGN §4.6). A Latin hypercube
// over every contested assumption, every organisation run paired on each point over the same years; per
// headline measure the share of the space where each does better, the assumptions ranked by influence,
// the region where the conclusion does not hold as a PRIM box with coverage and density, and the plain
// sentence. Bad arguments give a message in Swedish (English with --lang en) and a non-zero exit code.
import type { Model } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { measureById } from '@/analysis/headline-measures';
import { restrictionProblem, type ParameterSpace, type Restriction } from '@/analysis/parameter-space';
import type { ConclusionBox } from '@/analysis/robustness-analysis';
import { ROBUSTNESS_DEFAULTS, ROBUSTNESS_LIMITS, runRobustness, type RobustnessRequest, type RobustnessResult } from '@/analysis/robustness-design';
import { boxText, formatNumber, formatPercent, robustnessStatement, unitFor, valueText } from '@/analysis/robustness-sentence';
import { shortModelName } from '@/analysis/robustness-statement';
import { applyLedgerPoint, LEDGER_PARAMETER_SPACE } from '@/analysis/ledger-parameter-space';
import { loadScenario } from '@/simulation/load-scenario';
import { integerOption, type Lang, type ParsedArgs } from './cli-args';
import { CliInputError, type CliIo } from './cli-io';
import { formatIssue, loadModelArgument } from './model-argument';
import { createNodeRobustnessPool } from './node-robustness-pool';
import { SCENARIOS_DIR } from './simulate-command';

const USAGE = {
  sv: 'Användning: robustness <modell A> <modell B> [modell C] [--samples N] [--years M] [--seed S] [--scenario id|sökväg] [--fix id=värde,…] [--range id=lägst:högst,…] [--json] [--lang en]',
  en: 'Usage: robustness <model A> <model B> [model C] [--samples N] [--years M] [--seed S] [--scenario id|path] [--fix id=value,…] [--range id=low:high,…] [--json] [--lang en]',
};

/** Year runs (points × years × organisations) above which the work goes to a worker pool. */
const POOL_THRESHOLD = 3_000;

const SPACE: ParameterSpace = LEDGER_PARAMETER_SPACE;

function parseValue(text: string): number | boolean | string {
  if (text === 'ja' || text === 'yes' || text === 'true') return true;
  if (text === 'nej' || text === 'no' || text === 'false') return false;
  const number = Number(text.replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(number) ? number : text;
}

/** `--fix kappa=0.8,omega=0.5` and `--range kappa=0.5:1` → restrictions, each checked against the space. */
export function parseRestrictions(fix: string | boolean | undefined, range: string | boolean | undefined, space: ParameterSpace = SPACE): Record<string, Restriction> {
  const restrictions: Record<string, Restriction> = {};
  const known = space.map((d) => d.id).join(', ');
  const entries = (value: string | boolean | undefined, option: string) => {
    if (value === undefined) return [];
    if (typeof value !== 'string' || value.trim() === '') {
      throw new CliInputError(`--${option} ska följas av id=värde.`, `--${option} must be followed by id=value.`);
    }
    return value.split(',').map((part) => {
      const at = part.indexOf('=');
      const id = at > 0 ? part.slice(0, at).trim() : '';
      const dimension = space.find((d) => d.id === id);
      if (dimension === undefined) {
        throw new CliInputError(
          `--${option}: okänt antagande "${part.slice(0, Math.max(0, at)) || part}". Antaganden som kan prövas: ${known}.`,
          `--${option}: unknown assumption "${part.slice(0, Math.max(0, at)) || part}". Assumptions that can be tried: ${known}.`,
        );
      }
      return { dimension, text: part.slice(at + 1).trim() };
    });
  };
  for (const { dimension, text } of entries(fix, 'fix')) {
    const restriction: Restriction = { fixed: parseValue(text) };
    const problem = restrictionProblem(dimension, restriction);
    if (problem) throw new CliInputError(`--fix: ${problem.sv}`, `--fix: ${problem.en}`);
    restrictions[dimension.id] = restriction;
  }
  for (const { dimension, text } of entries(range, 'range')) {
    const [low, high, ...rest] = text.split(':');
    const restriction: Restriction = { min: rest.length === 0 && low !== undefined && low !== '' ? Number(low.replace(',', '.')) : Number.NaN, max: high !== undefined && high !== '' ? Number(high.replace(',', '.')) : Number.NaN };
    const problem = restrictionProblem(dimension, restriction);
    if (problem) throw new CliInputError(`--range: ${problem.sv}`, `--range: ${problem.en}`);
    if (restrictions[dimension.id] !== undefined) {
      throw new CliInputError(`${dimension.id} är både låst och begränsat; välj ett.`, `${dimension.id} is both fixed and narrowed; choose one.`);
    }
    restrictions[dimension.id] = restriction;
  }
  return restrictions;
}

function loadScenarioArgument(ref: string, io: CliIo): Scenario {
  const loaded = loadScenario(ref, io.readText, SCENARIOS_DIR);
  if (!loaded.ok) {
    throw new CliInputError(
      `Scenariot "${ref}" kan inte användas:\n${loaded.issues.map((i) => formatIssue(i, 'sv')).join('\n')}`,
      `The scenario "${ref}" cannot be used:\n${loaded.issues.map((i) => formatIssue(i, 'en')).join('\n')}`,
      1,
    );
  }
  return loaded.scenario;
}

function boxJson(box: ConclusionBox | undefined) {
  if (box === undefined) return null;
  const r = (x: number) => Math.round(x * 1e4) / 1e4;
  return { coverage: r(box.coverage), density: r(box.density), mass: r(box.mass), points: box.count, cases: box.cases, conditions: box.conditions };
}

/** The JSON contract: one entry per measure and pair. */
export function robustnessJson(result: RobustnessResult, models: readonly Model[]) {
  const names = Object.fromEntries(models.map((m) => [m.id, shortModelName(m)]));
  const r = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    organisations: result.organisations,
    samples: result.samples,
    years: result.years,
    seed: result.seed,
    assumptions: result.dimensions.map((d) => ({ id: d.id, kind: d.kind, min: d.min, max: d.max, ...(d.choices ? { choices: d.choices } : {}), label: d.label })),
    fixed: result.fixed,
    measures: result.analyses.map((analysis) => {
      const measure = measureById(analysis.measureId);
      const [first, second] = analysis.pair.map((i) => result.organisations[i] ?? '');
      const statement = measure
        ? robustnessStatement(analysis, measure, result.dimensions, [names[first ?? ''] ?? { sv: '', en: '' }, names[second ?? ''] ?? { sv: '', en: '' }])
        : undefined;
      return {
        measure: analysis.measureId,
        better: measure?.better ?? null,
        margin: measure?.margin ?? null,
        first,
        second,
        shares: { first: r(analysis.shares.first), second: r(analysis.shares.second), tooClose: r(analysis.shares.tie), noValue: analysis.shares.none },
        leading: analysis.leading,
        sentence: statement?.sentence ?? null,
        detail: statement?.detail ?? null,
        boxDetail: statement?.boxDetail ?? null,
        failsBox: boxJson(analysis.fails),
        holdsBox: boxJson(analysis.holds),
        chanceSpread: r(analysis.chanceSpread),
        influence: analysis.influence.map((i) => ({ id: i.dimensionId, spread: r(i.spread), effect: r(i.effect), maybeChance: i.maybeChance })),
      };
    }),
  };
}

function textReport(result: RobustnessResult, models: readonly Model[], scenario: Scenario, lang: Lang): string {
  const sv = lang === 'sv';
  const names = Object.fromEntries(models.map((m) => [m.id, shortModelName(m)]));
  const lines: string[] = [];
  const title = models.map((m) => names[m.id]?.[lang] ?? m.id).join(sv ? ' mot ' : ' vs ');
  lines.push(sv ? `Robusthet: ${title}` : `Robustness: ${title}`);
  const ranges = result.dimensions
    .map((d) => `${d.id} ${d.kind === 'choice' ? (d.choices ?? []).join('/') : d.kind === 'boolean' ? (sv ? 'ja/nej' : 'yes/no') : `${valueText(d, d.min, lang)}–${valueText(d, d.max, lang)}`}`)
    .join('; ');
  lines.push(
    sv
      ? `${result.samples} punkter i antagandena (latinsk hyperkub, frö ${result.seed}) × ${result.years} parade år; scenario ${scenario.id}. Varje organisation kör samma år (gemensamma slumptal).`
      : `${result.samples} points of the assumptions (Latin hypercube, seed ${result.seed}) × ${result.years} paired years; scenario ${scenario.id}. Every organisation runs the same years (common random numbers).`,
  );
  lines.push(sv ? `Antaganden som prövas: ${ranges}.` : `Assumptions tried: ${ranges}.`);
  const fixed = Object.entries(result.fixed);
  if (fixed.length > 0) lines.push((sv ? 'Låsta: ' : 'Fixed: ') + fixed.map(([id, v]) => `${id} = ${String(v)}`).join(', ') + '.');
  for (const analysis of result.analyses) {
    const measure = measureById(analysis.measureId);
    if (measure === undefined) continue;
    const [first, second] = analysis.pair.map((i) => result.organisations[i] ?? '') as [string, string];
    const [nameA, nameB] = [names[first] ?? { sv: first, en: first }, names[second] ?? { sv: second, en: second }];
    const statement = robustnessStatement(analysis, measure, result.dimensions, [nameA, nameB]);
    const direction = measure.better === 'higher' ? (sv ? 'högre är bättre' : 'higher is better') : measure.better === 'lower' ? (sv ? 'lägre är bättre' : 'lower is better') : sv ? 'ingen riktning är bättre' : 'neither direction is better';
    lines.push('', `${measure.label[lang]} (${measure.unit[lang]}, ${direction})${result.organisations.length > 2 ? `: ${nameA[lang]} – ${nameB[lang]}` : ''}`);
    const { shares } = analysis;
    const better = measure.better === undefined ? (sv ? 'högre' : 'higher') : sv ? 'bättre' : 'better';
    lines.push(
      sv
        ? `  Andel av antagandena: ${nameA.sv} ${better} ${formatPercent(shares.first, lang)}, ${nameB.sv} ${better} ${formatPercent(shares.second, lang)}, för jämnt ${formatPercent(shares.tie, lang)} (marginal ${formatNumber(measure.margin, measure.digits, lang)} ${unitFor(measure.unit.sv, Number(measure.margin.toFixed(measure.digits)), 'sv')})${shares.none > 0 ? `; ${shares.none} ${unitFor('punkter', shares.none, 'sv')} utan värde` : ''}`
        : `  Share of the assumptions: ${nameA.en} ${better} ${formatPercent(shares.first, lang)}, ${nameB.en} ${better} ${formatPercent(shares.second, lang)}, too close ${formatPercent(shares.tie, lang)} (margin ${formatNumber(measure.margin, measure.digits, lang)} ${unitFor(measure.unit.en, Number(measure.margin.toFixed(measure.digits)), 'en')})${shares.none > 0 ? `; ${shares.none} points without a value` : ''}`,
    );
    lines.push(`  ${statement.sentence[lang]}`);
    const box = analysis.fails;
    if (box !== undefined && box.conditions.length > 0) {
      lines.push(
        sv
          ? `  Område där slutsatsen inte gäller: ${boxText(box, result.dimensions, lang)} (täckning ${formatPercent(box.coverage, lang)}, träffsäkerhet ${formatPercent(box.density, lang)}, ${box.count} av ${result.samples} punkter)`
          : `  Region where the conclusion does not hold: ${boxText(box, result.dimensions, lang)} (coverage ${formatPercent(box.coverage, lang)}, density ${formatPercent(box.density, lang)}, ${box.count} of ${result.samples} points)`,
      );
    }
    const holds = analysis.holds;
    if (holds !== undefined && holds.conditions.length > 0) {
      lines.push(
        sv
          ? `  Område där den gäller: ${boxText(holds, result.dimensions, lang)} (täckning ${formatPercent(holds.coverage, lang)}, träffsäkerhet ${formatPercent(holds.density, lang)})`
          : `  Region where it holds: ${boxText(holds, result.dimensions, lang)} (coverage ${formatPercent(holds.coverage, lang)}, density ${formatPercent(holds.density, lang)})`,
      );
    }
    lines.push(
      sv
        ? `  Antaganden efter inflytande (skillnad mellan femtedelarna i andel där slutsatsen håller; slumpnivå ${formatPercent(analysis.chanceSpread, lang)}):`
        : `  Assumptions by influence (difference between the fifths in the share where the conclusion holds; chance level ${formatPercent(analysis.chanceSpread, lang)}):`,
    );
    // Every assumption above the chance level, then at most five more; the rest counted.
    const shown = Math.min(analysis.influence.length, Math.max(analysis.influence.filter((i) => i.spread > analysis.chanceSpread).length + 5, 8));
    analysis.influence.slice(0, shown).forEach((entry, index) => {
      const dimension = result.dimensions.find((d) => d.id === entry.dimensionId);
      const note = entry.maybeChance ? (sv ? ' (kan vara slump)' : ' (may be chance)') : '';
      const effect = `${formatNumber(entry.effect, measure.digits, lang)} ${measure.unit[lang]}`;
      const spread = `${formatNumber(Math.round(entry.spread * 100), 0, lang)} ${sv ? 'procentenheter' : 'percentage points'}${note}`;
      lines.push(`    ${index + 1}. ${dimension?.label[lang] ?? entry.dimensionId}: ${spread}; ${sv ? 'skillnaden ändras med' : 'the difference changes by'} ${effect}`);
    });
    const rest = analysis.influence.length - shown;
    if (rest > 0) lines.push(sv ? `    … och ${rest} antaganden till med mindre inflytande (se --json).` : `    … and ${rest} more assumptions with less influence (see --json).`);
  }
  return lines.join('\n');
}

export async function runRobustnessCommand({ positionals, values, lang }: ParsedArgs, io: CliIo): Promise<number> {
  if (positionals.length < 2 || positionals.length > 3) {
    throw new CliInputError(`Ange två eller tre modeller att jämföra.\n${USAGE.sv}`, `Give two or three models to compare.\n${USAGE.en}`);
  }
  if (new Set(positionals).size !== positionals.length) {
    throw new CliInputError('Samma modell finns med två gånger; ange olika modeller.', 'The same model is given twice; give different models.');
  }
  const samples = integerOption(values.samples, 'samples', ROBUSTNESS_DEFAULTS.samples, ROBUSTNESS_LIMITS.samples.max);
  const years = integerOption(values.years, 'years', ROBUSTNESS_DEFAULTS.years, ROBUSTNESS_LIMITS.years.max);
  const seed = integerOption(values.seed, 'seed', ROBUSTNESS_DEFAULTS.seed);
  if (samples < ROBUSTNESS_LIMITS.samples.min) {
    throw new CliInputError(`--samples ska vara minst ${ROBUSTNESS_LIMITS.samples.min}.`, `--samples must be at least ${ROBUSTNESS_LIMITS.samples.min}.`);
  }
  if (years < ROBUSTNESS_LIMITS.years.min) throw new CliInputError('--years ska vara minst 1.', '--years must be at least 1.');
  for (const option of ['runs', 'council', 'cooperation', 'size'] as const) {
    if (values[option] !== undefined) throw new CliInputError(`--${option} används inte av robustness.\n${USAGE.sv}`, `--${option} is not used by robustness.\n${USAGE.en}`);
  }
  const restrictions = parseRestrictions(values.fix as string | boolean | undefined, values.range as string | boolean | undefined);
  const models = positionals.map((arg) => loadModelArgument(arg, io));
  if (new Set(models.map((m) => m.id)).size !== models.length) {
    throw new CliInputError('Två av modellerna har samma id; ange olika modeller.', 'Two of the models have the same id; give different models.');
  }
  const scenario = loadScenarioArgument(typeof values.scenario === 'string' ? values.scenario : 'baseline', io);
  const request: RobustnessRequest = { samples, years, seed, restrictions };
  let result: RobustnessResult;
  if (samples * years * models.length <= POOL_THRESHOLD) {
    result = runRobustness(models, scenario, SPACE, applyLedgerPoint, request);
  } else {
    const pool = createNodeRobustnessPool();
    try {
      result = await pool.analyse(models, scenario, SPACE, request);
    } finally {
      pool.dispose();
    }
  }
  io.out(values.json ? JSON.stringify(robustnessJson(result, models), null, 2) : textReport(result, models, scenario, lang));
  return 0;
}

