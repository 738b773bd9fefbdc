// Reading a KommunKompassen profile meets the same standard as a model file: whatever it is given —
// any JavaScript value, any JSON, the Vännäs profile with keys deleted, values replaced or keys added
// (`__proto__` included), any text, edited text — it never throws, answers consistently, and every
// issue has a path and a Swedish and an English message.
import { readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEvaluationText, validateEvaluation, type EvaluationValidation } from '@/domain/validate-evaluation';

const RUNS = 250;
// The profile is 30 kB, so each run parses and checks a real file; generous time for a shared machine.
const TIMEOUT_MS = 60_000;
const vannasText = readFileSync(new URL('../../models/evaluations/vannas-2016.json', import.meta.url), 'utf8');
const vannas = (): unknown => JSON.parse(vannasText) as unknown;

function expectWellFormed(result: EvaluationValidation): void {
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

type Segment = string | number;

function paths(value: unknown, prefix: Segment[] = [], into: Segment[][] = [], objectsOnly = false): Segment[][] {
  if (typeof value === 'object' && value !== null) {
    if (!objectsOnly || !Array.isArray(value)) into.push(prefix);
    for (const [key, child] of Object.entries(value)) {
      paths(child, [...prefix, Array.isArray(value) ? Number(key) : key], into, objectsOnly);
    }
  } else if (!objectsOnly) into.push(prefix);
  return into;
}

function at(root: unknown, path: readonly Segment[]): unknown {
  let current = root;
  for (const segment of path) current = (current as Record<Segment, unknown>)[segment];
  return current;
}

const valueArb: fc.Arbitrary<unknown> = fc
  .oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(1e308, -1, 0.5, 101, 800, 801, 0, 9, '', null, [], {}, '__proto__', '4.2', '9.9', 'seed-003', 'nope'),
  )
  .map((value) => JSON.parse(JSON.stringify(value)) as unknown);

type Mutation =
  | { kind: 'delete'; pick: number }
  | { kind: 'replace'; pick: number; value: unknown }
  | { kind: 'add'; pick: number; key: string; value: unknown };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: valueArb }),
  fc.record({
    kind: fc.constant('add' as const),
    pick: fc.nat(),
    key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString')),
    value: valueArb,
  }),
);

function mutate(root: unknown, mutation: Mutation): void {
  if (mutation.kind === 'add') {
    const objects = paths(root, [], [], true);
    const target = at(root, objects[mutation.pick % objects.length] ?? []) as Record<string, unknown>;
    Object.defineProperty(target, mutation.key, { value: mutation.value, enumerable: true, writable: true, configurable: true });
    return;
  }
  const all = paths(root).filter((p) => p.length > 0);
  const path = all[mutation.pick % all.length];
  if (path === undefined) return;
  const parent = at(root, path.slice(0, -1)) as Record<Segment, unknown> & unknown[];
  const key = path[path.length - 1] as Segment;
  if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else parent[key] = mutation.value;
}

const mutatedArb = fc.array(mutationArb, { minLength: 1, maxLength: 5 }).map((mutations) => {
  const profile = vannas();
  for (const mutation of mutations) mutate(profile, mutation);
  return profile;
});

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
