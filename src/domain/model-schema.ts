// The shape of an organisation model file (DESIGN §2), defined once with valibot. It gives the
// TypeScript types (`Model`, `Body`, …) and, through scripts/write-json-schema.ts, the checked-in
// JSON Schema `models/model.schema.json` that editors use to complete hand-edited files.
// Structural rules live here; rules that relate parts of a model to each other live in validate-model.ts.
//
// Status per value. Every figure has its own status: `documented` (from a cited public source or seed
// file), `example` (an illustrative value of the tool) or `own` (typed by a user in a draft: neither
// documented nor the tool's example). A body, service area, department, the council and the cost
// parameters carry a `status` and `sources` for the object as a whole (that it exists, its name and
// links) and, optionally, a `facts` map from a field name to that one value's `{ status, sources }`:
//
//   { "id": "kf", "members": 35, "meetingsPerYear": 5, "status": "documented", "sources": ["ange-kf"],
//     "facts": { "meetingsPerYear": { "status": "documented", "sources": ["ange-kf"] } } }
//
// A value without an entry in `facts` takes its object's status and sources, and an object without a
// status takes the model's, so files written before `facts` existed read exactly as before. The one
// place that resolves a value's status is value-status.ts (`valueStatus`, `valueSources`); the keys
// each object allows are the `*_FACT_FIELDS` lists below.
import * as v from 'valibot';

/** Largest count the tool accepts for seats, meetings etc.; far above any real municipality. */
export const MAX_COUNT = 10_000;
/** Largest net cost in MSEK of one service area; Stockholm's whole budget is below this. */
export const MAX_MSEK = 1_000_000;

export const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'id: lowercase letters, digits and hyphens, at most 64'),
);

export const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNT));

export const TextSchema = v.strictObject({
  sv: v.pipe(v.string(), v.maxLength(2000)),
  en: v.pipe(v.string(), v.maxLength(2000)),
});

/** `documented`: the value comes from a cited source; `example`: illustrative, shown as such. */
export const StatusSchema = v.picklist(['documented', 'example']);

/** The status of one value; `own` is a value the user typed in a draft (see the header). */
export const VALUE_STATUSES = ['documented', 'example', 'own'] as const;
export const ValueStatusSchema = v.picklist(VALUE_STATUSES);

/** One value's status and, for a documented value, the ids of the model's sources that give it. */
export const ValueFactSchema = v.strictObject({
  status: ValueStatusSchema,
  sources: v.optional(v.pipe(v.array(IdSchema), v.maxLength(50))),
});

/** Fields of each object that may have a status of their own in its `facts` map. */
export const BODY_FACT_FIELDS = ['members', 'substitutes', 'meetingsPerYear'] as const;
export const AREA_FACT_FIELDS = ['netCostMsek', 'budgetHolder', 'flexibility', 'volatility', 'priorityWeight'] as const;
export const DEPARTMENT_FACT_FIELDS = ['reportsTo'] as const;
export const COUNCIL_FACT_FIELDS = ['parties', 'cooperations', 'electionYear'] as const;
export const COST_FACT_FIELDS = ['feePerMeetingSek', 'substituteAttendance'] as const;

const OptionalFact = v.optional(ValueFactSchema);

export const BodyFactsSchema = v.strictObject({
  members: OptionalFact,
  substitutes: OptionalFact,
  meetingsPerYear: OptionalFact,
});
export const AreaFactsSchema = v.strictObject({
  netCostMsek: OptionalFact,
  budgetHolder: OptionalFact,
  flexibility: OptionalFact,
  volatility: OptionalFact,
  priorityWeight: OptionalFact,
});
export const DepartmentFactsSchema = v.strictObject({ reportsTo: OptionalFact });
export const CouncilFactsSchema = v.strictObject({
  parties: OptionalFact,
  cooperations: OptionalFact,
  electionYear: OptionalFact,
});
export const CostFactsSchema = v.strictObject({
  feePerMeetingSek: OptionalFact,
  substituteAttendance: OptionalFact,
});

export const SourceSchema = v.strictObject({
  id: IdSchema,
  /** `seed`: a file in shared/seeds; `public`: a public municipal or SKR page; `law`: SFS text;
   *  `example`: a note on where the model's example values come from. */
  kind: v.picklist(['seed', 'public', 'law', 'example']),
  /** Seed file name, or "<municipality>, <page or document>, <year>", or "SFS 2017:725 6 kap. 1 §". */
  reference: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  /** What the source says that this model uses. */
  says: TextSchema,
});

export const BODY_KINDS = [
  'council',
  'executiveBoard',
  'committee',
  'subcommittee',
  'draftingCommittee',
  'electionCommittee',
] as const;
export const BodyKindSchema = v.picklist(BODY_KINDS);

/** Laws under which individual cases (myndighetsutövning mot enskild) are decided: socialtjänstlagen,
 *  lagen med särskilda bestämmelser om vård av unga, lagen om stöd och service till vissa funktionshindrade. */
export const INDIVIDUAL_CASE_LAWS = ['SoL', 'LVU', 'LSS'] as const;
export const IndividualCaseLawSchema = v.picklist(INDIVIDUAL_CASE_LAWS);

export const DelegationSchema = v.strictObject({
  /** May decide the ordinary matters of the areas it prepares (single-area and cross-area). */
  matters: v.boolean(),
  /** May decide measures on budget deviations within its areas' frames. */
  budgetDeviations: v.boolean(),
  /** Decides individual cases under these laws (myndighetsutövning), by delegation from its nämnd. */
  individualCases: v.optional(v.pipe(v.array(IndividualCaseLawSchema), v.maxLength(INDIVIDUAL_CASE_LAWS.length))),
  /** The chair may decide urgent matters on the body's behalf (kommunallagen 6 kap. 39 §). */
  urgentByChair: v.optional(v.boolean()),
  /** The body delegates decisions to officials in a delegationsordning (kommunallagen 7 kap. 5 §). */
  toOfficials: v.optional(v.boolean()),
});

export const BodySchema = v.strictObject({
  id: IdSchema,
  kind: BodyKindSchema,
  name: TextSchema,
  /** The body this one sits under: KF for nämnder, the nämnd for an utskott. Absent only for KF. */
  parent: v.optional(IdSchema),
  members: CountSchema,
  substitutes: CountSchema,
  meetingsPerYear: CountSchema,
  /** The body's own meeting dates as "MM-DD" (where a source gives them); without them the calendar rule
   *  of DESIGN §4.2 spreads `meetingsPerYear` over the year alike for every body. */
  meetingDates: v.optional(v.pipe(v.array(v.pipe(v.string(), v.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date: MM-DD'))), v.maxLength(365))),
  delegation: v.optional(DelegationSchema),
  /** Other municipalities a joint committee (gemensam nämnd) is shared with. */
  sharedWith: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(20))),
  status: v.optional(StatusSchema),
  sources: v.optional(v.pipe(v.array(IdSchema), v.maxLength(50))),
  /** Status and sources of single values, where they differ from the body's. */
  facts: v.optional(BodyFactsSchema),
});

export const Fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

export const ServiceAreaSchema = v.strictObject({
  id: IdSchema,
  name: TextSchema,
  /** Annual net cost in MSEK. */
  netCostMsek: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_MSEK)),
  /** The body that owns this area's frame (budgetram). */
  budgetHolder: IdSchema,
  /** The utskott or committee that prepares this area's matters. */
  preparedBy: IdSchema,
  department: IdSchema,
  /** Share of the cost that can be changed within the year (0–1). */
  flexibility: Fraction,
  /** Monthly standard deviation of cost as a share of planned monthly cost. */
  volatility: v.pipe(v.number(), v.minValue(0), v.maxValue(2)),
  /** β_a in the frame-setting model: the area's priority weight (> 0). */
  priorityWeight: v.pipe(v.number(), v.gtValue(0), v.maxValue(1000)),
  status: v.optional(StatusSchema),
  sources: v.optional(v.pipe(v.array(IdSchema), v.maxLength(50))),
  /** Status and sources of single values, where they differ from the area's. */
  facts: v.optional(AreaFactsSchema),
});

/** Levels of the administrative organisation: the kommundirektör at the root (kommunallagen 7 kap.: the
 *  board appoints a director who leads the employees), a förvaltning (or sektor), a verksamhetsområde, an
 *  enhet, and a staff function (stab: HR, economy, communication …) beside the line. */
export const UNIT_KINDS = ['director', 'department', 'area', 'unit', 'staff'] as const;
export const UnitKindSchema = v.picklist(UNIT_KINDS);

export const DepartmentSchema = v.strictObject({
  id: IdSchema,
  name: TextSchema,
  /** The political body this unit serves and reports to (a standing body, never a temporary beredning). */
  reportsTo: IdSchema,
  /** The level of the unit; absent means a förvaltning. */
  kind: v.optional(UnitKindSchema),
  /** The unit above this one in the administrative tree (the kommundirektör for a förvaltning). */
  parent: v.optional(IdSchema),
  status: v.optional(StatusSchema),
  sources: v.optional(v.pipe(v.array(IdSchema), v.maxLength(50))),
  /** Status and sources of the link to the body it reports to, where they differ from the department's. */
  facts: v.optional(DepartmentFactsSchema),
});

export const PartyCodeSchema = v.pipe(v.string(), v.regex(/^[A-Za-zÅÄÖåäö0-9]{1,12}$/, 'party code'));

export const CouncilSchema = v.strictObject({
  /** KF mandates per party group, e.g. { "S": 14, "C": 4 }. Must sum to KF's seats. */
  parties: v.optional(v.pipe(v.record(PartyCodeSchema, CountSchema), v.maxEntries(50))),
  /** Valteknisk samverkan: a joint group name and the parties in it, in list order. */
  cooperations: v.optional(v.pipe(v.record(PartyCodeSchema, v.pipe(v.array(PartyCodeSchema), v.minLength(2), v.maxLength(50))), v.maxEntries(50))),
  electionYear: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100))),
  status: v.optional(StatusSchema),
  sources: v.optional(v.pipe(v.array(IdSchema), v.maxLength(50))),
  /** Status and sources of single values (the mandates, the cooperations, the election year). */
  facts: v.optional(CouncilFactsSchema),
});

const SekSchema = v.pipe(v.number(), v.minValue(0), v.maxValue(10_000_000));

export const CostParametersSchema = v.strictObject({
  /** Arvode per person and meeting (SEK). */
  feePerMeetingSek: v.pipe(v.number(), v.minValue(0), v.maxValue(1_000_000)),
  /** Share of substitutes who attend a meeting (0–1); attending substitutes are paid too. */
  substituteAttendance: Fraction,
  /** Yearly fee (årsarvode) of the chair of each kind of body (SEK); kinds left out get none. */
  chairAnnualFeeSek: v.optional(v.strictObject({
    council: v.optional(SekSchema),
    executiveBoard: v.optional(SekSchema),
    committee: v.optional(SekSchema),
    subcommittee: v.optional(SekSchema),
    draftingCommittee: v.optional(SekSchema),
    electionCommittee: v.optional(SekSchema),
  })),
  /** The vice chair's yearly fee as a share of the chair's (0–1). */
  viceChairShare: v.optional(Fraction),
  /** Compensation for lost income (förlorad arbetsinkomst) per attendance of those who claim it (SEK). */
  lostIncomePerAttendanceSek: v.optional(SekSchema),
  /** Share of attendances for which lost income is claimed (0–1). */
  lostIncomeClaimShare: v.optional(Fraction),
  /** Where the values come from, e.g. "Ånge kommun, Arvodesreglemente 2019". */
  reference: v.optional(v.pipe(v.string(), v.maxLength(500))),
  status: StatusSchema,
  sources: v.optional(v.pipe(v.array(IdSchema), v.maxLength(50))),
  /** Status and sources of single values, where they differ from `status`. */
  facts: v.optional(CostFactsSchema),
});

/** A goal a body owns (DESIGN §12, trust-based steering as Helsingborg practises it, seed 004). */
export const GoalSchema = v.strictObject({
  /** The body that owns the goal (its `id`). */
  owner: IdSchema,
  text: TextSchema,
  /** How the goal is followed up, when it has an indicator. */
  indicator: v.optional(TextSchema),
  status: v.optional(StatusSchema),
  sources: v.optional(v.pipe(v.array(IdSchema), v.maxLength(50))),
});

export const ModelSchema = v.strictObject({
  /** The JSON Schema an editor checks the file with, e.g. "./model.schema.json". */
  $schema: v.optional(v.pipe(v.string(), v.maxLength(500))),
  id: IdSchema,
  municipality: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  name: TextSchema,
  description: TextSchema,
  status: StatusSchema,
  sources: v.pipe(v.array(SourceSchema), v.maxLength(100)),
  council: CouncilSchema,
  bodies: v.pipe(v.array(BodySchema), v.minLength(1), v.maxLength(500)),
  serviceAreas: v.pipe(v.array(ServiceAreaSchema), v.maxLength(500)),
  departments: v.pipe(v.array(DepartmentSchema), v.maxLength(500)),
  costParameters: v.optional(CostParametersSchema),
  /** Goals per body; optional, absent in a model that does not describe its goals. */
  goals: v.optional(v.pipe(v.array(GoalSchema), v.maxLength(500))),
});

export type Text = v.InferOutput<typeof TextSchema>;
export type Status = v.InferOutput<typeof StatusSchema>;
export type ValueStatus = v.InferOutput<typeof ValueStatusSchema>;
export type ValueFact = v.InferOutput<typeof ValueFactSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type BodyKind = v.InferOutput<typeof BodyKindSchema>;
export type Body = v.InferOutput<typeof BodySchema>;
export type ServiceArea = v.InferOutput<typeof ServiceAreaSchema>;
export type Department = v.InferOutput<typeof DepartmentSchema>;
export type UnitKind = v.InferOutput<typeof UnitKindSchema>;
export type IndividualCaseLaw = v.InferOutput<typeof IndividualCaseLawSchema>;
export type Delegation = v.InferOutput<typeof DelegationSchema>;
export type Council = v.InferOutput<typeof CouncilSchema>;
export type CostParameters = v.InferOutput<typeof CostParametersSchema>;
export type Goal = v.InferOutput<typeof GoalSchema>;
export type Model = v.InferOutput<typeof ModelSchema>;

/** Example arvode values used when a model gives none (labelled as examples in the UI). */
export const DEFAULT_COST_PARAMETERS: CostParameters = {
  feePerMeetingSek: 1_500,
  substituteAttendance: 0.3,
  status: 'example',
};
