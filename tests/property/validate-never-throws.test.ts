// Validation and parsing never throw and always answer consistently, whatever they are given: arbitrary
// JavaScript values, arbitrary JSON, a valid model with keys deleted or values replaced, arbitrary text.
// Also: a valid model stays valid under changes that keep it valid, and the JSON scanner agrees with
// JSON.parse on which texts are JSON.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectJsonText } from '@/domain/json-syntax';
import { MAX_MSEK } from '@/domain/model-schema';
import { parseModelText } from '@/domain/parse-model';
import { validateModel } from '@/domain/validate-model';
import { expectWellFormed, mutatedDocumentArbitrary } from '../fixtures/document-mutations';
import { smallModel } from '../fixtures/small-model';

const RUNS = 600;

const BODY_IDS = ['kf', 'ks', 'service', 'omsorg', 'bmn', 'valnamnd', 'budgetberedning', 'nope'];
const replacementArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    1e308,
    -1,
    0.5,
    10_001,
    0,
    '',
    null,
    [],
    {},
    '__proto__',
    'council',
    'executiveBoard',
    'subcommittee',
    'committee',
    ...BODY_IDS,
  ),
  // A fresh copy each time: constants like {} would otherwise be shared, and mutated, across runs.
).map((value) => JSON.parse(JSON.stringify(value)) as unknown);
const mutatedModelArb = mutatedDocumentArbitrary(smallModel, replacementArb);

/** A text with one character inserted, deleted or replaced at a random place: typical typing states. */
function editedTextArb(textArb: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(textArb, fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom('"', ',', '{', '}', '[', ']', ':', '1', 'a', ' ', '\n', '\\'))
    .map(([text, position, edit, char]) => {
      const at = text.length === 0 ? 0 : position % text.length;
      if (edit === 'insert') return text.slice(0, at) + char + text.slice(at);
      if (edit === 'delete') return text.slice(0, at) + text.slice(at + 1);
      return text.slice(0, at) + char + text.slice(at + 1);
    });
}

// ---- properties ------------------------------------------------------------------------------------

describe('validateModel never throws', () => {
  it('on any JavaScript value', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      stringUnit: 'binary',
    });
    fc.assert(
      fc.property(anything, (value) => expectWellFormed(validateModel(value))),
      { numRuns: RUNS },
    );
  });

  it('on any JSON value, and refuses it unless it is a model', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateModel(value);
        expectWellFormed(result);
        expect(result.ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('on a valid model with keys deleted, values replaced and keys added', () => {
    fc.assert(
      fc.property(mutatedModelArb, (model) => expectWellFormed(validateModel(model))),
      { numRuns: 1000 },
    );
  });

  it('and the text route agrees with the value route on the same model', () => {
    fc.assert(
      fc.property(mutatedModelArb, (model) => {
        const fromValue = validateModel(model);
        const fromText = parseModelText(JSON.stringify(model));
        expect(fromText.ok).toBe(fromValue.ok);
        expect(fromText.errors.map((issue) => [issue.code, issue.path])).toEqual(
          fromValue.errors.map((issue) => [issue.code, issue.path]),
        );
      }),
      { numRuns: RUNS },
    );
  });
});

describe('parseModelText never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string(), (text) => expectWellFormed(parseModelText(text))),
      { numRuns: RUNS },
    );
  });

  it('on arbitrary full-Unicode strings, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => expectWellFormed(parseModelText(text))),
      { numRuns: RUNS },
    );
  });

  it('on a model file being typed: one character inserted, deleted or replaced anywhere', () => {
    const modelText = fc.nat({ max: 4 }).map((indent) => JSON.stringify(smallModel(), null, indent));
    fc.assert(
      fc.property(editedTextArb(modelText), (text) => expectWellFormed(parseModelText(text))),
      { numRuns: 1000 },
    );
  });
});

describe('a valid model stays valid', () => {
  it('whatever its formatting, names, costs and shares within range, and the order of its lists', () => {
    const changesArb = fc.record({
      indent: fc.constantFrom(0, 1, 2, 4, '\t'),
      nameSv: fc.string({ unit: 'binary', maxLength: 200 }),
      nameEn: fc.string({ maxLength: 200 }),
      netCost: fc.double({ min: 0, max: MAX_MSEK, noNaN: true }),
      flexibility: fc.double({ min: 0, max: 1, noNaN: true }),
      priorityWeight: fc.double({ min: 1e-9, max: 1000, noNaN: true }),
      bodyOrder: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6], { minLength: 7 }),
      areaOrder: fc.shuffledSubarray([0, 1, 2], { minLength: 3 }),
    });
    fc.assert(
      fc.property(changesArb, (changes) => {
        const model = smallModel();
        model.name = { sv: changes.nameSv, en: changes.nameEn };
        const teknik = model.serviceAreas[0] as Record<string, unknown>;
        Object.assign(teknik, {
          netCostMsek: changes.netCost,
          flexibility: changes.flexibility,
          priorityWeight: changes.priorityWeight,
        });
        model.bodies = changes.bodyOrder.map((index) => model.bodies[index] as Record<string, unknown>);
        model.serviceAreas = changes.areaOrder.map((index) => model.serviceAreas[index] as Record<string, unknown>);
        const result = parseModelText(JSON.stringify(model, null, changes.indent));
        expect(result.errors).toEqual([]);
        expect(result.warnings).toEqual([]);
        expect(result.ok).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the JSON scanner', () => {
  it('accepts exactly what JSON.parse accepts, and places errors inside the text', () => {
    const textArb = fc.oneof(
      fc.json(),
      fc.json({ stringUnit: 'binary' }),
      editedTextArb(fc.json()),
      fc.string({ maxLength: 30 }),
      fc.stringMatching(/^[\s{}[\]",:0-9.eE+\-tfnrulas\\]{0,20}$/),
    );
    fc.assert(
      fc.property(textArb, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const { syntaxError } = inspectJsonText(text);
        expect(syntaxError === undefined).toBe(parses);
        if (syntaxError) {
          expect(syntaxError.offset).toBeGreaterThanOrEqual(0);
          expect(syntaxError.offset).toBeLessThanOrEqual(text.length);
          expect(syntaxError.line).toBeGreaterThanOrEqual(1);
          expect(syntaxError.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
