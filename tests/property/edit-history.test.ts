// Invariants of the Draft view's undo history (src/features/draft/edit-history.ts) over the real edits the
// view makes (model-edits.ts), on every shipped model:
// - any sequence of edits followed by as many undos gives back the original model, and as many redos
//   then give back the edited model;
// - any interleaving of edits, undos and redos behaves like a stack of whole snapshots (the obvious,
//   slow implementation), typing in one field (one merge key) counting as one step.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BODY_KINDS, type Model } from '@/domain/model-schema';
import { applyEdit, canRedo, canUndo, redo, startHistory, undo, type EditHistory } from '@/features/draft/edit-history';
import {
  addBody,
  addCooperation,
  addDepartment,
  addParty,
  addServiceArea,
  addSource,
  removeAt,
  removeBody,
  removeParty,
  removeSource,
  renameId,
  renameParty,
  setAt,
  setDelegation,
  setOwnCostParameters,
  toggleFactSource,
  type ModelRecipe,
} from '@/features/draft/model-edits';
import { shippedModelFiles } from '../render/shipped-model-files';

const models = shippedModelFiles().map((f) => f.model);

/** An edit chosen before the model is known: indices are taken modulo the lists at the time. */
type EditOp = { describe: string; recipe: (model: Model) => ModelRecipe; mergeKey?: string };

const at = <T,>(list: readonly T[], n: number): number => (list.length === 0 ? 0 : n % list.length);
const name = fc.string({ maxLength: 12 }).map((text) => ({ sv: text || 'x', en: text }));

/** Typing: frequent, in few fields, often with a merge key, so runs of merged steps are common. */
const typingArb: fc.Arbitrary<EditOp> = fc
  .record({ i: fc.nat({ max: 2 }), n: fc.integer({ min: -3, max: 60 }), key: fc.constantFrom(undefined, 'typing-a', 'typing-b') })
  .map(({ i, n, key }) => ({
    describe: `members ${i} = ${n}`,
    recipe: (m: Model) => setAt(['bodies', at(m.bodies, i), 'members'], n),
    ...(key ? { mergeKey: key } : {}),
  }));

const editArb: fc.Arbitrary<EditOp> = fc.oneof(
  { weight: 8, arbitrary: typingArb },
  fc.record({ i: fc.nat(), text: fc.string({ maxLength: 8 }), key: fc.constantFrom(undefined, 'typing-a') }).map(({ i, text, key }) => ({
    describe: `name ${i} = ${text}`,
    recipe: (m: Model) => setAt(['bodies', at(m.bodies, i), 'name', 'sv'], text),
    ...(key ? { mergeKey: key } : {}),
  })),
  fc.record({ kind: fc.constantFrom(...BODY_KINDS), p: fc.nat(), text: name }).map(({ kind, p, text }) => ({
    describe: `add ${kind}`,
    recipe: (m: Model) => addBody(kind, m.bodies[at(m.bodies, p)]?.id, text),
  })),
  fc.nat().map((i) => ({ describe: `remove body ${i}`, recipe: (m: Model) => removeBody(at(m.bodies, i)) })),
  fc.record({ i: fc.nat(), id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/) }).map(({ i, id }) => ({
    describe: `rename body ${i} → ${id}`,
    recipe: (m: Model) => renameId('bodies', at(m.bodies, i), id),
  })),
  fc.record({ i: fc.nat(), p: fc.nat() }).map(({ i, p }) => ({
    describe: `move body ${i} under ${p}`,
    recipe: (m: Model) => setAt(['bodies', at(m.bodies, i), 'parent'], m.bodies[at(m.bodies, p)]?.id),
  })),
  fc.record({ i: fc.nat(), flag: fc.constantFrom('matters' as const, 'budgetDeviations' as const), on: fc.boolean() }).map(
    ({ i, flag, on }) => ({ describe: `delegation ${i}`, recipe: (m: Model) => setDelegation(at(m.bodies, i), flag, on) }),
  ),
  name.map((text) => ({ describe: 'add area', recipe: () => addServiceArea(text) })),
  fc.nat().map((i) => ({ describe: `remove area ${i}`, recipe: (m: Model) => removeAt('serviceAreas', at(m.serviceAreas, i)) })),
  fc.record({ i: fc.nat(), x: fc.double({ min: -5, max: 500, noNaN: true }) }).map(({ i, x }) => ({
    describe: `net cost ${i} = ${x}`,
    recipe: (m: Model) => setAt(['serviceAreas', at(m.serviceAreas, i), 'netCostMsek'], x),
    mergeKey: 'typing-cost',
  })),
  fc.record({ i: fc.nat(), b: fc.nat() }).map(({ i, b }) => ({
    describe: `holder ${i}`,
    recipe: (m: Model) => setAt(['serviceAreas', at(m.serviceAreas, i), 'budgetHolder'], m.bodies[at(m.bodies, b)]?.id ?? 'x'),
  })),
  name.map((text) => ({ describe: 'add department', recipe: () => addDepartment(text) })),
  fc.nat().map((i) => ({ describe: `remove department ${i}`, recipe: (m: Model) => removeAt('departments', at(m.departments, i)) })),
  fc.constant({ describe: 'add source', recipe: () => addSource() }),
  fc.nat().map((i) => ({ describe: `remove source ${i}`, recipe: (m: Model) => removeSource(at(m.sources, i)) })),
  fc.record({ b: fc.nat(), s: fc.nat(), on: fc.boolean() }).map(({ b, s, on }) => ({
    describe: `cite ${s} on ${b}`,
    recipe: (m: Model) => toggleFactSource(['bodies', at(m.bodies, b)], m.sources[at(m.sources, s)]?.id ?? 'none', on),
  })),
  fc.constantFrom('S', 'M', 'X', 'VF').map((code) => ({ describe: `add party ${code}`, recipe: () => addParty(code) })),
  fc.constantFrom('S', 'C', 'X').map((code) => ({ describe: `remove party ${code}`, recipe: () => removeParty(code) })),
  fc.constantFrom(['S', 'Soc'] as const, ['C', 'Ce'] as const).map(([from, to]) => ({
    describe: `rename party ${from}`,
    recipe: () => renameParty(from, to),
  })),
  fc.constant({ describe: 'add cooperation', recipe: () => addCooperation('G') }),
  fc.boolean().map((own) => ({ describe: `own costs ${own}`, recipe: () => setOwnCostParameters(own) })),
);

function applyOp(history: EditHistory<Model>, op: EditOp): EditHistory<Model> {
  return applyEdit(history, op.recipe(history.present), op.mergeKey);
}

const copy = (model: Model): Model => structuredClone(model);

describe('edit history over model edits', () => {
  it('n edits then n undos give back the original; n redos give back the edited model', () => {
    fc.assert(
      fc.property(fc.constantFrom(...models), fc.array(editArb, { maxLength: 40 }), (model, ops) => {
        const original = copy(model);
        let history = startHistory(copy(model));
        for (const op of ops) history = applyOp(history, op);
        const edited = copy(history.present);
        for (let i = 0; i < ops.length; i++) history = undo(history);
        expect(history.present).toEqual(original);
        expect(canUndo(history)).toBe(false);
        for (let i = 0; i < ops.length; i++) history = redo(history);
        expect(history.present).toEqual(edited);
        expect(canRedo(history)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('behaves like a stack of whole snapshots under any mix of edits, undos and redos', () => {
    type Command = { kind: 'edit'; op: EditOp } | { kind: 'undo' } | { kind: 'redo' };
    const commandArb: fc.Arbitrary<Command> = fc.oneof(
      { weight: 3, arbitrary: editArb.map((op) => ({ kind: 'edit' as const, op })) },
      { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
      { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
    );
    fc.assert(
      fc.property(fc.constantFrom(...models), fc.array(commandArb, { maxLength: 50 }), (model, commands) => {
        let history = startHistory(copy(model));
        // The reference: snapshots before each step, the present, snapshots after each undone step.
        const past: { before: Model; key: string | undefined }[] = [];
        let present = copy(model);
        let future: Model[] = [];
        for (const command of commands) {
          if (command.kind === 'edit') {
            const next = applyOp(history, command.op);
            const changed = JSON.stringify(next.present) !== JSON.stringify(history.present);
            history = next;
            if (!changed) continue;
            const last = past[past.length - 1];
            const merges = command.op.mergeKey !== undefined && last?.key === command.op.mergeKey && future.length === 0;
            if (!merges) past.push({ before: present, key: command.op.mergeKey });
            present = copy(history.present);
            future = [];
          } else if (command.kind === 'undo') {
            history = undo(history);
            const step = past.pop();
            if (step) {
              future = [present, ...future];
              present = step.before;
            }
          } else {
            history = redo(history);
            const [next, ...rest] = future;
            if (next) {
              // A redone step never merges with later typing.
              past.push({ before: present, key: undefined });
              present = next;
              future = rest;
            }
          }
          expect(history.present).toEqual(present);
          expect(canUndo(history)).toBe(past.length > 0);
          expect(canRedo(history)).toBe(future.length > 0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('an edit that changes nothing adds no undo step', () => {
    const model = models[0] as Model;
    const history = startHistory(copy(model));
    const same = applyEdit(history, setAt(['bodies', 0, 'members'], model.bodies[0]?.members));
    expect(same).toBe(history);
    expect(canUndo(same)).toBe(false);
  });

  it('typing in one field is undone in one step', () => {
    const model = models[0] as Model;
    let history = startHistory(copy(model));
    for (const text of ['N', 'Ny', 'Nytt']) history = applyEdit(history, setAt(['name', 'sv'], text), 'name.sv@1');
    expect(history.past).toHaveLength(1);
    expect(undo(history).present.name.sv).toBe(model.name.sv);
  });
});
