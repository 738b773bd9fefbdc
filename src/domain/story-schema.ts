// The shape of a story file (stories/*.json, DESIGN §7): a presentation as data, an ordered list of steps,
// each naming a view of the tool with the state its link carries (models, scenario, seed, month, machine,
// what to highlight), narration and presenter notes in Swedish and English, the sources it rests on and
// the contested assumptions its result depends on. Defined once with valibot; it gives the TypeScript
// types and, through scripts/write-json-schema.ts, the checked-in `stories/story.schema.json`.
// Rules between the parts (known models, scenarios, source ids, placeholders) live in validate-story.ts.
import * as v from 'valibot';
import { IdSchema, SourceSchema, TextSchema } from './model-schema';

/** The views a step can show; `text` is a plain narrative slide without a view behind it. */
export const STORY_VIEWS = ['compare', 'simulate', 'process', 'draft', 'about', 'model', 'text'] as const;
export type StoryView = (typeof STORY_VIEWS)[number];

/** Process machines and example matters, spelt as the Process view's link spells them. */
export const STORY_MACHINES = ['matter', 'budget-year', 'deviation', 'reorganisation'] as const;
export const STORY_MATTERS = ['single-area', 'cross-area', 'deviation', 'council'] as const;
/** Assumptions the Simulate view can sweep to show where a result holds. */
export const STORY_SWEEPS = ['kappa', 'omega', 'shockScale', 'volatilityScale'] as const;
/** What a step puts on the big screen beside its narration: the view's chart, or its key figures. */
export const STORY_HIGHLIGHTS = ['chart', 'figures'] as const;

/**
 * Assumptions the working group may contest (DESIGN §9): κ and ω of frame setting, λ, the share of a
 * surplus a silo spends, the example matter rates, and the example net costs of the model files.
 */
export const CONTESTED_ASSUMPTIONS = ['kappa', 'omega', 'lambda', 'surplusSpendShare', 'matterRates', 'netCosts'] as const;

const Fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const Seed = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(4_294_967_295));
/** `model.figure`, e.g. `ange-today.trappedSurplus` (names in story-figure-names.ts). */
export const FigureRefTextSchema = v.pipe(
  v.string(),
  v.maxLength(200),
  v.regex(/^[a-z0-9][a-z0-9-]{0,63}(~[a-z0-9][a-z0-9-]{0,63})?\.[A-Za-z][A-Za-z0-9]{0,63}(\.(median|p10|p90|better|worse|ties))?$/, 'model.figure'),
);

/**
 * The picture a slide shows (DESIGN §7: one chart that fills the stage): seats as dots, the budget split
 * between its holders, many-year paired years, medians with their bands, a sweep of a contested
 * assumption, the concentration in KS, the pipes month by month, a matter's swimlane, the road to a new
 * organisation as a timeline, the steering documents to update together, and the robustness analysis's
 * influence bars and 2-D map. Without one the view decides (compare → seats, simulate → pipes, …).
 */
export const SLIDE_CHARTS = [
  'seats',
  'budget',
  'paired',
  'bands',
  'sweep',
  'concentration',
  'pipes',
  'swimlane',
  'timeline',
  'documents',
  'influence',
  'map',
] as const;
export type SlideChart = (typeof SLIDE_CHARTS)[number];

/** Milestones of the road to a new organisation (the reorganisation machine's states, DESIGN §5). */
export const ROAD_MILESTONES = [
  'workingGroup',
  'hearing',
  'directionDecision',
  'drafting',
  'organisationDecision',
  'updatingSteeringDocuments',
  'inForce',
  'evaluated',
] as const;
export type RoadMilestone = (typeof ROAD_MILESTONES)[number];

/** The many-year figures a chart can plot (the simulated figures of story-figure-names.ts). */
export const CHART_METRICS = [
  'trappedSurplus',
  'yearResult',
  'daysToCover',
  'appropriationsMsek',
  'benefitLost',
  'allocativeLoss',
  'overDemand',
  'leadTime',
  'handoversPerMatter',
  'ksMattersPerMeeting',
] as const;
export type ChartMetric = (typeof CHART_METRICS)[number];

/** The state the step's view is opened with; it becomes the view's link ("Utforska"). */
export const StepStateSchema = v.strictObject({
  /** Model ids in the order shown. */
  models: v.optional(v.pipe(v.array(IdSchema), v.minLength(1), v.maxLength(3))),
  /** Shipped scenario id; also the scenario the step's simulated figures are computed in (default baseline). */
  scenario: v.optional(IdSchema),
  /** Seed of the example year; default the scenario's. */
  seed: v.optional(Seed),
  /** Month-end the pipes show, 1–12. */
  month: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12))),
  machine: v.optional(v.picklist(STORY_MACHINES)),
  matter: v.optional(v.picklist(STORY_MATTERS)),
  /** κ and ω in place of the scenario's, to show a result under another value of a contested assumption. */
  kappa: v.optional(Fraction),
  omega: v.optional(Fraction),
  sweep: v.optional(v.picklist(STORY_SWEEPS)),
  highlight: v.optional(v.picklist(STORY_HIGHLIGHTS)),
  /** The many-year figures the slide's chart plots (paired, bands, sweep), first = headline. */
  metrics: v.optional(v.pipe(v.array(v.picklist(CHART_METRICS)), v.minLength(1), v.maxLength(3))),
  /** The milestone the timeline marks. */
  milestone: v.optional(v.picklist(ROAD_MILESTONES)),
});

export const ContestedSchema = v.strictObject({
  assumption: v.picklist(CONTESTED_ASSUMPTIONS),
  /** How the step's result depends on it. */
  note: TextSchema,
});

/** A takeaway: the one sentence on the big screen (at most 20 words, checked in validate-story.ts). */
export const MAX_TAKEAWAY_WORDS = 20;

export const StoryStepSchema = v.strictObject({
  view: v.picklist(STORY_VIEWS),
  title: TextSchema,
  /** The one sentence the audience reads; `{model.figure}` placeholders are filled at show time. */
  takeaway: TextSchema,
  /** The picture on the stage; default from the view. */
  chart: v.optional(v.picklist(SLIDE_CHARTS)),
  /** A robustness statement the slide shows with its sentence and box: a headline measure of the analysis, e.g. `daysToCover`. */
  statement: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/, 'measure id'))),
  state: v.optional(StepStateSchema),
  /** What the presenter says (the presenter window); `{model.figure}` placeholders are filled at show time. */
  narration: TextSchema,
  /** For the presenter's eyes only (the notes pane). */
  notes: TextSchema,
  /** Key figures shown as a table beside the narration. */
  figures: v.optional(v.pipe(v.array(FigureRefTextSchema), v.maxLength(24))),
  /** Ids of the story's sources this step rests on. */
  sources: v.pipe(v.array(IdSchema), v.maxLength(20)),
  contested: v.optional(v.pipe(v.array(ContestedSchema), v.maxLength(5))),
});

/**
 * A dated milestone of the road to a new organisation: a date that happened (`documented`, with the
 * source that says so) or a plan (`example`, shown as an example). Dates as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
export const RoadDateSchema = v.strictObject({
  milestone: v.picklist(ROAD_MILESTONES),
  date: v.pipe(v.string(), v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY-MM-DD')),
  status: v.picklist(['documented', 'example']),
  source: v.optional(IdSchema),
});
export type RoadDate = v.InferOutput<typeof RoadDateSchema>;

/** The story without its steps: steps are checked one by one, so a broken step does not sink the rest. */
export const StoryEnvelopeSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: IdSchema,
  title: TextSchema,
  description: TextSchema,
  /** Who the story is for and when it is shown. */
  audience: TextSchema,
  /** Seed files (kind `seed`, reference = file name) and public sources the steps cite by id. */
  sources: v.pipe(v.array(SourceSchema), v.minLength(1), v.maxLength(50)),
  /** The dates of the road to a new organisation its timeline shows, in the machine's order. */
  road: v.optional(v.pipe(v.array(RoadDateSchema), v.maxLength(ROAD_MILESTONES.length))),
  steps: v.pipe(v.array(v.unknown()), v.minLength(1), v.maxLength(60)),
});

/** The whole file, for the exported JSON Schema. */
export const StorySchema = v.strictObject({
  ...StoryEnvelopeSchema.entries,
  steps: v.pipe(v.array(StoryStepSchema), v.minLength(1), v.maxLength(60)),
});

export type StepState = v.InferOutput<typeof StepStateSchema>;
export type Contested = v.InferOutput<typeof ContestedSchema>;
export type StoryStep = v.InferOutput<typeof StoryStepSchema>;
export type StoryEnvelope = v.InferOutput<typeof StoryEnvelopeSchema>;
export type ContestedAssumption = (typeof CONTESTED_ASSUMPTIONS)[number];
