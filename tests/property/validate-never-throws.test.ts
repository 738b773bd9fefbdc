// Validation and parsing never throw and always answer consistently, whatever they are given: arbitrary
// JavaScript values, arbitrary JSON, a valid model with keys deleted or values replaced, arbitrary text.
// Also: a valid model stays valid under changes that keep it valid, and the JSON scanner agrees with
// JSON.parse on which texts are JSON.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectJsonText } from '@/domain/json-syntax';
import { MAX_MSEK } from '@/domain/model-schema';
import { parseModelText } from '@/domain/parse-model';
import { validateModel, type ValidationResult } from '@/domain/validate-model';
import { smallModel } from '../fixtures/small-model';

const RUNS = 600;

function expectWellFormed(result: ValidationResult): void {
  expect(result.ok).toBe(result.errors.length === 0);
  for (const issue of [...result.errors, ...result.warnings]) {
    expect(issue.code).not.toBe('internal');
    expect(typeof issue.path).toBe('string');
    expect(issue.message.sv.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
  }
  for (const issue of result.errors) expect(issue.severity).toBe('error');
  for (const issue of result.warnings) expect(issue.severity).toBe('warning');
}

// ---- mutations of a valid model ---------------------------------------------------------------

type Segment = string | number;
type Mutation =
  | { kind: 'delete'; pick: number }
  | { kind: 'replace'; pick: number; value: unknown }
  | { kind: 'add'; pick: number; key: string; value: unknown };

/** Paths of every plain object (not list) in the model: the places a key can be added. */
function objectPaths(value: unknown, prefix: Segment[] = [], into: Segment[][] = []): Segment[][] {
  if (typeof value !== 'object' || value === null) return into;
  if (!Array.isArray(value)) into.push(prefix);
  for (const [key, child] of Object.entries(value)) {
    objectPaths(child, [...prefix, Array.isArray(value) ? Number(key) : key], into);
  }
  return into;
}

function leafAndContainerPaths(value: unknown, prefix: Segment[] = [], into: Segment[][] = []): Segment[][] {
  if (prefix.length > 0) into.push(prefix);
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      leafAndContainerPaths(child, [...prefix, Array.isArray(value) ? Number(key) : key], into);
    }
  }
  return into;
}

function at(root: unknown, path: readonly Segment[]): unknown {
  let current = root;
  for (const segment of path) current = (current as Record<Segment, unknown>)[segment];
  return current;
}

function applyMutation(model: unknown, mutation: Mutation): void {
  if (mutation.kind === 'add') {
    const objects = objectPaths(model);
    const target = at(model, objects[mutation.pick % objects.length] ?? []) as Record<string, unknown>;
    // defineProperty, like JSON.parse: an own `__proto__` key, not a prototype change.
    Object.defineProperty(target, mutation.key, { value: mutation.value, enumerable: true, writable: true, configurable: true });
    return;
  }
  const paths = leafAndContainerPaths(model);
  const path = paths[mutation.pick % paths.length];
  if (path === undefined) return;
  const parent = at(model, path.slice(0, -1)) as Record<Segment, unknown> & unknown[];
  const key = path[path.length - 1] as Segment;
  if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else {
    parent[key] = mutation.value;
  }
}

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
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: replacementArb }),
  fc.record({
    kind: fc.constant('add' as const),
    pick: fc.nat(),
    key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString')),
    value: replacementArb,
  }),
);
const mutatedModelArb = fc.array(mutationArb, { minLength: 1, maxLength: 5 }).map((mutations) => {
  const model = smallModel();
  for (const mutation of mutations) applyMutation(model, mutation);
  return model;
});

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
