// The plain-language statement of one robustness result (DESIGN §4.6, §6: the answer first, in one plain
// Swedish sentence computed from the numbers): who does better in what share of the assumption space, and
// where that stops holding, as the PRIM box's conditions in words — "Ånge förslag A täcker avvikelser
// snabbare än Ånge i dag i 81 % av antagandena. Det vänder när κ är under 0,30 och antalet ärenden per
// sammanträde är högst 8." The box's coverage and density are given in a sentence of their own. Both
// languages at once, so the CLI, the stories and the view say the same. Pure.
import type { Text } from '@/domain/model-schema';
import type { HeadlineMeasure } from './headline-measures';
import type { ParameterDimension, PointValue } from './parameter-space';
import type { BoxCondition, ConclusionBox, MeasureAnalysis } from './robustness-analysis';

type Lang = keyof Text;

/** A box is worth a sentence only when it describes its cases reasonably well. */
export const BOX_DENSITY_FLOOR = 0.5;
export const BOX_COVERAGE_FLOOR = 0.3;

const LOCALE: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

export function formatNumber(value: number, digits: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function formatPercent(share: number, lang: Lang): string {
  return `${formatNumber(Math.round(share * 100), 0, lang)} %`;
}

function lowerFirst(text: string): string {
  return text.length > 0 ? text.charAt(0).toLocaleLowerCase('sv-SE') + text.slice(1) : text;
}

function termOf(dimension: ParameterDimension, lang: Lang): string {
  return dimension.term?.[lang] ?? lowerFirst(dimension.label[lang]);
}

/** The singular of the plural units the parameters and measures use, for a value the language calls "one". */
const SINGULAR_UNITS: Readonly<Record<string, string>> = {
  dagar: 'dag',
  days: 'day',
  'dagar in i månaden': 'dag in i månaden',
  'days into the month': 'day into the month',
  ärenden: 'ärende',
  matters: 'matter',
  punkter: 'punkt',
  items: 'item',
};

/** `unit` after `value` in the number's grammatical number: "1 dag", "14 dagar" (Intl.PluralRules). */
export function unitFor(unit: string, value: number, lang: Lang): string {
  const one = new Intl.PluralRules(lang === 'sv' ? 'sv-SE' : 'en-GB').select(value) === 'one';
  return one ? (SINGULAR_UNITS[unit] ?? unit) : unit;
}

export function valueText(dimension: ParameterDimension, value: PointValue, lang: Lang): string {
  if (typeof value === 'boolean') return value ? (lang === 'sv' ? 'ja' : 'yes') : lang === 'sv' ? 'nej' : 'no';
  if (typeof value === 'string') return dimension.choiceLabels?.[value]?.[lang] ?? value;
  const unit = dimension.unit?.[lang];
  const digits = dimension.kind === 'integer' ? 0 : (dimension.digits ?? 2);
  if (dimension.percent === true) return `${formatNumber(value * 100, digits, lang)} %`;
  const shown = Number(value.toFixed(digits));
  return `${formatNumber(value, digits, lang)}${unit ? ` ${unitFor(unit, shown, lang)}` : ''}`;
}

function list(items: readonly string[], lang: Lang): string {
  const and = lang === 'sv' ? 'och' : 'and';
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}

/** One condition of a box as a clause: "κ är under 0,30", "utskotten saknar delegation". */
export function conditionText(dimension: ParameterDimension, condition: BoxCondition, lang: Lang): string {
  const term = termOf(dimension, lang);
  if (condition.kind === 'set') {
    if (dimension.kind === 'boolean' && condition.values.length === 1) {
      const yes = condition.values[0] === true;
      const clause = yes ? dimension.yesNo?.yes : dimension.yesNo?.no;
      if (clause) return clause[lang];
      return `${term}: ${valueText(dimension, yes, lang)}`;
    }
    const values = condition.values.map((v) => valueText(dimension, v, lang));
    const or = lang === 'sv' ? 'eller' : 'or';
    const joined = values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} ${or} ${values[values.length - 1] ?? ''}`;
    if (dimension.termIsClause === true) return `${term} ${joined}`;
    return lang === 'sv' ? `${term} är ${joined}` : `${term} is ${joined}`;
  }
  const { lower, upper } = condition;
  const integer = dimension.kind === 'integer';
  const v = (x: number) => valueText(dimension, x, lang);
  const clause = dimension.termIsClause === true;
  const is = clause ? '' : lang === 'sv' ? ' är' : ' is';
  if (lower !== undefined && upper !== undefined) {
    // The unit once, after the second value: "mellan 11 och 38 ärenden".
    const bare = dimension.percent === true ? v : (x: number) => valueText({ ...dimension, unit: { sv: '', en: '' } }, x, lang);
    const a = bare(lower);
    if (clause) return lang === 'sv' ? `${term} mellan ${a} och ${v(upper)}` : `${term} between ${a} and ${v(upper)}`;
    return lang === 'sv' ? `${term} ligger mellan ${a} och ${v(upper)}` : `${term} lies between ${a} and ${v(upper)}`;
  }
  if (lower !== undefined) {
    if (integer) return lang === 'sv' ? `${term}${is} minst ${v(lower)}` : `${term}${is} at least ${v(lower)}`;
    return lang === 'sv' ? `${term}${is} över ${v(lower)}` : `${term}${is} above ${v(lower)}`;
  }
  if (upper !== undefined) {
    if (integer) return lang === 'sv' ? `${term}${is} högst ${v(upper)}` : `${term}${is} at most ${v(upper)}`;
    return lang === 'sv' ? `${term}${is} under ${v(upper)}` : `${term}${is} below ${v(upper)}`;
  }
  return term;
}

export function boxText(box: ConclusionBox, dimensions: readonly ParameterDimension[], lang: Lang): string {
  return list(
    box.conditions.flatMap((condition) => {
      const dimension = dimensions.find((d) => d.id === condition.dimensionId);
      return dimension ? [conditionText(dimension, condition, lang)] : [];
    }),
    lang,
  );
}

export function boxIsTelling(box: ConclusionBox | undefined): box is ConclusionBox {
  return box !== undefined && box.conditions.length > 0 && box.density >= BOX_DENSITY_FLOOR && box.coverage >= BOX_COVERAGE_FLOOR;
}

export interface RobustnessStatement {
  /** The headline: who does better in what share, and where it stops holding. */
  sentence: Text;
  /** The other shares and the margin ("Ånge i dag gör det i 12 % …"). */
  detail: Text;
  /** Coverage and density of the box in the sentence; undefined when the sentence names no box. */
  boxDetail?: Text;
  /** The box of the sentence (where the leading conclusion does not hold), if it names one. */
  box?: ConclusionBox;
}

/** The statement of one analysed measure; `names` are the two organisations' short names. */
export function robustnessStatement(
  analysis: MeasureAnalysis,
  measure: Pick<HeadlineMeasure, 'label' | 'ahead' | 'unit' | 'margin' | 'digits'>,
  dimensions: readonly ParameterDimension[],
  names: readonly [Text, Text],
): RobustnessStatement {
  const build = (lang: Lang) => {
    const [first, second] = [names[0][lang], names[1][lang]];
    const { shares, leading } = analysis;
    const marginDigits = measure.digits > 0 ? measure.digits : 0;
    const margin = `${formatNumber(measure.margin, marginDigits, lang)} ${unitFor(measure.unit[lang], Number(measure.margin.toFixed(marginDigits)), lang)}`;
    const ahead = measure.ahead[lang];
    let head: string;
    let detail: string;
    if (shares.judged === 0) {
      head =
        lang === 'sv'
          ? `${measure.label[lang]} saknar värde i alla prövade antaganden, så inget kan sägas om det.`
          : `${measure.label[lang]} has no value under any of the assumptions tried, so nothing can be said about it.`;
      return { head, detail: '', tail: '', boxDetail: undefined };
    }
    if (leading === 'tie') {
      head =
        lang === 'sv'
          ? `${measure.label[lang]}: skillnaden mellan ${first} och ${second} är för liten för att avgöra (högst ${margin}) i ${formatPercent(shares.tie, lang)} av antagandena.`
          : `${measure.label[lang]}: the difference between ${first} and ${second} is too small to call (at most ${margin}) in ${formatPercent(shares.tie, lang)} of the assumptions.`;
      detail =
        lang === 'sv'
          ? `${first} ${ahead} i ${formatPercent(shares.first, lang)}, ${second} i ${formatPercent(shares.second, lang)}.`
          : `${first} ${ahead} in ${formatPercent(shares.first, lang)}, ${second} in ${formatPercent(shares.second, lang)}.`;
    } else {
      const [winner, loser, share, other] =
        leading === 'first' ? [first, second, shares.first, shares.second] : [second, first, shares.second, shares.first];
      head =
        lang === 'sv'
          ? `${winner} ${ahead} än ${loser} i ${formatPercent(share, lang)} av antagandena.`
          : `${winner} ${ahead} than ${loser} in ${formatPercent(share, lang)} of the assumptions.`;
      detail =
        lang === 'sv'
          ? `${loser} gör det i ${formatPercent(other, lang)}; i ${formatPercent(shares.tie, lang)} är skillnaden för liten för att avgöra (högst ${margin}).`
          : `${loser} does in ${formatPercent(other, lang)}; in ${formatPercent(shares.tie, lang)} the difference is too small to call (at most ${margin}).`;
    }
    const fails = analysis.fails;
    let tail: string;
    let boxDetail: string | undefined;
    if (fails === undefined) {
      tail = lang === 'sv' ? 'Det gäller i hela det prövade området.' : 'It holds throughout the range tried.';
    } else if (!boxIsTelling(fails)) {
      tail =
        lang === 'sv'
          ? 'Där det inte gäller finns inget enkelt mönster i antagandena.'
          : 'Where it does not hold, there is no simple pattern in the assumptions.';
    } else {
      const where = boxText(fails, dimensions, lang);
      const reversed = analysis.failsReversed >= fails.totalCases / 2;
      if (leading === 'tie') tail = lang === 'sv' ? `En skillnad syns när ${where}.` : `A difference shows when ${where}.`;
      else if (reversed) tail = lang === 'sv' ? `Det vänder när ${where}.` : `It flips when ${where}.`;
      else tail = lang === 'sv' ? `Skillnaden blir för liten för att avgöra när ${where}.` : `The difference becomes too small to call when ${where}.`;
      boxDetail =
        lang === 'sv'
          ? `Området rymmer ${formatPercent(fails.coverage, lang)} av de antaganden där slutsatsen inte gäller (täckning), och inom området gäller den inte i ${formatPercent(fails.density, lang)} (träffsäkerhet).`
          : `The region holds ${formatPercent(fails.coverage, lang)} of the assumptions where the conclusion does not hold (coverage), and within it the conclusion fails in ${formatPercent(fails.density, lang)} (density).`;
    }
    return { head, detail, tail, boxDetail };
  };
  const sv = build('sv');
  const en = build('en');
  const telling = boxIsTelling(analysis.fails);
  return {
    sentence: { sv: [sv.head, sv.tail].filter(Boolean).join(' '), en: [en.head, en.tail].filter(Boolean).join(' ') },
    detail: { sv: sv.detail, en: en.detail },
    ...(sv.boxDetail !== undefined && en.boxDetail !== undefined ? { boxDetail: { sv: sv.boxDetail, en: en.boxDetail } } : {}),
    ...(telling && analysis.fails ? { box: analysis.fails } : {}),
  };
}
