// The Process view's URL state: the documented link opens as written; any hostile or unknown value is
// named in a message and replaced by its default; parsing never throws; writing and reading a state
// gives it back.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { machineEvents } from '@/features/process/process-machines';
import {
  MACHINE_IDS,
  MATTER_PARAMS,
  MAX_EVENTS,
  parseProcessSearch,
  processSearch,
  type MatterParam,
  type ProcessState,
} from '@/features/process/process-url';

const modelIds = ['ange-a', 'ange-b', 'ange-today', 'dorotea', 'munkfors', 'nordmaling', 'norsjo'];
const context = { modelIds, eventsOf: machineEvents };
const parse = (search: string) => parseProcessSearch(search, context);

describe('parseProcessSearch', () => {
  it('opens the documented link as written, with no message', () => {
    const { state, problems } = parse('machine=matter&models=ange-today,ange-a&seed=1');
    expect(problems).toEqual([]);
    expect(state).toEqual({
      machine: 'matter',
      models: ['ange-today', 'ange-a'],
      seed: 1,
      matter: 'cross-area',
      runIn: 'ange-today',
      events: [],
      step: 0,
      referBack: false,
    });
  });

  it('defaults to the two Ånge organisations and seed 1 when the link says nothing', () => {
    expect(parse('')).toEqual({ state: expect.objectContaining({ models: ['ange-today', 'ange-a'], seed: 1, machine: 'matter' }), problems: [] });
  });

  it('names every value it cannot use and falls back to the default', () => {
    const { state, problems } = parse(
      'machine=<script>&models=nowhere,ange-a,ange-a&seed=-3&matter=x&in=norsjo&events=matter.assigned,evil()&step=a',
    );
    expect(state.machine).toBe('matter');
    expect(state.models).toEqual(['ange-a', 'ange-today']);
    expect(state.seed).toBe(1);
    expect(state.matter).toBe('cross-area');
    expect(state.runIn).toBe('ange-a');
    expect(state.events).toEqual(['matter.assigned']);
    expect(state.step).toBe(0);
    expect(problems.map((p) => [p.key, p.value])).toEqual([
      ['process.url.unknownMachine', '<script>'],
      ['process.url.unknownModel', 'nowhere'],
      ['process.url.sameModel', 'ange-a'],
      ['process.url.badSeed', '-3'],
      ['process.url.unknownMatter', 'x'],
      ['process.url.unknownRunIn', 'norsjo'],
      ['process.url.unknownEvent', 'evil()'],
      ['process.url.badStep', 'a'],
    ]);
  });

  it('keeps only events of the chosen machine, at most MAX_EVENTS, and shortens long values in messages', () => {
    const many = Array.from({ length: MAX_EVENTS + 20 }, () => 'reorganisation.monthPassed').join(',');
    expect(parse(`machine=reorganisation&events=${many}`).state.events).toHaveLength(MAX_EVENTS);
    const { problems } = parse(`machine=budget-year&events=matter.assigned,${'x'.repeat(500)}`);
    expect(problems[0]).toEqual({ key: 'process.url.unknownEvent', value: 'matter.assigned' });
    expect((problems[1]?.value ?? '').length).toBeLessThanOrEqual(41);
  });

  it('compares at most two organisations', () => {
    const { state, problems } = parse('models=norsjo,dorotea,munkfors');
    expect(state.models).toEqual(['norsjo', 'dorotea']);
    expect(problems.map((p) => p.key)).toEqual(['process.url.tooManyModels']);
  });

  it('never throws and always gives a usable state, whatever the link holds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.dictionary(fc.constantFrom('machine', 'models', 'seed', 'matter', 'in', 'events', 'step', 'referBack', '__proto__'), fc.string()), (raw, fields) => {
        for (const search of [raw, new URLSearchParams(fields).toString()]) {
          const { state } = parse(search);
          expect(MACHINE_IDS).toContain(state.machine);
          expect(modelIds).toContain(state.models[0]);
          expect(modelIds).toContain(state.models[1]);
          expect(state.models[0]).not.toBe(state.models[1]);
          expect(state.models).toContain(state.runIn);
          expect(Number.isInteger(state.seed)).toBe(true);
          expect(Object.keys(MATTER_PARAMS)).toContain(state.matter);
          const known = machineEvents(state.machine);
          expect(state.events.every((event) => known.has(event))).toBe(true);
        }
      }),
    );
  });

  it('reads back what processSearch writes', () => {
    const states = fc.record({
      machine: fc.constantFrom(...MACHINE_IDS),
      pair: fc.uniqueArray(fc.constantFrom(...modelIds), { minLength: 2, maxLength: 2 }),
      seed: fc.integer({ min: 0, max: 4_294_967_295 }),
      matter: fc.constantFrom(...(Object.keys(MATTER_PARAMS) as MatterParam[])),
      second: fc.boolean(),
      step: fc.integer({ min: 0, max: 40 }),
      referBack: fc.boolean(),
      eventCount: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(states, (s) => {
        const events = [...machineEvents(s.machine)].slice(0, s.eventCount);
        const models: [string, string] = [s.pair[0] ?? '', s.pair[1] ?? ''];
        const state: ProcessState = {
          machine: s.machine,
          models,
          seed: s.seed,
          matter: s.matter,
          runIn: s.second ? models[1] : models[0],
          events,
          step: s.step,
          referBack: s.referBack,
        };
        expect(parse(processSearch(state))).toEqual({ state, problems: [] });
      }),
    );
  });
});

describe('link messages that stay short', () => {
  it('says a model repeated a thousand times once, not 999 times', () => {
    const { problems } = parse(`?models=${Array.from({ length: 1000 }, () => modelIds[0]).join(',')}`);
    expect(problems.filter((p) => p.key === 'process.url.sameModel')).toHaveLength(1);
    const unknown = parse(`?models=${Array.from({ length: 1000 }, () => 'okand').join(',')}`);
    expect(unknown.problems).toHaveLength(1);
  });

  it('reports seed=1&seed=2 as a conflict instead of silently taking the first', () => {
    const { state, problems } = parse('?seed=1&seed=2');
    expect(problems.map((p) => p.key)).toContain('process.url.conflict');
    expect(problems.find((p) => p.key === 'process.url.conflict')?.value).toBe('seed=1 / 2');
    expect(state.seed).toBe(1);
    expect(parse('?seed=1&seed=1').problems).toEqual([]);
  });
});
