// The shape of a simulation scenario (DESIGN §4): the assumptions a run depends on, as data.
// Every parameter is listed in the assumption ledger with its unit, source and whether the working
// group treats it as agreed or contested. Scenario files live in models/scenarios/.
import * as v from 'valibot';
import { IdSchema, TextSchema } from './model-schema';

const Fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const Rate = v.pipe(v.number(), v.minValue(0), v.maxValue(10_000));

export const ShockSchema = v.strictObject({
  /** `cost`: an area's monthly cost rises by amountMsek per month from `fromMonth`;
   *  `revenue`: the tax forecast changes by `revenueChange` (e.g. −0.02) from `fromMonth`. */
  kind: v.picklist(['cost', 'revenue']),
  /** Service area id for a cost shock; absent for a revenue shock. */
  area: v.optional(IdSchema),
  /** 0 = January … 11 = December. */
  fromMonth: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(11)),
  /** Extra cost over the rest of the year in MSEK (cost shocks), spread evenly over the months left. */
  amountMsek: v.optional(v.pipe(v.number(), v.finite(), v.minValue(-100_000), v.maxValue(100_000))),
  /** Relative change of the year's tax revenue (revenue shocks), e.g. −0.02 for −2 %. */
  revenueChange: v.optional(v.pipe(v.number(), v.minValue(-0.5), v.maxValue(0.5))),
  label: TextSchema,
});

export const MatterRatesSchema = v.strictObject({
  /** Matters per year for one service area. */
  singleArea: Rate,
  /** Matters per year that involve two areas (e.g. a child needing both school and IFO). */
  crossArea: Rate,
  /** Matters per year that KF must decide (via KS). */
  council: Rate,
  /** Individual cases (myndighetsutövning) per year in the whole municipality, decided by officials under
   *  delegation and reported to the delegating body (DESIGN §4.3); absent = the ledger's default. */
  individual: v.optional(Rate),
});

const Days = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));

/**
 * The assumptions of DESIGN §4.0–§4.3 that are the same for every organisation in a comparison: the
 * calendar rule, the accounts' closing lag and the paper deadline, the deviation rule, the process order,
 * the committee organisation's remedies, delegation, agenda use and in-year preparation silos. Each is
 * optional in a file; an absent value is the default of the assumption ledger
 * (src/simulation/assumption-ledger.ts), which also gives its range, unit, source and status.
 */
export const ScenarioAssumptionFields = {
  /** Frame-setting order (DESIGN §4.1), the same for every organisation: holders bid and KF cuts the
   *  excess (`bottomUp`), or KF/KS fixes the total and the holders' frames first (`topDown`). */
  budgetProcess: v.optional(v.picklist(['bottomUp', 'topDown'])),
  /** Tax revenue this year against last year's frames (the base of incremental budgeting), e.g. 0.02. */
  revenueGrowth: v.optional(v.pipe(v.number(), v.minValue(-0.2), v.maxValue(0.2))),
  /** A bid asks at most this share above last year's frame. */
  maxBidIncrease: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(2))),
  /** Share of the revenue by which bids come down in one negotiation round. */
  concessionPerRound: v.optional(v.pipe(v.number(), v.minValue(0.001), v.maxValue(1))),
  /** After this many rounds KF cuts what is left proportionally. */
  maxNegotiationRounds: v.optional(Days(20)),
  /** Day within the month (0 = the 1st) on which bodies that nobody prepares for meet. */
  meetingDayOfMonth: v.optional(Days(27)),
  /** Days between a body's meeting and the meeting of the body it prepares for (utskott → KS → KF). */
  chainStepDays: v.optional(Days(27)),
  /** Days after a month's end until its accounts are in the follow-up. */
  closeLagDays: v.optional(Days(60)),
  /** A matter (or a deviation) reaches a meeting only if it was ready this many days before it. */
  paperDeadlineDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60))),
  /** The deviation rule's basis: a fixed amount (MSEK) or a share of the holder's frame. */
  deviationThresholdBasis: v.optional(v.picklist(['amount', 'share'])),
  deviationThresholdMsek: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1000))),
  deviationThresholdShare: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(0.2))),
  /** Prior spread of a real cost trend (share of plan); sets how much of an observed drift the forecast
   *  believes: credibility k / (k + (σ_a / τ)²) after k months (Bühlmann). */
  forecastTrendSd: v.optional(v.pipe(v.number(), v.minValue(0.0001), v.maxValue(1))),
  /** Multiplier on every shock of the scenario (1 = as written). */
  shockScale: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(10))),
  /** Remedy: KS holds a reserve for the unforeseen (kommunstyrelsens oförutsedda medel). */
  remedyReserve: v.optional(v.boolean()),
  /** The reserve as a share of the revenue, set aside before the frames. */
  reserveShare: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(0.1))),
  /** Remedy: at the interim report per 31 August KF moves frames from holders with a surplus to holders
   *  with a deficit (omfördelning). */
  remedyReallocation: v.optional(v.boolean()),
  /** Remedy: results carry over to next year, so a surplus is not spent before year end. */
  remedyCarryOver: v.optional(v.boolean()),
  /** ω in the budget year: the share of one sector's surplus offered to another sector of the same
   *  holder (1 = KS nets perfectly; 0 = utskott defend their sectors as committees do). */
  omegaInYear: v.optional(Fraction),
  /** Budget deviation delegation to utskott: as each model file says, for every utskott, or for none. */
  budgetDelegation: v.optional(v.picklist(['model', 'all', 'none'])),
  /** Share of an agenda item that one report of a delegated decision takes. */
  reportItemWeight: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  /** Agenda items one budget unit's monthly follow-up takes at the meeting that follows it up. */
  followUpItems: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(20))),
  /** Officials' drafting time: minimum and mean extra (exponential) in days; rework after återremiss. */
  preparationMinDays: v.optional(Days(365)),
  preparationMeanExtraDays: v.optional(v.pipe(v.number(), v.minValue(0.1), v.maxValue(365))),
  reworkMinDays: v.optional(Days(365)),
  reworkMeanExtraDays: v.optional(v.pipe(v.number(), v.minValue(0.1), v.maxValue(365))),
} as const;

export const ScenarioSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: IdSchema,
  name: TextSchema,
  description: TextSchema,
  status: v.picklist(['documented', 'example']),
  /** κ: how much a holder's members act for the whole municipality (0 = only for their silo). */
  kappa: Fraction,
  /** ω: how much the budget holder's view outweighs the preparing body's (DESIGN §4.1). */
  omega: Fraction,
  /** λ as a multiple of the calibrated tax cost: at 1, one holder of everything demands exactly the revenue
   *  (frame-setting.ts divides by the revenue R, so λ_effective = lambda / R). */
  lambda: v.pipe(v.number(), v.gtValue(0), v.maxValue(1000)),
  /** Multiplier on every area's volatility (1 = the model's own values). */
  volatilityScale: v.pipe(v.number(), v.minValue(0), v.maxValue(10)),
  /** Cost trend over the year as a share of planned cost (e.g. 0.01 = 1 % over budget). */
  trend: v.pipe(v.number(), v.minValue(-0.5), v.maxValue(0.5)),
  /** Share of a forecast surplus that a silo spends before year end when results do not carry over. */
  surplusSpendShare: Fraction,
  shocks: v.pipe(v.array(ShockSchema), v.maxLength(50)),
  matterRates: MatterRatesSchema,
  /** Probability that a matter is referred back (återremiss) at its decision. */
  referBackProbability: Fraction,
  /** Matters a body can handle at one meeting; the rest wait for the next meeting. */
  agendaCapacity: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
  seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(4_294_967_295)),
  ...ScenarioAssumptionFields,
});

export type Shock = v.InferOutput<typeof ShockSchema>;
export type MatterRates = v.InferOutput<typeof MatterRatesSchema>;
export type Scenario = v.InferOutput<typeof ScenarioSchema>;
