// The evaluation plan for a new organisation (DESIGN §12): when to measure and what to watch. A baseline
// before the change; a follow-up four years after it starts, as Norsjö advises (seed 002: "Ge den politiska
// organisationen 4 år innan utvärdering och förändring"); optionally a mid-term measurement after two years,
// as Helsingborg did with KommunKompassen (seed 004: first in 2014, "Man gjorde om den efter två år").
// Beside the KommunKompassen areas where the silo question shows (area 4 and sub-question 5.2, seed 003),
// it names the simulator's figures to watch (story-figure-names.ts), so the proposal document and the
// stories can fill them from the engine. Pure: the same model and start give the same plan.
import { deriveFacts } from './derived-facts';
import { goalSummary, type GoalSummary } from './goal-summary';
import { kompassArea, type AreaNumber } from './kommunkompassen';
import type { Model, Text } from './model-schema';
import type { StoryFigureName } from './story-figure-names';

export type MeasurementKind = 'baseline' | 'midTerm' | 'followUp';

export interface PlannedMeasurement {
  kind: MeasurementKind;
  /** ISO date: the baseline is done before it, the others on or from it. */
  date: string;
  /** Whole years from the start of the new organisation (negative: before it). */
  yearsFromStart: number;
  /** `before`: done before `date`; `from`: done from `date` on. */
  timing: 'before' | 'from';
  optional: boolean;
  title: Text;
  why: Text;
  /** Seed file the timing rests on. */
  source: string;
}

export interface WatchedIndicator {
  id: string;
  kind: 'simulator' | 'model' | 'kommunkompassen';
  /** The simulator or model figure (story-figure-names.ts) that gives the value for a model. */
  figure?: StoryFigureName;
  area?: AreaNumber;
  subQuestion?: string;
  name: Text;
  why: Text;
  /** Which way is better for the whole municipality; `judge` where it is a trade-off the politicians
   *  weigh (concentration of power against a view of the whole budget). */
  better: 'lower' | 'higher' | 'judge';
  /** For a `model` indicator, the model's own value (no simulation needed). */
  value?: number;
  source?: string;
}

export interface EvaluationPlan {
  modelId: string;
  modelName: Text;
  startOfTerm: string;
  measurements: PlannedMeasurement[];
  indicators: WatchedIndicator[];
  goals: GoalSummary;
}

export interface EvaluationPlanOptions {
  /** ISO date (YYYY-MM-DD) the new organisation starts, e.g. 2027-01-01. */
  startOfTerm: string;
  /** Include Helsingborg's mid-term measurement after two years (default true). */
  midTerm?: boolean;
}

/** Years from the start to the follow-up (Norsjö, seed 002) and to the mid-term (Helsingborg, seed 004). */
export const FOLLOW_UP_YEARS = 4;
export const MID_TERM_YEARS = 2;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date if `text` is a real calendar date YYYY-MM-DD between 1990 and 2100; undefined otherwise. */
export function parseStartOfTerm(text: string): string | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? text : undefined;
}

/** `date` moved by whole years; 29 February becomes 28 February in a year without it. */
export function addYears(date: string, years: number): string {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`not an ISO date: ${date}`);
  const year = Number(match[1]) + years;
  const month = Number(match[2]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = month === 2 && match[3] === '29' && !leap ? '28' : match[3];
  return `${String(year).padStart(4, '0')}-${match[2]}-${day}`;
}

export function evaluationPlan(model: Model, options: EvaluationPlanOptions): EvaluationPlan {
  const start = parseStartOfTerm(options.startOfTerm);
  if (start === undefined) throw new RangeError(`startOfTerm must be a date YYYY-MM-DD: ${options.startOfTerm}`);
  const measurements: PlannedMeasurement[] = [
    {
      kind: 'baseline',
      date: start,
      yearsFromStart: 0,
      timing: 'before',
      optional: false,
      title: { sv: 'Nollmätning', en: 'Baseline' },
      why: {
        sv: 'Mät hur kommunen leds och fungerar innan den nya organisationen börjar, så att det finns något att jämföra med. Helsingborg mätte med KommunKompassen först och valde utvecklingsområden utifrån den.',
        en: 'Measure how the municipality is led and works before the new organisation starts, so there is something to compare with. Helsingborg measured with KommunKompassen first and chose what to develop from it.',
      },
      source: '004_dc18b45cb12f9112.txt',
    },
  ];
  if (options.midTerm ?? true) {
    measurements.push({
      kind: 'midTerm',
      date: addYears(start, MID_TERM_YEARS),
      yearsFromStart: MID_TERM_YEARS,
      timing: 'from',
      optional: true,
      title: { sv: 'Halvtidsmätning (valfri)', en: 'Mid-term measurement (optional)' },
      why: {
        sv: 'Helsingborg gjorde om KommunKompassen efter två år för att se om man nått några resultat. Norsjö räknar med minst två år för att sätta omorganisationen, så en halvtidsmätning visar hur långt den har kommit, inte om den fungerar.',
        en: 'Helsingborg repeated KommunKompassen after two years to see whether it had achieved results. Norsjö reckons at least two years to settle a reorganisation, so a mid-term measurement shows how far it has come, not whether it works.',
      },
      source: '004_dc18b45cb12f9112.txt',
    });
  }
  measurements.push({
    kind: 'followUp',
    date: addYears(start, FOLLOW_UP_YEARS),
    yearsFromStart: FOLLOW_UP_YEARS,
    timing: 'from',
    optional: false,
    title: { sv: 'Uppföljning efter fyra år', en: 'Follow-up after four years' },
    why: {
      sv: 'Norsjö råder: ge den politiska organisationen fyra år innan den utvärderas och ändras. Mät då på samma sätt som vid nollmätningen.',
      en: 'Norsjö advises giving the political organisation four years before it is evaluated and changed. Measure then the same way as at the baseline.',
    },
    source: '002_297859565b2dff9a.txt',
  });

  const facts = deriveFacts(model);
  const area4 = kompassArea(4);
  const indicators: WatchedIndicator[] = [
    {
      id: 'kk-area-4',
      kind: 'kommunkompassen',
      area: 4,
      name: { sv: `KommunKompassen område 4: ${area4?.name.sv ?? ''}`, en: `KommunKompassen area 4: ${area4?.name.en ?? ''}` },
      why: {
        sv: 'Här syns dragkampen mellan kommunstyrelsen och facknämnderna, och om enheterna får disponera sina överskott.',
        en: 'This is where the tug of war between the executive board and the specialised committees shows, and whether units may use their surpluses.',
      },
      better: 'higher',
      source: '003_55ad4e35ba3d1ee8.txt',
    },
    {
      id: 'kk-5.2',
      kind: 'kommunkompassen',
      area: 5,
      subQuestion: '5.2',
      name: {
        sv: 'KommunKompassen delfråga 5.2: sambandet mellan kostnader och resultat i budgetprocessen',
        en: 'KommunKompassen sub-question 5.2: the link between costs and results in the budget process',
      },
      why: {
        sv: 'Visar om budgetprocessen ser kostnader och resultat för hela kommunen, inte nämnd för nämnd.',
        en: 'Shows whether the budget process sees costs and results for the whole municipality, not committee by committee.',
      },
      better: 'higher',
      source: '003_55ad4e35ba3d1ee8.txt',
    },
    {
      id: 'days-to-cover',
      kind: 'simulator',
      figure: 'daysToCover',
      name: { sv: 'Dagar från avvikelse till beslut', en: 'Days from deviation to decision' },
      why: {
        sv: 'Hur länge ett underskott står obeslutat innan någon beslutar om åtgärder eller tilläggsanslag.',
        en: 'How long a deficit stands undecided before someone decides on measures or a supplementary appropriation.',
      },
      better: 'lower',
    },
    {
      id: 'trapped-surplus',
      kind: 'simulator',
      figure: 'trappedSurplus',
      name: { sv: 'Instängt överskott, som mest (mnkr)', en: 'Trapped surplus, at most (MSEK)' },
      why: {
        sv: 'Pengar som blir över i ett stuprör medan ett annat går med underskott: stuprören i budgetprocessen (seed 002).',
        en: 'Money left over in one silo while another runs a deficit: the silos in the budget process (seed 002).',
      },
      better: 'lower',
      source: '002_297859565b2dff9a.txt',
    },
    {
      id: 'ks-workload',
      kind: 'simulator',
      figure: 'ksMattersPerMeeting',
      name: { sv: 'Ärenden per sammanträde i kommunstyrelsen', en: 'Matters per executive board meeting' },
      why: {
        sv: 'När kommunstyrelsen tar över nämndernas ansvar får den fler ärenden; blir de för många hinner den inte leda.',
        en: 'When the executive board takes over the committees’ responsibilities it gets more matters; too many and it has no time to lead.',
      },
      better: 'lower',
    },
    {
      id: 'ks-share-of-money',
      kind: 'simulator',
      figure: 'ksShareOfMoney',
      name: { sv: 'Pengar som kommunstyrelsen och dess utskott beslutar om', en: 'Money decided by the executive board and its subcommittees' },
      why: {
        sv: 'Hur mycket makt som samlas hos kommunstyrelsen; debatten om demokratiskt underskott (seed 002) gäller just detta.',
        en: 'How much power gathers at the executive board; the debate about a democratic deficit (seed 002) is about exactly this.',
      },
      better: 'judge',
      source: '002_297859565b2dff9a.txt',
    },
    {
      id: 'budget-holders',
      kind: 'model',
      figure: 'nEff',
      name: { sv: 'Effektivt antal budgetansvariga', en: 'Effective number of budget holders' },
      why: {
        sv: '1 betyder en budget för hela kommunen; högre tal betyder fler stuprör. Räknas ur modellfilen, utan simulering.',
        en: '1 means one budget for the whole municipality; higher means more silos. Computed from the model file, without simulation.',
      },
      better: 'judge',
      value: facts.effectiveBudgetHolders,
    },
  ];
  return {
    modelId: model.id,
    modelName: model.name,
    startOfTerm: start,
    measurements,
    indicators,
    goals: goalSummary(model),
  };
}
