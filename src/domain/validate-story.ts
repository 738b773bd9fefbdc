// Validates a parsed story file (story-schema.ts) against what the tool has: the envelope first, then each
// step on its own — its shape, the fields its view uses, known models, scenario and sources, and every
// `{model.figure}` placeholder — so a story with a broken step keeps the rest and the broken step can say
// exactly what is wrong (in Swedish and English, with the step's path). Never throws, whatever the input.
import type { Text } from './model-schema';
import { capIssues, internalErrorIssue } from './validate-model';
import { checkAgainstSchema } from './schema-issues';
import { figureRefText, narrationParts, parseFigureRef, refModels } from './story-figure-names';
import {
  StoryEnvelopeSchema,
  StoryStepSchema,
  type StepState,
  type StoryEnvelope,
  type StoryStep,
  type StoryView,
  MAX_TAKEAWAY_WORDS,
  type SlideChart,
} from './story-schema';
import { errorIssue, type Issue } from './validation-issue';

/** What the tool has: the ids of valid models and of shipped scenarios. */
export interface StoryCatalogue {
  modelIds: readonly string[];
  scenarioIds: readonly string[];
}

export type StoryStepEntry =
  | { ok: true; step: StoryStep }
  /** A broken step: its title when readable (for the list of steps), and what is wrong. */
  | { ok: false; title: Text | undefined; issues: Issue[] };

export interface LoadedStory extends Omit<StoryEnvelope, 'steps'> {
  steps: StoryStepEntry[];
}

export type StoryValidation = { ok: true; story: LoadedStory } | { ok: false; issues: Issue[] };

/** A seed file in shared/seeds: three digits, an underscore, sixteen hex digits. */
export const SEED_FILE_PATTERN = /^\d{3}_[0-9a-f]{16}\.txt$/;

/** The fields each view reads from `state`, and how many models it shows. */
const VIEW_RULES: Record<StoryView, { models?: readonly [number, number]; fields: readonly (keyof StepState)[] }> = {
  compare: { models: [2, 3], fields: ['models', 'highlight'] },
  simulate: { models: [1, 3], fields: ['models', 'month', 'sweep', 'highlight'] },
  process: { models: [2, 2], fields: ['models', 'machine', 'matter', 'highlight'] },
  model: { models: [1, 1], fields: ['models', 'highlight'] },
  draft: { fields: [] },
  about: { fields: [] },
  text: { fields: [] },
};
/** Any step may set the scenario its simulated figures are computed in, and what its chart plots. */
const FIGURE_CONTEXT_FIELDS: readonly (keyof StepState)[] = ['scenario', 'seed', 'kappa', 'omega', 'metrics', 'milestone', 'sweep'];

/** How many organisations each chart draws (the slide's picture, story-schema.ts). */
const CHART_MODELS: Record<SlideChart, readonly [number, number]> = {
  seats: [1, 3],
  budget: [1, 3],
  paired: [2, 2],
  bands: [1, 3],
  sweep: [2, 2],
  concentration: [1, 3],
  pipes: [1, 3],
  swimlane: [1, 3],
  timeline: [0, 3],
  documents: [1, 3],
  influence: [2, 2],
  map: [2, 2],
};

/** Words of a takeaway as a reader counts them: runs of letters or digits (a placeholder is one). */
export function takeawayWords(text: string): number {
  return text.replace(/\{[^{}]*\}/g, ' 0 ').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function stepIssue(index: number, field: string, code: string, message: Text): Issue {
  return errorIssue(`steps[${index}]${field === '' ? '' : `.${field}`}`, code, message);
}

function titleOf(raw: unknown): Text | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const title: unknown = Object.prototype.hasOwnProperty.call(raw, 'title') ? (raw as Record<string, unknown>).title : undefined;
  if (typeof title !== 'object' || title === null) return undefined;
  const { sv, en } = title as Record<string, unknown>;
  return typeof sv === 'string' && typeof en === 'string' && sv.length <= 200 && en.length <= 200 ? { sv, en } : undefined;
}

/** Placeholders of one text: each must be `{model.figure}` with a known model and figure. */
function placeholderIssues(index: number, field: string, text: string, catalogue: StoryCatalogue): Issue[] {
  const issues: Issue[] = [];
  for (const part of narrationParts(text)) {
    if (part.kind === 'bad') {
      const raw = part.raw.length > 60 ? `${part.raw.slice(0, 59)}…` : part.raw;
      issues.push(
        part.parse.ok || part.parse.reason === 'syntax'
          ? stepIssue(index, field, 'story.placeholder-syntax', {
              sv: `${raw} är ingen giltig siffra att fylla i; skriv {modell.uppgift}, t.ex. {ange-today.trappedSurplus}.`,
              en: `${raw} is not a valid figure to fill in; write {model.figure}, e.g. {ange-today.trappedSurplus}.`,
            })
          : part.parse.reason === 'statNeedsRuns'
            ? stepIssue(index, field, 'story.stat-needs-runs', {
                sv: `${raw}: band, jämförelser år för år och andelar av år finns bara för simulerade uppgifter.`,
                en: `${raw}: bands, year-by-year comparisons and shares of years exist only for simulated figures.`,
              })
            : part.parse.reason === 'shareNeedsPair'
              ? stepIssue(index, field, 'story.share-needs-pair', {
                  sv: `${raw}: en andel av åren kräver två organisationer, t.ex. {ange-a~ange-today.trappedSurplus.better}.`,
                  en: `${raw}: a share of years needs two organisations, e.g. {ange-a~ange-today.trappedSurplus.better}.`,
                })
              : stepIssue(index, field, 'story.unknown-figure', {
                  sv: `${raw} nämner en uppgift som simuleringen inte ger.`,
                  en: `${raw} names a figure the simulation does not produce.`,
                }),
      );
    } else if (part.kind === 'figure') {
      for (const id of refModels(part.ref)) {
        if (catalogue.modelIds.includes(id)) continue;
        issues.push(
          stepIssue(index, field, 'story.unknown-model', {
            sv: `${part.raw} nämner organisationen "${id}", som inte finns.`,
            en: `${part.raw} names the organisation "${id}", which does not exist.`,
          }),
        );
      }
    }
  }
  return issues;
}

const refsOf = (text: string): string[] =>
  [...new Set(narrationParts(text).flatMap((part) => (part.kind === 'figure' ? [figureRefText(part.ref)] : [])))].sort();

/** The rules between a schema-valid step and the rest of the tool. */
function stepRuleIssues(index: number, step: StoryStep, sourceIds: ReadonlySet<string>, catalogue: StoryCatalogue): Issue[] {
  const issues: Issue[] = [];
  const rules = VIEW_RULES[step.view];
  const state: StepState = step.state ?? {};
  for (const field of Object.keys(state) as (keyof StepState)[]) {
    if (!rules.fields.includes(field) && !FIGURE_CONTEXT_FIELDS.includes(field)) {
      issues.push(
        stepIssue(index, `state.${field}`, 'story.field-for-view', {
          sv: `Fältet \`${field}\` används inte av vyn "${step.view}". Fält som vyn läser: ${[...rules.fields, ...FIGURE_CONTEXT_FIELDS].join(', ')}.`,
          en: `The field \`${field}\` is not used by the view "${step.view}". Fields the view reads: ${[...rules.fields, ...FIGURE_CONTEXT_FIELDS].join(', ')}.`,
        }),
      );
    }
  }
  const models = state.models ?? [];
  if (rules.models) {
    const [min, max] = rules.models;
    if (models.length < min || models.length > max) {
      const wanted = min === max ? `${min}` : `${min}–${max}`;
      issues.push(
        stepIssue(index, 'state.models', 'story.models-count', {
          sv: `Vyn "${step.view}" visar ${wanted} organisationer; steget anger ${models.length}.`,
          en: `The view "${step.view}" shows ${wanted} organisations; the step names ${models.length}.`,
        }),
      );
    }
  }
  models.forEach((id, i) => {
    if (!catalogue.modelIds.includes(id)) {
      issues.push(
        stepIssue(index, `state.models[${i}]`, 'story.unknown-model', {
          sv: `Det finns ingen organisation med id "${id}".`,
          en: `There is no organisation with id "${id}".`,
        }),
      );
    }
  });
  if (state.scenario !== undefined && !catalogue.scenarioIds.includes(state.scenario)) {
    issues.push(
      stepIssue(index, 'state.scenario', 'story.unknown-scenario', {
        sv: `Det finns inget scenario "${state.scenario}". Scenarier: ${catalogue.scenarioIds.join(', ')}.`,
        en: `There is no scenario "${state.scenario}". Scenarios: ${catalogue.scenarioIds.join(', ')}.`,
      }),
    );
  }
  step.sources.forEach((id, i) => {
    if (!sourceIds.has(id)) {
      issues.push(
        stepIssue(index, `sources[${i}]`, 'story.unknown-source', {
          sv: `Källan "${id}" finns inte i berättelsens källförteckning.`,
          en: `The source "${id}" is not in the story's list of sources.`,
        }),
      );
    }
  });
  (step.figures ?? []).forEach((text, i) => {
    const parsed = parseFigureRef(text);
    if (!parsed.ok) {
      issues.push(
        stepIssue(index, `figures[${i}]`, 'story.unknown-figure', {
          sv: `"${text}" är ingen uppgift som simuleringen ger.`,
          en: `"${text}" is not a figure the simulation produces.`,
        }),
      );
    } else {
      for (const id of refModels(parsed.ref)) {
        if (catalogue.modelIds.includes(id)) continue;
        issues.push(
          stepIssue(index, `figures[${i}]`, 'story.unknown-model', {
            sv: `"${text}" nämner organisationen "${id}", som inte finns.`,
            en: `"${text}" names the organisation "${id}", which does not exist.`,
          }),
        );
      }
    }
  });
  const chart = step.chart;
  if (chart !== undefined) {
    const [min, max] = CHART_MODELS[chart];
    if (models.length < min || models.length > max) {
      const wanted = min === max ? `${min}` : `${min}–${max}`;
      issues.push(
        stepIssue(index, 'chart', 'story.chart-models', {
          sv: `Bilden "${chart}" visar ${wanted} organisationer; steget anger ${models.length}.`,
          en: `The chart "${chart}" shows ${wanted} organisations; the step names ${models.length}.`,
        }),
      );
    }
  }
  for (const lang of ['sv', 'en'] as const) {
    const words = takeawayWords(step.takeaway[lang]);
    if (words === 0 || words > MAX_TAKEAWAY_WORDS) {
      issues.push(
        stepIssue(index, `takeaway.${lang}`, 'story.takeaway-length', {
          sv: `Budskapet ska vara en mening på högst ${MAX_TAKEAWAY_WORDS} ord; det har ${words}.`,
          en: `The takeaway must be one sentence of at most ${MAX_TAKEAWAY_WORDS} words; it has ${words}.`,
        }),
      );
    }
  }
  if (refsOf(step.takeaway.sv).join() !== refsOf(step.takeaway.en).join()) {
    issues.push(
      stepIssue(index, 'takeaway', 'story.placeholder-mismatch', {
        sv: 'Det svenska och det engelska budskapet ska citera samma siffror.',
        en: 'The Swedish and the English takeaway must quote the same figures.',
      }),
    );
  }
  const texts: [string, string][] = [
    ['takeaway.sv', step.takeaway.sv],
    ['takeaway.en', step.takeaway.en],
    ['narration.sv', step.narration.sv],
    ['narration.en', step.narration.en],
    ['notes.sv', step.notes.sv],
    ['notes.en', step.notes.en],
    ...(step.contested ?? []).flatMap((c, i): [string, string][] => [
      [`contested[${i}].note.sv`, c.note.sv],
      [`contested[${i}].note.en`, c.note.en],
    ]),
  ];
  for (const [field, text] of texts) issues.push(...placeholderIssues(index, field, text, catalogue));
  if (step.narration.sv.trim() === '' || step.narration.en.trim() === '') {
    issues.push(
      stepIssue(index, 'narration', 'story.empty-narration', {
        sv: 'Berättartexten ska finnas på både svenska och engelska.',
        en: 'The narration must be given in both Swedish and English.',
      }),
    );
  }
  if (refsOf(step.narration.sv).join() !== refsOf(step.narration.en).join()) {
    issues.push(
      stepIssue(index, 'narration', 'story.placeholder-mismatch', {
        sv: 'Den svenska och den engelska texten ska citera samma siffror.',
        en: 'The Swedish and the English text must quote the same figures.',
      }),
    );
  }
  return issues;
}

/** Checks one step; the issues' paths start at `steps[index]`. */
export function validateStoryStep(raw: unknown, index: number, sourceIds: ReadonlySet<string>, catalogue: StoryCatalogue): StoryStepEntry {
  const shape = checkAgainstSchema(StoryStepSchema, raw);
  if (!shape.ok) {
    const issues = shape.issues.map((issue) => ({ ...issue, path: `steps[${index}]${issue.path === '' ? '' : `.${issue.path}`}` }));
    return { ok: false, title: titleOf(raw), issues: capIssues(issues) };
  }
  const issues = stepRuleIssues(index, shape.output, sourceIds, catalogue);
  return issues.length === 0 ? { ok: true, step: shape.output } : { ok: false, title: shape.output.title, issues: capIssues(issues) };
}

export function validateStory(input: unknown, catalogue: StoryCatalogue): StoryValidation {
  try {
    const envelope = checkAgainstSchema(StoryEnvelopeSchema, input);
    if (!envelope.ok) return { ok: false, issues: capIssues(envelope.issues) };
    const { steps, ...rest } = envelope.output;
    const issues: Issue[] = [];
    const sourceIds = new Set<string>();
    rest.sources.forEach((source, i) => {
      if (sourceIds.has(source.id)) {
        issues.push(
          errorIssue(`sources[${i}].id`, 'story.duplicate-source', {
            sv: `Källan "${source.id}" står två gånger.`,
            en: `The source "${source.id}" appears twice.`,
          }),
        );
      }
      sourceIds.add(source.id);
      if (source.kind === 'seed' && !SEED_FILE_PATTERN.test(source.reference)) {
        issues.push(
          errorIssue(`sources[${i}].reference`, 'story.seed-reference', {
            sv: `En källa av slaget seed ska ange källdokumentets filnamn (t.ex. 002_297859565b2dff9a.txt), inte "${source.reference.slice(0, 60)}".`,
            en: `A source of kind seed must give the source document's file name (e.g. 002_297859565b2dff9a.txt), not "${source.reference.slice(0, 60)}".`,
          }),
        );
      }
    });
    (rest.road ?? []).forEach((date, i) => {
      if (date.status === 'documented' && (date.source === undefined || !sourceIds.has(date.source))) {
        issues.push(
          errorIssue(`road[${i}].source`, 'story.road-source', {
            sv: 'Ett datum som har hänt ska ange en källa ur berättelsens källförteckning; ett planerat datum är ett exempel.',
            en: "A date that happened must name a source from the story's list of sources; a planned date is an example.",
          }),
        );
      }
    });
    if (issues.length > 0) return { ok: false, issues };
    return { ok: true, story: { ...rest, steps: steps.map((raw, index) => validateStoryStep(raw, index, sourceIds, catalogue)) } };
  } catch {
    return { ok: false, issues: [internalErrorIssue()] };
  }
}
