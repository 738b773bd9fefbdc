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
});

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
  /** Share of a forecast surplus that a silo spends before year end rather than hand back. */
  surplusSpendShare: Fraction,
  shocks: v.pipe(v.array(ShockSchema), v.maxLength(50)),
  matterRates: MatterRatesSchema,
  /** Probability that a matter is referred back (återremiss) at its decision. */
  referBackProbability: Fraction,
  /** Matters a body can handle at one meeting; the rest wait for the next meeting. */
  agendaCapacity: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
  seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(4_294_967_295)),
  /** Frame-setting order (DESIGN §4.1): `bottomUp` (holders bid, KF cuts), `topDown` (KF fixes the total
   *  first) or `auto` (the default: top-down when one body holds every frame, bottom-up otherwise). */
  budgetProcess: v.optional(v.picklist(['auto', 'bottomUp', 'topDown'])),
});

export type Shock = v.InferOutput<typeof ShockSchema>;
export type MatterRates = v.InferOutput<typeof MatterRatesSchema>;
export type Scenario = v.InferOutput<typeof ScenarioSchema>;
