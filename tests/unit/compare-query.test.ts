// The Compare view's URL state (src/features/compare/compare-query.ts): what a link gives, what a broken or
// hostile link gives (a message per problem, the valid part kept, never a throw), and that the link the
// view writes reads back as the same state.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chooseModel,
  compareQueryString,
  DEFAULT_COMPARE_COSTS,
  MAX_MODELS,
  parseCompareQuery,
  type CompareState,
} from '@/features/compare/compare-query';

const catalogue = {
  valid: ['ange-a', 'ange-b', 'ange-today', 'dorotea', 'munkfors', 'nordmaling', 'norsjo'],
  invalid: ['trasig'],
};
const parse = (search: string) => parseCompareQuery(search, catalogue);

describe('reading the compare link', () => {
  it('reads two or three models in order, with the example costs', () => {
    expect(parse('models=munkfors,ange-today')).toEqual({
      state: { models: ['munkfors', 'ange-today'], ...DEFAULT_COMPARE_COSTS, chartsSideBySide: false },
      problems: [],
    });
    expect(parse('?models=ange-today,ange-a,ange-b&fee=2000&attendance=45.5&charts=side').state).toEqual({
      models: ['ange-today', 'ange-a', 'ange-b'],
      feePerMeetingSek: 2000,
      substituteAttendance: 0.455,
      chartsSideBySide: true,
    });
    // Spaces, capitals, empty entries, an encoded comma and a repeated parameter are read as meant.
    expect(parse('models=%20Munkfors%20,,ANGE-A&fee=1500,5').state.models).toEqual(['munkfors', 'ange-a']);
    expect(parse('models=munkfors%2Cange-b').state.models).toEqual(['munkfors', 'ange-b']);
    expect(parse('models=munkfors&models=norsjo').state.models).toEqual(['munkfors', 'norsjo']);
    expect(parse('models=munkfors,ange-a&fee=1500,5').state.feePerMeetingSek).toBe(1500.5);
  });

  it('reports a parameter given twice with different values instead of silently taking the first', () => {
    const { state, problems } = parse('models=munkfors,ange-a&fee=1000&fee=2000&charts=side&charts=stacked');
    expect(problems).toEqual([
      { kind: 'conflict', value: 'fee=1000 / 2000' },
      { kind: 'conflict', value: 'charts=side / stacked' },
    ]);
    expect(state.feePerMeetingSek).toBe(1000);
    // The same value twice says nothing new; repeated `models` are joined into one list.
    expect(parse('models=munkfors,ange-a&fee=1000&fee=1000').problems).toEqual([]);
    expect(parse('models=munkfors&models=ange-a').problems).toEqual([]);
    // A thousand different values give one short message, and at most five parameters are named.
    const many = parse(`models=munkfors,ange-a&${Array.from({ length: 1000 }, (_, i) => `fee=${i}`).join('&')}`);
    expect(many.problems).toEqual([{ kind: 'conflict', value: 'fee=0 / 1 / 2 / …' }]);
    const names = parse(`models=munkfors,ange-a&${Array.from({ length: 20 }, (_, i) => `p${i}=1&p${i}=2`).join('&')}`);
    expect(names.problems).toHaveLength(5);
  });

  it('shows Ånge today against proposal A when the link names no models', () => {
    expect(parse('').state.models).toEqual(['ange-today', 'ange-a']);
    expect(parse('fee=100').state.models).toEqual(['ange-today', 'ange-a']);
    expect(parse('').problems).toEqual([]);
    // Without those two in the catalogue, the first two it has.
    expect(parseCompareQuery('', { valid: ['x', 'y', 'z'], invalid: [] }).state.models).toEqual(['x', 'y']);
  });

  it('reports unknown, unreadable, repeated and surplus models and keeps the valid ones', () => {
    const { state, problems } = parse('models=munkfors,ostersund,trasig,munkfors,ange-a,ange-b,norsjo,dorotea');
    expect(state.models).toEqual(['munkfors', 'ange-a', 'ange-b', 'norsjo']);
    expect(problems).toEqual([
      { kind: 'unknownModel', id: 'ostersund' },
      { kind: 'invalidModel', id: 'trasig' },
      { kind: 'duplicateModel', id: 'munkfors' },
      { kind: 'tooManyModels', dropped: ['dorotea'] },
    ]);
  });

  it('reports too few models and keeps the one that is valid', () => {
    expect(parse('models=munkfors')).toMatchObject({
      state: { models: ['munkfors'] },
      problems: [{ kind: 'tooFewModels', count: 1 }],
    });
    expect(parse('models=').problems).toEqual([{ kind: 'tooFewModels', count: 0 }]);
  });

  it('reports numbers that are not numbers or out of range and uses the example values', () => {
    for (const fee of ['abc', '-5', '1e400', 'Infinity', 'NaN', '', '1000001', '0x10', '15 00']) {
      const { state, problems } = parse(`models=munkfors,ange-a&fee=${encodeURIComponent(fee)}`);
      expect(state.feePerMeetingSek).toBe(DEFAULT_COMPARE_COSTS.feePerMeetingSek);
      expect(problems).toEqual([{ kind: 'badNumber', parameter: 'fee', value: fee }]);
    }
    const { state, problems } = parse('models=munkfors,ange-a&attendance=150');
    expect(state.substituteAttendance).toBe(DEFAULT_COMPARE_COSTS.substituteAttendance);
    expect(problems).toEqual([{ kind: 'badNumber', parameter: 'attendance', value: '150' }]);
    expect(parse('models=munkfors,ange-a&fee=0&attendance=0').state).toMatchObject({ feePerMeetingSek: 0, substituteAttendance: 0 });
  });

  it('survives hostile links: prototype names, markup, control characters, broken escapes, huge input', () => {
    const hostile = [
      'models=__proto__,constructor,toString,hasOwnProperty',
      'models=<script>alert(1)</script>,munkfors',
      'models=%00%01munkfors,%E0%A4%A,ange-a',
      'models=' + 'x'.repeat(100_000),
      'models=' + 'munkfors,'.repeat(10_000),
      '%%%&&&===?models',
      'models[]=munkfors&models[__proto__]=1',
      'fee=1'.repeat(1000),
    ];
    for (const search of hostile) {
      const { state, problems } = parse(search);
      expect(state.models.every((id) => catalogue.valid.includes(id))).toBe(true);
      expect(state.models.length).toBeLessThanOrEqual(MAX_MODELS);
      // A message never carries more than a short, printable piece of the link.
      for (const p of problems) {
        const shown = 'id' in p ? p.id : 'value' in p ? p.value : '';
        expect(shown.length).toBeLessThanOrEqual(40);
        expect([...shown].every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)).toBe(true);
      }
    }
    expect(parse('models=__proto__,munkfors').problems).toContainEqual({ kind: 'unknownModel', id: '__proto__' });
    expect(parse('models=' + 'munkfors,'.repeat(10_000)).state.models).toEqual(['munkfors']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws and always keeps at most four distinct known models', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (search) => {
        const { state } = parse(search);
        expect(new Set(state.models).size).toBe(state.models.length);
        expect(state.models.length).toBeLessThanOrEqual(MAX_MODELS);
        expect(state.models.every((id) => catalogue.valid.includes(id))).toBe(true);
        expect(state.feePerMeetingSek).toBeGreaterThanOrEqual(0);
        expect(state.substituteAttendance).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('writing the compare link', () => {
  it('writes a link that reads back as the same state', () => {
    const state: CompareState = {
      models: ['munkfors', 'ange-today'],
      feePerMeetingSek: 1750,
      substituteAttendance: 0.25,
      chartsSideBySide: false,
    };
    expect(compareQueryString(state)).toBe('models=munkfors,ange-today&fee=1750&attendance=25');
    expect(parse(compareQueryString(state))).toEqual({ state, problems: [] });
    const side = { ...state, models: ['ange-a', 'ange-b', 'norsjo'], chartsSideBySide: true };
    expect(parse(compareQueryString(side))).toEqual({ state: side, problems: [] });
  });

  it('round-trips any valid state', () => {
    const stateArb = fc.record({
      models: fc.uniqueArray(fc.constantFrom(...catalogue.valid), { minLength: 2, maxLength: 4 }),
      feePerMeetingSek: fc.integer({ min: 0, max: 1_000_000 }),
      substituteAttendance: fc.integer({ min: 0, max: 1000 }).map((permille) => permille / 1000),
      chartsSideBySide: fc.boolean(),
    });
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(parse(compareQueryString(state))).toEqual({ state, problems: [] });
      }),
    );
  });
});

describe('choosing a model in the picker', () => {
  it('replaces, adds, clears, and swaps a model chosen twice', () => {
    expect(chooseModel(['munkfors', 'ange-today'], 1, 'ange-a')).toEqual(['munkfors', 'ange-a']);
    expect(chooseModel(['munkfors', 'ange-today'], 2, 'norsjo')).toEqual(['munkfors', 'ange-today', 'norsjo']);
    expect(chooseModel(['munkfors', 'ange-today', 'norsjo'], 1, '')).toEqual(['munkfors', 'norsjo']);
    // Choosing in slot 1 what slot 2 shows swaps the two, so no model is shown twice.
    expect(chooseModel(['munkfors', 'ange-today'], 0, 'ange-today')).toEqual(['ange-today', 'munkfors']);
    expect(chooseModel(['munkfors', 'ange-today'], 2, 'munkfors')).toEqual(['ange-today', 'munkfors']);
  });
});
