// The Simulate view's URL state (src/features/simulate/simulate-query.ts): the link reads as it
// says; edits of the scenario survive a round trip through the link; hostile or broken values are
// reported and replaced by defaults, never thrown, and never reach the simulation unvalidated.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '@/domain/scenario-schema';
import {
  applyEdits,
  editsBetween,
  parseShock,
  parseSimulateQuery,
  simulateQueryString,
  type SimulateState,
} from '@/features/simulate/simulate-query';
import * as v from 'valibot';
import { simulateCatalogue } from './simulate-catalogue';

const catalogue = simulateCatalogue();
const parse = (search: string) => parseSimulateQuery(search, catalogue);
const base = (id: string) => {
  const scenario = catalogue.scenarios.get(id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return scenario;
};

describe('simulate query', () => {
  it('reads the issue’s link: two models, the IFO shock, seed 1, December, 500 paired years by default', () => {
    const { state, scenario, problems } = parse('models=ange-today,ange-a&scenario=ifo-shock&seed=1');
    expect(problems).toEqual([]);
    expect(state).toEqual({
      models: ['ange-today', 'ange-a'],
      scenarioId: 'ifo-shock',
      seed: 1,
      month: 11,
      runs: 500,
      sweep: 'kappa',
      edits: {},
    });
    expect(scenario).toEqual(base('ifo-shock'));
  });

  it('shows Ånge today against proposal A under the IFO shock when the link says nothing', () => {
    const { state, problems } = parse('');
    expect(problems).toEqual([]);
    expect(state.models).toEqual(['ange-today', 'ange-a']);
    expect(state.scenarioId).toBe('ifo-shock');
    expect(state.seed).toBe(base('ifo-shock').seed);
  });

  it('applies edits in the units a reader uses, and writes only what differs from the scenario', () => {
    const { state, scenario, problems } = parse(
      'models=munkfors&scenario=baseline&seed=7&month=5&runs=1000&kappa=0,6&omega=0.3&vol=1.5&trend=1&spend=25&referback=10&rates=40,10,20&agenda=12&process=bottomUp&shocks=cost:ifo:5:8,revenue:9:-2&sweep=vol',
    );
    expect(problems).toEqual([]);
    expect(state).toMatchObject({ models: ['munkfors'], scenarioId: 'baseline', seed: 7, month: 4, runs: 1000, sweep: 'volatilityScale' });
    expect(scenario).toMatchObject({
      kappa: 0.6,
      omega: 0.3,
      volatilityScale: 1.5,
      trend: 0.01,
      surplusSpendShare: 0.25,
      referBackProbability: 0.1,
      matterRates: { singleArea: 40, crossArea: 10, council: 20 },
      agendaCapacity: 12,
      budgetProcess: 'bottomUp',
    });
    expect(scenario.shocks.map(({ label: _label, ...shock }) => shock)).toEqual([
      { kind: 'cost', area: 'ifo', fromMonth: 4, amountMsek: 8 },
      { kind: 'revenue', fromMonth: 8, revenueChange: -0.02 },
    ]);
    expect(scenario.shocks[0]?.label.sv).toBe('ifo +8 mnkr från maj');
    expect(v.safeParse(ScenarioSchema, scenario).success).toBe(true);
    // A value equal to the scenario's own is not an edit and is not written back.
    expect(parse('scenario=baseline&kappa=0.8&shocks=').state.edits).toEqual({});
    expect(parse('scenario=ifo-shock&shocks=').state.edits).toEqual({ shocks: [] });
    expect(parse('scenario=ifo-shock&shocks=cost:ifo:5:8').state.edits).toEqual({});
  });

  it('gives back the same state and scenario after a round trip through the link', () => {
    const searches = [
      'models=ange-today,ange-a,munkfors&scenario=tax-drop&seed=4294967295&month=1&runs=5000&omega=0&shocks=',
      'models=norsjo&scenario=ifo-shock&seed=0&kappa=1&vol=0&shocks=cost:aldreomsorg:12:-3.5,revenue:1:0.5&sweep=shock',
      'models=ange-b,dorotea&scenario=baseline&seed=12&lambda=2&agenda=1&process=topDown&rates=0,0,0',
    ];
    for (const search of searches) {
      const first = parse(search);
      expect(first.problems).toEqual([]);
      const again = parse(simulateQueryString(first.state, base(first.state.scenarioId)));
      expect(again.problems).toEqual([]);
      expect(again.state).toEqual(first.state);
      expect(again.scenario).toEqual(first.scenario);
    }
  });

  it('reports hostile and broken values by name and falls back to the defaults', () => {
    const { state, scenario, problems } = parse(
      'models=__proto__,<script>alert(1)</script>,ange-a,ange-a&scenario=../../etc/passwd&seed=-1&month=13&runs=1e9&kappa=Infinity&omega=NaN&vol=0x10&trend=99&rates=1,2&process=sideways&shocks=cost:nowhere:5:8,cost:ifo:0:8,revenue:9:-200,garbage&sweep=everything',
    );
    expect(state.models).toEqual(['ange-a']);
    expect(state.scenarioId).toBe('ifo-shock');
    expect(state.seed).toBe(base('ifo-shock').seed);
    expect(state.month).toBe(11);
    expect(state.runs).toBe(500);
    expect(state.sweep).toBe('kappa');
    expect(state.edits).toEqual({ shocks: [] });
    expect(scenario.kappa).toBe(base('ifo-shock').kappa);
    expect(problems).toEqual([
      { kind: 'unknownModel', id: '__proto__' },
      { kind: 'unknownModel', id: '<script>alert(1)</script>' },
      { kind: 'duplicateModel', id: 'ange-a' },
      { kind: 'unknownScenario', id: '../../etc/passwd' },
      { kind: 'badValue', parameter: 'seed', value: '-1' },
      { kind: 'badValue', parameter: 'month', value: '13' },
      { kind: 'badValue', parameter: 'runs', value: '1e9' },
      { kind: 'badValue', parameter: 'sweep', value: 'everything' },
      { kind: 'badValue', parameter: 'kappa', value: 'Infinity' },
      { kind: 'badValue', parameter: 'omega', value: 'NaN' },
      { kind: 'badValue', parameter: 'vol', value: '0x10' },
      { kind: 'badValue', parameter: 'trend', value: '99' },
      { kind: 'badValue', parameter: 'rates', value: '1,2' },
      { kind: 'badValue', parameter: 'process', value: 'sideways' },
      { kind: 'unknownArea', area: 'nowhere' },
      { kind: 'badShock', value: 'cost:ifo:0:8' },
      { kind: 'badShock', value: 'revenue:9:-200' },
      { kind: 'badShock', value: 'garbage' },
    ]);
  });

  it('names a model file that failed validation, and keeps at most three models and twenty shocks', () => {
    const tooMany = parse('models=ange-today,ange-a,ange-b,munkfors,broken-model');
    expect(tooMany.state.models).toEqual(['ange-today', 'ange-a', 'ange-b']);
    expect(tooMany.problems).toEqual([{ kind: 'invalidModel', id: 'broken-model' }, { kind: 'tooManyModels', dropped: ['munkfors'] }]);
    const none = parse('models=,,');
    expect(none.state.models).toEqual(['ange-today', 'ange-a']);
    const shocks = parse(`shocks=${Array.from({ length: 25 }, () => 'cost:ifo:5:1').join(',')}`);
    expect(shocks.state.edits.shocks).toHaveLength(20);
    expect(shocks.problems).toEqual([{ kind: 'tooManyShocks', count: 25 }]);
    expect(parse(`models=${'a'.repeat(5000)}`).problems[0]).toMatchObject({ kind: 'unknownModel' });
    expect((parse(`models=${'a'.repeat(5000)}`).problems[0] as { id: string }).id.length).toBeLessThanOrEqual(40);
  });

  it('reads shocks strictly', () => {
    expect(parseShock('cost:ifo:5:8')).toEqual({ kind: 'cost', area: 'ifo', fromMonth: 4, amountMsek: 8 });
    expect(parseShock('revenue:9:-2')).toEqual({ kind: 'revenue', fromMonth: 8, revenueChange: -0.02 });
    expect(parseShock('cost:IFO:5:8')).toEqual({ kind: 'cost', area: 'ifo', fromMonth: 4, amountMsek: 8 });
    for (const bad of ['cost:ifo:5', 'cost:ifo:13:8', 'cost:if o:5:8', 'revenue:9:-60', 'revenue:0:1', 'cost:ifo:5:1e3', 'cost::5:8', '']) {
      expect(parseShock(bad)).toBeUndefined();
    }
  });

  it('turns any scenario of a link back into the same edits', () => {
    const edited = applyEdits(base('baseline'), { kappa: 0.5, shocks: [{ kind: 'revenue', fromMonth: 2, revenueChange: -0.01 }] });
    expect(editsBetween(base('baseline'), edited)).toEqual({ kappa: 0.5, shocks: [{ kind: 'revenue', fromMonth: 2, revenueChange: -0.01 }] });
    expect(editsBetween(base('ifo-shock'), base('ifo-shock'))).toEqual({});
  });

  it('never throws, and always yields a runnable state, whatever the link holds', () => {
    const keys = ['models', 'scenario', 'seed', 'month', 'runs', 'kappa', 'omega', 'vol', 'trend', 'spend', 'referback', 'rates', 'agenda', 'process', 'shocks', 'sweep', 'lambda'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), fc.string({ maxLength: 40 })), { maxLength: 12 }), (pairs) => {
        const search = pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
        const { state, scenario } = parse(search);
        const valid: SimulateState['models'] = state.models.filter((id) => catalogue.models.includes(id));
        expect(valid).toEqual(state.models);
        expect(state.models.length).toBeGreaterThanOrEqual(1);
        expect(state.models.length).toBeLessThanOrEqual(3);
        expect(state.month).toBeGreaterThanOrEqual(0);
        expect(state.month).toBeLessThanOrEqual(11);
        expect(Number.isInteger(state.runs) && state.runs >= 1 && state.runs <= 5000).toBe(true);
        expect(v.safeParse(ScenarioSchema, scenario).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('conflicting parameters in the simulate link', () => {
  it('reports seed=1&seed=2 and other repeated parameters with different values, and uses the first', () => {
    const { state, problems } = parse('models=munkfors,ange-a&seed=1&seed=2&scenario=baseline&scenario=ifo-shock');
    expect(problems).toContainEqual({ kind: 'conflict', value: 'seed=1 / 2' });
    expect(problems).toContainEqual({ kind: 'conflict', value: 'scenario=baseline / ifo-shock' });
    expect(state.seed).toBe(1);
    expect(state.scenarioId).toBe('baseline');
    expect(parse('models=munkfors,ange-a&seed=3&seed=3').problems).toEqual([]);
  });
});
