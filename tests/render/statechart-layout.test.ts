// Statechart diagrams (DESIGN §6 Process): every process machine lays out for every shipped model, in both
// languages, with every state of the machine present, no two boxes with the same parent overlapping,
// every nested box inside its parent's box, every transition joining states that exist, and the same
// numbers every time.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ModelSchema, type Model } from '@/domain/model-schema';
import { ScenarioSchema, type Scenario } from '@/domain/scenario-schema';
import { MACHINE_IDS, type MachineId } from '@/features/process/process-url';
import { PROCESS_MACHINES, machineRun } from '@/features/process/process-machines';
import {
  describeStatechart,
  layoutStatechart,
  type Box,
  type StatechartGraph,
  type StatechartLayout,
  type StatechartText,
} from '@/layout/statechart-layout';
import { translate, type Language } from '@/render/i18n/language';
import { transitionWords } from '@/render/process-words';
import { matterMachine } from '@/machines/matter';

const MODELS_DIR = fileURLToPath(new URL('../../models/', import.meta.url));
const models: Model[] = readdirSync(MODELS_DIR)
  .filter((file) => file.endsWith('.json') && !file.endsWith('.schema.json'))
  .map((file) => v.parse(ModelSchema, JSON.parse(readFileSync(MODELS_DIR + file, 'utf8'))));
const baseline: Scenario = v.parse(
  ScenarioSchema,
  JSON.parse(readFileSync(fileURLToPath(new URL('../../models/scenarios/baseline.json', import.meta.url)), 'utf8')),
);

function textFor(lang: Language, model: Model, machine: MachineId): StatechartText {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  const run = machineRun(machine, model, baseline, 1, 'crossArea');
  const name = (id: string): string => {
    const body = model.bodies.find((b) => b.id === id) ?? model.departments.find((d) => d.id === id);
    return body === undefined ? id : body.name[lang];
  };
  return {
    title: (state) => state.label?.[lang] ?? state.key,
    detail: (state) => {
      const actors = run.actors(state.id);
      return [...actors.officials, ...actors.bodies].map(name).join(', ');
    },
    transition: (transition) => transitionWords(t, transition),
  };
}

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

function checkLayout(graph: StatechartGraph, layout: StatechartLayout): void {
  const ids = new Set(graph.states.map((state) => state.id));
  expect(new Set(layout.states.map((state) => state.id))).toEqual(ids);
  const byId = new Map(layout.states.map((state) => [state.id, state]));

  for (const a of layout.states) {
    expect(a.width).toBeGreaterThan(0);
    expect(a.height).toBeGreaterThan(0);
    expect(a.x).toBeGreaterThanOrEqual(0);
    expect(a.y).toBeGreaterThanOrEqual(0);
    expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
    expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
    expect(a.titleLines.length).toBeGreaterThan(0);
    for (const b of layout.states) {
      if (a.id < b.id && a.parent === b.parent) expect(overlaps(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
    }
    if (a.parent !== undefined) {
      const parent = byId.get(a.parent);
      expect(parent, `${a.id} has its parent ${a.parent}`).toBeDefined();
      expect(inside(a, parent as Box), `${a.id} lies inside ${a.parent}`).toBe(true);
      expect(overlaps(a, parent?.textBox as Box), `${a.id} clears the header of ${a.parent}`).toBe(false);
    }
    for (const chip of a.chips) {
      expect(inside(chip, a.textBox), `chip ${chip.transition} inside ${a.id}`).toBe(true);
      expect(graph.transitions.some((t) => t.id === chip.transition)).toBe(true);
    }
  }

  for (const transition of layout.transitions) {
    expect(ids.has(transition.source), `source of ${transition.id}`).toBe(true);
    expect(ids.has(transition.target), `target of ${transition.id}`).toBe(true);
    expect(transition.points.length).toBeGreaterThanOrEqual(2);
    expect(transition.label.lines.length).toBeGreaterThan(0);
  }
  // Every transition is drawn once: as an arrow, or as a chip inside the state it keeps.
  const drawn = [...layout.transitions.map((t) => t.id), ...layout.states.flatMap((s) => s.chips.map((c) => c.transition))];
  expect(drawn.sort()).toEqual(graph.transitions.map((t) => t.id).sort());

  for (const initial of layout.initials) {
    expect(ids.has(initial.target)).toBe(true);
    expect(graph.states.find((s) => s.id === initial.target)?.initial).toBe(true);
  }
  // Every number is a whole pixel.
  const numbers = JSON.stringify(layout).match(/-?\d+\.\d+/g) ?? [];
  expect(numbers).toEqual([]);
}

describe('describeStatechart', () => {
  it('reads states, nested states, guards and their fallbacks from the matter machine', () => {
    const graph = describeStatechart(matterMachine);
    expect(graph.machineId).toBe('matter');
    expect(graph.states.map((s) => s.id)).toEqual([
      'received',
      'preparedByOfficials',
      'politicalPreparation',
      'politicalPreparation.byPreparer',
      'politicalPreparation.byExecutiveBoard',
      'decision',
      'decision.byPreparer',
      'decision.byBudgetHolder',
      'decision.byCouncil',
      'referredBack',
      'decided',
      'reportedBack',
    ]);
    expect(graph.states.find((s) => s.id === 'decision.byPreparer')).toMatchObject({ parent: 'decision', initial: true });
    expect(graph.states.find((s) => s.id === 'reportedBack')?.type).toBe('final');
    const prepared = graph.transitions.filter((t) => t.source === 'preparedByOfficials');
    expect(prepared.map((t) => [t.event, t.guard, t.otherwise, t.target])).toEqual([
      ['matter.prepared', 'decidedByOfficials', false, 'decided'],
      ['matter.prepared', 'preparerDecides', false, 'decision.byPreparer'],
      ['matter.prepared', undefined, true, 'politicalPreparation'],
    ]);
    const decided = graph.transitions.filter((t) => t.source === 'decision' && t.event === 'matter.decided');
    expect(decided.map((t) => t.actions)).toEqual([['countDecision'], ['countDecision']]);
  });

  it('marks transitions that keep their state as internal, and eventless ones as such', () => {
    const graph = PROCESS_MACHINES['budget-year'].graph;
    const round = graph.transitions.find((t) => t.source === 'frameSetting.negotiating' && t.event === 'budget.roundHeld');
    expect(round).toMatchObject({ internal: true, target: undefined, actions: ['countRound'] });
    const always = graph.transitions.find((t) => t.source === 'frameSetting.negotiating' && t.event === undefined);
    expect(always).toMatchObject({ guard: 'negotiationDone', target: 'frameSetting.councilDecision', internal: false });
  });
});

describe('layoutStatechart', () => {
  for (const machine of MACHINE_IDS) {
    it(`lays out the ${machine} machine for every shipped model, in Swedish and English`, () => {
      const { graph } = PROCESS_MACHINES[machine];
      expect(models.length).toBeGreaterThanOrEqual(7);
      for (const model of models) {
        for (const lang of ['sv', 'en'] as const) {
          const layout = layoutStatechart(graph, textFor(lang, model, machine));
          checkLayout(graph, layout);
        }
      }
    });
  }

  it('is deterministic: the same machine and text give the same layout', () => {
    const model = models.find((m) => m.id === 'ange-today') as Model;
    const { graph } = PROCESS_MACHINES.matter;
    expect(layoutStatechart(graph, textFor('sv', model, 'matter'))).toEqual(layoutStatechart(graph, textFor('sv', model, 'matter')));
  });

  it('names the bodies that act in each state of the organisation', () => {
    const today = models.find((m) => m.id === 'ange-today') as Model;
    const proposal = models.find((m) => m.id === 'ange-a') as Model;
    const { graph } = PROCESS_MACHINES.matter;
    const detail = (model: Model): string[] =>
      layoutStatechart(graph, textFor('sv', model, 'matter')).states.find((s) => s.id === 'decision.byPreparer')?.detailLines ?? [];
    expect(detail(today).join(' ')).toContain('Utbildningsnämnden');
    expect(detail(today).join(' ')).toContain('Socialnämnden');
    expect(detail(proposal).join(' ')).toContain('Lärande');
  });
});
