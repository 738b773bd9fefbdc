// The contested assumptions of the engine's ledger (src/simulation/assumption-ledger.ts) as the parameter
// space the robustness analysis samples (DESIGN §4.6): every contested parameter over the range the ledger
// states, with the plain label the Simulate view and the About page use (the same words as the message
// catalogue's `ledger.<id>.label`; a test keeps them equal), how a sentence names it mid-sentence, and how
// its value is shown. A point is applied with the ledger's own validated `applySettings`, so the analysis
// can set nothing the ledger does not know, nor a value outside its range. Pure.
import type { Text } from '@/domain/model-schema';
import type { Scenario } from '@/domain/scenario-schema';
import { applySettings, CONTESTED_PARAMETERS, type LedgerParameter } from '@/simulation/assumption-ledger';
import type { ParameterDimension, ParameterSpace, SamplePoint } from './parameter-space';

const t = (sv: string, en: string): Text => ({ sv, en });

interface Words {
  label: Text;
  term: Text;
  termIsClause?: boolean;
  percent?: boolean;
  unit?: Text;
  yesNo?: { yes: Text; no: Text };
  choiceLabels?: Record<string, Text>;
}

const DAYS = t('dagar', 'days');

/** Words for every contested parameter; an id missing here is shown by its id. */
export const ASSUMPTION_WORDS: Readonly<Record<string, Words>> = {
  kappa: { label: t('κ – hur mycket ledamöterna ser till hela kommunen', 'κ – how much members act for the whole municipality'), term: t('κ', 'κ') },
  omega: { label: t('ω – budgetansvarets vikt mot det beredande utskottets', 'ω – weight of the budget holder against the preparing subcommittee'), term: t('ω', 'ω') },
  budgetProcess: {
    label: t('Budgetprocessens ordning', 'Order of the budget process'),
    term: t('budgetprocessen', 'the budget process'),
    choiceLabels: { bottomUp: t('underifrån (organen äskar, fullmäktige skär)', 'bottom-up (bodies bid, the council cuts)'), topDown: t('uppifrån (totalen sätts först)', 'top-down (the total is set first)') },
  },
  revenueGrowth: { label: t('Intäkternas ökning mot förra årets ramar', "Revenue growth over last year's frames"), term: t('intäkternas ökning', 'revenue growth'), percent: true },
  maxBidIncrease: { label: t('Största äskande över förra årets ram', "Largest bid above last year's frame"), term: t('det största äskandet', 'the largest bid'), percent: true },
  concessionPerRound: { label: t('Eftergift per förhandlingsrunda', 'Concession per negotiation round'), term: t('eftergiften per förhandlingsrunda', 'the concession per round'), percent: true },
  meetingDayOfMonth: { label: t('Sammanträdesdag i månaden', 'Meeting day of the month'), term: t('sammanträdesdagen', 'the meeting day'), unit: t('dagar in i månaden', 'days into the month') },
  chainStepDays: { label: t('Dagar mellan beredning och beslut', 'Days between preparation and decision'), term: t('tiden mellan beredning och beslut', 'the time between preparation and decision'), unit: DAYS },
  closeLagDays: { label: t('Tid till månadsbokslut', 'Time to the monthly accounts'), term: t('tiden till månadsbokslut', 'the time to the monthly accounts'), unit: DAYS },
  paperDeadlineDays: { label: t('Sista dag för handlingar', 'Paper deadline'), term: t('tiden för handlingar före sammanträdet', 'the paper deadline'), unit: DAYS },
  deviationThresholdBasis: {
    label: t('Gränsen för budgetavvikelse räknas som', 'The deviation threshold is counted as'),
    term: t('avvikelsegränsen räknas som', 'the deviation threshold is counted as'),
    termIsClause: true,
    choiceLabels: { amount: t('ett belopp', 'an amount'), share: t('en andel av ramen', 'a share of the frame') },
  },
  deviationThresholdMsek: { label: t('Gräns för budgetavvikelse, belopp', 'Deviation threshold, amount'), term: t('avvikelsegränsen i mnkr', 'the deviation threshold in MSEK'), unit: t('mnkr', 'MSEK') },
  deviationThresholdShare: { label: t('Gräns för budgetavvikelse, andel', 'Deviation threshold, share'), term: t('avvikelsegränsen som andel av ramen', 'the deviation threshold as a share of the frame'), percent: true },
  forecastTrendSd: { label: t('Prognosens tro på en trend', 'How much the forecast believes a trend'), term: t('prognosens tro på en trend', "the forecast's belief in a trend"), percent: true },
  volatilityScale: { label: t('Volatilitet', 'Volatility'), term: t('kostnadernas svängningar', 'the cost swings'), unit: t('× modellfilens', "× the model file's") },
  shockScale: { label: t('Chockernas storlek', 'Size of the shocks'), term: t('chockernas storlek', 'the size of the shocks'), unit: t('× scenariots', "× the scenario's") },
  remedyReserve: {
    label: t('Kommunstyrelsens reserv', 'Executive board reserve'),
    term: t('kommunstyrelsens reserv', "the executive board's reserve"),
    yesNo: { yes: t('kommunstyrelsen har en reserv', 'the executive board has a reserve'), no: t('kommunstyrelsen saknar reserv', 'the executive board has no reserve') },
  },
  reserveShare: { label: t('Reservens storlek', 'Size of the reserve'), term: t('reservens storlek', 'the size of the reserve'), percent: true },
  remedyReallocation: {
    label: t('Omfördelning vid delårsrapporten', 'Reallocation at the interim report'),
    term: t('omfördelning vid delårsrapporten', 'reallocation at the interim report'),
    yesNo: { yes: t('fullmäktige omfördelar vid delårsrapporten', 'the council reallocates at the interim report'), no: t('fullmäktige inte omfördelar vid delårsrapporten', 'the council does not reallocate at the interim report') },
  },
  remedyCarryOver: {
    label: t('Resultat förs över till nästa år', 'Results carry over to next year'),
    term: t('överföring av resultat', 'carry-over of results'),
    yesNo: { yes: t('resultat förs över till nästa år', 'results carry over to next year'), no: t('resultat inte förs över till nästa år', 'results do not carry over to next year') },
  },
  surplusSpendShare: { label: t('Överskott som används före årets slut', 'Surplus spent before year end'), term: t('andelen överskott som används före årets slut', 'the share of a surplus spent before year end'), percent: true },
  omegaInYear: { label: t('ω under året – hur mycket utskotten delar med sig', 'ω in the year – how much subcommittees share'), term: t('ω under året', 'ω in the year') },
  budgetDelegation: {
    label: t('Delegation att besluta om budgetavvikelser', 'Delegation to decide on budget deviations'),
    term: t('utskotten', 'the subcommittees'),
    termIsClause: true,
    choiceLabels: {
      model: t('har delegation så som modellfilen säger', 'have delegation as the model file says'),
      all: t('har delegation för budgetavvikelser', 'have delegation for budget deviations'),
      none: t('saknar delegation för budgetavvikelser', 'lack delegation for budget deviations'),
    },
  },
  agendaCapacity: { label: t('Ärenden per sammanträde', 'Matters a meeting'), term: t('antalet ärenden per sammanträde', 'the matters per meeting'), unit: t('ärenden', 'matters') },
  reportItemWeight: { label: t('Anmälan av delegationsbeslut', 'Report of a delegated decision'), term: t('en anmälans del av en punkt på dagordningen', "a report's share of an agenda item"), percent: true },
  followUpItems: { label: t('Budgetuppföljning på dagordningen', 'Budget follow-up on the agenda'), term: t('budgetuppföljningens punkter per sammanträde', 'the follow-up items per meeting'), unit: t('punkter', 'items') },
};

/** Decimals enough to tell values a twentieth of the range apart (percent dimensions counted in per cent). */
function digitsFor(min: number, max: number, percent: boolean): number {
  const range = (max - min) * (percent ? 100 : 1);
  if (!(range > 0)) return 2;
  return Math.min(4, Math.max(0, Math.ceil(-Math.log10(range / 20))));
}

export function dimensionOf(parameter: LedgerParameter): ParameterDimension {
  const words = ASSUMPTION_WORDS[parameter.id];
  const percent = words?.percent === true;
  const base = {
    id: parameter.id,
    label: words?.label ?? t(parameter.id, parameter.id),
    ...(words?.term ? { term: words.term } : {}),
    ...(words?.termIsClause ? { termIsClause: true } : {}),
    ...(percent ? { percent: true } : {}),
    ...(words?.unit ? { unit: words.unit } : {}),
    ...(words?.yesNo ? { yesNo: words.yesNo } : {}),
    ...(words?.choiceLabels ? { choiceLabels: words.choiceLabels } : {}),
  };
  if (parameter.kind === 'boolean') return { ...base, kind: 'boolean', min: 0, max: 1 };
  if (parameter.kind === 'choice') {
    const choices = [...(parameter.choices ?? [])];
    return { ...base, kind: 'choice', min: 0, max: Math.max(0, choices.length - 1), choices };
  }
  const min = parameter.min ?? 0;
  const max = parameter.max ?? min;
  return { ...base, kind: parameter.kind, min, max, digits: parameter.kind === 'integer' ? 0 : digitsFor(min, max, percent) };
}

/** Every contested assumption of the ledger, each over the ledger's range. */
export const LEDGER_PARAMETER_SPACE: ParameterSpace = CONTESTED_PARAMETERS.map(dimensionOf);

/** Thrown when a point cannot be set (never for a point of the ledger's own space). */
export class PointNotApplicableError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = 'PointNotApplicableError';
  }
}

/** The scenario with a point's values set through the ledger's validated `applySettings`. */
export function applyLedgerPoint(scenario: Scenario, point: SamplePoint): Scenario {
  const result = applySettings(scenario, point, { withinLedgerRange: true });
  if (!result.ok) throw new PointNotApplicableError(result.message);
  return result.scenario;
}
