// The stories shipped in stories/ (DESIGN §7, issue 9): both pass the schema with every step intact; every
// step's view, models and scenario exist and its live link names them; every cited seed file is one of
// the five in SEEDS.md; no person's name appears; narration is there in both languages; every number in
// the narration is either a placeholder filled from the simulator (and the figure equals the engine's own
// output) or a fact a seed states; and stories/story.schema.json is what `npm run schema` writes.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveFacts } from '@/domain/derived-facts';
import { storyJsonSchemas, formatJsonSchemaFile } from '@/domain/json-schemas';
import type { Scenario } from '@/domain/scenario-schema';
import { narrationParts, STORY_FIGURES } from '@/domain/story-figure-names';
import { STORY_VIEWS, type StoryStep } from '@/domain/story-schema';
import { validateStory, type LoadedStory } from '@/domain/validate-story';
import { figureValue, formatFigure, journeyOf, type FigureWorld } from '@/features/present/story-figures';
import { livePath } from '@/features/present/story-urls';
import { parseScenario } from '@/simulation/load-scenario';
import { runYear } from '@/simulation/run-year';
import { shippedModelFiles } from '../render/shipped-model-files';

const STORIES_DIR = new URL('../../stories/', import.meta.url);
const SCENARIOS_DIR = new URL('../../models/scenarios/', import.meta.url);

/** The five seed documents listed in SEEDS.md (CI has no ../shared, so names are checked against this). */
const SEED_FILES = [
  '000_44de579de8aeb630.txt',
  '001_70073988bf91b81a.txt',
  '002_297859565b2dff9a.txt',
  '003_55ad4e35ba3d1ee8.txt',
  '004_dc18b45cb12f9112.txt',
];

/** Every person named in the seeds (002's participants and hosts, 004's speakers): none may appear. */
const PERSON_NAMES = [
  'Erik', 'Lövgren', 'Calle', 'Svensson', 'Birgitta', 'Bohlin', 'Filipsson', 'H-E', 'Bäck', 'Leif', 'Edh',
  'Björn', 'Magnusson', 'Dennis', 'Hjalmarsson', 'Mikael', 'Lindfors', 'Madeleine', 'Jakobsson', 'Grethel',
  'Broman', 'Nicke', 'Grahn', 'Mathias', 'Lindquist', 'Urban', 'Karlsson', 'Jan-Olov', 'Appel', 'Abrahamsson',
];

/**
 * Numbers a story may write out because a seed states them (everything else is a placeholder):
 * 002 — the hearing "den 1 juni klockan 18.30", the minutes dated "2020 05 20", the agreed points 1–4,
 * Munkfors's utskott with "5 ordinarie ledamöter och 5 ersättare"; and 0 and 1, the ends of κ's range and
 * the n_eff of one single budget, which are definitions rather than results.
 */
const SEED_NUMBERS = new Set(['0', '1', '2', '3', '4', '5', '18.30', '20', '2020']);

const models = shippedModelFiles().map((entry) => entry.model);
const scenarios = new Map<string, Scenario>(
  readdirSync(SCENARIOS_DIR).flatMap((file) => {
    const loaded = parseScenario(JSON.parse(readFileSync(new URL(file, SCENARIOS_DIR), 'utf8')));
    return loaded.ok ? [[loaded.scenario.id, loaded.scenario] as const] : [];
  }),
);
const world: FigureWorld = { models: new Map(models.map((m) => [m.id, m])), scenarios };
const catalogue = { modelIds: models.map((m) => m.id), scenarioIds: [...scenarios.keys()] };
const storyFiles = readdirSync(STORIES_DIR).filter((file) => file.endsWith('.json') && !file.endsWith('.schema.json')).sort();

function load(file: string): { raw: string; story: LoadedStory; steps: StoryStep[] } {
  const raw = readFileSync(new URL(file, STORIES_DIR), 'utf8');
  const result = validateStory(JSON.parse(raw), catalogue);
  if (!result.ok) throw new Error(`${file}: ${result.issues.map((i) => `${i.path} ${i.message.en}`).join('; ')}`);
  return { raw, story: result.story, steps: result.story.steps.flatMap((entry) => (entry.ok ? [entry.step] : [])) };
}

const textsOf = (step: StoryStep): string[] => [
  step.narration.sv,
  step.narration.en,
  step.notes.sv,
  step.notes.en,
  ...(step.contested ?? []).flatMap((c) => [c.note.sv, c.note.en]),
];

const swedish = (value: number, digits = 0): string =>
  value.toLocaleString('sv-SE', { minimumFractionDigits: digits, maximumFractionDigits: digits });

describe('shipped stories', () => {
  it('are the hearing and the working group’s comparison of the four municipalities', () => {
    expect(storyFiles).toEqual(['hearing.json', 'municipalities.json']);
  });

  for (const file of storyFiles) {
    describe(file, () => {
      const { raw, story, steps } = load(file);

      it('passes the schema with every step intact, and its id is its file name', () => {
        expect(story.id).toBe(file.replace(/\.json$/, ''));
        expect(story.steps.filter((entry) => !entry.ok)).toEqual([]);
        expect(steps.length).toBe(story.steps.length);
      });

      it('has every step’s view, models and scenario in the tool, and a live link naming them', () => {
        for (const step of steps) {
          expect(STORY_VIEWS).toContain(step.view);
          for (const id of step.state?.models ?? []) expect(catalogue.modelIds).toContain(id);
          if (step.state?.scenario !== undefined) expect(catalogue.scenarioIds).toContain(step.state.scenario);
          const link = livePath(step);
          if (step.view === 'text') expect(link).toBeUndefined();
          else expect(link).toMatch(new RegExp(`^/${step.view}`));
          for (const id of step.state?.models ?? []) expect(link).toContain(id);
        }
      });

      it('cites only the five seed files, and every step rests on a cited source', () => {
        const seeds = story.sources.filter((source) => source.kind === 'seed');
        expect(seeds.length).toBeGreaterThan(0);
        for (const source of seeds) expect(SEED_FILES).toContain(source.reference);
        for (const step of steps) {
          expect(step.sources.length).toBeGreaterThan(0);
          for (const id of step.sources) expect(story.sources.map((s) => s.id)).toContain(id);
        }
      });

      it('names no person', () => {
        const words = new Set(raw.split(/[^\p{L}-]+/u).map((word) => word.toLowerCase()));
        expect(PERSON_NAMES.filter((name) => words.has(name.toLowerCase()))).toEqual([]);
      });

      it('has narration and notes in both languages, quoting the same figures', () => {
        for (const step of steps) {
          for (const text of [step.title, step.narration, step.notes]) {
            expect(text.sv.trim().length).toBeGreaterThan(0);
            expect(text.en.trim().length).toBeGreaterThan(0);
            expect(text.sv).not.toBe(text.en);
          }
        }
      });

      it('writes out no number but the seeds’ own facts and the step’s own settings; the rest are placeholders', () => {
        for (const [index, step] of steps.entries()) {
          const own = [step.state?.kappa, step.state?.omega].flatMap((v) => (v === undefined ? [] : [String(v), swedish(v, 1)]));
          for (const text of textsOf(step)) {
            const literal = text.replace(/\{[^{}]*\}/g, '').match(/\d+(?:[.,]\d+)?/g) ?? [];
            const unexplained = literal.filter((n) => !SEED_NUMBERS.has(n) && !own.includes(n));
            expect({ step: index + 1, unexplained }).toEqual({ step: index + 1, unexplained: [] });
          }
        }
      });

      it('fills every placeholder and key figure from the simulator with a number', () => {
        for (const step of steps) {
          const refs = [...textsOf(step), ...(step.figures ?? []).map((f) => `{${f}}`)].flatMap((text) =>
            narrationParts(text).flatMap((part) => (part.kind === 'figure' ? [part.ref] : [])),
          );
          for (const ref of refs) {
            const value = figureValue(ref, step.state, world);
            expect({ ref, finite: Number.isFinite(value) }).toEqual({ ref, finite: true });
            expect(formatFigure(value, STORY_FIGURES[ref.figure].format, swedish)).not.toBe('–');
          }
        }
      });
    });
  }

  it('quotes the engine’s own output: trapped surplus, year result, days to cover, n_eff, a journey', () => {
    const byId = world.models;
    const today = byId.get('ange-today');
    const proposal = byId.get('ange-a');
    const shock = scenarios.get('ifo-shock');
    const baseline = scenarios.get('baseline');
    if (!today || !proposal || !shock || !baseline) throw new Error('shipped models or scenarios missing');
    const state = { scenario: 'ifo-shock', seed: 1 };
    const year = runYear(today, shock, 1).budgetYear;
    expect(figureValue({ modelId: 'ange-today', figure: 'trappedSurplus' }, state, world)).toBe(year.trappedSurplusMsek);
    expect(figureValue({ modelId: 'ange-today', figure: 'yearResult' }, state, world)).toBe(year.resultMsek);
    expect(figureValue({ modelId: 'ange-today', figure: 'daysToCover' }, state, world)).toBe(year.daysToCover.median);
    expect(figureValue({ modelId: 'ange-a', figure: 'trappedSurplus' }, state, world)).toBe(runYear(proposal, shock, 1).budgetYear.trappedSurplusMsek);
    expect(figureValue({ modelId: 'ange-today', figure: 'nEff' }, undefined, world)).toBe(deriveFacts(today).effectiveBudgetHolders);
    expect(figureValue({ modelId: 'ange-a', figure: 'crossAreaDays' }, { seed: 1 }, world)).toBe(
      journeyOf(proposal, baseline, 1).leadTimeDays,
    );
    // κ set by the step replaces the scenario's: at κ = 1 nobody asks for more than there is.
    expect(figureValue({ modelId: 'ange-today', figure: 'overDemand' }, { kappa: 1 }, world)).toBeCloseTo(0, 9);
    expect(figureValue({ modelId: 'ange-today', figure: 'overDemand' }, { kappa: 0.5 }, world)).toBeGreaterThan(
      figureValue({ modelId: 'ange-today', figure: 'overDemand' }, undefined, world) ?? Infinity,
    );
  });

  it('stories/story.schema.json is current (run `npm run schema` if not)', () => {
    const schemas = storyJsonSchemas();
    expect(Object.keys(schemas)).toEqual(['story.schema.json']);
    const onDisk = readFileSync(new URL('story.schema.json', STORIES_DIR), 'utf8');
    expect(onDisk).toBe(formatJsonSchemaFile(schemas['story.schema.json'] ?? {}));
  });
});
