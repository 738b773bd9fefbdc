// The stories shipped in stories/ (DESIGN §7): all pass the schema with every step intact; every step's
// view, models and scenario exist and its live link names them; every cited seed file is one of the five
// in SEEDS.md; no person's name appears; takeaways are one sentence of at most 20 words; narration is there
// in both languages; every number is either a placeholder filled from the simulator over many paired
// years (and equals the engine's own many-year output) or a fact a seed or public source states; the road
// is the reorganisation machine's own order; and stories/story.schema.json is what `npm run schema` writes.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyLedgerPoint, LEDGER_PARAMETER_SPACE } from '@/analysis/ledger-parameter-space';
import { runRobustness } from '@/analysis/robustness-design';
import { deriveFacts } from '@/domain/derived-facts';
import { storyJsonSchemas, formatJsonSchemaFile } from '@/domain/json-schemas';
import type { Scenario } from '@/domain/scenario-schema';
import { narrationParts, refFormat } from '@/domain/story-figure-names';
import { ROAD_MILESTONES, STORY_VIEWS, type StoryStep } from '@/domain/story-schema';
import { takeawayWords, validateStory, type LoadedStory } from '@/domain/validate-story';
import { exampleSeed, figureValue, formatFigure, requestStepYears, type FigureWorld } from '@/features/present/story-figures';
import { runOnThisThread, setYearsRunner, STORY_RUNS, whenIdle } from '@/features/present/story-runs';
import { livePath } from '@/features/present/story-urls';
import { parseScenario } from '@/simulation/load-scenario';
import { metricValues, runSeedRange, summarise } from '@/simulation/monte-carlo';
import { pairedMetric } from '@/simulation/paired-difference';
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
const SEED_NUMBERS = new Set(['0', '1', '2', '3', '4', '5', '18.30', '20', '2020', '9', '22', '7', '8', '10', '2019', '2021', '90']);

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
  step.takeaway.sv,
  step.takeaway.en,
  step.narration.sv,
  step.narration.en,
  step.notes.sv,
  step.notes.en,
  ...(step.contested ?? []).flatMap((c) => [c.note.sv, c.note.en]),
];

const swedish = (value: number, digits = 0): string =>
  value.toLocaleString('sv-SE', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Whether a figure can be filled needs only a few years; equality with the engine is checked at full size below. */
const FEW_YEARS = 60;
setYearsRunner(
  (models, setting) => runOnThisThread(models, { ...setting, runs: Math.min(setting.runs, FEW_YEARS) }),
  (models, scenario) => Promise.resolve(runRobustness(models, scenario, LEDGER_PARAMETER_SPACE, applyLedgerPoint, { samples: 16, years: 2, seed: scenario.seed })),
);

describe('shipped stories', () => {
  it('are the hearing, the four municipalities and the road to a new organisation', () => {
    expect(storyFiles).toEqual(['hearing.json', 'municipalities.json', 'road.json']);
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

      it('has a takeaway of one sentence of at most 20 words on every step', () => {
        for (const [index, step] of steps.entries()) {
          for (const text of [step.takeaway.sv, step.takeaway.en]) {
            expect({ step: index + 1, words: takeawayWords(text) <= 20 }).toEqual({ step: index + 1, words: true });
          }
        }
      });

      it('fills every placeholder and key figure from many simulated years with a number', async () => {
        for (const step of steps) requestStepYears(step, world);
        await whenIdle();
        for (const step of steps) {
          const refs = [...textsOf(step), ...(step.figures ?? []).map((f) => `{${f}}`)].flatMap((text) =>
            narrationParts(text).flatMap((part) => (part.kind === 'figure' ? [part.ref] : [])),
          );
          for (const ref of refs) {
            const value = figureValue(ref, step.state, world, exampleSeed(step, world));
            expect({ ref, finite: Number.isFinite(value) }).toEqual({ ref, finite: true });
            expect(formatFigure(value, refFormat(ref), swedish)).not.toBe('–');
          }
        }
      }, 120_000);

      it('dates its road in the reorganisation machine’s order, facts with a source and plans as examples', () => {
        const road = story.road ?? [];
        const order = road.map((d) => ROAD_MILESTONES.indexOf(d.milestone));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        for (const date of road) if (date.status === 'documented') expect(story.sources.map((s) => s.id)).toContain(date.source);
        // Only the working group and the hearing happened; everything after is a plan.
        expect(road.filter((d) => d.status === 'documented').map((d) => d.milestone)).toEqual(['workingGroup', 'hearing']);
        const dates = road.map((d) => d.date);
        expect(dates).toEqual([...dates].sort());
      });
    });
  }

  it('quotes the engine’s own many-year output: medians, paired differences and shares of years', async () => {
    setYearsRunner(runOnThisThread);
    const today = world.models.get('ange-today');
    const proposal = world.models.get('ange-a');
    const shock = scenarios.get('ifo-shock');
    if (!today || !proposal || !shock) throw new Error('shipped models or scenarios missing');
    const state = { scenario: 'ifo-shock', models: ['ange-a', 'ange-today'] };
    const step = { view: 'simulate', title: { sv: 't', en: 't' }, takeaway: { sv: 't', en: 't' }, narration: { sv: '{ange-a~ange-today.trappedSurplus}', en: '{ange-a~ange-today.trappedSurplus}' }, notes: { sv: '', en: '' }, sources: [], state } satisfies StoryStep;
    requestStepYears(step, world);
    await whenIdle();
    const blocks = runSeedRange([today, proposal], shock, 0, STORY_RUNS);
    const todayYears = metricValues(blocks, 'ange-today', 'budgetYear.trappedSurplusMsek');
    const proposalYears = metricValues(blocks, 'ange-a', 'budgetYear.trappedSurplusMsek');
    expect(figureValue({ modelId: 'ange-today', figure: 'trappedSurplus' }, state, world)).toBe(summarise(todayYears).median);
    expect(figureValue({ modelId: 'ange-today', figure: 'trappedSurplus', stat: 'p90' }, state, world)).toBe(summarise(todayYears).p90);
    // The pair: first minus second, and the share of years the first does better (less trapped).
    const engine = pairedMetric(todayYears, proposalYears, 'lower');
    expect(figureValue({ modelId: 'ange-a', vsModelId: 'ange-today', figure: 'trappedSurplus' }, state, world)).toBe(engine.medianDifference);
    expect(figureValue({ modelId: 'ange-a', vsModelId: 'ange-today', figure: 'trappedSurplus', stat: 'better' }, state, world)).toBe(engine.shareBBetter);
    expect(figureValue({ modelId: 'ange-a', figure: 'trappedSurplus', stat: 'p10' }, state, world)).toBe(summarise(proposalYears).p10);
    expect(figureValue({ modelId: 'ange-today', figure: 'nEff' }, undefined, world)).toBe(deriveFacts(today).effectiveBudgetHolders);
    // The example year is the year whose paired difference is closest to the median, not the first year.
    const seed = exampleSeed(step, world);
    expect(seed).toBeDefined();
    const index = ((seed ?? 0) - shock.seed) >>> 0;
    const distance = (i: number) => Math.abs((todayYears[i] ?? 0) - (proposalYears[i] ?? 0) + engine.medianDifference);
    for (let i = 0; i < STORY_RUNS; i++) expect(distance(index)).toBeLessThanOrEqual(distance(i));
  }, 60_000);

  it('stories/story.schema.json is current (run `npm run schema` if not)', () => {
    const schemas = storyJsonSchemas();
    expect(Object.keys(schemas)).toEqual(['story.schema.json']);
    const onDisk = readFileSync(new URL('story.schema.json', STORIES_DIR), 'utf8');
    expect(onDisk).toBe(formatJsonSchemaFile(schemas['story.schema.json'] ?? {}));
  });
});
