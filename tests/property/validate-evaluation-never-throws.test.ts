// Reading a KommunKompassen profile meets the same standard as a model file: whatever it is given —
// any JavaScript value, any JSON, the Vännäs profile with keys deleted, values replaced or keys added
// (`__proto__` included), any text, edited text — it never throws, answers consistently, and every
// issue has a path and a Swedish and an English message.
import { readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEvaluationText, validateEvaluation } from '@/domain/validate-evaluation';
import { expectWellFormed, mutatedDocumentArbitrary } from '../fixtures/document-mutations';

const RUNS = 250;
// The profile is 30 kB, so each run parses and checks a real file; generous time for a shared machine.
const TIMEOUT_MS = 60_000;
const vannasText = readFileSync(new URL('../../models/evaluations/vannas-2016.json', import.meta.url), 'utf8');
const vannas = (): unknown => JSON.parse(vannasText) as unknown;

const valueArb: fc.Arbitrary<unknown> = fc
  .oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(1e308, -1, 0.5, 101, 800, 801, 0, 9, '', null, [], {}, '__proto__', '4.2', '9.9', 'seed-003', 'nope'),
  )
  .map((value) => JSON.parse(JSON.stringify(value)) as unknown);

const mutatedArb = mutatedDocumentArbitrary(vannas, valueArb);

describe('validateEvaluation never throws', () => {
  it('on any JavaScript value', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withSparseArray: true,
      withTypedArray: true,
      stringUnit: 'binary',
    });
    fc.assert(fc.property(anything, (value) => expectWellFormed(validateEvaluation(value))), { numRuns: RUNS });
  }, TIMEOUT_MS);

  it('on any JSON value, and refuses it unless it is a profile', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateEvaluation(value);
        expectWellFormed(result);
        expect(result.ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('on the Vännäs profile with keys deleted, values replaced and keys added; text and value agree', () => {
    fc.assert(
      fc.property(mutatedArb, (profile) => {
        const fromValue = validateEvaluation(profile);
        expectWellFormed(fromValue);
        const fromText = parseEvaluationText(JSON.stringify(profile));
        expect(fromText.ok).toBe(fromValue.ok);
        expect(fromText.errors.map((i) => [i.code, i.path])).toEqual(fromValue.errors.map((i) => [i.code, i.path]));
      }),
      { numRuns: 400 },
    );
  }, TIMEOUT_MS);
});

describe('parseEvaluationText never throws', () => {
  it('on arbitrary full-Unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => expectWellFormed(parseEvaluationText(text))),
      { numRuns: RUNS },
    );
  });

  it('on the Vännäs file with one character inserted, deleted or replaced', () => {
    const edited = fc
      .tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom('"', ',', '{', '}', '[', ']', ':', '1', 'a', '\\'))
      .map(([position, edit, char]) => {
        const i = position % vannasText.length;
        if (edit === 'insert') return vannasText.slice(0, i) + char + vannasText.slice(i);
        if (edit === 'delete') return vannasText.slice(0, i) + vannasText.slice(i + 1);
        return vannasText.slice(0, i) + char + vannasText.slice(i + 1);
      });
    fc.assert(fc.property(edited, (text) => expectWellFormed(parseEvaluationText(text))), { numRuns: RUNS });
  }, TIMEOUT_MS);
});
