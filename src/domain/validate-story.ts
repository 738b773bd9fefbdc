// Validates a parsed story file (story-schema.ts) against what the tool has: the envelope first, then each
// step on its own — its shape, the fields its view uses, known models, scenario and sources, and every
// `{model.figure}` placeholder — so a story with a broken step keeps the rest and the broken step can say
// exactly what is wrong (in Swedish and English, with the step's path). Never throws, whatever the input.
import type { Text } from './model-schema';
import { capIssues, internalErrorIssue } from './validate-model';
import { checkAgainstSchema } from './schema-issues';
import { figureRefText, narrationParts, parseFigureRef } from './story-figure-names';
import {
  StoryEnvelopeSchema,
  StoryStepSchema,
  type StepState,
  type StoryEnvelope,
  type StoryStep,
  type StoryView,
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
/** Any step may set the scenario its simulated figures are computed in. */
const FIGURE_CONTEXT_FIELDS: readonly (keyof StepState)[] = ['scenario', 'seed', 'kappa', 'omega'];

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
          : stepIssue(index, field, 'story.unknown-figure', {
              sv: `${raw} nämner en uppgift som simuleringen inte ger.`,
              en: `${raw} names a figure the simulation does not produce.`,
            }),
      );
    } else if (part.kind === 'figure' && !catalogue.modelIds.includes(part.ref.modelId)) {
      issues.push(
        stepIssue(index, field, 'story.unknown-model', {
          sv: `${part.raw} nämner organisationen "${part.ref.modelId}", som inte finns.`,
          en: `${part.raw} names the organisation "${part.ref.modelId}", which does not exist.`,
        }),
      );
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
    } else if (!catalogue.modelIds.includes(parsed.ref.modelId)) {
      issues.push(
        stepIssue(index, `figures[${i}]`, 'story.unknown-model', {
          sv: `"${text}" nämner organisationen "${parsed.ref.modelId}", som inte finns.`,
          en: `"${text}" names the organisation "${parsed.ref.modelId}", which does not exist.`,
        }),
      );
    }
  });
  const texts: [string, string][] = [
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
    if (issues.length > 0) return { ok: false, issues };
    return { ok: true, story: { ...rest, steps: steps.map((raw, index) => validateStoryStep(raw, index, sourceIds, catalogue)) } };
  } catch {
    return { ok: false, issues: [internalErrorIssue()] };
  }
}
